"""Vendor a newer Mistral OpenAPI document, regenerate, and say what changed: `make update-spec`.

Usage:
    python scripts/update_spec.py vendor SPEC [--commit SHA] [--source-path PATH]
                                              [--repository URL] [--committed YYYY-MM-DD]
    python scripts/update_spec.py validate SPEC [--strict]

`vendor` copies SPEC over openapi.yaml byte for byte, records where it comes from in
openapi.provenance.yaml (size and sha256, and the repository, commit, path and commit date as
given; for a file listed in a README.md table beside SPEC, as ../shared/openapi-upstream's is,
those of its row, matched by sha256), regenerates generated/_mistral_api, and prints what
changed against the document it replaced: operations added, removed and renamed, schemas added,
removed and renamed, new operations the names table does not name, names-table rows and
corrections that no longer select anything. A SPEC that cannot be prepared (git conflict
markers, invalid YAML, a `$ref` to nothing, a generator warning) is refused with exit status 2
and one line, and nothing in the project changes: generation runs into a staging folder, and
the project's files are replaced only once it succeeded.

`validate` runs openapi-spec-validator on SPEC and prints one line: the number of errors and
the first. It exits 0 whatever it finds (`make lint` reports Mistral's own errors this way:
the repairs handle them); with --strict it exits 1 on any error (`make lint` validates the
prepared document so).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import datetime
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

if __package__:  # imported as scripts.update_spec (tests)
    from . import check_generated, corrections, prepare_spec
else:  # run as python scripts/update_spec.py
    import check_generated  # type: ignore[no-redef,import-not-found]
    import corrections  # type: ignore[no-redef,import-not-found]
    import prepare_spec  # type: ignore[no-redef,import-not-found]

Json = Any
ROOT = Path(__file__).resolve().parents[1]
SPEC = "openapi.yaml"
PROVENANCE = "openapi.provenance.yaml"
GENERATED = "generated"
PROVENANCE_HEADER = """\
# Where openapi.yaml comes from. It is Mistral's published OpenAPI document, byte for byte:
# never edit it. What the real API does differently is declared in spec/corrections.yaml.
# `make update-spec SPEC=path` replaces both files and regenerates.
"""
WIDTH = 100


# ----------------------------------------------------------------------------- provenance


@dataclass(frozen=True)
class Origin:
    """Where a spec file was taken from; None where unknown. SOURCE says who told us."""

    repository: str | None = None
    commit: str | None = None
    path: str | None = None
    committed: str | None = None
    source: str = "given"


def upstream_row(spec: Path, digest: str) -> Origin | None:
    """The origin a README.md beside SPEC gives for the file whose sha256 is DIGEST.

    The README must hold a Markdown table with a `sha256` column and a `commit` column (others
    used when present: `source path`, `commit date`), as ../shared/openapi-upstream/README.md
    does; the row is found by the file's sha256, so a renamed or copied file is still found,
    and an edited one is not. The repository is the one GitHub repository the README links
    to. Anything else (no README, no such table, no matching row) gives None.
    """
    readme = spec.parent / "README.md"
    try:
        text = readme.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    for header, rows in _markdown_tables(text):
        columns = {name.strip("` ").lower(): index for index, name in enumerate(header)}
        column = next((c for c in columns if c.startswith("commit") and "date" not in c), None)
        if "sha256" not in columns or column is None:
            continue
        for row in rows:
            if len(row) != len(header) or row[columns["sha256"]].strip("` ") != digest:
                continue
            commit = re.search(r"\b[0-9a-f]{40}\b", row[columns[column]])
            path = (
                re.search(r"`([^`]+)`", row[columns["source path"]])
                if "source path" in columns
                else None
            )
            date_column = next((c for c in columns if "date" in c), None)
            date = (
                re.search(r"\d{4}-\d{2}-\d{2}", row[columns[date_column]]) if date_column else None
            )
            repositories = set(re.findall(r"https://github\.com/[\w.-]+/[\w.-]+", text))
            return Origin(
                repository=repositories.pop() if len(repositories) == 1 else None,
                commit=commit.group(0) if commit else None,
                path=path.group(1) if path else None,
                committed=date.group(0) if date else None,
                source=f"the table of {readme}",
            )
    return None


def _markdown_tables(text: str) -> Iterator[tuple[list[str], list[list[str]]]]:
    """(header cells, row cells) of each pipe table in TEXT (cells stripped)."""
    lines = text.splitlines()
    for index in range(len(lines) - 1):
        rule = lines[index + 1].strip()
        if not (lines[index].lstrip().startswith("|") and re.fullmatch(r"\|?[\s:|-]+\|?", rule)):
            continue
        if "-" not in rule:
            continue
        rows = []
        for line in lines[index + 2 :]:
            if not line.lstrip().startswith("|"):
                break
            rows.append(_cells(line))
        yield _cells(lines[index]), rows


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def provenance_text(origin: Origin, size: int, digest: str) -> str:
    """openapi.provenance.yaml for a file of SIZE bytes and sha256 DIGEST taken from ORIGIN."""
    values = {
        "repository": origin.repository,
        "commit": origin.commit,
        "path": origin.path,
        "committed": origin.committed,
        "bytes": size,
        "sha256": digest,
    }
    lines = [f"{key}: {_yaml_scalar(value)}" for key, value in values.items()]
    return PROVENANCE_HEADER + "\n".join(lines) + "\n"


def _yaml_scalar(value: str | int | None) -> str:
    """VALUE as a YAML scalar: bare when it reads back as itself (URLs, paths, hex, dates)."""
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    try:
        read = yaml.safe_load(f"value: {value}")
    except yaml.YAMLError:
        read = None
    if isinstance(read, dict) and isinstance(read.get("value"), datetime.date):
        read["value"] = read["value"].isoformat()  # as check_generated.read_provenance does
    if read == {"value": value}:
        return value
    return json.dumps(value)  # a JSON string is a YAML double-quoted scalar


# ----------------------------------------------------------------------------- comparing


@dataclass(frozen=True)
class Operation:
    op_id: str
    method: str
    path: str

    def __str__(self) -> str:
        return f"{self.op_id}  {self.method.upper()} {self.path}"


def operation_table(document: Json) -> dict[str, Operation]:
    """Every operation of DOCUMENT by operationId (the generator's id when it has none)."""
    return {
        op_id: Operation(op_id, method, path)
        for op_id, method, path, _ in prepare_spec.operations(document)
    }


# Keywords that document a schema without changing what it accepts; a rename often comes with
# new wording, so they are left out of the comparison (as are x- extensions).
ANNOTATIONS = frozenset(
    {"title", "description", "example", "examples", "externalDocs", "$comment", "deprecated"}
)
# Keywords whose value maps names to schemas (the names are data, not keywords).
SCHEMA_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)
# Keywords whose value is data, compared as it is.
VALUES = frozenset({"enum", "const", "default", "required", "type", "format", "pattern"})
COMPONENT = "#/components/schemas/"


def shape(schema: Json, renames: dict[str, str]) -> Json:
    """SCHEMA without its annotations, references to renamed components read as the new names."""
    if isinstance(schema, list):
        return [shape(item, renames) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Json] = {}
    for key, value in schema.items():
        if key in ANNOTATIONS or str(key).startswith("x-"):
            continue
        if key == "$ref" and isinstance(value, str):
            result[key] = _renamed_ref(value, renames)
        elif key in SCHEMA_MAPS and isinstance(value, dict):
            result[key] = {name: shape(sub, renames) for name, sub in value.items()}
        elif key == "discriminator" and isinstance(value, dict):
            mapping = {k: _renamed_ref(v, renames) for k, v in (value.get("mapping") or {}).items()}
            result[key] = {"propertyName": value.get("propertyName"), "mapping": mapping}
        elif key in VALUES:
            result[key] = value
        else:
            result[key] = shape(value, renames)
    return result


def _renamed_ref(ref: Json, renames: dict[str, str]) -> Json:
    if isinstance(ref, str) and ref.startswith(COMPONENT):
        name = ref.removeprefix(COMPONENT)
        return COMPONENT + renames.get(name, name)
    return ref


def _canonical(value: Json) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _distinctive(schema: Json) -> bool:
    """Whether a schema says enough to be recognised: properties, values or a composition."""
    if not isinstance(schema, dict):
        return False
    if schema.get("properties") or schema.get("enum") or "const" in schema:
        return True
    return any(len(schema.get(key) or []) >= 2 for key in ("oneOf", "anyOf", "allOf"))


@dataclass(frozen=True)
class Rename:
    old: str
    new: str
    # For a near match: the properties added (+), removed (-) and changed (~).
    changed: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.old} -> {self.new}" + (
            f" ({', '.join(self.changed)})" if self.changed else ""
        )


NEAR_MATCH = 0.8  # share of properties (name and structure) a changed rename keeps
NEAR_MATCH_MIN_PROPERTIES = 3


def schema_renames(old: dict[str, Json], new: dict[str, Json]) -> list[Rename]:
    """Pairs of a removed schema (in OLD only) and an added one (in NEW only) that are one schema.

    The rule, in two passes:
    1. Same structure. The *structure* of a schema is the schema without its annotations
       (title, description, examples, deprecated, x- extensions), with every reference to a
       schema already found renamed read as the new name. A removed and an added schema are a
       rename when their structures are equal, and no other removed or added schema has that
       structure (two look-alikes are no evidence of which became which), and the structure
       says something (it has properties, enum or const values, or a oneOf/anyOf/allOf of two
       or more members: any two bare `{type: string}` schemas are equal). The pass repeats
       until it finds nothing more, so a schema that refers to another renamed one is found
       once that one is.
    2. Same properties, mostly. Of the object schemas left, with three properties or more, a
       removed and an added one are a rename (with changes) when at least 80% of their
       properties, counted by name and structure over both (Jaccard), are shared, and each is
       the other's best match, ties excluded.
    """
    removed = sorted(set(old) - set(new))
    added = sorted(set(new) - set(old))
    found: dict[str, Rename] = {}
    while True:
        renames = {r.old: r.new for r in found.values()}
        buckets: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
        for name in removed:
            if name not in found and _distinctive(old[name]):
                buckets[_canonical(shape(old[name], renames))][0].append(name)
        taken = set(renames.values())
        for name in added:
            if name not in taken and _distinctive(new[name]):
                buckets[_canonical(shape(new[name], renames))][1].append(name)
        pairs = [(rs[0], ads[0]) for rs, ads in buckets.values() if len(rs) == len(ads) == 1]
        if not pairs:
            break
        found.update((old_name, Rename(old_name, new_name)) for old_name, new_name in pairs)
    renames = {r.old: r.new for r in found.values()}
    taken = set(renames.values())
    left_old = {n: _features(old[n], renames) for n in removed if n not in found}
    left_new = {n: _features(new[n], renames) for n in added if n not in taken}
    left_old = {n: f for n, f in left_old.items() if len(f) >= NEAR_MATCH_MIN_PROPERTIES}
    left_new = {n: f for n, f in left_new.items() if len(f) >= NEAR_MATCH_MIN_PROPERTIES}
    best_new = {n: _best(f, left_new) for n, f in left_old.items()}
    best_old = {n: _best(f, left_old) for n, f in left_new.items()}
    for old_name, new_name in best_new.items():
        if new_name is None or best_old.get(new_name) != old_name:
            continue
        before = {name: key for key, name in left_old[old_name].items()}
        after = {name: key for key, name in left_new[new_name].items()}
        changed = [f"+{name}" for name in sorted(after.keys() - before.keys())]
        changed += [f"-{name}" for name in sorted(before.keys() - after.keys())]
        changed += [f"~{n}" for n in sorted(before.keys() & after.keys()) if before[n] != after[n]]
        found[old_name] = Rename(old_name, new_name, tuple(changed) or ("other keywords",))
    return [found[name] for name in sorted(found)]


def _features(schema: Json, renames: dict[str, str]) -> dict[str, str]:
    """An object schema's properties as `name=structure` keys (values: the bare names)."""
    properties = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(properties, dict):
        return {}
    return {f"{name}={_canonical(shape(sub, renames))}": name for name, sub in properties.items()}


def _best(features: dict[str, str], candidates: dict[str, dict[str, str]]) -> str | None:
    scores = sorted(
        ((_jaccard(features, other), name) for name, other in candidates.items()), reverse=True
    )
    if not scores or scores[0][0] < NEAR_MATCH:
        return None
    if len(scores) > 1 and scores[1][0] == scores[0][0]:
        return None
    return scores[0][1]


def _jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    left, right = set(a), set(b)
    return len(left & right) / len(left | right) if left | right else 0.0


# ----------------------------------------------------------------------------- the summary


@dataclass
class Summary:
    """What vendoring a spec changed, as printed by `make update-spec`."""

    lines: list[str] = field(default_factory=list)

    def add(self, line: str = "") -> None:
        self.lines.append(line)

    def names(self, label: str, names: list[str], indent: str = "  ") -> None:
        """LABEL with the count, then NAMES wrapped."""
        self.add(f"{indent}{label} ({len(names)}):")
        if names:
            self.lines += textwrap.wrap(
                ", ".join(names),
                WIDTH,
                initial_indent=indent * 2,
                subsequent_indent=indent * 2,
                break_on_hyphens=False,
            )

    def __str__(self) -> str:
        return "\n".join(self.lines)


def compare(
    old: Json | None,
    new: Json,
    prepared: Json,
    applied: corrections.Applied,
    *,
    old_stale: list[str],
    names_file: Path,
    overlay: Path | None,
    old_package: Path | None,
    new_package: Path,
) -> Summary:
    """What changed from OLD (the replaced published document) to NEW, and what to do about it.

    PREPARED is NEW corrected and repaired, as generated; APPLIED what the corrections did.
    """
    summary = Summary()
    old_ops = operation_table(old) if old is not None else {}
    new_ops = operation_table(new)
    added = sorted(set(new_ops) - set(old_ops))
    removed = sorted(set(old_ops) - set(new_ops))
    # An operation whose method and path stay while its operationId changes is a renamed id.
    at = {(op.method, op.path): op for op in (old_ops[name] for name in removed)}
    renamed_ops = [
        (at[(new_ops[name].method, new_ops[name].path)], new_ops[name])
        for name in added
        if (new_ops[name].method, new_ops[name].path) in at
    ]
    summary.add(
        f"Operations: {len(old_ops)} -> {len(new_ops)} ({len(added)} added, {len(removed)} "
        f"removed; {len(renamed_ops)} of these an operationId renamed on one method and path)"
    )
    for op_id in added:
        summary.add(f"  + {new_ops[op_id]}")
    for op_id in removed:
        summary.add(f"  - {old_ops[op_id]}")
    for before, after in renamed_ops:
        summary.add(f"  ~ {before.op_id} -> {after.op_id}  {after.method.upper()} {after.path}")

    old_schemas = prepare_spec.schemas(old) if old is not None else {}
    new_schemas = prepare_spec.schemas(new)
    renames = schema_renames(old_schemas, new_schemas)
    renamed_old = {r.old for r in renames}
    renamed_new = {r.new for r in renames}
    gone = sorted(set(old_schemas) - set(new_schemas) - renamed_old)
    born = sorted(set(new_schemas) - set(old_schemas) - renamed_new)
    summary.add(
        f"Schemas: {len(old_schemas)} -> {len(new_schemas)} ({len(born)} added, {len(gone)} "
        f"removed, {len(renames)} renamed)"
    )
    exact = [str(r) for r in renames if not r.changed]
    near = [str(r) for r in renames if r.changed]
    if exact:
        summary.add("  renamed, same structure (rule: scripts/update_spec.py schema_renames):")
        summary.lines += [f"    ~ {line}" for line in exact]
    if near:
        summary.add(f"  renamed with changes ({NEAR_MATCH:.0%} of the properties or more kept):")
        summary.lines += [f"    ~ {line}" for line in near]
    summary.names("added", born)
    summary.names("removed", gone)
    if old_package is not None:
        lost = generated_classes(old_package) - generated_classes(new_package)
        summary.add(f"  {len(lost)} generated model class(es) gone")
    if overlay is not None:
        used = overlay_imports(overlay)
        missing = missing_names(new_package.parent, sorted(used))
        summary.add(
            "Overlay: "
            + (
                f"{len(missing)} generated name(s) it imports are gone (update it):"
                if missing
                else f"all {len(used)} generated names it imports are there"
            )
        )
        summary.lines += [f"  {m}.{n}: {', '.join(used[(m, n)])}" for m, n in missing]
    summary.add("Names (spec/names.yaml):")
    table = prepare_spec.load_names(names_file)
    published = dict(prepare_spec.response_media_types(new))
    prepared_ops = set(operation_table(prepared))
    names = prepare_spec.resolve_names(prepared, table, published)  # it retags: done with it
    fallback = []
    for op_id in added:
        if op_id in table:
            continue
        if op_id not in prepared_ops:
            fallback.append(f"{op_id}: not generated on its own (see the repairs report)")
            continue
        entry = names.operations[prepare_spec.endpoint_name(op_id)]
        where = names.classes[entry["class"]]["path"]
        method = entry["method"] or entry["stream_method"]
        fallback.append(f"client.{where}.{method}" + (f"  ({op_id})" if method != op_id else ""))
    if fallback:
        summary.add(
            f"  {len(fallback)} new operation(s) the table does not name, generated as "
            "client.<first tag>.<operationId>\n  (a row `operationId: resource.method` names one "
            "as Mistral's official SDK does):"
        )
        summary.lines += [f"    {line}" for line in fallback]
    else:
        summary.add("  every new operation is named by the table")
    stale_rows = sorted(op_id for op_id in set(table) & set(old_ops) if op_id not in new_ops)
    if stale_rows:
        summary.add(
            f"  {len(stale_rows)} row(s) now stale, their operationId gone (move a row to the "
            "new id\n  of a renamed operation, else delete it):"
        )
        summary.lines += [f"    {op_id}: {table[op_id].name}" for op_id in stale_rows]

    summary.add("Corrections (spec/corrections.yaml):")
    newly_stale = [line for line in applied.stale if line not in old_stale]
    if newly_stale:
        summary.add(
            f"  {len(newly_stale)} now stale, selecting nothing in the new spec (delete one once "
            "the spec\n  says what it corrected, else retarget it):"
        )
        summary.lines += [f"    {line}" for line in newly_stale]
    still = len(applied.lines) - len(applied.stale)
    summary.add(f"  {still} appl{'y' if still != 1 else 'ies'}, {len(applied.stale)} stale in all")
    return summary


def generated_classes(package: Path) -> set[str]:
    """The model classes of a generated package (its models/__init__.pyi imports each; a
    package generated before that stub existed, its models/__init__.py)."""
    models = package / "models"
    stub = models / "__init__.pyi"
    try:
        text = (stub if stub.exists() else models / "__init__.py").read_text(encoding="utf-8")
    except OSError:
        return set()
    return set(re.findall(r"^\s*from \.\w+ import (\w+)(?: as \w+)?$", text, re.MULTILINE))


def overlay_imports(overlay: Path) -> dict[tuple[str, str], list[str]]:
    """(module, name) of each generated name the overlay imports, with the files importing it.

    `from _mistral_api.<module> import <name>`, and `models.<name>` (the overlay's lazy handle
    on `_mistral_api.models`).
    """
    named: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in sorted(overlay.rglob("*.py")):
        where = path.relative_to(overlay.parents[1]).as_posix()
        found: set[tuple[str, str]] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("_mistral_api"):
                found.update((str(node.module), a.name) for a in node.names if a.name != "*")
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "models"
            ):
                found.add(("_mistral_api.models", node.attr))
        for key in found:
            named[key].append(where)
    return dict(named)


# Run in a fresh interpreter with the new package first on the path: which names are missing.
_MISSING = """
import importlib, json, sys
missing = []
for module, name in json.load(sys.stdin):
    try:
        found = importlib.import_module(module)
        if not hasattr(found, name):
            importlib.import_module(f"{module}.{name}")  # a submodule, imported by name
    except ImportError:
        missing.append([module, name])
print(json.dumps(missing))
"""


def missing_names(folder: Path, wanted: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (module, name) pairs of WANTED that the package in FOLDER does not provide.

    Asked of the package itself, imported in a subprocess (aliases and lazy names included),
    rather than guessed from its source.
    """
    result = subprocess.run(
        [sys.executable, "-c", _MISSING],
        input=json.dumps(wanted),
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(folder)},
        check=False,
    )
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise prepare_spec.SpecError(f"the generated package does not import: {last}")
    return [(module, name) for module, name in json.loads(result.stdout)]


# ----------------------------------------------------------------------------- vendoring


class Refused(Exception):
    """The spec is not vendored; the message is the one line to print."""


def vendor(spec: Path, given: Origin, root: Path = ROOT) -> Summary:
    """Vendor SPEC into the project at ROOT; the summary of what changed.

    Raises:
        Refused: SPEC cannot be prepared or generated; nothing in ROOT was changed.
    """
    target = root / SPEC
    if target.exists() and spec.resolve() == target.resolve():
        raise Refused(
            f"{spec} is the vendored file itself: give the new document, "
            "make update-spec SPEC=path/to/mistral-openapi.yaml"
        )
    try:
        data = spec.read_bytes()
        new = prepare_spec.load_spec(spec)
        # Prepared from a copy: NEW stays as published, for the comparison below.
        prepared, _, applied = prepare_spec.prepare(spec, document=copy.deepcopy(new))
    except OSError as exc:
        raise Refused(f"{spec}: cannot read: {exc.strerror}") from exc
    except prepare_spec.SpecError as exc:
        raise Refused(f"{exc}; openapi.yaml and generated/ are unchanged") from exc
    old = old_stale = None
    if target.exists():
        with contextlib.suppress(prepare_spec.SpecError):
            old = prepare_spec.load_spec(target)
            actions = corrections.load(prepare_spec.CORRECTIONS)
            old_stale = corrections.apply(copy.deepcopy(old), actions).stale
    size, digest = check_generated.fingerprint(data)
    origin = _origin(spec, digest, given, root / PROVENANCE)

    staging_root = root / ".tmp"
    staging_root.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="update-spec-", dir=staging_root) as tmp:
        staging = Path(tmp)
        quiet = io.StringIO()  # generate() lists stale corrections; the summary does that
        try:
            with contextlib.redirect_stdout(quiet):
                prepare_spec.generate(spec, staging / GENERATED, quiet=True)
        except prepare_spec.SpecError as exc:
            raise Refused(f"{exc}; openapi.yaml and generated/ are unchanged") from exc
        summary = compare(
            old,
            new,
            prepared,
            applied,
            old_stale=old_stale or [],
            names_file=prepare_spec.NAMES,
            overlay=root / "overlay" / "mistral_client",
            old_package=root / GENERATED / prepare_spec.PACKAGE,
            new_package=staging / GENERATED / prepare_spec.PACKAGE,
        )
        # Everything is ready: replace the project's files (each rename is atomic).
        (staging / SPEC).write_bytes(data)
        (staging / PROVENANCE).write_text(provenance_text(origin, size, digest), encoding="utf-8")
        os.replace(staging / SPEC, target)
        os.replace(staging / PROVENANCE, root / PROVENANCE)
        out = root / GENERATED
        out.mkdir(exist_ok=True)
        package = out / prepare_spec.PACKAGE
        if package.exists():
            os.replace(package, staging / "previous")
        os.replace(staging / GENERATED / prepare_spec.PACKAGE, package)
        for report in ("repairs.txt", "names.txt"):
            name = f"{prepare_spec.PACKAGE}.{report}"
            (out / name).unlink(missing_ok=True)
            if (staging / GENERATED / name).exists():
                os.replace(staging / GENERATED / name, out / name)

    repairs = out / f"{prepare_spec.PACKAGE}.repairs.txt"
    count = len(repairs.read_text(encoding="utf-8").splitlines()) if repairs.exists() else 0
    unknown = [
        key for key in ("repository", "commit", "path", "committed") if not getattr(origin, key)
    ]
    head = [
        f"Vendored {spec} as {SPEC}: {size} bytes, sha256 {digest}",
        f"  from {origin.repository or '?'} at {origin.commit or '?'}:{origin.path or '?'} "
        f"({origin.committed or 'date unknown'}; {origin.source})",
    ]
    if unknown:
        head.append(
            f"  unknown in {PROVENANCE}: {', '.join(unknown)}; give them: make update-spec "
            "SPEC=...\n  REPOSITORY=<url> COMMIT=<sha> SOURCE_PATH=<path in it> "
            "COMMITTED=<YYYY-MM-DD>"
        )
    head.append(
        f"Regenerated {GENERATED}/{prepare_spec.PACKAGE} ({count} correction and repair line(s) "
        f"in {repairs.relative_to(root)})"
    )
    head.append(
        "Against the previous openapi.yaml:" if old is not None else "No previous openapi.yaml."
    )
    summary.lines[:0] = head
    summary.add("Next: name the new operations, handle what is stale above, then make test.")
    return summary


def _origin(spec: Path, digest: str, given: Origin, previous: Path) -> Origin:
    """GIVEN, completed from a README table beside SPEC, else the previous repository."""
    found = upstream_row(spec, digest)
    if found is not None:
        return Origin(
            repository=given.repository or found.repository,
            commit=given.commit or found.commit,
            path=given.path or found.path,
            committed=given.committed or found.committed,
            source=found.source if given == Origin() else f"given, else {found.source}",
        )
    if given.repository is None:
        with contextlib.suppress(check_generated.ProvenanceError):
            repository = check_generated.read_provenance(previous)["repository"]
            return replace(given, repository=repository, source="given; repository as before")
    return given


# ----------------------------------------------------------------------------- validating


def validation_errors(document: Json) -> tuple[list[str], bool]:
    """openapi-spec-validator's errors on DOCUMENT, one line each, and whether it had to stop.

    The validator stops at a `$ref` it cannot resolve (it raises instead of reporting it), so
    such a reference ends the list; where it is is looked up, since the validator does not say.
    """
    from openapi_spec_validator import (
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
        OpenAPIV32SpecValidator,
    )
    from referencing.exceptions import Unresolvable

    version = str(document.get("openapi", ""))
    validator = {"3.0": OpenAPIV30SpecValidator, "3.2": OpenAPIV32SpecValidator}.get(
        version[:3], OpenAPIV31SpecValidator
    )
    errors = []
    try:
        for error in validator(document).iter_errors():
            where = "/" + "/".join(str(part) for part in error.absolute_path)
            message = " ".join(error.message.split())
            errors.append(f"{message[:300]}{'...' if len(message) > 300 else ''} at {where}")
    except Unresolvable as exc:
        target = getattr(exc, "ref", None)  # a JSON pointer into the document, for local refs
        ref = f"#{target}" if isinstance(target, str) and target.startswith("/") else target
        first = next(
            (
                pointer
                for pointer, node in prepare_spec.walk(document)
                if isinstance(node, dict) and node.get("$ref") == ref
            ),
            None,
        )
        errors.append(
            f"$ref {ref!r} points to nothing"
            + (f" (first at {first})" if first else "")
            + "; the validator stops there"
        )
        return errors, True
    return errors, False


def validate(spec: Path) -> tuple[str, bool]:
    """One line (SPEC valid, or how many errors the validator reports and the first); valid?"""
    if spec.suffix == ".json":
        document = json.loads(spec.read_text(encoding="utf-8"))
    else:
        document = prepare_spec.load_spec(spec)
    errors, stopped = validation_errors(document)
    if not errors:
        return f"{spec}: valid OpenAPI {document.get('openapi')}", True
    count = f"{len(errors)}{' or more' if stopped else ''}"
    return f"{spec}: {count} validation error(s), the first: {errors[0]}", False


# ----------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    ven = commands.add_parser("vendor", help="vendor SPEC as openapi.yaml and regenerate")
    ven.add_argument("spec", type=Path)
    ven.add_argument("--repository", help="the repository the file comes from (a URL)")
    ven.add_argument("--commit", help="the commit it was taken at")
    ven.add_argument("--source-path", help="its path in that repository")
    ven.add_argument("--committed", help="the commit's date, YYYY-MM-DD")
    val = commands.add_parser("validate", help="one line: SPEC's validation errors")
    val.add_argument("spec", type=Path)
    val.add_argument("--strict", action="store_true", help="exit 1 on any error")
    args = parser.parse_args(argv)
    try:
        if args.command == "vendor":
            given = Origin(args.repository, args.commit, args.source_path, args.committed)
            print(vendor(args.spec, given))
            return 0
        line, valid = validate(args.spec)
    except (Refused, prepare_spec.SpecError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (OSError, json.JSONDecodeError) as exc:
        print(f"error: {args.spec}: cannot read: {exc}", file=sys.stderr)
        return 2
    print(line)
    return 1 if args.strict and not valid else 0


if __name__ == "__main__":
    sys.exit(main())
