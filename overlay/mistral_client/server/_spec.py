"""The operations of the prepared spec, as the embedded server routes and checks them.

Everything here is read from ``_mistral_api/openapi.json`` (Mistral's published document with
our corrections and repairs, as ``make generate`` writes it): one :class:`Operation` per path and
method, a router that matches a request to one, and the checks of a request against the
operation (JSON or multipart body, path and query parameters), whose errors come back as the
``detail`` items of Mistral's 422 (pydantic's shape: ``type``, ``loc``, ``msg``, ``input``).
Nothing is listed by hand: a new operation in the spec is routed and checked with no edit here.
"""

from __future__ import annotations

import ast
import email.parser
import email.policy
import importlib.resources
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch")
JSON = "application/json"
SSE = "text/event-stream"
MULTIPART = "multipart/form-data"
PARAM = re.compile(r"{([^}]+)}")


def load() -> Any:
    """The prepared spec the package was generated from (`_mistral_api/openapi.json`).

    JSON, so loading its megabyte takes milliseconds, not YAML's seconds.
    """
    return json.loads(
        importlib.resources.files("_mistral_api").joinpath("openapi.json").read_bytes()
    )


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart body: what the client sent as ``(filename, bytes)``."""

    filename: str | None
    content: bytes
    content_type: str | None = None


@dataclass(eq=False)
class Operation:
    """One operation of the spec: where it lives, what it takes and what it answers."""

    op_id: str
    method: str  # upper case
    template: str  # /v1/agents/{agent_id}
    spec: dict[str, Any] = field(repr=False)

    @cached_property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.template.strip("/").split("/"))

    @cached_property
    def shape(self) -> str:
        """The template with its parameters unnamed: ``/v1/agents/{}``."""
        return PARAM.sub("{}", self.template)

    @cached_property
    def path_names(self) -> list[str]:
        return PARAM.findall(self.template)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        parts = [("([^/]+)" if PARAM.fullmatch(s) else re.escape(s)) for s in self.segments]
        return re.compile("^/" + "/".join(parts) + "/?$")

    @cached_property
    def literal_segments(self) -> int:
        """How specific the template is: `/v1/agents/pages` wins over `/v1/agents/{agent_id}`."""
        return sum(1 for s in self.segments if not PARAM.fullmatch(s))

    @cached_property
    def parameters(self) -> list[dict[str, Any]]:
        return list(self.spec.get("parameters") or [])

    @cached_property
    def body_media(self) -> str | None:
        content = (self.spec.get("requestBody") or {}).get("content") or {}
        return next(iter(content), None)

    @cached_property
    def body_schema(self) -> dict[str, Any] | None:
        content = (self.spec.get("requestBody") or {}).get("content") or {}
        media = self.body_media
        return None if media is None else content[media].get("schema") or {}

    @cached_property
    def body_required(self) -> bool:
        return bool((self.spec.get("requestBody") or {}).get("required"))

    @cached_property
    def status(self) -> int:
        """The success status: the lowest 2xx the spec declares (200 when it declares none)."""
        codes = [int(c) for c in self.spec.get("responses") or {} if str(c).startswith("2")]
        return min(codes, default=200)

    @cached_property
    def success(self) -> dict[str, Any]:
        """The success response's content: media type -> its media object."""
        responses = self.spec.get("responses") or {}
        return dict((responses.get(str(self.status)) or {}).get("content") or {})

    @property
    def json_schema(self) -> Any:
        return (self.success.get(JSON) or {}).get("schema")

    @property
    def event_schema(self) -> Any:
        return (self.success.get(SSE) or {}).get("schema")

    @property
    def streams_only(self) -> bool:
        return SSE in self.success and len(self.success) == 1

    @cached_property
    def other_media(self) -> str | None:
        """The success media type when it is neither JSON nor an event stream (audio, bytes)."""
        return next((m for m in self.success if m not in (JSON, SSE)), None)

    def media_example(self) -> Any:
        """The example the spec gives for the JSON success response, if any."""
        media = self.success.get(JSON) or {}
        if "example" in media:
            return media["example"]
        for example in (media.get("examples") or {}).values():
            if isinstance(example, dict) and "value" in example:
                return example["value"]
        return None

    def path_params(self, path: str) -> dict[str, str] | None:
        match = self.pattern.match(path)
        if match is None:
            return None
        return dict(zip(self.path_names, match.groups(), strict=True))


class Spec:
    """The prepared spec, its operations and the checks they make on a request."""

    def __init__(self, document: Any | None = None) -> None:
        self.document = load() if document is None else document
        self.components = self.document["components"]
        self.operations: list[Operation] = []
        for template, item in self.document["paths"].items():
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    operation = item[method]
                    self.operations.append(
                        Operation(operation["operationId"], method.upper(), template, operation)
                    )
        # Routing looks only at templates of the request's segment count.
        self._by_length: dict[int, list[Operation]] = {}
        for operation in self.operations:
            self._by_length.setdefault(len(operation.segments), []).append(operation)
        self.by_id = {operation.op_id: operation for operation in self.operations}
        # Keyed by id(schema); the schema is kept beside its validator so the id stays its own.
        self._validators: dict[int, tuple[Any, Any]] = {}

    # ------------------------------------------------------------------ routing

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | list[str]:
        """The operation METHOD PATH reaches and its path parameters.

        Or, when none does, the methods the path accepts (empty: an unknown path). The most
        specific template wins: `/v1/agents/pages` before `/v1/agents/{agent_id}`.
        """
        count = len(path.strip("/").split("/"))
        found: list[tuple[Operation, dict[str, str]]] = []
        allowed: set[str] = set()
        for operation in self._by_length.get(count, ()):
            params = operation.path_params(path)
            if params is None:
                continue
            if operation.method == method:
                found.append((operation, params))
            else:
                allowed.add(operation.method)
        if found:
            return max(found, key=lambda item: item[0].literal_segments)
        return sorted(allowed)

    def find(self, method: str, path: str) -> Operation | None:
        """The operation a method and concrete path (a batch line's endpoint) reach."""
        found = self.match(method, path)
        return found[0] if isinstance(found, tuple) else None

    # ------------------------------------------------------------------ schemas

    def resolve(self, schema: Any) -> dict[str, Any]:
        """SCHEMA with its `$ref` chain followed (within the document)."""
        for _ in range(32):
            if not isinstance(schema, dict) or "$ref" not in schema:
                break
            target: Any = self.document
            for part in str(schema["$ref"]).removeprefix("#/").split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            schema = target
        return schema if isinstance(schema, dict) else {}

    def validator(self, schema: Any) -> Any:
        """A JSON Schema 2020-12 validator for SCHEMA, its `$ref`s resolvable (made once)."""
        found = self._validators.get(id(schema))
        if found is None:
            from jsonschema import Draft202012Validator

            # The schema is the root, the components beside it so `#/components/...` resolves.
            root = {**schema, "components": self.components} if isinstance(schema, dict) else schema
            found = self._validators[id(schema)] = (Draft202012Validator(root), schema)
        return found[0]

    def is_valid(self, value: Any, schema: Any) -> bool:
        return bool(self.validator(schema).is_valid(value))

    def errors(self, value: Any, schema: Any, where: str) -> list[dict[str, Any]]:
        """The 422 `detail` items for VALUE against SCHEMA, located under WHERE (body, query)."""
        return detail_items(self.validator(schema).iter_errors(value), where)

    def properties(self, schema: Any) -> dict[str, Any]:
        """The properties of an object schema, allOf members and a nullable anyOf seen through."""
        schema = self.resolve(schema)
        found = dict(schema.get("properties") or {})
        for member in schema.get("allOf") or []:
            found.update(self.properties(member))
        for member in schema.get("anyOf") or []:
            if self.resolve(member).get("type") != "null":
                found.update(self.properties(member))
        return found

    def types(self, schema: Any) -> set[str]:
        """The JSON types SCHEMA allows (unions seen through); empty for any type."""
        schema = self.resolve(schema)
        kinds: set[str] = set()
        kind = schema.get("type")
        if isinstance(kind, str):
            kinds.add(kind)
        elif isinstance(kind, list):
            kinds.update(k for k in kind if isinstance(k, str))
        for key in ("anyOf", "oneOf", "allOf"):
            for member in schema.get(key) or []:
                kinds |= self.types(member)
        if "const" in schema:
            kinds.add(_json_type(schema["const"]))
        if schema.get("enum"):
            kinds.update(_json_type(v) for v in schema["enum"])
        if "properties" in schema:
            kinds.add("object")
        return kinds

    # ------------------------------------------------------------------ checking a request

    def check_body(self, operation: Operation, body: Any) -> list[dict[str, Any]]:
        """The 422 detail items of a decoded body (JSON, or multipart fields already coerced)."""
        schema = operation.body_schema
        if schema is None:
            return []
        if body is None:
            if not operation.body_required:
                return []
            return [{"type": "missing", "loc": ["body"], "msg": "Field required", "input": None}]
        if operation.event_schema is not None and isinstance(body, dict) and body.get("stream"):
            # The spec pins `stream` to false (one schema for both answers); the streamed
            # method sends true, which asks for the event stream the operation declares.
            body = {k: v for k, v in body.items() if k != "stream"}
        if operation.body_media == MULTIPART and isinstance(body, dict):
            body = {k: ("<file>" if isinstance(v, Upload) else v) for k, v in body.items()}
        return self.errors(body, schema, "body")

    def parameters(
        self, operation: Operation, path: Mapping[str, str], query: Any, headers: Mapping[str, str]
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The operation's path and query parameters decoded by their schemas, and the errors.

        Query values arrive as text; each is read as its schema says (integers, booleans,
        arrays from repeated keys, JSON for a parameter declared with `content`).
        """
        values: dict[str, Any] = {}
        detail: list[dict[str, Any]] = []
        for parameter in operation.parameters:
            name, where = parameter["name"], parameter["in"]
            schema = parameter.get("schema")
            if schema is None:  # `content`: one media type, a JSON value
                media: dict[str, Any] = next(iter((parameter.get("content") or {}).values()), {})
                schema = media.get("schema", {})
            if where == "path":
                raw: Any = path.get(name)
            elif where == "query":
                listed = query.getlist(name)
                raw = (
                    None
                    if not listed
                    else (listed if "array" in self.types(schema) else listed[-1])
                )
            elif where == "header":
                raw = headers.get(name.lower())
            else:
                continue
            if raw is None:
                if parameter.get("required"):
                    detail.append(
                        {
                            "type": "missing",
                            "loc": [where, name],
                            "msg": "Field required",
                            "input": None,
                        }
                    )
                continue
            value = self.coerce(raw, schema) if "content" not in parameter else _json_or_text(raw)
            if where != "header":
                for item in self.errors(value, schema, where):
                    item["loc"] = [where, name, *item["loc"][1:]]
                    detail.append(item)
            values[name] = value
        return values, detail

    def coerce(self, raw: Any, schema: Any) -> Any:
        """Text from a query string or a form field, read as SCHEMA's type.

        Booleans come as `true` or Python's `True` (the generated models write str(True) in
        forms), None as `None` where null is allowed; arrays of repeated values item by item.
        """
        if isinstance(raw, Upload):
            return raw
        kinds = self.types(schema)
        if isinstance(raw, list):
            if "array" in kinds:
                items = self._items_schema(schema)
                return [self.coerce(item, items) for item in raw]
            raw = raw[-1]
        text = str(raw)
        if "null" in kinds and text in ("None", "null") and "string" not in kinds:
            return None
        if "boolean" in kinds and text.lower() in ("true", "false"):
            return text.lower() == "true"
        if "integer" in kinds and re.fullmatch(r"-?\d+", text):
            return int(text)
        if "number" in kinds and re.fullmatch(r"-?\d+(\.\d*)?([eE][-+]?\d+)?", text):
            return float(text)
        if kinds & {"object", "array"} and text[:1] in "[{":
            return _json_or_text(text)
        if "array" in kinds and "string" not in kinds:
            return [self.coerce(text, self._items_schema(schema))]
        if "null" in kinds and text == "None":
            return None
        return text

    def is_binary(self, schema: Any) -> bool:
        """Whether SCHEMA (or a branch of it) is a file: a string of format binary."""
        schema = self.resolve(schema)
        if schema.get("format") == "binary":
            return True
        return any(self.is_binary(m) for k in ("anyOf", "oneOf") for m in schema.get(k) or [])

    def _items_schema(self, schema: Any) -> Any:
        schema = self.resolve(schema)
        if schema.get("type") == "array" or "items" in schema:
            return schema.get("items", {})
        for key in ("anyOf", "oneOf"):
            for member in schema.get(key) or []:
                member = self.resolve(member)
                if member.get("type") == "array":
                    return member.get("items", {})
        return {}

    def form(self, operation: Operation, parts: Iterable[tuple[str, Upload]]) -> dict[str, Any]:
        """A multipart body as the operation's fields: files kept as Upload, text coerced."""
        declared = self.properties(operation.body_schema or {})
        grouped: dict[str, list[Upload]] = {}
        for name, part in parts:
            grouped.setdefault(name, []).append(part)
        body: dict[str, Any] = {}
        for name, uploads in grouped.items():
            schema = declared.get(name, {})
            binary = self.is_binary(schema)
            files = [u for u in uploads if u.filename is not None or binary]
            if files:
                body[name] = files[0] if len(files) == 1 else files
                continue
            texts = [u.content.decode("utf-8", "replace") for u in uploads]
            body[name] = self.coerce(texts if len(texts) > 1 else texts[0], schema)
        return body


def detail_items(errors: Iterable[Any], where: str) -> list[dict[str, Any]]:
    """The errors of a jsonschema validation as the `detail` items of Mistral's (pydantic's) 422."""
    from jsonschema.exceptions import best_match

    detail = []
    for error in sorted(errors, key=lambda e: list(map(str, e.path))):
        # anyOf (nullable parameters): report the closest branch, "-1 is less than the
        # minimum of 0", rather than "not valid under any of the given schemas".
        # A branch that failed only on `type` is the wrong branch, not the reason.
        near = [e for e in error.context or [] if e.validator != "type"] or error.context
        reason = best_match(near) if near else error
        if reason.validator == "required":
            missing = _undeclared_or_missing(reason)
            if missing is None:
                continue
            loc = [where, *reason.absolute_path, missing]
            detail.append(
                {"type": "missing", "loc": loc, "msg": "Field required", "input": reason.instance}
            )
            continue
        detail.append(
            {
                "type": str(reason.validator),
                "loc": [where, *error.absolute_path],
                "msg": reason.message[:300],
                "input": error.instance,
            }
        )
    return detail


def _undeclared_or_missing(error: Any) -> str | None:
    """The property a `required` error misses, or None when the schema never declares it.

    Mistral's spec requires some properties it does not declare (SharingDelete's `level`):
    no client generated from it can send them, so the server does not ask for them.
    """
    declared = error.schema.get("properties") if isinstance(error.schema, dict) else None
    instance = error.instance if isinstance(error.instance, dict) else {}
    for name in error.validator_value:
        if name not in instance and (not declared or name in declared):
            return str(name)
    return None


def parse_multipart(content_type: str, body: bytes) -> list[tuple[str, Upload]]:
    """The parts of a multipart/form-data body, in order: (field name, Upload).

    The standard library's MIME parser rather than python-multipart, which Starlette would need
    for ``request.form()``: one more dependency for the few upload endpoints of a test server.
    A text field's Upload has no filename.
    """
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    parts: list[tuple[str, Upload]] = []
    if not message.is_multipart():
        return parts
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str):
            payload = part.get_payload(decode=True)
            content = payload if isinstance(payload, bytes) else b""
            parts.append((name, Upload(part.get_filename(), content, part.get_content_type())))
    return parts


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _json_or_text(text: Any) -> Any:
    """TEXT as JSON, else as a Python literal (the generated forms write str(dict)), else text."""
    if not isinstance(text, str):
        return text
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


# ------------------------------------------------------------------ what handlers get and give


@dataclass
class Call:
    """One request to an operation, decoded and checked: what a handler answers."""

    operation: Operation
    params: dict[str, str]  # the path's parameters, as written
    values: dict[str, Any]  # path, query and header parameters, decoded by their schemas
    body: Any  # the JSON body, the multipart fields (files as Upload), or None
    headers: Mapping[str, str]
    created: int  # the clock's second
    seed: str  # the request's hash (`_state.request_seed`)
    stream: bool = False  # the event stream is asked for
    base_url: str = ""


@dataclass
class Events:
    """A stream's events, in order: (the SSE `event:` name or None, the `data:` payload)."""

    items: Sequence[tuple[str | None, Any]]
    done: bool = False  # ends in `data: [DONE]`, as Mistral's completion streams do


@dataclass
class Failure:
    """An error answer in Mistral's envelope."""

    status: int
    message: Any
    kind: str
    code: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        return {
            "object": "error",
            "message": self.message,
            "type": self.kind,
            "param": None,
            "code": self.code,
        }


def not_found(message: str) -> Failure:
    """Mistral's 404 for an id it never issued (the envelope files and batch jobs answer)."""
    return Failure(404, message, "not_found")
