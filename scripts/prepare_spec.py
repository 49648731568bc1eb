"""Repair an OpenAPI document so openapi-python-client 0.29.1 generates all of it, then generate.

The pipeline: Mistral's published spec (openapi.yaml, vendored byte for byte) -> our declared
corrections (spec/corrections.yaml, an OpenAPI Overlay; scripts/corrections.py) -> the automatic
repairs below -> the names table (spec/names.yaml) -> openapi-python-client.

Mistral's published specs have broken naive generators throughout their history (see
../shared/openapi-upstream/README.md). Each repair below is a pure function over the parsed
document that returns one report line per change, so a maintainer can read what was altered.
What cannot be repaired (git conflict markers, invalid YAML, a document that is not OpenAPI, a
$ref that points nowhere) is refused with exit status 2, a one-line message and no output.

Usage:
    python scripts/prepare_spec.py generate SPEC OUT_DIR [--quiet] [--corrections FILE]
    python scripts/prepare_spec.py repair SPEC PREPARED.json [--corrections FILE]

`generate` writes the package to OUT_DIR/_mistral_api (replacing it only when generation
succeeded) and, when anything was repaired, the report to OUT_DIR/_mistral_api.repairs.txt;
where each operation lives on the client (spec/names.yaml applied) goes to
OUT_DIR/_mistral_api.names.txt.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

if __package__:  # imported as scripts.prepare_spec (tests)
    from . import corrections, sdk_names
else:  # run as python scripts/prepare_spec.py
    import corrections  # type: ignore[no-redef]
    import sdk_names  # type: ignore[no-redef]
Applied = corrections.Applied

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
NAMES = ROOT / "spec" / "names.yaml"
CORRECTIONS = ROOT / "spec" / "corrections.yaml"
PREPARED = "openapi.json"  # the prepared document, inside the generated package
PACKAGE = "_mistral_api"

# JSON Schema has no `int`, `str`...: Mistral's 2023-2024 specs used Python's names.
PYTHON_TYPE_NAMES = {
    "int": "integer",
    "float": "number",
    "str": "string",
    "bool": "boolean",
    "dict": "object",
    "list": "array",
    "None": "null",
}
# Media types openapi-python-client 0.29.1 has a decoder (responses) or an encoder (request
# bodies) for; `*/*+json` and, for responses, `text/*` as well. Anything else is not generated.
RESPONSE_MEDIA_TYPES = {"application/json", "application/octet-stream"}
REQUEST_MEDIA_TYPES = {
    "application/json",
    "application/octet-stream",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
}
OCTET_STREAM = "application/octet-stream"
# The component that keeps a content chunk of a type the spec does not list (see
# fix_open_content_chunks); our own openapi.yaml declares the same schema by hand.
UNKNOWN_CHUNK = "UnknownContentChunk"
UNKNOWN_CHUNK_SCHEMA = {
    "type": "object",
    "description": "A content chunk of a type this version does not know; every field is kept.",
    "required": ["type"],
    "properties": {"type": {"type": "string"}},
}
PATH_TEMPLATE_PARAM = re.compile(r"{([^}]+)}")
CONFLICT_MARKER = re.compile(r"^(<{7}|={7}|>{7})( |$)")
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}

Report = list[str]
Json = Any


class SpecError(Exception):
    """The document cannot be repaired; the message names the problem and where it is."""


# ----------------------------------------------------------------------------- reading


class SpecLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader, reading exponent numbers as YAML 1.2 does.

    It is libyaml's when installed: under 1 s instead of 2.5 s for the 1 MB vendored spec.
    PyYAML implements YAML 1.1, whose floats need a dot and a signed exponent: `1e+09` and
    `1e-08` are strings there, numbers in YAML 1.2 and JSON, which OpenAPI 3.1 follows. Mistral's
    specs write `exclusiveMaximum: 1e+09` and `minimum: 1e-08` so; read as strings they make the
    document invalid (the validator compares a number with a string).
    """


SpecLoader.yaml_implicit_resolvers = {
    key: list(resolvers) for key, resolvers in SpecLoader.yaml_implicit_resolvers.items()
}  # a copy: add_implicit_resolver would otherwise change PyYAML's own loader
SpecLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][-+]?[0-9]+$"),
    list("-+0123456789."),
)


def load_spec(path: Path) -> dict[str, Json]:
    """Parse SPEC, refusing what no repair can fix."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc.strerror}") from exc
    for number, line in enumerate(text.splitlines(), start=1):
        if CONFLICT_MARKER.match(line):
            raise SpecError(
                f"{path}:{number}: git merge-conflict marker {line.strip()[:20]!r}; "
                "resolve the conflict in the spec, then generate again"
            )
    try:
        document = yaml.load(text, Loader=SpecLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SpecError(f"{path}{where}: not valid YAML: {problem}") from exc
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3."):
        raise SpecError(f"{path}: not an OpenAPI 3 document (no `openapi: 3.x` key at the top)")
    if not isinstance(document.get("paths"), dict):
        raise SpecError(f"{path}: not an OpenAPI 3 document (no `paths` mapping)")
    return document


# ----------------------------------------------------------------------------- walking


def walk(node: Json, pointer: str = "") -> Iterator[tuple[str, Json]]:
    """Every dict and list in the document with its JSON pointer, parents first."""
    yield pointer, node
    if isinstance(node, dict):
        for key, value in list(node.items()):
            if isinstance(value, dict | list):
                yield from walk(value, f"{pointer}/{_escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, dict | list):
                yield from walk(value, f"{pointer}/{index}")


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def schemas(document: Json) -> dict[str, Json]:
    found = document.get("components", {}).get("schemas", {})
    return found if isinstance(found, dict) else {}


# ----------------------------------------------------------------------------- repairs


def fix_python_type_names(document: Json) -> Report:
    """`type: int` → `type: integer` (and str, bool, float, dict, list)."""
    report = []
    for pointer, node in walk(document):
        if not isinstance(node, dict):
            continue
        kind = node.get("type")
        if isinstance(kind, str) and kind in PYTHON_TYPE_NAMES:
            node["type"] = PYTHON_TYPE_NAMES[kind]
            report.append(f"{pointer}: type {kind!r} -> {node['type']!r}")
        elif isinstance(kind, list) and any(k in PYTHON_TYPE_NAMES for k in kind):
            node["type"] = [PYTHON_TYPE_NAMES.get(k, k) for k in kind]
            report.append(f"{pointer}: type {kind!r} -> {node['type']!r}")
    return report


def fix_boolean_required(document: Json) -> Report:
    """`required: true` on a property moves into its object's `required` list."""
    report = []
    for pointer, node in walk(document):
        if not isinstance(node, dict):
            continue
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, prop in properties.items():
                if isinstance(prop, dict) and isinstance(prop.get("required"), bool):
                    flag = prop.pop("required")
                    if flag:
                        required = node.setdefault("required", [])
                        if isinstance(required, list) and name not in required:
                            required.append(name)
                    report.append(
                        f"{pointer}/properties/{_escape(name)}: boolean required: {flag} "
                        + ("moved to the object's required list" if flag else "removed")
                    )
        schema = node.get("schema")
        if "in" in node and isinstance(schema, dict) and isinstance(schema.get("required"), bool):
            flag = schema.pop("required")
            node["required"] = bool(node.get("required")) or flag
            report.append(f"{pointer}/schema: boolean required: {flag} moved to the parameter")
    return report


def fix_tuple_items(document: Json) -> Report:
    """List-form `items: [A, B]` (a tuple in JSON Schema draft 4) → `items: {anyOf: [A, B]}`."""
    report = []
    for pointer, node in walk(document):
        if isinstance(node, dict) and isinstance(node.get("items"), list):
            members = node["items"]
            node["items"] = members[0] if len(members) == 1 else {"anyOf": members}
            report.append(f"{pointer}/items: list form with {len(members)} member(s) -> schema")
    return report


def fix_duplicate_enum_values(document: Json) -> Report:
    """Repeated enum values (the generator would emit the same member twice)."""
    report = []
    for pointer, node in walk(document):
        if isinstance(node, dict) and isinstance(node.get("enum"), list):
            values = node["enum"]
            unique = [v for i, v in enumerate(values) if v not in values[:i]]
            if len(unique) != len(values):
                node["enum"] = unique
                report.append(
                    f"{pointer}/enum: {len(values) - len(unique)} repeated value(s) removed"
                )
    return report


def fix_inline_enum_allof(document: Json) -> Report:
    """`allOf: [<inline string enum>]` becomes that enum (the generator would make an object).

    Mistral's upload form declares `visibility` so; sent as a JSON object it is not a form field.
    """
    report = []
    for pointer, node in walk(document):
        members = node.get("allOf") if isinstance(node, dict) else None
        if not (isinstance(members, list) and len(members) == 1 and isinstance(members[0], dict)):
            continue
        member = members[0]
        if "$ref" in member or not isinstance(member.get("enum"), list):
            continue
        del node["allOf"]
        for key, value in member.items():
            node.setdefault(key, value)
        report.append(f"{pointer}: allOf of one inline enum -> the enum")
    return report


def fix_list_unions(document: Json) -> Report:
    """A union of two or more arrays becomes one array of the union of their items.

    The generator tells union members apart with isinstance(), and every array is a `list`: in
    `anyOf: [array of Message, array of array of Message]` (Mistral's moderation `input`) the
    first member takes every list, so the second form is encoded as if it were the first and
    the generated to_dict() fails mypy. One array whose items are `Message | array of Message`
    accepts both forms and tells them apart item by item.
    """
    report = []
    for pointer, node in walk(document):
        for keyword in ("anyOf", "oneOf"):
            members = node.get(keyword) if isinstance(node, dict) else None
            if not isinstance(members, list):
                continue
            arrays = [m for m in members if isinstance(m, dict) and m.get("type") == "array"]
            if len(arrays) < 2 or any(set(m) - {"type", "items"} for m in arrays):
                continue
            merged = {"type": "array", "items": {"anyOf": [m.get("items", {}) for m in arrays]}}
            node[keyword] = [
                merged if m is arrays[0] else m for m in members if m not in arrays[1:]
            ]
            report.append(f"{pointer}/{keyword}: {len(arrays)} array members -> one array")
    return report


def fix_titles(document: Json) -> Report:
    """Titles that would name two models alike.

    The generator names a model after its `title`. A component whose title differs from its key
    (ConversationRequestBase titled "ConversationRequest") or an inline schema titled like a
    component (TextContent) makes a duplicate, and the generator then silently drops both and
    every endpoint that uses them (the Conversations endpoints). Such titles are removed, so the
    model is named after its key or its place.
    """
    report = []
    components = schemas(document)
    taken = {_class_key(key) for key in components}
    for key, schema in components.items():
        title = schema.get("title") if isinstance(schema, dict) else None
        if isinstance(title, str) and _class_key(title) != _class_key(key):
            report.append(
                f"/components/schemas/{_escape(key)}/title: {schema.pop('title')!r} removed"
            )
    seen: Counter[str] = Counter()
    inline: list[tuple[str, dict[str, Json]]] = []
    for pointer, node in walk(document):
        if pointer.count("/") == 3 and pointer.startswith("/components/schemas/"):
            continue
        if isinstance(node, dict) and isinstance(node.get("title"), str) and _is_model(node):
            seen[_class_key(node["title"])] += 1
            inline.append((pointer, node))
    for pointer, node in inline:
        title = node["title"]
        if _class_key(title) in taken or seen[_class_key(title)] > 1:
            node.pop("title")
            report.append(f"{pointer}/title: {title!r} removed (another schema has that name)")
    return report


def _class_key(name: str) -> str:
    """What the generator's class name for NAME comes down to ("text_content" ~ "TextContent")."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _is_model(node: dict[str, Json]) -> bool:
    """Schemas the generator turns into a class of their own (and so names)."""
    return node.get("type") == "object" or "properties" in node or "enum" in node


def fix_allof_redeclarations(document: Json) -> Report:
    """`allOf: [Base, {properties: {stream: {enum: [false]}}}]`: a member narrows a base property.

    The generator cannot merge two different schemas for one property ("bool | None can't be
    merged with bool") and drops the model and its endpoints. Such an allOf is flattened into
    one object schema in which the later declaration wins, as the spec's authors meant.
    """
    report = []
    for pointer, node in walk(document):
        if not (isinstance(node, dict) and isinstance(node.get("allOf"), list)):
            continue
        members = [_deref(document, member) for member in node["allOf"]]
        if not all(
            isinstance(m, dict) and ("properties" in m or m.get("type") == "object")
            for m in members
        ):
            continue
        declared: dict[str, Json] = {}
        conflicts = []
        for member in members:
            for name, prop in (member.get("properties") or {}).items():
                if name in declared and declared[name] != prop:
                    conflicts.append(name)
                declared[name] = prop
        if not conflicts:
            continue
        required: list[str] = []
        for member in members:
            required += [r for r in member.get("required") or [] if r not in required]
        del node["allOf"]
        node.setdefault("type", "object")
        node["properties"] = declared
        if required:
            node["required"] = required
        report.append(f"{pointer}/allOf: flattened; later member redeclares {', '.join(conflicts)}")
    return report


def _deref(document: Json, node: Json) -> Json:
    while (
        isinstance(node, dict)
        and isinstance(node.get("$ref"), str)
        and node["$ref"].startswith("#/")
    ):
        target: Json = document
        for part in node["$ref"][2:].split("/"):
            target = (
                target.get(part.replace("~1", "/").replace("~0", "~"), {})
                if isinstance(target, dict)
                else {}
            )
        node = target
    return node


def fix_path_fragments(document: Json) -> Report:
    """`/v1/chat/completions#stream` path keys: the fragment is never sent on the wire.

    Mistral's spec keeps a second operation for the streamed variant of an endpoint. An operation
    moves to the bare path when that method is free there; otherwise it is dropped and its
    response media types are merged into the operation that stays.
    """
    report = []
    paths = document["paths"]
    for key in [k for k in paths if "#" in k]:
        bare = key.split("#", 1)[0]
        item = paths.pop(key)
        target = paths.setdefault(bare, {})
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                target.setdefault(method, operation)
                continue
            if method not in target:
                target[method] = operation
                report.append(f"/paths/{_escape(key)}/{method}: moved to {bare}")
                continue
            merged = _merge_responses(target[method], operation)
            report.append(
                f"/paths/{_escape(key)}/{method}: dropped, {method.upper()} {bare} already exists"
                + (f"; merged its media types {merged}" if merged else "")
            )
    return report


def _merge_responses(keep: Json, drop: Json) -> list[str]:
    merged = []
    for status, response in (drop.get("responses") or {}).items():
        kept = keep.setdefault("responses", {}).setdefault(status, response)
        if kept is response or not isinstance(kept, dict):
            continue
        content = kept.setdefault("content", {})
        for media_type, media in (response.get("content") or {}).items():
            if media_type not in content:
                content[media_type] = media
                merged.append(media_type)
    return merged


def fix_unknown_media_types(document: Json) -> Report:
    """Media types the generator has no codec for (audio/wav, application/x-ndjson) → bytes.

    The generator decodes a response only as JSON (`application/json`, `*/*+json`), text
    (`text/*`) or bytes (`application/octet-stream`), and encodes a request body only as JSON,
    form data, multipart or bytes; an operation whose every media type is something else loses
    that response (or body) with a warning. Each such media type becomes
    `application/octet-stream` with a binary schema, so the endpoint is generated and the caller
    gets (or sends) the raw bytes, to decode as the media type says. If the operation already
    has a bytes entry, the other one is dropped.
    """
    report = []
    for pointer, content, request in _media_type_maps(document):
        for media_type in [m for m in content if not _generator_handles(str(m), request=request)]:
            media = content.pop(media_type)
            where = f"{pointer}/{_escape(str(media_type))}"
            if OCTET_STREAM in content:
                report.append(f"{where}: dropped, {OCTET_STREAM} is already there")
                continue
            media = dict(media) if isinstance(media, dict) else {}
            schema = media.get("schema")
            binary = isinstance(schema, dict) and schema.get("format") == "binary"
            if not binary:
                media["schema"] = {"type": "string", "format": "binary"}
            content[OCTET_STREAM] = media
            report.append(
                f"{where}: -> {OCTET_STREAM}"
                + ("" if binary else " (raw bytes; the generator has no decoder for it)")
            )
    return report


def _media_type_maps(document: Json) -> Iterator[tuple[str, dict[str, Json], bool]]:
    """Every `content` map of a response or request body: (pointer, map, is_request)."""
    for pointer, node in walk(document):
        if not isinstance(node, dict) or not isinstance(node.get("content"), dict):
            continue
        parts = pointer.split("/")
        if parts[1:2] == ["paths"] and len(parts) in (5, 6):
            request = len(parts) == 5 and parts[4] == "requestBody"
            if not (request or parts[4] == "responses"):
                continue
        elif parts[1:2] == ["components"] and len(parts) == 4:
            request = parts[2] == "requestBodies"
            if not (request or parts[2] == "responses"):
                continue
        else:
            continue
        yield f"{pointer}/content", node["content"], request


def _generator_handles(media_type: str, *, request: bool) -> bool:
    bare = media_type.split(";", 1)[0].strip().lower()
    if bare.endswith("+json") or (not request and bare.startswith("text/")):
        return True
    return bare in (REQUEST_MEDIA_TYPES if request else RESPONSE_MEDIA_TYPES)


def fix_path_parameters(document: Json) -> Report:
    """Path parameters that the path template does not contain, or template names not declared.

    The generator drops such an operation ("Incorrect path templating"). Mistral's 2024-07
    spec declares `DELETE /models` with a `model_id` path parameter: the endpoint is
    `DELETE /models/{model_id}` (so later specs). An operation whose required path parameters
    are missing from its template moves to the template with them appended, when that method
    is free there; otherwise the stray parameters are removed. A name in the template that no
    parameter declares gets a string path parameter.
    """
    report = []
    paths = document["paths"]
    for path in list(paths):
        item = paths[path]
        if not isinstance(item, dict):
            continue
        shared = [p for p in item.get("parameters") or [] if _is_path_param(document, p)]
        for method in [m for m in list(item) if m in HTTP_METHODS]:
            operation = item[method]
            if not isinstance(operation, dict):
                continue
            pointer = f"/paths/{_escape(path)}/{method}"
            template = PATH_TEMPLATE_PARAM.findall(path)
            own = [p for p in operation.get("parameters") or [] if _is_path_param(document, p)]
            declared = {_deref(document, p)["name"]: p for p in shared + own}
            stray = [name for name in declared if name not in template]
            if stray:
                moved = path.rstrip("/") + "".join(f"/{{{name}}}" for name in stray)
                target = paths.get(moved)
                movable = all(declared[n] in own for n in stray) and not (
                    isinstance(target, dict) and method in target
                )
                if movable:
                    paths.setdefault(moved, {})[method] = item.pop(method)
                    report.append(
                        f"{pointer}: path parameter(s) {', '.join(stray)} not in the path; "
                        f"moved to {moved}"
                    )
                    continue
                for name in stray:
                    param = declared[name]
                    holder = operation if param in own else item
                    holder["parameters"] = [p for p in holder["parameters"] if p is not param]
                    report.append(f"{pointer}: path parameter {name!r} not in the path; removed")
            for name in [n for n in template if n not in declared]:
                operation.setdefault("parameters", []).append(
                    {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                )
                report.append(f"{pointer}: {{{name}}} in the path is not declared; added (string)")
        if not any(m in HTTP_METHODS for m in item):
            del paths[path]
    return report


def _is_path_param(document: Json, parameter: Json) -> bool:
    target = _deref(document, parameter)
    return isinstance(target, dict) and target.get("in") == "path" and "name" in target


def fix_open_content_chunks(document: Json) -> Report:
    """Lists of content chunks whose union is closed → open, with a typed catch-all last.

    Mistral's content chunks (text, image_url, thinking, ...) are objects told apart by a `type`
    const, and Mistral adds types over time. In a closed union one chunk of a new type makes the
    generated parser give up on the whole list, so its known siblings come back as raw dicts.
    Every union of `*Chunk` objects that is the item schema of a list (message content, stream
    delta content, thinking parts) gets `UnknownContentChunk` (any `type`, every field kept) as
    its last member; a `oneOf` becomes `anyOf` and its discriminator goes, since a chunk may now
    match no mapping entry. The generator tries members in order, so known types stay typed.
    """
    report: Report = []
    components = schemas(document)
    list_items = {
        node["items"]["$ref"]
        for _, node in walk(document)
        if isinstance(node, dict)
        and isinstance(node.get("items"), dict)
        and isinstance(node["items"].get("$ref"), str)
    }
    name = UNKNOWN_CHUNK
    while name in components and components[name] != UNKNOWN_CHUNK_SCHEMA:
        name = f"Open{name}"
    ref = f"#/components/schemas/{name}"
    for pointer, node in list(walk(document)):
        if not isinstance(node, dict):
            continue
        is_items = pointer.endswith("/items")
        is_listed = f"#{pointer}" in list_items and pointer.startswith("/components/schemas/")
        if not (is_items or is_listed):
            continue
        for keyword in ("oneOf", "anyOf"):
            members = node.get(keyword)
            if isinstance(members, list) and _closed_chunk_union(document, members):
                components.setdefault(name, dict(UNKNOWN_CHUNK_SCHEMA))
                del node[keyword]
                node["anyOf"] = [*members, {"$ref": ref}]
                dropped = node.pop("discriminator", None) is not None
                report.append(
                    f"{pointer}/{keyword}: {len(members)} chunk types, opened with {name}"
                    + (" (oneOf -> anyOf)" if keyword == "oneOf" else "")
                    + ("; discriminator removed" if dropped else "")
                )
    return report


def _closed_chunk_union(document: Json, members: list[Json]) -> bool:
    """Two or more `$ref`s to `*Chunk` objects, each with a constant `type`."""
    if len(members) < 2:
        return False
    for member in members:
        ref = member.get("$ref") if isinstance(member, dict) else None
        if not (isinstance(ref, str) and ref.endswith("Chunk")):
            return False
        kind = (_deref(document, member).get("properties") or {}).get("type")
        if not isinstance(kind, dict):
            return False
        enum = kind.get("enum")
        if "const" not in kind and not (isinstance(enum, list) and len(enum) == 1):
            return False
    return True


def fix_local_defs(document: Json) -> Report:
    """`$ref: '#/$defs/X'` inside a schema that carries its own `$defs` (pydantic output).

    Such refs point at the schema's `$defs`, not the document's. The definitions move to
    components/schemas (under a prefixed name when the name is taken) and the refs follow.
    """
    report = []
    components = document.setdefault("components", {}).setdefault("schemas", {})
    for pointer, node in list(walk(document)):
        if not (isinstance(node, dict) and isinstance(node.get("$defs"), dict)):
            continue
        renames = {}
        for name, definition in node.pop("$defs").items():
            new = name if name not in components else f"Defs{name}"
            while new in components and components[new] != definition:
                new = f"Defs{new}"
            components[new] = definition
            renames[f"#/$defs/{name}"] = f"#/components/schemas/{new}"
        count = _rewrite_refs(node, renames) + sum(
            _rewrite_refs(components[ref.rsplit("/", 1)[1]], renames) for ref in renames.values()
        )
        report.append(
            f"{pointer}/$defs: {len(renames)} definition(s) moved to components, "
            f"{count} ref(s) rewritten"
        )
    return report


def _rewrite_refs(node: Json, renames: dict[str, str]) -> int:
    count = 0
    for _, child in walk(node):
        if isinstance(child, dict) and child.get("$ref") in renames:
            child["$ref"] = renames[child["$ref"]]
            count += 1
        if isinstance(child, dict) and isinstance(child.get("discriminator"), dict):
            mapping = child["discriminator"].get("mapping") or {}
            for value, ref in mapping.items():
                if ref in renames:
                    mapping[value] = renames[ref]
                    count += 1
    return count


def fix_closed_schemas(document: Json) -> Report:
    """`additionalProperties: false` → open: unknown fields the server adds must be kept.

    Opened schemas may now overlap: a `oneOf` that names one becomes an `anyOf`, else a value
    that fits two members is rejected. (Mistral's chat `tools`: a tool without `type`, which the
    API takes as a function tool in 50 recorded requests, fits every opened built-in tool whose
    `type` has a default.)
    """
    report = []
    opened = set()
    for pointer, node in walk(document):
        if isinstance(node, dict) and node.get("additionalProperties") is False:
            del node["additionalProperties"]
            opened.add(f"#{pointer}")
            report.append(f"{pointer}: additionalProperties: false removed")
    for pointer, node in walk(document):
        members = node.get("oneOf") if isinstance(node, dict) else None
        if isinstance(members, list) and "anyOf" not in node:
            refs = {m.get("$ref") for m in members if isinstance(m, dict)}
            if refs & opened:
                node["anyOf"] = node.pop("oneOf")
                report.append(f"{pointer}: oneOf -> anyOf (members opened above may overlap)")
    return report


REPAIRS: tuple[Callable[[Json], Report], ...] = (
    fix_python_type_names,
    fix_boolean_required,
    fix_tuple_items,
    fix_duplicate_enum_values,
    fix_inline_enum_allof,
    fix_list_unions,
    fix_path_fragments,
    fix_path_parameters,
    fix_unknown_media_types,
    fix_local_defs,
    fix_open_content_chunks,
    fix_titles,
    fix_allof_redeclarations,
    fix_closed_schemas,
)


def repair(document: Json) -> Report:
    """Apply every repair in order; the report lists each change as `pointer: what`."""
    report: Report = []
    for fix in REPAIRS:
        report.extend(f"[{fix.__name__.removeprefix('fix_')}] {line}" for line in fix(document))
    return report


def check_refs(document: Json, source: Path) -> None:
    """Refuse a local $ref whose target does not exist."""
    for pointer, node in walk(document):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(ref, str) and ref.startswith("#"):
            target: Json = document
            for part in ref[2:].split("/") if ref != "#" else []:
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    raise SpecError(f"{source}: $ref {ref!r} at {pointer or '/'} points to nothing")
                target = target[part]


# ----------------------------------------------------------------------------- names

EVENT_STREAM = "text/event-stream"
# SSE fields a stream's event schema may declare; the transport passes the declared ones.
EVENT_FIELDS = ("event", "data", "id", "retry")
ROOT_CLASS = "Resources"
# Attributes every resource class has besides its methods.
RESOURCE_ATTRIBUTES = {"with_raw_response"}


@dataclass(frozen=True)
class NameEntry:
    """One row of spec/names.yaml: the dotted name, the streamed variant's, keyword renames.

    EXTENDED (None unless the row has `extended:`) lists the keywords the overlay's extension of
    this method types itself; the generator emits the others as a TypedDict for it.
    """

    name: str
    stream: str | None = None
    rename: dict[str, str] = field(default_factory=dict)
    extended: tuple[str, ...] | None = None


def load_names(path: Path) -> dict[str, NameEntry]:
    """Parse the names table (see spec/names.yaml for its forms)."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(f"{path}: cannot read the names table: {exc}") from exc
    table = {}
    for op_id, entry in raw.items():
        if isinstance(entry, str):
            entry = {"name": entry}
        if not (isinstance(entry, dict) and isinstance(entry.get("name"), str)):
            raise SpecError(f"{path}: {op_id}: expected `resource.method` or {{name: ...}}")
        extended = entry.get("extended")
        table[str(op_id)] = NameEntry(
            name=entry["name"],
            stream=entry.get("stream"),
            rename=dict(entry.get("rename") or {}),
            extended=None if extended is None else tuple(str(k) for k in extended),
        )
    return table


def operations(document: Json) -> Iterator[tuple[str, str, str, dict[str, Json]]]:
    """(operationId, method, path, operation) of every operation.

    An operation without an operationId gets the generator's (`get_v1_models`, from method and
    path).
    """
    from openapi_python_client.parser.openapi import generate_operation_id
    from openapi_python_client.schema import UntrustedString

    for path, item in document["paths"].items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                op_id = operation.get("operationId")
                if not isinstance(op_id, str):
                    op_id = str(
                        generate_operation_id(
                            path=UntrustedString(path), method=method, prefix="field_"
                        )
                    )
                yield op_id, method, path, operation


def endpoint_name(op_id: str) -> str:
    """The generator's `Endpoint.name` for OP_ID, the key the templates look operations up by."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(op_id, prefix="field_"))


def success_content(operation: Json) -> dict[str, Json]:
    """The media types of the first 2xx response (an empty map for a response without body)."""
    for status in sorted(str(s) for s in operation.get("responses") or {}):
        response = operation["responses"].get(status, operation["responses"].get(int(status)))
        if status.startswith("2") and isinstance(response, dict):
            content = response.get("content")
            return content if isinstance(content, dict) else {}
    return {}


def response_media_types(document: Json) -> Iterator[tuple[str, list[str]]]:
    """Each operation's 2xx media types as published, before the repairs rewrite them."""
    for op_id, _, _, operation in operations(document):
        yield op_id, [str(m) for m in success_content(operation)]


def response_kind(media_types: list[str]) -> str:
    """How the transport reads a non-streamed 2xx body: json, lines, text, bytes or none."""
    bare = [m.split(";", 1)[0].strip().lower() for m in media_types if m != EVENT_STREAM]
    if not bare:
        return "none"
    if any(m == "application/json" or m.endswith("+json") for m in bare):
        return "json"
    if any(
        m in ("application/x-ndjson", "application/jsonl", "application/json-seq") for m in bare
    ):
        return "lines"
    if any(m.startswith("text/") for m in bare):
        return "text"
    return "bytes"


def _identifier(text: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(text, prefix="op"))


def _class_name(text: str) -> str:
    from openapi_python_client.strings import ClassName

    return str(ClassName(text, "field_"))


def model_class(document: Json, ref: str) -> tuple[str, str]:
    """(class, module) the generator gives the component REF, class_overrides applied."""
    from openapi_python_client.strings import PythonIdentifier

    key = ref.rsplit("/", 1)[1]
    schema = schemas(document).get(key)
    title = schema.get("title") if isinstance(schema, dict) else None
    name = _class_name(title if isinstance(title, str) else key)
    overrides = (yaml.safe_load(CONFIG.read_text(encoding="utf-8")) or {}).get(
        "class_overrides"
    ) or {}
    override = overrides.get(name) or {}
    name = _class_name(override["class_name"]) if override.get("class_name") else name
    module = str(PythonIdentifier(override.get("module_name") or name, "field_"))
    return name, module


def event_model(document: Json, content: dict[str, Json]) -> dict[str, Json] | None:
    """The generated model of a stream's events and the SSE fields its schema declares."""
    schema = (content.get(EVENT_STREAM) or {}).get("schema")
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if not (isinstance(ref, str) and ref.startswith("#/components/schemas/")):
        return None
    name, module = model_class(document, ref)
    declared = _deref(document, schema).get("properties") or {}
    fields = [f for f in EVENT_FIELDS if f in declared] if "data" in declared else []
    return {"class": name, "module": module, "fields": fields}


@dataclass
class Names:
    """Where every operation lives on the client, as the templates read it (`_names.jinja`)."""

    operations: dict[str, dict[str, Json]] = field(default_factory=dict)
    classes: dict[str, dict[str, Json]] = field(default_factory=dict)
    modules: dict[str, list[str]] = field(default_factory=dict)
    report: Report = field(default_factory=list)

    def jinja(self) -> str:
        """The template that `{% import "_names.jinja" as names %}` reads."""
        return (
            "{# Written by scripts/prepare_spec.py from spec/names.yaml; not a source file. #}\n"
            + "".join(
                f"{{% set {key} = {_jinja_literal(value)} %}}\n"
                for key, value in (
                    ("operations", self.operations),
                    ("classes", self.classes),
                    ("modules", self.modules),
                )
            )
        )


def _jinja_literal(value: Json) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        items = (f"{json.dumps(str(k))}: {_jinja_literal(v)}" for k, v in sorted(value.items()))
        return "{" + ", ".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_jinja_literal(v) for v in value) + "]"
    return json.dumps(value)


def resolve_names(
    document: Json, table: dict[str, NameEntry], published: dict[str, list[str]]
) -> Names:
    """Resource path and method name(s) of every operation; operations move to one tag each.

    A name comes from TABLE, else it is `<first tag>.<operationId>` (a dotted tag is a nested
    path, as Mistral's tags `beta.conversations` are). An operation that also answers
    text/event-stream gets a second, streamed method. All operations of one resource must be
    generated into one module, the generator's per-tag `__init__`: every operation's first tag
    becomes its resource path joined with `_` (`batch.jobs`: `batch_jobs`), so the module of a
    resource follows from the names table. Operation ids are never changed, so no model name
    changes.
    """
    names = Names()
    found = {
        op_id: (method, path, operation) for op_id, method, path, operation in operations(document)
    }
    taken: dict[tuple[str, ...], dict[str, str]] = {}  # resource path -> method -> op id
    paths: dict[str, tuple[str, ...]] = {}
    for op_id in sorted(found):
        _, _, operation = found[op_id]
        content = success_content(operation)
        streams = EVENT_STREAM in content
        kind = response_kind(published.get(op_id, list(content)))
        plain = not streams or kind != "none" or len(content) > 1
        entry = table.get(op_id)
        tag = (operation.get("tags") or ["default"])[0]
        if entry is not None:
            *resource, method = entry.name.split(".")
            path = tuple(resource)
            source = "names table"
        else:
            path = tuple(_identifier(part) for part in str(tag).split("."))
            method = _identifier(op_id)
            source = f"not in the names table: first tag {tag!r}"
        stream_method = None
        if streams and plain:
            stream_method = f"{method}_stream"
            if entry is not None and entry.stream:
                *stream_resource, stream_method = entry.stream.split(".")
                if tuple(stream_resource) != path:
                    names.report.append(
                        f"{op_id}: stream name {entry.stream} is not on {'.'.join(path)}; "
                        f"using {stream_method}"
                    )
        elif streams:
            method, stream_method = None, method
        methods = taken.setdefault(path, {})
        wanted = [m for m in (method, stream_method) if m is not None]
        for name in wanted:
            if name in methods or name in RESOURCE_ATTRIBUTES:
                renamed = _identifier(op_id) + (
                    "_stream" if name == stream_method and method else ""
                )
                holder = methods.get(name, "the client")
                names.report.append(
                    f"{op_id}: {'.'.join(path)}.{name} is taken by {holder}; named {renamed}"
                )
                if name == method:
                    method = renamed
                else:
                    stream_method = renamed
        for name in (method, stream_method):
            if name is not None:
                methods[name] = op_id
        paths[op_id] = path
        renames = dict(sorted((entry.rename if entry else {}).items()))
        names.operations[endpoint_name(op_id)] = {
            "method": method,
            "stream_method": stream_method,
            "renames": renames,
            "kind": kind,
            "event": event_model(document, content) if streams else None,
            "extended": None if entry is None or entry.extended is None else list(entry.extended),
        }
        shown = f"client.{'.'.join(path)}.{method or stream_method}"
        if method and stream_method:
            shown += f", streamed: .{stream_method}"
        if renames:
            shown += "; keywords " + ", ".join(f"{k} -> {v}" for k, v in renames.items())
        names.report.append(f"{op_id}: {shown} ({source}; response {kind})")
    for op_id in sorted(set(table) - set(found)):
        names.report.append(f"{op_id}: in the names table, not in this spec (stale)")
    _place_resources(document, names, found, paths)
    return names


def _place_resources(
    document: Json,
    names: Names,
    found: dict[str, tuple[str, str, Json]],
    paths: dict[str, tuple[str, ...]],
) -> None:
    """One class per resource path, in the module of its operations' tag; namespaces between."""
    from openapi_python_client.strings import PythonIdentifier

    by_path: dict[tuple[str, ...], list[str]] = {}
    for op_id, path in paths.items():
        by_path.setdefault(path, []).append(op_id)
    models = {
        _class_name(s.get("title") or k)
        for k, s in schemas(document).items()
        if isinstance(s, dict)
    }
    class_of: dict[tuple[str, ...], str] = {(): ROOT_CLASS}
    nodes = sorted({path[:end] for path in by_path for end in range(1, len(path) + 1)})
    for node in nodes:
        name = _class_name("_".join(node))
        while name in models or name in class_of.values():
            name += "Resource"
        class_of[node] = name
    module_of: dict[tuple[str, ...], str] = {}
    for path, op_ids in sorted(by_path.items()):
        # The module is named after the resource path, never after the spec's tags: the names
        # table alone decides where a resource's class lives (`batch.jobs` in api/batch_jobs),
        # so the overlay's imports of the resources it extends survive a retagging upstream.
        tag = module_of[path] = str(PythonIdentifier("_".join(path), prefix="tag"))
        for op_id in sorted(op_ids):
            operation = found[op_id][2]
            old = operation.get("tags") or ["default"]
            if old[0] != tag:
                operation["tags"] = [tag, *old[1:]]
                names.report.append(
                    f"{op_id}: first tag {old[0]!r} -> {tag!r}, the module of {'.'.join(path)}"
                )
            names.operations[endpoint_name(op_id)]["class"] = class_of[path]
    for node in [(), *nodes]:
        children = sorted(n for n in nodes if len(n) == len(node) + 1 and n[: len(node)] == node)
        names.classes[class_of[node]] = {
            "path": ".".join(node),
            "module": module_of.get(node),
            "children": [[c[-1], class_of[c], module_of.get(c)] for c in children],
        }
        if node in module_of:
            names.modules.setdefault(module_of[node], []).append(class_of[node])
    for classes in names.modules.values():
        classes.sort()


# ----------------------------------------------------------------------------- generating


def prepare(
    spec: Path, corrections_file: Path | None = CORRECTIONS, *, document: Json = None
) -> tuple[Json, Report, Applied]:
    """SPEC as the generator reads it: corrections (spec/corrections.yaml), then repairs.

    DOCUMENT, when given, is SPEC already loaded (it is changed in place), so a caller that
    read it first does not parse the megabyte of YAML again.

    Raises:
        SpecError: the spec cannot be read, a correction conflicts, or a reference dangles.
    """
    if document is None:
        document = load_spec(spec)
    applied = Applied()
    if corrections_file is not None and corrections_file.exists():
        try:
            applied = corrections.apply(document, corrections.load(corrections_file))
        except corrections.CorrectionError as exc:
            raise SpecError(str(exc)) from exc
    report = repair(document)
    check_refs(document, spec)
    return document, report, applied


def models_stub(models: Path) -> None:
    """Write MODELS/__init__.pyi, what type checkers read of the models package.

    The package's `__init__.py` (templates/models_init.py.jinja) keeps only its `_TABLE` of
    names and modules at run time; the stub has the typed re-exports and `__all__`.
    """
    init = ast.parse((models / "__init__.py").read_text(encoding="utf-8"))
    (table,) = (
        node.value.value
        for node in init.body
        if isinstance(node, ast.Assign)
        and [getattr(t, "id", None) for t in node.targets] == ["_TABLE"]
        and isinstance(node.value, ast.Constant)
    )
    pairs = sorted(line.split(" ") for line in table.splitlines() if line)
    lines = ['"""The models package as type checkers see it (written by `make generate`)."""', ""]
    lines += [f"from {module} import {name} as {name}" for name, module in pairs]
    lines += ["", "__all__ = ["]
    lines += [f'    "{name}",' for name, _ in pairs]
    lines += ["]", ""]
    (models / "__init__.pyi").write_text("\n".join(lines), encoding="utf-8")


def generate(
    spec: Path,
    out_dir: Path,
    *,
    quiet: bool = False,
    names_file: Path = NAMES,
    corrections_file: Path | None = CORRECTIONS,
) -> Report:
    """Correct, repair and name SPEC, and generate OUT_DIR/_mistral_api from it.

    Nothing is written unless all succeeds. The prepared document is written into the package
    as `openapi.json`: what the embedded server and the contract tests validate against.
    """
    document = load_spec(spec)
    published = {op_id: kinds for op_id, kinds in response_media_types(document)}
    document, report, applied = prepare(spec, corrections_file, document=document)
    names = resolve_names(document, load_names(names_file), published)
    with tempfile.TemporaryDirectory(prefix="mistral-generate-") as tmp:
        repaired = Path(tmp) / "spec.json"
        repaired.write_text(json.dumps(document), encoding="utf-8")
        templates = Path(tmp) / "templates"
        shutil.copytree(TEMPLATES, templates)
        (templates / "_names.jinja").write_text(names.jinja(), encoding="utf-8")
        staged = Path(tmp) / PACKAGE
        env = dict(os.environ)
        # The post-hooks call `ruff`: use the one pinned beside this interpreter.
        env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        command = [
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(repaired), "--config", str(CONFIG), "--meta", "none",
            "--output-path", str(staged), "--custom-template-path", str(templates),
            "--fail-on-warning",
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        if result.returncode != 0:
            raise SpecError(
                f"{spec}: openapi-python-client failed (exit {result.returncode}): "
                + summarize_generator_output(result.stdout + "\n" + result.stderr)
            )
        shutil.rmtree(staged / ".ruff_cache", ignore_errors=True)
        models_stub(staged / "models")
        names.report += sdk_names.emit(document, staged, load_names(names_file), model_class)
        (staged / PREPARED).write_text(
            json.dumps(document, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8"
        )
        # The generator writes one module per operation beside each resource package's
        # `__init__`; the resource classes there are the API, so these placeholders go.
        for module in (staged / "api").glob("*/*.py"):
            if module.name != "__init__.py":
                module.unlink()
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / PACKAGE
        shutil.rmtree(target, ignore_errors=True)
        shutil.move(str(staged), str(target))
    # Naming decisions are listed apart from repairs: they are made for every spec, clean or not.
    (out_dir / f"{PACKAGE}.names.txt").write_text(
        "".join(f"[names] {line}\n" for line in names.report), encoding="utf-8"
    )
    report_file = out_dir / f"{PACKAGE}.repairs.txt"
    if report or applied.lines:
        report_file.write_text("\n".join([*applied.lines, *report]) + "\n", encoding="utf-8")
    else:
        report_file.unlink(missing_ok=True)
    if not quiet:
        print(f"generated {target} from {spec}")
        done = len(applied.lines) - len(applied.stale)
        print(
            f"{done} correction(s), {len(report)} repair(s)"
            + (f", listed in {report_file}" if report or applied.lines else "")
        )
    for line in applied.stale:  # listed even with --quiet: someone must look at these
        print(f"stale correction (selects nothing in {spec.name}): {line}")
    return report


GENERATOR_BOILERPLATE = (
    "Generating ",
    "Warning(s) encountered",
    "Error(s) encountered",
    "If you believe this was a mistake",
)


def summarize_generator_output(output: str, *, limit: int = 3) -> str:
    """The generator's multi-line warnings (with JSON dumps and object reprs) as one line.

    Each of its messages is a header paragraph ("WARNING parsing DELETE /models within
    default. Endpoint will not be generated.") followed by a detail paragraph and the offending
    part of the spec as JSON; the JSON and the boilerplate go, header and detail are joined.
    A crash gives the traceback's last line.
    """
    text = re.sub(r"\x1b\[[0-9;]*m", "", output)
    text = re.sub(r"<[\w.]+ object at 0x[0-9a-f]+>", "?", text)
    if "Traceback (most recent call last)" in text:
        return text.strip().splitlines()[-1].strip()
    lines = [line for line in text.splitlines() if not line.startswith(GENERATOR_BOILERPLATE)]
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", "\n".join(lines))]
    paragraphs = [p for p in paragraphs if p and p[0] not in "{["]
    messages: list[str] = []
    for paragraph in paragraphs:
        header = paragraph.startswith(("WARNING", "ERROR", "Unable to"))
        if header or not messages:
            messages.append(paragraph)
        else:
            messages[-1] = f"{messages[-1].rstrip('.:')}: {paragraph}"
    if not messages:
        return "no message"
    shown = "; ".join(messages[:limit])
    more = len(messages) - limit
    return f"{len(messages)} problem(s): {shown}" + (f"; and {more} more" if more > 0 else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="repair SPEC and generate OUT/_mistral_api")
    gen.add_argument("spec", type=Path)
    gen.add_argument("out", type=Path)
    gen.add_argument("--quiet", action="store_true")
    gen.add_argument("--corrections", type=Path, default=CORRECTIONS)
    rep = commands.add_parser(
        "repair", help="write SPEC, corrected and repaired, as JSON and print the report"
    )
    rep.add_argument("spec", type=Path)
    rep.add_argument("output", type=Path)
    rep.add_argument("--corrections", type=Path, default=CORRECTIONS)
    args = parser.parse_args(argv)
    try:
        if args.command == "generate":
            generate(args.spec, args.out, quiet=args.quiet, corrections_file=args.corrections)
        else:
            document, report, applied = prepare(args.spec, args.corrections)
            args.output.write_text(json.dumps(document, indent=1), encoding="utf-8")
            print("\n".join([*applied.lines, *report]) or "no corrections or repairs needed")
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
