"""The resources the embedded server keeps: created through the API, there until deleted.

Families are found in the spec's paths, not listed by hand: a collection that takes a POST
(``/v1/agents``) with an item path under it (``/v1/agents/{agent_id}``) answering GET, PATCH,
PUT or DELETE is a family. Its create stores a record, get and list read it, update merges the
request into it (a versioned resource gets a new version), delete removes it and everything
stored under it (a library's documents). A path under an item that was never created, or was
deleted, is Mistral's 404 (``{"object": "error", "message": "Agent … not found", "type":
"not_found", …}``). A family's key is the item parameter's own field in the created resource,
else its ``id`` (or ``uuid``), else the request field of that name.
"""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._examples import Builder, Timestamp
from ._spec import JSON, Operation, Spec

ITEM_METHODS = frozenset({"GET", "PATCH", "PUT", "DELETE"})
# Hint names a created resource's timestamps go by in the spec's schemas.
TIME_FIELDS = ("created_at", "updated_at", "createdAt", "updatedAt", "modified_at", "created")


@dataclass
class Family:
    """A CRUD-shaped collection of the spec."""

    collection: str  # a shape: /v1/libraries/{}/documents
    create: Operation
    key: str  # the field of a record that is its key
    key_in_body: bool  # the client names the key (a deployment's `name`)
    key_schema: Any
    parents: int  # how many path parameters lead to the collection
    noun: str  # "Document", for the 404 message
    aliases: tuple[str, ...] = ()  # fields that also find a record ({connector_id_or_name})

    @property
    def item(self) -> str:
        return self.collection + "/{}"


@dataclass
class Store:
    """The records of every family, keyed by their parents' keys and their own."""

    spec: Spec
    builder: Builder
    clock: Callable[[], float]
    families: list[Family] = field(default_factory=list)
    records: dict[str, dict[tuple[str, ...], dict[str, Any]]] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.families = find_families(self.spec)
        self.records = {family.collection: {} for family in self.families}

    # ------------------------------------------------------------------ lookups

    def exclude(self, collection: str) -> None:
        """Leave COLLECTION to a handler that keeps its own records (files, batch jobs)."""
        self.families = [f for f in self.families if f.collection != collection]

    def family(self, collection: str) -> Family | None:
        return next((f for f in self.families if f.collection == collection), None)

    def role(self, operation: Operation) -> tuple[Family, str] | None:
        """The family OPERATION belongs to and its part: create, list, get, update or delete."""
        for family in self.families:
            if operation.shape == family.collection:
                if operation.method == "POST":
                    return family, "create"
                if operation.method == "GET":
                    return family, "list"
            if operation.shape == family.item:
                part = {"GET": "get", "PATCH": "update", "PUT": "update", "DELETE": "delete"}
                if operation.method in part:
                    return family, part[operation.method]
        return None

    def missing(self, operation: Operation, params: dict[str, str]) -> str | None:
        """Why the path names a record that does not exist (the 404 message), or None."""
        values = [params[name] for name in operation.path_names]
        segments = operation.shape.strip("/").split("/")
        for family in sorted(self.families, key=lambda f: f.parents):
            item = family.item.strip("/").split("/")
            if segments[: len(item)] != item:
                continue
            ids = tuple(values[: family.parents + 1])
            if self.find(family, ids) is None:
                return f"{family.noun} {ids[-1]} not found"
        return None

    def find(self, family: Family, ids: tuple[str, ...]) -> dict[str, Any] | None:
        """The record at IDS (its parents' keys, then its own), by key or an alias field."""
        table = self.records[family.collection]
        found = table.get(ids)
        if found is None and family.aliases:
            for key, record in table.items():
                if key[:-1] == ids[:-1] and any(
                    str(record.get(a)) == ids[-1] for a in family.aliases
                ):
                    return record
        return found

    def listed(self, family: Family, parents: tuple[str, ...]) -> list[dict[str, Any]]:
        table = self.records[family.collection]
        return [record for key, record in table.items() if key[:-1] == parents]

    # ------------------------------------------------------------------ changes

    def add(
        self, family: Family, parents: tuple[str, ...], body: dict[str, Any], seed: str
    ) -> dict[str, Any]:
        """Store a new record from a create request; the record, the key set."""
        with self.lock:
            number = self.counters.get(family.collection, 0) + 1
            self.counters[family.collection] = number
        now = Timestamp(self.clock())
        record: dict[str, Any] = {k: v for k, v in body.items() if v is not None}
        record.update(dict.fromkeys(TIME_FIELDS, now))
        parent_names = family.create.path_names
        record.update(zip(parent_names, parents, strict=True))
        if not (family.key_in_body and record.get(family.key) is not None):
            record[family.key] = self.new_key(family, parents, f"{seed}:{number}")
        self.put(family, parents, record)
        return record

    def new_key(self, family: Family, parents: tuple[str, ...], seed: str) -> Any:
        """A key no record of the family has: a uuid, or the next number for numbered ones."""
        kinds = self.spec.types(family.key_schema)
        if "integer" in kinds and "string" not in kinds:
            taken = [r.get(family.key) for r in self.listed(family, parents)]
            return max([k for k in taken if isinstance(k, int)], default=0) + 1
        return str(uuid.UUID(hashlib.sha256(seed.encode()).hexdigest()[:32]))

    def put(self, family: Family, parents: tuple[str, ...], record: dict[str, Any]) -> None:
        with self.lock:
            self.records[family.collection][(*parents, str(record[family.key]))] = record

    def update(self, record: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        """Merge a PATCH/PUT body into RECORD; a versioned record gets its next version."""
        record.update({k: v for k, v in body.items() if v is not None})
        record["updated_at"] = record["updatedAt"] = Timestamp(self.clock())
        version, versions = record.get("version"), record.get("versions")
        if isinstance(version, int) and isinstance(versions, list):
            record["version"] = max([version, *versions]) + 1
            record["versions"] = [*versions, record["version"]]
        return record

    def delete(self, family: Family, ids: tuple[str, ...]) -> None:
        """Remove the record at IDS and every record stored under it."""
        record = self.find(family, ids)
        if record is None:
            return
        key = (*ids[:-1], str(record[family.key]))
        depth = len(key)
        with self.lock:
            self.records[family.collection].pop(key, None)
            for child in self.families:
                if child.collection.startswith(family.item + "/"):
                    table = self.records[child.collection]
                    for stored in [k for k in table if k[:depth] == key]:
                        del table[stored]


def find_families(spec: Spec) -> list[Family]:
    """The CRUD-shaped collections of SPEC (see the module docstring)."""
    by_shape: dict[str, list[Operation]] = {}
    for operation in spec.operations:
        by_shape.setdefault(operation.shape, []).append(operation)
    families = []
    for operation in spec.operations:
        items = [o for o in by_shape.get(operation.shape + "/{}", []) if o.method in ITEM_METHODS]
        if operation.method != "POST" or not items:
            continue
        names = list(dict.fromkeys(o.path_names[-1] for o in items))
        keyed = _key(spec, operation, names)
        if keyed is None:
            continue
        key, in_body, schema = keyed
        aliases = tuple(dict.fromkeys(n.rsplit("_or_", 1)[-1] for n in names if "_or_" in n))
        families.append(
            Family(
                collection=operation.shape,
                create=operation,
                key=key,
                key_in_body=in_body,
                key_schema=schema,
                parents=len(operation.path_names),
                noun=_noun(operation.shape),
                aliases=aliases,
            )
        )
    return families


def _key(spec: Spec, create: Operation, names: list[str]) -> tuple[str, bool, Any] | None:
    """The field that keys a family's records, whether the client names it, and its schema."""
    schema = (create.success.get(JSON) or {}).get("schema") or {}
    returned = spec.properties(schema)
    sent = spec.properties(create.body_schema or {})
    for name in names:
        if name in returned:
            return name, name in sent, returned[name]
    for name in ("id", "uuid"):
        if name in returned and (name == "id" or any(n.endswith("uuid") for n in names)):
            return name, False, returned[name]
    for name in names:
        for candidate in (name, name.rsplit("_", 1)[-1]):
            if candidate in sent:
                return candidate, True, sent[candidate]
    return None


def _noun(collection: str) -> str:
    """'Library' for /v1/libraries, 'User group' for /v1/admin/user-groups."""
    word = next(s for s in reversed(collection.split("/")) if s and s != "{}")
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    word = word.replace("-", " ").replace("_", " ")
    return word[:1].upper() + word[1:]


def request_seed(method: str, path: str, query: str, body: Any) -> str:
    """What makes a request itself: the same request gives the same seed, so the same reply."""
    try:
        text = json.dumps(body, sort_keys=True, default=repr)
    except (TypeError, ValueError):
        text = repr(body)
    return hashlib.sha256(f"{method} {path}?{query}\n{text}".encode()).hexdigest()
