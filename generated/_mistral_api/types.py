"""Contains some shared types for properties"""

import datetime
import importlib
import json
import reprlib
import sys
from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from keyword import iskeyword
from typing import IO, Any, BinaryIO, Generic, Literal, Self, TypeVar, overload


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # The one UNSET through copy.deepcopy() and pickle: to_dict() leaves out fields that
        # are `UNSET` (identity), so a copied model must not carry another Unset.
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class Record:
    """A few named fields: the base of `File`, `Request`
    (client.py) and of the client package's call records.

    Written by hand rather than with attrs, dataclasses or NamedTuple: making such a class
    costs 0.2 to 1 ms when its module loads (annotations turned into ForwardRefs, methods
    generated with exec), ten of them a third of what import + a first chat.complete may
    spend beyond httpx (BENCHMARKS.md). A subclass names its fields in `__slots__` (in the
    order repr shows them) and sets them in `__init__`, whose keywords they are; equality,
    hashing, repr, copy, pickle and `_replace()` follow from those.
    """

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def _fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}

    def _replace(self, **changes: Any) -> Self:
        """A copy with CHANGES to its fields (NamedTuple's name for it)."""
        return type(self)(**{**self._fields(), **changes})

    def __reduce__(self) -> tuple[Any, ...]:
        # copy and pickle rebuild through __init__, whose keywords are the slots.
        return _rebuild, (type(self), self._fields())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record) or type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


def _rebuild(cls: type[Record], fields: dict[str, Any]) -> Record:
    return cls(**fields)


class File(Record):
    """Contains information for file uploads"""

    __slots__ = ("payload", "file_name", "mime_type")  # noqa: RUF023 - repr order
    __hash__ = None  # type: ignore[assignment]  # mutable, as the attrs class was

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
M = TypeVar("M")
N = TypeVar("N")


class Response(Record, Generic[T]):
    """A response from an endpoint"""

    __slots__ = ("status_code", "content", "headers", "parsed")  # noqa: RUF023 - repr order
    __hash__ = None  # type: ignore[assignment]  # mutable, as the attrs class was

    def __init__(
        self, status_code: HTTPStatus, content: bytes, headers: MutableMapping[str, str], parsed: T | None
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed


class InvalidFieldError(TypeError):
    """A model's to_dict() met a value that fits nothing its field accepts (neither the model nor a dict).

    Raised by the innermost to_dict(); every enclosing to_dict() prepends its field name, or the
    list index, to `path` as the error passes, so the top-level call reports the whole path.

    Attributes:
        path: field names (as the models spell them) and list indexes from the model being
            serialised down to the value, e.g. ["messages", 0, "content", 1].
        expected: what the field accepts, e.g. "TextChunk | ImageURLChunk | dict".
        value: the value found there.
    """

    def __init__(self, expected: str, value: Any, path: list[str | int] | None = None) -> None:
        self.path: list[str | int] = [] if path is None else path
        self.expected = expected
        self.value = value
        super().__init__(expected, value, self.path)

    @property
    def location(self) -> str:
        """The path as Python would spell it: `messages[0].content[1]`."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text

    def __str__(self) -> str:
        value = reprlib.repr(self.value)
        return f"{self.location or 'value'}: expected {self.expected}, got {type(self.value).__name__} {value}"


def is_uuid(value: Any) -> bool:
    """Whether VALUE is a uuid.UUID, without importing uuid (which imports platform: 2 ms of the
    import budget, BENCHMARKS.md); no UUID exists before something imported it."""
    uuid = sys.modules.get("uuid")
    return uuid is not None and isinstance(value, uuid.UUID)


def as_dict(value: object, expected: str) -> dict[str, Any]:
    """What to_dict() sends where a model is expected but VALUE is not one.

    Code written for Mistral's SDK passes plain dicts there (`UserMessage(content=[{"type": "text",
    ...}])`, `Function(parameters={...})`): a Mapping is sent as given, as a plain dict, with any
    model inside it serialised. Anything else raises InvalidFieldError, naming EXPECTED.
    """
    if isinstance(value, Mapping):
        return _plain_dict(value)
    raise InvalidFieldError(expected + " | dict", value)


def _plain_dict(value: Mapping[Any, Any]) -> dict[str, Any]:
    result = {}
    for key, item in value.items():
        try:
            result[key] = _plain(item)
        except InvalidFieldError as error:
            error.path.insert(0, key)
            raise
    return result


def _plain(value: Any) -> Any:
    """VALUE as JSON-ready data: mappings and lists copied, models inside them serialised."""
    if isinstance(value, Mapping):
        return _plain_dict(value)
    if isinstance(value, (list, tuple)):
        items = []
        for item in value:
            try:
                items.append(_plain(item))
            except InvalidFieldError as error:
                error.path.insert(0, len(items))
                raise
        return items
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    # What the generated fields hold and JSON has no type for: sent as the API writes them.
    if is_uuid(value):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _repr_value(value: Any) -> str:
    """VALUE as model_repr shows it: enum members (open-enum values too) as their plain values."""
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, list):
        return "[" + ", ".join(map(_repr_value, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key!r}: {_repr_value(item)}" for key, item in value.items()) + "}"
    return repr(value)


# The generated models are plain classes: a model's module is the class and its methods, no
# class decorator. attrs' define cost 0.3 ms per class at import and attrs itself 11 ms, a
# third of the import budget (import + first chat.complete, BENCHMARKS.md). What attrs gave
# them is below: equality, the field list, a copy with changes.


def model_fields(cls: type) -> tuple[str, ...]:
    """The fields of generated model class CLS that __init__ takes, in its order."""
    fields: tuple[str, ...] = cls.__match_args__  # type: ignore[attr-defined]
    return fields


def optional_fields(cls: type) -> tuple[str, ...]:
    """The fields of CLS that __init__ gives a default (UNSET, or a tag's value)."""
    fields = model_fields(cls)
    defaults = cls.__init__.__defaults__ or ()  # type: ignore[misc]
    return fields[len(fields) - len(defaults) :]


def is_model(value: Any) -> bool:
    """Whether VALUE is a generated model class."""
    return isinstance(value, type) and hasattr(value, "__match_args__") and hasattr(value, "from_dict")


@overload
def evolve(model: M, /, **changes: Any) -> M: ...
@overload
def evolve(model: Any, into: type[N], /, **changes: Any) -> N: ...
def evolve(model: Any, into: type[Any] | None = None, /, **changes: Any) -> Any:
    """A copy of MODEL with CHANGES to its fields, its additional properties kept.

    The copy is an INTO (a subclass of MODEL's class, whose __init__ may take more keywords),
    or of MODEL's own class.
    """
    fields = model_fields(type(model))
    copy = (into or type(model))(**{**{name: getattr(model, name) for name in fields}, **changes})
    if hasattr(model, "additional_properties"):
        copy.additional_properties = dict(model.additional_properties)
    return copy


def model_eq(self: Any, other: Any) -> Any:
    """The __eq__ of every generated model: same class, equal fields and additional properties."""
    if other.__class__ is not self.__class__:
        return NotImplemented
    for name in self.__match_args__:
        if getattr(self, name) != getattr(other, name):
            return False
    return getattr(self, "additional_properties", None) == getattr(other, "additional_properties", None)


@reprlib.recursive_repr()
def model_repr(self: Any) -> str:
    """The __repr__ of every generated model: what print(model) shows.

    Only the fields that are set (no UNSET), enum members as their values, and the additional
    properties (fields the spec does not name) after the declared ones, when there are any.
    """
    parts = []
    declared = model_fields(type(self))
    for name in declared:
        value = getattr(self, name)
        if not isinstance(value, Unset):
            parts.append(f"{name}={_repr_value(value)}")
    # An additional property shows as name=value, unless its key could not be one.
    extra: dict[str, Any] = {}
    for key, value in getattr(self, "additional_properties", {}).items():
        if key.isidentifier() and not iskeyword(key) and key not in declared:
            parts.append(f"{key}={_repr_value(value)}")
        else:
            extra[key] = value
    if extra:
        parts.append(f"**{_repr_value(extra)}")
    return f"{type(self).__name__}({', '.join(parts)})"


_MODELS = __name__.rpartition(".")[0] + ".models"


class Lazy:
    """A generated module's name for a model class, until the class is first used.

    A generated module binds each model class it refers to (a field's class, an operation's
    body or response) as one of these, under `TYPE_CHECKING` imports for type checkers, instead
    of importing it: loading one model's module loads no other, and a first chat call loads the
    handful of modules its request and response reach instead of every class the chat schemas
    name (the import budget, BENCHMARKS.md). The first attribute, call or isinstance that needs
    the class imports it and puts it in place of this object in the module's globals, so every
    later use is the class itself, at no cost. isinstance against a class whose module is not
    loaded yet is False without importing it: no instance can exist.
    """

    __slots__ = ("_module", "_name", "_namespace")

    def __init__(self, namespace: dict[str, Any], module: str, name: str) -> None:
        self._namespace = namespace
        self._module = f"{_MODELS}.{module}"
        self._name = name

    def resolve(self) -> Any:
        value = getattr(importlib.import_module(self._module), self._name)
        self._namespace[self._name] = value
        return value

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.resolve(), attribute)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve()(*args, **kwargs)

    def __instancecheck__(self, instance: Any) -> bool:
        if self._module not in sys.modules:
            return False
        return isinstance(instance, self.resolve())

    def __subclasscheck__(self, subclass: Any) -> bool:
        if self._module not in sys.modules:
            return False
        return issubclass(subclass, self.resolve())

    def __mro_entries__(self, bases: tuple[Any, ...]) -> tuple[Any, ...]:
        return (self.resolve(),)

    # typing.get_type_hints() evaluates annotations such as "TextChunk | Unset" in the module.
    def __or__(self, other: Any) -> Any:
        return self.resolve() | other

    def __ror__(self, other: Any) -> Any:
        return other | self.resolve()

    def __repr__(self) -> str:
        return f"<{self._module}.{self._name}, not imported yet>"


def resolved(value: Any) -> Any:
    """VALUE, or the class it stands for when it is a `Lazy` (an alias read at run time)."""
    return value.resolve() if isinstance(value, Lazy) else value


def dump_json(data: dict[str, Any], indent: int | None = None) -> str:
    """model_dump_json(): DATA as compact JSON, or indented by INDENT spaces (as pydantic's)."""
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "InvalidFieldError",
    "Lazy",
    "Record",
    "RequestFiles",
    "Response",
    "Unset",
    "as_dict",
    "dump_json",
    "evolve",
    "is_model",
    "model_eq",
    "model_fields",
    "model_repr",
    "optional_fields",
    "resolved",
]
