"""Contains some shared types for properties"""

import datetime
import json
import reprlib
from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from keyword import iskeyword
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID

from attrs import define, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
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


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


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
    if isinstance(value, UUID):
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


@reprlib.recursive_repr()
def model_repr(self: Any) -> str:
    """The __repr__ of every generated model: what print(model) shows.

    Only the fields that are set (no UNSET), enum members as their values, and the additional
    properties (fields the spec does not name) after the declared ones, when there are any.
    """
    parts = []
    for attribute in fields(type(self)):
        value = getattr(self, attribute.name)
        if attribute.init and not isinstance(value, Unset):
            parts.append(f"{attribute.name}={_repr_value(value)}")
    # An additional property shows as name=value, unless its key could not be one.
    extra: dict[str, Any] = {}
    declared = {attribute.name for attribute in fields(type(self))}
    for key, value in getattr(self, "additional_properties", {}).items():
        if key.isidentifier() and not iskeyword(key) and key not in declared:
            parts.append(f"{key}={_repr_value(value)}")
        else:
            extra[key] = value
    if extra:
        parts.append(f"**{_repr_value(extra)}")
    return f"{type(self).__name__}({', '.join(parts)})"


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
    "RequestFiles",
    "Response",
    "Unset",
    "as_dict",
    "dump_json",
    "model_repr",
]
