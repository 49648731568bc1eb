"""The names Mistral's SDK users import, as aliases of the generated models (spec/sdk_names.yaml).

Code written for Mistral's official SDK imports its models by the SDK's names
(`from mistralai.models import BatchJobOut, Messages`); the generator names ours after the spec's
schemas (`BatchJob`, and no class at all for a union such as the type of `messages` items). The
table spec/sdk_names.yaml declares what each SDK name is, preferably through an operation
(`response batch.jobs.get`), so a schema Mistral renames is followed at the next generation.
`emit` resolves every entry on the prepared document and writes `_mistral_api/sdk_names.py`:
the aliases under TYPE_CHECKING for type checkers, and at run time a lazy `__getattr__` that
builds each alias on first access, so importing the module loads no model.

A target is a line of words:

    schema NAME [PATH]      the component NAME of the spec
    body METHOD [PATH]      the JSON (or multipart) request body of an operation
    response METHOD [PATH]  the JSON body of its 2xx response
    events METHOD [PATH]    the schema of its text/event-stream events
    type NAME               `_mistral_api.types.NAME` (`File`, which no schema describes)
    error NAME              the overlay's exception `mistral_client.errors.NAME` (not emitted
                            here: tests/generation/test_sdk_names.py keeps the overlay's aliases in
                            step with the table)

METHOD is a name of spec/names.yaml (`batch.jobs.create`, `chat.stream`) or an operationId.
PATH walks the schema: `.field` goes into a property, `[]` into the items of an array (of the
one array member of a union); `requests[]`, `choices[].delta`. An entry may list several
targets: the first that resolves wins (older specs spell operations differently).

What a target resolves to is a Python type built of generated classes, `str`/`int`/`float`/
`bool`, `list[...]` and unions (`null` members dropped, as the generator does for an optional
field; an inline enum or object is the class the generator names after its place,
`ChatCompletionChoiceFinishReason`). An entry that resolves to nothing, or to a class the
generated package lacks, is reported and left out, never an error: a new spec may drop what an
old SDK name meant. An SDK name that is already a generated class is kept as
the generator's: when it means the same thing nothing is emitted, otherwise it is reported.
"""

from __future__ import annotations

import ast
import functools
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SDK_NAMES = ROOT / "spec" / "sdk_names.yaml"
MODULE = "sdk_names.py"
KINDS = ("schema", "body", "response", "events", "type", "error")
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
STEP = re.compile(r"\[\]|\.?([A-Za-z_][A-Za-z0-9_-]*)")
WIDTH = 120  # the generated package's line length (generator-config.yaml post-hooks)

Json = Any


class SdkNamesError(ValueError):
    """spec/sdk_names.yaml cannot be read or an entry has no known form."""


@dataclass(frozen=True)
class Target:
    """One parsed target: KIND of the word list, the schema or method NAME, the PATH steps."""

    kind: str
    name: str
    path: tuple[str, ...] = ()

    def __str__(self) -> str:
        shown = "".join("[]" if s == "[]" else f".{s}" for s in self.path).lstrip(".")
        return " ".join(p for p in (self.kind, self.name, shown) if p)


# A resolved type: ("class", Name) | ("type", Name) | ("prim", "str") | ("list", T) |
# ("union", (T, ...)); the tuples compare and hash, so duplicates in a union fold.
Type = tuple[Any, ...]


class Unresolved(Exception):
    """Why a target gives no type (the message is the report line's reason)."""


def parse_target(text: str) -> Target:
    """One target: `body batch.jobs.create requests[]` (see the module docstring)."""
    words = str(text).split()
    if not 2 <= len(words) <= 3 or words[0] not in KINDS:
        raise SdkNamesError(
            f"{text!r}: expected `KIND NAME [PATH]`, KIND one of {', '.join(KINDS)}"
        )
    kind, name, *rest = words
    path: list[str] = []
    if rest:
        position = 0
        for match in STEP.finditer(rest[0]):
            if match.start() != position:
                break
            path.append(match.group(1) or "[]")
            position = match.end()
        if position != len(rest[0]):
            raise SdkNamesError(f"{text!r}: PATH is `.field` and `[]` steps, as `choices[].delta`")
    if kind in ("type", "error") and path:
        raise SdkNamesError(f"{text!r}: a {kind} target takes no PATH")
    return Target(kind, name, tuple(path))


def load(path: Path = SDK_NAMES) -> dict[str, list[Target]]:
    """The table: SDK name -> its targets, in the order they are tried.

    Raises:
        SdkNamesError: the file cannot be read, or an entry is not `Name: target` or
            `Name: [target, ...]`.
    """
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise SdkNamesError(f"{path}: cannot read the SDK names table: {exc}") from exc
    if not isinstance(raw, dict):
        raise SdkNamesError(f"{path}: expected a mapping of SDK name -> target")
    table: dict[str, list[Target]] = {}
    for name, value in raw.items():
        if not (isinstance(name, str) and name.isidentifier()):
            raise SdkNamesError(f"{path}: {name!r} is not a Python name")
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(v, str) for v in values):
            raise SdkNamesError(f"{path}: {name}: expected a target or a list of targets")
        try:
            table[name] = [parse_target(v) for v in values]
        except SdkNamesError as exc:
            raise SdkNamesError(f"{path}: {name}: {exc}") from None
    return table


# ----------------------------------------------------------------------------- resolving


def _class_name(text: str) -> str:
    from openapi_python_client.strings import ClassName

    return str(ClassName(text, "field_"))


def _deref(document: Json, node: Json) -> tuple[Json, str | None]:
    """NODE with local `$ref`s followed, and the last component key followed (None if none)."""
    key = None
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise Unresolved(f"cannot follow $ref {ref}")
        seen.add(ref)
        target: Json = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not (isinstance(target, dict) and part in target):
                raise Unresolved(f"$ref {ref} points nowhere")
            target = target[part]
        if ref.startswith("#/components/schemas/"):
            key = ref.rsplit("/", 1)[1]
        node = target
    return node, key


def _members(node: Json) -> list[Json] | None:
    """The members of a union schema (oneOf/anyOf, or an allOf of one), else None."""
    for word in ("oneOf", "anyOf"):
        if isinstance(node.get(word), list):
            return list(node[word])
    if isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
        return list(node["allOf"])
    return None


def _is_null(document: Json, node: Json) -> bool:
    node, _ = _deref(document, node)
    return isinstance(node, dict) and (node.get("type") == "null" or node == {"enum": [None]})


def _is_model(node: Json) -> bool:
    """A schema the generator turns into a class of its own: an object or an enum."""
    return any(k in node for k in ("enum", "properties", "allOf")) or node.get("type") == "object"


class Resolver:
    """Types of spec schemas as the generated package names them."""

    def __init__(
        self,
        document: Json,
        names: Mapping[str, Any],
        class_of: Callable[[Json, str], tuple[str, str]],
    ) -> None:
        self.document = document
        self.class_of = class_of
        self.operations: dict[str, Json] = {}
        for item in (document.get("paths") or {}).values():
            for method, operation in (item or {}).items():
                if method in HTTP_METHODS and isinstance(operation, dict):
                    op_id = operation.get("operationId")
                    if isinstance(op_id, str):
                        self.operations[op_id] = operation
        # SDK method name -> the operationIds the names table gives it (every spec version's).
        self.by_method: dict[str, list[str]] = {}
        for op_id, entry in names.items():
            for method in (getattr(entry, "name", None), getattr(entry, "stream", None)):
                if method:
                    self.by_method.setdefault(method, []).append(op_id)

    def operation(self, method: str) -> tuple[str, Json]:
        """The operation of this spec that METHOD (a names-table name or an operationId) is."""
        if method in self.operations:
            return method, self.operations[method]
        present = [o for o in self.by_method.get(method, []) if o in self.operations]
        if not present:
            raise Unresolved(f"no operation of this spec is {method}")
        if len(present) > 1:
            raise Unresolved(f"{method} is several operations here: {', '.join(sorted(present))}")
        return present[0], self.operations[present[0]]

    def root(self, target: Target) -> Json:
        """The schema a target's PATH starts from."""
        if target.kind == "schema":
            schemas = (self.document.get("components") or {}).get("schemas") or {}
            if target.name not in schemas:
                raise Unresolved(f"no schema {target.name}")
            return {"$ref": f"#/components/schemas/{target.name}"}
        op_id, operation = self.operation(target.name)
        if target.kind == "body":
            body, _ = _deref(self.document, operation.get("requestBody") or {})
            content = body.get("content") or {}
            for media in ("application/json", "multipart/form-data", *content):
                if isinstance(content.get(media), dict) and "schema" in content[media]:
                    return content[media]["schema"]
            raise Unresolved(f"{op_id} has no request body")
        responses = operation.get("responses") or {}
        for status in sorted(str(s) for s in responses):
            if not status.startswith("2"):
                continue
            response, _ = _deref(self.document, responses.get(status, responses.get(int(status))))
            content = response.get("content") or {}
            media = "text/event-stream" if target.kind == "events" else "application/json"
            if isinstance(content.get(media), dict) and "schema" in content[media]:
                return content[media]["schema"]
        raise Unresolved(
            f"{op_id} has no 2xx {'event stream' if target.kind == 'events' else 'JSON body'}"
        )

    def walk(self, node: Json, path: Iterable[str]) -> tuple[Json, str | None]:
        """The schema PATH leads to from NODE, and the class the generator would give it if inline.

        The generator names an inline enum or object after where it stands: the class holding
        the field, then the field (ChatCompletionChoice.finish_reason:
        ChatCompletionChoiceFinishReason), `Item` added for array items.
        """
        hint: str | None = None
        for step in path:
            if step == "[]":
                node, _ = self._only(node, lambda n: n.get("type") == "array", "an array")
                if "items" not in node:
                    raise Unresolved("an array without items")
                node, hint = node["items"], None if hint is None else f"{hint}_item"
            else:
                node, key = self._only(node, functools.partial(self.has, step), f"field {step}")
                parent = self.class_name(key) if key else hint
                node, hint = (
                    self.properties(node)[step],
                    None if parent is None else f"{parent}_{step}",
                )
        return node, hint

    def has(self, field: str, node: Json) -> bool:
        """Whether the object schema NODE has FIELD."""
        return field in self.properties(node)

    def class_name(self, key: str) -> str:
        """The generated class of the component KEY."""
        return self.class_of(self.document, f"#/components/schemas/{key}")[0]

    def properties(self, node: Json) -> dict[str, Json]:
        """The fields of an object schema, those of its allOf members included."""
        node, _ = _deref(self.document, node)
        if not isinstance(node, dict):
            return {}
        found: dict[str, Json] = {}
        if isinstance(node.get("allOf"), list):
            for member in node["allOf"]:
                found.update(self.properties(member))
        found.update(node.get("properties") or {})
        return found

    def _only(
        self, node: Json, wanted: Callable[[Json], bool], what: str
    ) -> tuple[Json, str | None]:
        """NODE if WANTED accepts it, else the one member of its union WANTED accepts.

        With the node, the component key it was reached through (None for an inline schema).
        """
        node, key = _deref(self.document, node)
        if not isinstance(node, dict):
            raise Unresolved("not a schema")
        if wanted(node):
            return node, key
        members = [_deref(self.document, m) for m in _members(node) or []]
        found = [(m, k) for m, k in members if isinstance(m, dict) and wanted(m)]
        if len(found) != 1:
            raise Unresolved(
                f"{len(found)} of {len(members)} union members have {what}"
                if members
                else f"no {what}"
            )
        return found[0]

    def type_of(self, node: Json, hint: str | None = None) -> Type:
        """The Python type the generator gives NODE (HINT: its class name if an inline model)."""
        ref = node.get("$ref") if isinstance(node, dict) else None
        resolved, key = _deref(self.document, node)
        if not isinstance(resolved, dict):
            raise Unresolved("not a schema")
        members = _members(resolved)
        if members is not None:
            types = [self.type_of(m) for m in members if not _is_null(self.document, m)]
            flat: list[Type] = []
            for one in types:
                for part in one[1] if one[0] == "union" else (one,):
                    if part not in flat:
                        flat.append(part)
            return flat[0] if len(flat) == 1 else ("union", tuple(flat))
        if resolved.get("type") == "array":
            return ("list", self.type_of(resolved.get("items") or {}))
        if resolved.get("type") == "string" and resolved.get("format") == "binary":
            return ("type", "File")
        if _is_model(resolved):
            if ref is not None and key is not None:
                return ("class", self.class_name(key))
            if hint is None:
                raise Unresolved("an inline schema the generator names on its own")
            return ("class", _class_name(hint))
        if resolved.get("type") in PRIMITIVES:
            return ("prim", PRIMITIVES[resolved["type"]])
        raise Unresolved(f"a schema of no simple type ({sorted(resolved)[:4]})")

    def resolve(self, target: Target) -> Type:
        """The type TARGET names."""
        if target.kind == "type":
            return ("type", target.name)
        return self.type_of(*self.walk(self.root(target), target.path))


def classes(kind: str, value: Type) -> set[str]:
    """The generated names (of KIND: class or type) a resolved type uses."""
    if value[0] == kind:
        return {value[1]}
    if value[0] == "list":
        return classes(kind, value[1])
    if value[0] == "union":
        return set().union(*(classes(kind, v) for v in value[1]))
    return set()


def source(value: Type, prefix: Mapping[str, str] | None = None) -> str:
    """VALUE as Python source; PREFIX qualifies class/type names (`_m.` at run time)."""
    prefix = prefix or {}
    if value[0] in ("class", "type"):
        return prefix.get(value[0], "") + str(value[1])
    if value[0] == "prim":
        return str(value[1])
    if value[0] == "list":
        return f"list[{source(value[1], prefix)}]"
    return " | ".join(source(v, prefix) for v in value[1])


# ----------------------------------------------------------------------------- emitting


def _declared(path: Path, attribute: str | None) -> set[str]:
    """Names a generated module defines (ATTRIBUTE: the tuple/list literal of that name)."""
    if not path.exists():
        return set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if attribute is None and isinstance(node, ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if not isinstance(target, ast.Name):
                    continue
                if attribute is None:
                    names.add(target.id)
                elif target.id == attribute and node.value is not None:
                    names.update(ast.literal_eval(node.value))
    return names


def emit(
    document: Json,
    package: Path,
    names: Mapping[str, Any],
    class_of: Callable[[Json, str], tuple[str, str]],
    table_file: Path = SDK_NAMES,
) -> list[str]:
    """Write PACKAGE/sdk_names.py from the SDK names table; one report line per SDK name.

    NAMES is the operation names table (spec/names.yaml, loaded), CLASS_OF the function giving
    the generated class of a component `$ref` (prepare_spec.model_class).
    """
    table = load(table_file)
    resolver = Resolver(document, names, class_of)
    stub = package / "models" / "__init__.pyi"  # prepare_spec.models_stub: its __all__
    generated = _declared(stub if stub.exists() else package / "models" / "__init__.py", "__all__")
    types = _declared(package / "types.py", None)
    aliases: dict[str, Type] = {}
    report: list[str] = []
    for name, targets in sorted(table.items()):
        if targets[0].kind == "error":
            shown = f"sdk name {name}: mistral_client.errors.{targets[0].name} (overlay)"
            if name in generated:  # mistral_client.models keeps the generated class
                shown += f"; in mistral_client.models, {name} is the generated class"
            report.append(shown)
            continue
        reasons: list[str] = []
        for target in targets:
            try:
                value = resolver.resolve(target)
            except Unresolved as exc:
                reasons.append(f"{target}: {exc}")
                continue
            except (KeyError, TypeError, AttributeError, ValueError) as exc:  # any spec shape
                reasons.append(f"{target}: cannot read the spec here ({type(exc).__name__})")
                continue
            missing = sorted(classes("class", value) - generated) + sorted(
                f"types.{t}" for t in classes("type", value) - types
            )
            if missing:
                reasons.append(f"{target}: {', '.join(missing)} not generated")
                continue
            if name in generated:
                if value == ("class", name):
                    report.append(f"sdk name {name}: the generated {name} ({target})")
                else:
                    report.append(
                        f"sdk name {name}: not aliased, the generated class {name} keeps the "
                        f"name; the SDK's {name} is {source(value)} ({target})"
                    )
                break
            aliases[name] = value
            report.append(f"sdk name {name}: alias of {source(value)} ({target})")
            break
        else:
            report.append(f"sdk name {name}: not resolved, left out: {'; '.join(reasons)}")
    module = package / MODULE
    module.write_text(render(aliases), encoding="utf-8")
    # The generator's post-hooks format its own files before this one exists; the same ruff
    # formats this one (a long union nested in list[...] is wrapped as the rest of the package).
    command = [sys.executable, "-m", "ruff", "format", "--isolated", "--no-cache", "--quiet"]
    result = subprocess.run(
        [*command, f"--line-length={WIDTH}", str(module)], capture_output=True, text=True
    )
    if result.returncode != 0:
        raise SdkNamesError(f"{module}: ruff format failed: {result.stderr.strip()}")
    return report


def _wrapped(head: str, items: list[str], indent: str, tail: str = "") -> list[str]:
    """`head a | b | c tail` on one line when it fits WIDTH, else one item a line in ()."""
    one = f"{indent}{head}{' | '.join(items)}{tail}"
    if len(one) <= WIDTH:
        return [one]
    inner = indent + "    "
    return [
        f"{indent}{head}(",
        *(f"{inner}{'| ' if i else ''}{item}" for i, item in enumerate(items)),
        f"{indent}){tail}",
    ]


def _parts(value: Type, prefix: Mapping[str, str] | None = None) -> list[str]:
    """A union's members as source (one item for any other type), for wrapping."""
    if value[0] == "union":
        return [source(v, prefix) for v in value[1]]
    return [source(value, prefix)]


def render(aliases: Mapping[str, Type]) -> str:
    """The generated module: static aliases for type checkers, lazy ones at run time."""
    models = sorted(set().union(*(classes("class", v) for v in aliases.values())))
    types = sorted(set().union(*(classes("type", v) for v in aliases.values())))
    lines = [
        '"""The names Mistral\'s official Python SDK gives models, as aliases of this package\'s.',
        "",
        "Written by scripts/prepare_spec.py (scripts/sdk_names.py) from spec/sdk_names.yaml; not",
        "a source file. Type checkers read the aliases under `TYPE_CHECKING`; at run time each is",
        "built on first access (`__getattr__` below), so importing this module imports no model.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Callable",
        "from typing import TYPE_CHECKING, Any",
        "",
    ]
    if models or types:
        lines += ["if TYPE_CHECKING:", "    from typing import TypeAlias", ""]
        for module, names in (("models", models), ("types", types)):
            if names:
                lines += _import(f"from .{module} import ", names, "    ")
        lines.append("")
        for name, value in aliases.items():
            if source(value) != name:  # `File`: the import above is the export
                lines += _wrapped(f"{name}: TypeAlias = ", _parts(value), "    ")
        lines.append("")
    lines += ["__all__ = ("] + [f'    "{name}",' for name in aliases] + [")", ""]
    lines += [
        "",
        "def _aliases() -> dict[str, Callable[[], Any]]:",
        "    from . import models as _m",
        "    from . import types as _t",
        "",
        "    return {",
    ]
    runtime = {"class": "_m.", "type": "_t."}
    for name, value in aliases.items():
        lines += _wrapped(f'"{name}": lambda: ', _parts(value, runtime), "        ", ",")
    lines += [
        "    }",
        "",
        "",
        "if not TYPE_CHECKING:",
        "",
        "    def __getattr__(name: str) -> Any:",
        "        make = _aliases().get(name)",
        "        if make is None:",
        '            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        "        value = make()",
        "        globals()[name] = value  # later accesses are plain attribute lookups",
        "        return value",
        "",
        "    def __dir__() -> list[str]:",
        "        return sorted({*globals(), *__all__})",
        "",
    ]
    return "\n".join(lines)


def _import(head: str, names: list[str], indent: str) -> list[str]:
    one = f"{indent}{head}{', '.join(names)}"
    if len(one) <= WIDTH:
        return [one]
    return [f"{indent}{head}(", *(f"{indent}    {n}," for n in names), f"{indent})"]
