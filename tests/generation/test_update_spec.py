"""`make update-spec`: vendoring a newer Mistral spec, on copies of the project (never this tree).

Also the provenance check of `make check-generated` and the validation of `make lint`.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import corrections, prepare_spec
from scripts import update_spec as us
from scripts.check_generated import differences, read_provenance
from tests.upstream import UPSTREAM_SPECS, require_shared

from .test_pipeline import BAD_SPECS

ROOT = Path(__file__).resolve().parents[2]
# What update_spec.py reads and writes: the rest of the project plays no part.
PROJECT = (
    "scripts",
    "spec",
    "templates",
    "overlay",
    "generated",
    "generator-config.yaml",
    "openapi.yaml",
    "openapi.provenance.yaml",
    ".gitignore",
)
CACHES = shutil.ignore_patterns("__pycache__", ".ruff_cache", ".mypy_cache")
NEWEST = "mistral-openapi-2026-08-13-50c1afe7.yaml"
PREVIOUS = "mistral-openapi-2026-07-15-2f0dd463.yaml"
CONFLICTED = "mistral-openapi-2026-03-20-bc1609ef.yaml"


def copy_project(dest: Path) -> Path:
    """A copy of the files `make update-spec` works on, caches left out."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=CACHES)
        else:
            shutil.copy2(source, dest / name)
    return dest


def update_spec(project: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """The copy's own scripts/update_spec.py, run in it (so it changes the copy only)."""
    return subprocess.run(
        [sys.executable, str(project / "scripts" / "update_spec.py"), *map(str, args)],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def snapshot(project: Path) -> dict[str, bytes]:
    """Every byte update-spec may change: the spec, its provenance, generated/."""
    files = [project / "openapi.yaml", project / "openapi.provenance.yaml"]
    files += [p for p in sorted((project / "generated").rglob("*")) if p.is_file()]
    return {str(p.relative_to(project)): p.read_bytes() for p in files}


def load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def operation_ids(document: dict[str, object]) -> dict[str, str]:
    """operationId -> `METHOD path`, read straight from the document."""
    found = {}
    for path, item in document["paths"].items():  # type: ignore[attr-defined]
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = f"{method.upper()} {path}"
    return found


# ----------------------------------------------------------------------------- provenance


def test_vendored_spec_is_the_document_its_provenance_records():
    """openapi.yaml has the size and sha256 recorded when it was vendored: nobody edited it."""
    data = (ROOT / "openapi.yaml").read_bytes()
    recorded = yaml.safe_load((ROOT / "openapi.provenance.yaml").read_text(encoding="utf-8"))
    assert len(data) == recorded["bytes"]
    assert hashlib.sha256(data).hexdigest() == recorded["sha256"]
    for key in ("repository", "commit", "path", "committed"):
        assert recorded[key], f"openapi.provenance.yaml: {key} is unknown"


def run_provenance_check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "check_generated.py"),
            "--provenance",
            str(folder / "openapi.provenance.yaml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def test_check_generated_fails_on_an_edited_spec_saying_how_to_fix_it(tmp_path: Path):
    """One byte added to openapi.yaml: exit 1, one line naming both fingerprints and the fix."""
    shutil.copy2(ROOT / "openapi.provenance.yaml", tmp_path)
    shutil.copy2(ROOT / "openapi.yaml", tmp_path)
    assert run_provenance_check(tmp_path).returncode == 0
    with (tmp_path / "openapi.yaml").open("ab") as spec:
        spec.write(b"\n")
    result = run_provenance_check(tmp_path)
    assert result.returncode == 1
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1
    recorded = read_provenance(tmp_path / "openapi.provenance.yaml")
    for part in (
        "openapi.yaml is not the document openapi.provenance.yaml records",
        f"{recorded['bytes'] + 1} bytes",
        f"recorded {recorded['bytes']} bytes",
        recorded["sha256"][:12],
        "git checkout openapi.yaml",
        "spec/corrections.yaml",
        "make update-spec SPEC=",
    ):
        assert part in message, message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("bytes: 1\n", "`sha256` must be 64 lowercase hex digits", id="no-sha256"),
        pytest.param(f"bytes: -1\nsha256: {'0' * 64}\n", "`bytes` must be", id="bad-size"),
        pytest.param("- a list\n", "expected a mapping", id="not-a-mapping"),
    ],
)
def test_check_generated_names_what_is_wrong_with_the_provenance_file(
    tmp_path: Path, text: str, message: str
):
    """A malformed provenance file fails the check with the field at fault."""
    shutil.copy2(ROOT / "openapi.yaml", tmp_path)
    (tmp_path / "openapi.provenance.yaml").write_text(text)
    result = run_provenance_check(tmp_path)
    assert result.returncode == 1
    assert message in result.stderr


@pytest.mark.parametrize(
    "value",
    [
        *["https://github.com/mistralai/platform-docs-public", "public/openapi.yaml", "2026-08-13"],
        *["1234567", "null", "yes", "a: b", "#x", "1e+09", None],
    ],
)
def test_provenance_values_read_back_as_written(tmp_path: Path, value: str | None):
    """URLs, paths and dates stay bare; what YAML would read otherwise is quoted."""
    origin = us.Origin(repository=value, commit=value, path=value, committed=value)
    (tmp_path / "p.yaml").write_text(us.provenance_text(origin, 3, "f" * 64))
    fields = read_provenance(tmp_path / "p.yaml")
    assert [fields[k] for k in ("repository", "commit", "path", "committed")] == [value] * 4
    assert (fields["bytes"], fields["sha256"]) == (3, "f" * 64)


# ----------------------------------------------------------------------------- README tables

TABLE = """\
Specs from **[acme/specs](https://github.com/acme/specs)**.

| file | source path | commit (first with this blob) | commit date (UTC) | bytes | sha256 |
|---|---|---|---|---|---|
| `a.yaml` | `public/openapi.yaml` (also in `x.yaml`) | `{commit}` | 2025-01-02 | 3 | `{digest}` |
| `b.yaml` | `openapi.yaml` | `{other}` | 2024-01-01 | 3 | `{other}` |
"""


def test_origin_comes_from_the_readme_row_with_the_files_sha256(tmp_path: Path):
    """The row is found by content, so a renamed copy is still recognised."""
    spec = tmp_path / "renamed.yaml"
    spec.write_bytes(b"abc")
    digest = hashlib.sha256(b"abc").hexdigest()
    commit = "c" * 40
    (tmp_path / "README.md").write_text(TABLE.format(commit=commit, digest=digest, other="d" * 64))
    origin = us.upstream_row(spec, digest)
    assert origin is not None
    assert (origin.repository, origin.commit, origin.path, origin.committed) == (
        "https://github.com/acme/specs",
        commit,
        "public/openapi.yaml",
        "2025-01-02",
    )
    assert us.upstream_row(spec, "e" * 64) is None
    (tmp_path / "README.md").write_text("# no table here\n")
    assert us.upstream_row(spec, digest) is None


def test_origin_of_the_vendored_spec_from_shared_readme_is_the_committed_provenance():
    """../shared/openapi-upstream/README.md gives exactly what openapi.provenance.yaml says."""
    require_shared()
    data = (UPSTREAM_SPECS / NEWEST).read_bytes()
    origin = us.upstream_row(UPSTREAM_SPECS / NEWEST, hashlib.sha256(data).hexdigest())
    recorded = read_provenance(ROOT / "openapi.provenance.yaml")
    assert origin is not None
    assert (origin.repository, origin.commit, origin.path, origin.committed) == (
        recorded["repository"],
        recorded["commit"],
        recorded["path"],
        recorded["committed"],
    )


# ----------------------------------------------------------------------------- renames


def obj(*names: str, ref: str | None = None, **extra: object) -> dict[str, object]:
    properties: dict[str, object] = {name: {"type": "string"} for name in names}
    if ref:
        properties["link"] = {"$ref": f"#/components/schemas/{ref}"}
    return {"type": "object", "properties": properties, **extra}


def test_schema_with_new_name_and_new_wording_is_a_rename():
    """Titles, descriptions, examples and x- extensions do not count; the structure does."""
    old = {"BatchJob": obj("id", "status", title="BatchJob", description="A job.")}
    new = {"BatchJobOut": obj("id", "status", title="BatchJobOut", examples=[{"id": "x"}])}
    new["BatchJobOut"]["x-speakeasy-name-override"] = "batch_job"
    assert us.schema_renames(old, new) == [us.Rename("BatchJob", "BatchJobOut")]


def test_rename_of_a_referenced_schema_is_followed_by_its_referrers():
    """A schema that points at a renamed one is recognised once that one is (second pass)."""
    old = {"Job": obj("id"), "JobList": obj("total", ref="Job")}
    new = {"JobOut": obj("id"), "JobsOut": obj("total", ref="JobOut")}
    assert us.schema_renames(old, new) == [
        us.Rename("Job", "JobOut"),
        us.Rename("JobList", "JobsOut"),
    ]


def test_look_alikes_and_bare_schemas_are_not_paired():
    """Two removed schemas of one structure, or a bare `type: string`, say nothing of a rename."""
    old = {"A": obj("x"), "B": obj("x"), "S": {"type": "string"}}
    new = {"C": obj("x"), "T": {"type": "string"}}
    assert us.schema_renames(old, new) == []


def test_mostly_kept_properties_are_a_rename_with_changes():
    """Sharing 4 of 6 properties (one replaced: 0.67) is not enough; 14 of 17 (0.82) is."""
    few_old, few_new = obj(*"abcde"), obj(*"abcdz")
    assert us.schema_renames({"Old": few_old}, {"New": few_new}) == []
    many_old = obj(*"abcdefghijklmno")
    many_new = obj(*"abcdefghijklmno", "z")
    many_new["properties"]["a"] = {"type": "integer"}  # type: ignore[index]
    renames = us.schema_renames({"Old": many_old}, {"New": many_new})
    assert renames == [us.Rename("Old", "New", ("+z", "~a"))]


def spec_with(*operations: tuple[str, str, str]) -> dict[str, Any]:
    """A document of (operationId, method, path) operations tagged `things`."""
    paths: dict[str, Any] = {}
    for op_id, method, path in operations:
        paths.setdefault(path, {})[method] = {
            "operationId": op_id,
            "tags": ["things"],
            "responses": {"204": {"description": "done"}},
        }
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


def test_summary_names_a_renamed_operation_id_its_stale_row_and_its_fallback_name(
    tmp_path: Path,
):
    """An operationId renamed on one method and path: the row naming the old id is stale, and
    the new id falls back to client.<first tag>.<operationId> until the row moves."""
    names = tmp_path / "names.yaml"
    names.write_text("list_things_v1: things.list\nkept_v1: things.get\n")
    old = spec_with(("list_things_v1", "get", "/v1/things"), ("kept_v1", "get", "/v1/things/{id}"))
    new = spec_with(("list_things_v2", "get", "/v1/things"), ("kept_v1", "get", "/v1/things/{id}"))
    summary = us.compare(
        old,
        new,
        copy.deepcopy(new),
        corrections.Applied(),
        old_stale=[],
        names_file=names,
        overlay=None,
        old_package=None,
        new_package=tmp_path,
    ).lines
    assert "  + list_things_v2  GET /v1/things" in summary
    assert "  - list_things_v1  GET /v1/things" in summary
    assert "  ~ list_things_v1 -> list_things_v2  GET /v1/things" in summary
    assert "    client.things.list_things_v2" in summary
    assert "    list_things_v1: things.list" in summary
    assert not any("kept_v1" in line for line in summary)


# ----------------------------------------------------------------------------- refusals


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project that refusals must leave as it is."""
    return copy_project(tmp_path_factory.mktemp("refusals") / "project")


def assert_refused(
    project: Path, before: dict[str, bytes], result: subprocess.CompletedProcess[str]
) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stdout == ""
    assert snapshot(project) == before
    assert not list((project / ".tmp").glob("update-spec-*")), "a staging folder was left"
    return result.stderr.strip()


@pytest.mark.parametrize(("text", "message"), BAD_SPECS)
def test_update_spec_refuses_a_spec_it_cannot_prepare_and_changes_nothing(
    project: Path, tmp_path: Path, text: str, message: str
):
    """Invalid YAML, conflict markers, a dangling $ref, a generator warning: exit 2, one line."""
    before = snapshot(project)
    spec = tmp_path / "new.yaml"
    spec.write_text(text)
    line = assert_refused(project, before, update_spec(project, "vendor", spec))
    assert message in line
    assert line.endswith("openapi.yaml and generated/ are unchanged")


def test_update_spec_refuses_mistrals_spec_with_conflict_markers(project: Path):
    """The 2026-03-20 spec was committed mid-merge: refused with its line, nothing changed."""
    require_shared()
    before = snapshot(project)
    result = update_spec(project, "vendor", UPSTREAM_SPECS / CONFLICTED)
    line = assert_refused(project, before, result)
    assert f"{CONFLICTED}:3647: git merge-conflict marker '<<<<<<< HEAD'" in line


@pytest.mark.parametrize("spec", ["openapi.yaml", "missing.yaml"], ids=["itself", "missing"])
def test_update_spec_refuses_the_vendored_file_itself_and_a_missing_file(project: Path, spec: str):
    """`make update-spec` without SPEC= (the default is openapi.yaml) or a wrong path."""
    before = snapshot(project)
    line = assert_refused(project, before, update_spec(project, "vendor", spec))
    assert ("vendored file itself" if spec == "openapi.yaml" else "cannot read") in line


# ----------------------------------------------------------------------------- vendoring


@dataclass
class Trip:
    """A copy of the project taken back to the 2026-07-15 spec, then forward to 2026-08-13."""

    back: str  # the summary printed going back
    back_spec: bytes
    back_provenance: dict[str, object]
    back_prepared: dict[str, object]
    back_names: str
    forth: str
    project: Path


# A correction that selects something in 2026-08-13 only, and a generated class of 2026-08-13
# only that the overlay names: both must be listed when vendoring 2026-07-15.
PROBE_CORRECTION = """
  - target: $.components.schemas.Prompt
    description: probe of the stale-correction report
    update: {x-probe: true}
"""
PROBE_OVERLAY = "from _mistral_api.models import Prompt\n\nprobe = Prompt\n"


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory) -> Trip:
    require_shared()
    project = copy_project(tmp_path_factory.mktemp("trip") / "project")
    with (project / "spec" / "corrections.yaml").open("a", encoding="utf-8") as file:
        file.write(PROBE_CORRECTION)
    (project / "overlay" / "mistral_client" / "_probe.py").write_text(PROBE_OVERLAY)
    back = update_spec(project, "vendor", UPSTREAM_SPECS / PREVIOUS)
    assert back.returncode == 0, back.stderr
    package = project / "generated" / "_mistral_api"
    state: dict[str, Any] = {
        "back_spec": (project / "openapi.yaml").read_bytes(),
        "back_provenance": read_provenance(project / "openapi.provenance.yaml"),
        "back_prepared": json.loads((package / "openapi.json").read_text()),
        "back_names": (project / "generated" / "_mistral_api.names.txt").read_text(),
    }
    (project / "overlay" / "mistral_client" / "_probe.py").unlink()
    shutil.copy2(ROOT / "spec" / "corrections.yaml", project / "spec" / "corrections.yaml")
    forth = update_spec(project, "vendor", UPSTREAM_SPECS / NEWEST)
    assert forth.returncode == 0, forth.stderr
    return Trip(back=back.stdout, forth=forth.stdout, project=project, **state)


def marked(summary: str, mark: str) -> set[str]:
    """The operationIds of the summary's `  + id  METHOD path` (or -) lines."""
    return {line.split()[1] for line in summary.splitlines() if line.startswith(f"  {mark} ")}


def test_update_spec_lists_every_operation_added_and_removed(trip: Trip):
    """Going back to 2026-07-15: exactly the operations only one of the two documents has."""
    new = operation_ids(load(UPSTREAM_SPECS / PREVIOUS))
    old = operation_ids(load(UPSTREAM_SPECS / NEWEST))
    assert marked(trip.back, "+") == new.keys() - old.keys()
    assert marked(trip.back, "-") == old.keys() - new.keys()
    assert "  - prompts_list  GET /v2/prompts" in trip.back.splitlines()
    assert marked(trip.forth, "+") == marked(trip.back, "-")
    print(f"{len(marked(trip.back, '+'))} added, {len(marked(trip.back, '-'))} removed")


def test_update_spec_copies_the_spec_and_records_its_origin_from_the_readme(trip: Trip):
    """The file byte for byte; commit, path and date from ../shared's README row."""
    assert trip.back_spec == (UPSTREAM_SPECS / PREVIOUS).read_bytes()
    assert trip.back_provenance == {
        "repository": "https://github.com/mistralai/platform-docs-public",
        "commit": "2f0dd463a706828e3af653bfe89c356ae8183605",
        "path": "openapi.yaml",
        "committed": "2026-07-15",
        "bytes": len(trip.back_spec),
        "sha256": hashlib.sha256(trip.back_spec).hexdigest(),
    }


def test_update_spec_regenerates_from_the_new_spec(trip: Trip):
    """The prepared document in the package is the new spec's: added operations in, removed out."""
    generated = set(operation_ids(trip.back_prepared))
    assert marked(trip.back, "+") <= generated
    assert not marked(trip.back, "-") & generated
    assert "/v2/prompts" not in trip.back_prepared["paths"]  # type: ignore[operator]


def test_update_spec_names_where_new_operations_fall_back(trip: Trip):
    """Each new operation the names table lacks is shown where the generated names report puts it."""
    table = yaml.safe_load((ROOT / "spec" / "names.yaml").read_text())
    fallbacks = sorted(marked(trip.back, "+") - set(table))
    assert fallbacks, "the probe needs an added operation the names table lacks"
    for op_id in fallbacks:
        line = rf"^\[names\] {op_id}: (client\.[\w.]+).* \(not in the names table"
        reported = re.search(line, trip.back_names, re.M)
        assert reported, op_id
        assert f"    {reported.group(1)}" in trip.back


def test_update_spec_lists_the_names_rows_and_corrections_gone_stale(trip: Trip):
    """Rows whose operation the new spec lacks, and the probe correction that now selects nothing."""
    table = yaml.safe_load((ROOT / "spec" / "names.yaml").read_text())
    gone = set(table) & marked(trip.back, "-")
    assert gone
    for op_id in gone:
        row = table[op_id] if isinstance(table[op_id], str) else table[op_id]["name"]
        assert f"    {op_id}: {row}" in trip.back.splitlines()
    assert "1 now stale" in trip.back
    assert "$.components.schemas.Prompt (probe of the stale-correction report)" in trip.back
    assert "1 now stale" not in trip.forth


def test_update_spec_reports_renamed_schemas_and_names_the_overlay_loses(trip: Trip):
    """Renames pair a schema of the old document only with one of the new only; a generated
    class the overlay imports and the new package lacks is named with the importing file."""
    old = load(UPSTREAM_SPECS / NEWEST)["components"]["schemas"]
    new = load(UPSTREAM_SPECS / PREVIOUS)["components"]["schemas"]
    renames = re.findall(r"^    ~ (\S+) -> (\S+)", trip.back, re.M)
    assert ("BatchJob", "BatchJobOut") in renames
    for before, after in renames:
        assert (before in old, before in new, after in new, after in old) == (
            True,
            False,
            True,
            False,
        ), (before, after)
    lines = trip.back.splitlines()
    assert "  _mistral_api.models.Prompt: overlay/mistral_client/_probe.py" in lines
    assert "_probe.py" not in trip.forth


def test_update_spec_back_and_forth_gives_the_committed_project(trip: Trip):
    """Vendoring 2026-08-13 again rebuilds this tree's spec, provenance and generated/ exactly."""
    project = trip.project
    for name in ("openapi.yaml", "openapi.provenance.yaml"):
        assert (project / name).read_bytes() == (ROOT / name).read_bytes(), name
    generated = project / "generated"
    assert differences(generated / "_mistral_api", ROOT / "generated" / "_mistral_api") == []
    for report in ("_mistral_api.repairs.txt", "_mistral_api.names.txt"):
        assert (generated / report).read_bytes() == (ROOT / "generated" / report).read_bytes()


# ----------------------------------------------------------------------------- validating


def minimal(**changes: object) -> dict[str, object]:
    document: dict[str, object] = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }
    document.update(changes)
    return document


@pytest.mark.parametrize(
    ("document", "line", "valid"),
    [
        pytest.param(minimal(), ": valid OpenAPI 3.1.0", True, id="valid"),
        pytest.param(
            minimal(info={"title": "t"}),
            ": 1 validation error(s), the first: 'version' is a required property at /info",
            False,
            id="one-error",
        ),
        pytest.param(
            minimal(paths={"/x": {"get": {"responses": {"200": {"$ref": "#/nowhere"}}}}}),
            ": 1 or more validation error(s), the first: $ref '#/nowhere' points to nothing "
            "(first at /paths/~1x/get/responses/200); the validator stops there",
            False,
            id="dangling-ref",
        ),
    ],
)
def test_validate_prints_one_line_and_fails_only_when_strict(
    tmp_path: Path, document: dict[str, object], line: str, valid: bool
):
    """`make lint`: the count and the first error; exit 1 with --strict, else a report."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document))
    for strict in (False, True):
        result = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "update_spec.py"), "validate", str(spec)]
            + (["--strict"] if strict else []),
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.stdout == f"{spec}{line}\n"
        assert result.returncode == (1 if strict and not valid else 0)


def test_published_spec_error_is_one_the_repairs_fix_and_the_prepared_spec_is_valid():
    """Mistral's document fails validation on a `#/$defs` reference inside the speech stream's
    schema; the local_defs repair moves those definitions, and the prepared document is valid."""
    document = prepare_spec.load_spec(ROOT / "openapi.yaml")
    errors, stopped = us.validation_errors(copy.deepcopy(document))
    assert stopped
    assert errors == [
        "$ref '#/$defs/SpeechStreamEventTypes' points to nothing (first at /paths/~1v1~1audio"
        "~1speech/post/responses/200/content/text~1event-stream/schema/properties/event); "
        "the validator stops there"
    ]
    prepared, report, _ = prepare_spec.prepare(ROOT / "openapi.yaml")
    schema = "/paths/~1v1~1audio~1speech/post/responses/200/content/text~1event-stream/schema"
    assert (
        f"[local_defs] {schema}/$defs: 8 definition(s) moved to components, 11 ref(s) rewritten"
        in report
    )
    assert us.validation_errors(prepared) == ([], False)
