"""Replies built from the spec's schemas: what an operation without a handler answers.

An instance is built for the operation's success schema, the same one for the same request:
values the caller knows (HINTS: a stored resource's fields, the request's body, path and query
parameters) go where a property of that name takes them, the spec's ``example``/``examples``
where it gives one, and else the smallest value the schema allows, ids and uuids from a hash
of the request (SEED) and the property's place. Unions take the branch the hints fit best;
a ``oneOf`` answer is checked to match exactly one branch, as a validator will.
"""

from __future__ import annotations

import base64
import copy
import datetime
import hashlib
import re
import uuid
from typing import Any

from ._replies import number_for
from ._spec import Spec

# Past this many `$ref`s a recursive schema ends in the smallest value it allows.
MAX_DEPTH = 6
MISSING: Any = object()
FIXED_TIME = datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.UTC)
FORMATS = {
    "date": "2024-01-01",
    "time": "12:00:00",
    "duration": "P1D",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": base64.b64encode(b"embedded").decode(),
    "binary": "",
    "password": "example-password",
}
# Nullable fields that say something happened (deleted_at, an error): null unless hinted.
NULL_UNLESS_GIVEN = re.compile(
    r"(deleted|archived|completed|finished|ended|expired?|expires|cancell?ed|failed)_at$|^error"
)
# Candidates tried, in order, for a string with a `pattern` (the spec's own patterns fit one).
PATTERN_CANDIDATES = ("example", "en", "1", "example:value", "example-name", "a")


class Timestamp(int):
    """A moment in seconds, written as the schema wants it: an integer or an ISO date-time."""

    def iso(self) -> str:
        moment = datetime.datetime.fromtimestamp(int(self), tz=datetime.UTC)
        return moment.isoformat().replace("+00:00", "Z")


class Builder:
    """Deterministic instances of the spec's schemas (see the module docstring)."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec

    def build(self, schema: Any, hints: dict[str, Any] | None = None, seed: str = "") -> Any:
        """An instance of SCHEMA that validates, with HINTS where their names fit."""
        value = self._build(schema, hints or {}, MISSING, seed, "$", 0)
        if self.spec.is_valid(value, schema):
            return value
        # A hint that fitted its property but not the whole (a oneOf now matching two
        # branches): the schema's own instance.
        return self._build(schema, {}, MISSING, seed, "$", 0)

    # ------------------------------------------------------------------ by keyword

    def _build(
        self, schema: Any, hints: dict[str, Any], given: Any, seed: str, path: str, depth: int
    ) -> Any:
        if isinstance(schema, dict) and "$ref" in schema:
            depth += 1
        schema = self.spec.resolve(schema)
        if given is not MISSING:
            fitted = self._fit(given, schema)
            if fitted is not MISSING:
                return fitted
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if schema.get("enum"):
            return next((v for v in schema["enum"] if v is not None), None)
        if not hints:
            example = self._example(schema)
            if example is not MISSING:
                return example
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                return self._union(schema, key, hints, given, seed, path, depth)
        if schema.get("allOf"):
            merged = self._merged(schema)
            return self._build(merged, hints, MISSING, seed, path, depth)
        kinds = self.spec.types(schema)
        kind = _first_kind(schema, kinds)
        if kind == "object":
            return self._object(schema, hints, seed, path, depth)
        if kind == "array":
            return self._array(schema, hints, seed, path, depth)
        if kind in ("integer", "number"):
            return _number(schema, integer=kind == "integer")
        if kind == "boolean":
            default = schema.get("default")
            return default if isinstance(default, bool) else False
        if kind == "null":
            return None
        if kind == "string":
            return self._string(schema, seed, path)
        return None  # any value: null is one

    def _fit(self, given: Any, schema: dict[str, Any]) -> Any:
        """GIVEN as SCHEMA takes it (a Timestamp as an integer or a date-time), or MISSING."""
        if isinstance(given, Timestamp):
            kinds = self.spec.types(schema)
            candidates: list[Any] = [given.iso()] if "string" in kinds else []
            if kinds & {"integer", "number"} or not kinds:
                candidates.insert(0, int(given))
        else:
            candidates = [given]
        for candidate in candidates:
            if self.spec.is_valid(candidate, schema):
                return copy.deepcopy(candidate)
        return MISSING

    def _example(self, schema: dict[str, Any]) -> Any:
        examples = schema.get("examples")
        found = examples[:1] if isinstance(examples, list) else []
        if "example" in schema:
            found.append(schema["example"])
        for example in found:
            if self.spec.is_valid(example, schema):
                return copy.deepcopy(example)
        return MISSING

    def _union(
        self,
        schema: dict[str, Any],
        key: str,
        hints: dict[str, Any],
        given: Any,
        seed: str,
        path: str,
        depth: int,
    ) -> Any:
        members = list(schema[key])
        resolved = [self.spec.resolve(m) for m in members]
        order = list(range(len(members)))
        name = path.rsplit(".", 1)[-1]
        if depth > MAX_DEPTH or NULL_UNLESS_GIVEN.search(name):  # where the schema allows
            order.sort(key=lambda i: resolved[i].get("type") != "null")
        else:
            order.sort(key=lambda i: resolved[i].get("type") == "null")
        if hints:
            order.sort(key=lambda i: tuple(-n for n in self._fitness(resolved[i], hints)))
        tag = (schema.get("discriminator") or {}).get("propertyName")
        mapping = {
            v: k for k, v in ((schema.get("discriminator") or {}).get("mapping") or {}).items()
        }
        fallback: Any = MISSING
        for index in order:
            value = self._build(members[index], hints, given, seed, path, depth)
            if tag and isinstance(value, dict) and isinstance(members[index], dict):
                tagged = mapping.get(members[index].get("$ref", ""))
                if tagged is not None:
                    value[tag] = tagged
            if fallback is MISSING:
                fallback = value
            if self.spec.is_valid(value, schema):
                return value
        return fallback

    def _fitness(self, schema: dict[str, Any], hints: dict[str, Any]) -> tuple[int, int]:
        """How well HINTS fill an object branch: its required properties hinted, then any."""
        declared = self.spec.properties(schema)
        if not declared:
            return (0, 0)
        required = [name for name in schema.get("required") or [] if name in declared]
        return (
            sum(1 for name in required if name in hints) - len(required),
            sum(1 for name in hints if name in declared),
        )

    def _merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        """An allOf as one object schema (its members' properties and required lists)."""
        members = [self.spec.resolve(m) for m in schema["allOf"]]
        if not all("object" in (self.spec.types(m) or {"object"}) for m in members):
            return members[0]
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for member in members:
            inner = self._merged(member) if member.get("allOf") else member
            merged["properties"].update(inner.get("properties") or {})
            merged["required"] += list(inner.get("required") or [])
        return merged

    def _object(
        self, schema: dict[str, Any], hints: dict[str, Any], seed: str, path: str, depth: int
    ) -> dict[str, Any]:
        declared: dict[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        result: dict[str, Any] = {}
        for name, sub in declared.items():
            hinted = name in hints
            resolved = self.spec.resolve(sub)
            default = resolved.get("default", sub.get("default") if isinstance(sub, dict) else None)
            if not (name in required or hinted or (default is not None and depth <= MAX_DEPTH)):
                continue
            nested = hints[name] if hinted and isinstance(hints[name], dict) else {}
            given = hints[name] if hinted else MISSING
            if not hinted and default is not None and name not in required:
                given = default
            value = self._build(sub, nested, given, seed, f"{path}.{name}", depth)
            if hinted and name not in required and not self.spec.is_valid(value, sub):
                continue
            result[name] = value
        extra = schema.get("additionalProperties")
        if not declared and isinstance(extra, dict) and int(schema.get("minProperties", 0)):
            result["key"] = self._build(extra, {}, MISSING, seed, f"{path}.key", depth)
        return result

    def _array(
        self, schema: dict[str, Any], hints: dict[str, Any], seed: str, path: str, depth: int
    ) -> list[Any]:
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list):
            return [
                self._build(item, {}, MISSING, seed, f"{path}[{n}]", depth)
                for n, item in enumerate(prefix)
            ]
        low = int(schema.get("minItems", 0))
        count = low if depth > MAX_DEPTH else max(low, 1)
        count = min(count, int(schema.get("maxItems", count)))
        items = schema.get("items", {})
        return [
            self._build(items, hints, MISSING, seed, f"{path}[{n}]", depth) for n in range(count)
        ]

    def _string(self, schema: dict[str, Any], seed: str, path: str) -> str:
        format_ = schema.get("format")
        name = path.rsplit(".", 1)[-1].split("[", 1)[0]
        digest = hashlib.sha256(f"{seed}\0{path}".encode()).hexdigest()
        if format_ == "uuid":
            return str(uuid.UUID(digest[:32]))
        if format_ == "date-time":
            return Timestamp(FIXED_TIME.timestamp()).iso()
        if format_ in FORMATS:
            return FORMATS[str(format_)]
        pattern = schema.get("pattern")
        if pattern:
            for candidate in (digest[:32], digest[:16], *PATTERN_CANDIDATES):
                if re.search(pattern, candidate):
                    return _sized(candidate, schema)
        if name == "id" or name.endswith(("_id", "Id")):
            return _sized(str(uuid.UUID(digest[:32])), schema)
        return _sized(f"example {name}" if name != "$" else "example", schema)


def _first_kind(schema: dict[str, Any], kinds: set[str]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if isinstance(kind, str):
        return kind
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema or "prefixItems" in schema:
        return "array"
    for preferred in ("object", "array", "string", "integer", "number", "boolean", "null"):
        if preferred in kinds:
            return preferred
    return None


def _sized(text: str, schema: dict[str, Any]) -> str:
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    text += "x" * max(0, low - len(text))
    return text if high is None else text[: int(high)]


def _number(schema: dict[str, Any], *, integer: bool) -> int | float:
    """The schema's default, else the smallest pleasant number within its bounds (1 or 1.5)."""
    default = schema.get("default")
    if isinstance(default, int | float) and not isinstance(default, bool):
        return int(default) if integer else float(default)
    return number_for(schema, integer=integer)
