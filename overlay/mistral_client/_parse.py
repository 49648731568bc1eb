"""Structured outputs: a type in, a strict JSON Schema out, the model's JSON back into the type.

Schemas come from pydantic's ``TypeAdapter`` (BaseModel, dataclasses, TypedDict, and the
standard types around them), made strict the way Mistral's ``strict: true`` expects: every
property required (an optional field stays nullable), ``additionalProperties: false``, in
nested models and ``$defs`` too. attrs classes go through a small bridge: a pydantic model
with the same fields stands in for each attrs class, and the validated result is turned back
into the attrs instances. A plain JSON Schema dict is sent as given; ``.parsed`` is then the
decoded JSON. pydantic is imported only when a type is given (the ``pydantic`` extra).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, get_args, get_origin

import attrs

from ._exceptions import InvalidRequestError, MistralError

if TYPE_CHECKING:
    from ._parsed import ParsedChatCompletionResponse
    from ._resources import ChatCompletionResponse, CompletionEvent
    from ._streaming import AsyncChatStream, ChatStream

__all__ = [
    "AsyncParsedChatStream",
    "OutputType",
    "ParsedChatStream",
    "StructuredOutputError",
    "message_text",
    "require_pydantic",
]

T = TypeVar("T")
PYDANTIC_MISSING = (
    "{what} needs pydantic (schemas are built with pydantic's TypeAdapter): "
    "pip install 'mistral-client[pydantic]'"
)


class StructuredOutputError(MistralError):
    """The model's answer did not decode into the requested type.

    Nothing is lost: the raw text is here and on the response's message.

    Attributes:
        content: The raw content of the choice that failed.
        response: The whole ``ChatCompletionResponse``.
        choice_index: The index of the failing choice.
        finish_reason: That choice's finish reason (``length`` means the answer was cut off).
    """

    def __init__(
        self,
        message: str,
        *,
        content: str,
        response: ChatCompletionResponse,
        choice_index: int = 0,
        finish_reason: str | None = None,
    ) -> None:
        super().__init__(message)
        self.content = content
        self.response = response
        self.choice_index = choice_index
        self.finish_reason = finish_reason


def require_pydantic(what: str) -> Any:
    """The pydantic module, or an ImportError saying which extra to install."""
    try:
        import pydantic
    except ImportError as exc:
        raise ImportError(PYDANTIC_MISSING.format(what=what)) from exc
    return pydantic


# --- schemas ----------------------------------------------------------------------------------


def strict_schema(schema: Any) -> Any:
    """SCHEMA (pydantic's JSON Schema) made strict: all properties required, no extras.

    Applies to every object with ``properties``, at any depth and in ``$defs``. Objects
    without ``properties`` (``dict[str, X]``) keep their ``additionalProperties``.
    """
    if isinstance(schema, list):
        return [strict_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: strict_schema(value) for key, value in schema.items()}
    if isinstance(out.get("properties"), dict):
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
    return out


def _is_typing_typeddict(tp: Any) -> bool:
    import typing

    return isinstance(tp, type) and type(tp) is getattr(typing, "_TypedDictMeta", None)


def _name_of(text: str) -> str:
    """TEXT as a json_schema name: letters, digits, ``_`` and ``-``, at most 64."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)[:64] or "response"


def _name(tp: Any) -> str:
    return _name_of(str(getattr(tp, "__name__", None) or "response"))


class OutputType(Generic[T]):
    """What ``parse`` needs from a requested type: its strict schema and its decoder."""

    def __init__(self, tp: Any, what: str = "chat.parse(response_format=...)") -> None:
        self.type = tp
        self.name = _name(tp)
        self._format: dict[str, Any] | None = None
        if hasattr(tp, "to_dict") and not isinstance(tp, type):  # a ResponseFormat model
            tp = tp.to_dict()
        if isinstance(tp, Mapping):
            self._validate: Callable[[str], Any] = json.loads
            if tp.get("type") in ("json_schema", "json_object"):  # a whole response_format
                self._format = dict(tp)
                spec = tp.get("json_schema") or {}
                self.schema: dict[str, Any] = dict(spec.get("schema") or {})
                self.name = str(spec.get("name") or "response")
                return
            self.schema = dict(tp)
            self.name = _name_of(str(tp.get("title") or "response"))
            return
        require_pydantic(what)
        from pydantic import TypeAdapter

        bridge = _AttrsBridge()
        try:
            target = bridge.mirror(tp)
            adapter: Any = TypeAdapter(target)
            self.schema = strict_schema(adapter.json_schema())
        except Exception as exc:  # pydantic's PydanticSchemaGenerationError and kin
            raise InvalidRequestError(
                f"cannot build a JSON Schema for {tp!r}: {type(exc).__name__}: {exc}",
                param="response_format",
            ) from exc
        self.schema.setdefault("title", self.name)

        def validate(text: str) -> Any:
            return bridge.back(adapter.validate_json(text))

        self._validate = validate

    def response_format(self) -> dict[str, Any]:
        """The ``response_format`` body value: ``json_schema``, strict (or the one given)."""
        if self._format is not None:
            return self._format
        return {
            "type": "json_schema",
            "json_schema": {"name": self.name, "schema": self.schema, "strict": True},
        }

    def validate(self, text: str) -> T:
        """TEXT (JSON) as the type; raises ValueError (pydantic's ValidationError) if not."""
        result: T = self._validate(text)
        return result


_FACTORY: Any = attrs.Factory  # a class at run time; typed as overloaded functions


class _AttrsBridge:
    """attrs classes as pydantic models of the same fields, and back.

    pydantic has no attrs support; a generated model per attrs class (fields, defaults and
    docstring kept) gives the schema and the validation, and ``back`` rebuilds the attrs
    instances from the validated models.
    """

    def __init__(self) -> None:
        self.mirrors: dict[Any, Any] = {}
        self.origins: dict[Any, Any] = {}

    def mirror(self, tp: Any) -> Any:
        if isinstance(tp, type) and attrs.has(tp):
            return self._model(tp)
        if sys.version_info < (3, 12) and _is_typing_typeddict(tp):
            return self._typeddict(tp)
        args = get_args(tp)
        if not args:
            return tp
        mirrored = tuple(self.mirror(arg) for arg in args)
        if mirrored == args:
            return tp
        origin = get_origin(tp)
        try:
            return tp.copy_with(mirrored)
        except AttributeError:  # X | Y (types.UnionType), list[X] (types.GenericAlias)
            import functools
            import operator
            import types

            if isinstance(tp, types.UnionType):
                return functools.reduce(operator.or_, mirrored)
            return types.GenericAlias(origin, mirrored)

    def _model(self, cls: type[Any]) -> Any:
        if cls in self.mirrors:
            return self.mirrors[cls]
        from typing import get_type_hints

        import pydantic

        hints = get_type_hints(cls)
        fields: dict[str, Any] = {}
        for field in attrs.fields(cls):
            if not field.init:
                continue
            hint = self.mirror(hints.get(field.name, Any))
            if field.default is attrs.NOTHING:
                fields[field.name] = (hint, ...)
            elif isinstance(field.default, _FACTORY):
                factory = field.default.factory
                fields[field.name] = (hint, pydantic.Field(default_factory=factory))
            else:
                fields[field.name] = (hint, field.default)
        model = pydantic.create_model(cls.__name__, __doc__=cls.__doc__, **fields)
        self.mirrors[cls] = model
        self.origins[model] = cls
        return model

    def _typeddict(self, cls: Any) -> Any:
        """typing.TypedDict as typing_extensions.TypedDict, which pydantic needs before 3.12."""
        if cls in self.mirrors:
            return self.mirrors[cls]
        from typing import get_type_hints

        import typing_extensions

        fields = {}
        for key, hint in get_type_hints(cls).items():
            hint = self.mirror(hint)
            fields[key] = (
                hint if key in cls.__required_keys__ else typing_extensions.NotRequired[hint]
            )
        make: Any = typing_extensions.TypedDict  # the functional form, with a computed name
        model = make(cls.__name__, fields)
        model.__doc__ = cls.__doc__
        self.mirrors[cls] = model
        return model

    def back(self, value: Any) -> Any:
        if not self.origins:
            return value
        origin = self.origins.get(type(value))
        if origin is not None:
            return origin(
                **{name: self.back(getattr(value, name)) for name in type(value).model_fields}
            )
        if isinstance(value, list):
            return [self.back(item) for item in value]
        if isinstance(value, tuple):
            return tuple(self.back(item) for item in value)
        if isinstance(value, dict):
            return {key: self.back(item) for key, item in value.items()}
        return value


# --- responses --------------------------------------------------------------------------------


def message_text(content: Any) -> str | None:
    """The text of a message's content: the string, or its text chunks joined; None if none."""
    if content is None or isinstance(content, str):
        return content or None
    if isinstance(content, list):
        parts = [
            part.text
            for part in content
            if getattr(part, "type_", None) == "text"
            and isinstance(getattr(part, "text", None), str)
        ]
        return "".join(parts) or None
    return None


def parse_response(
    response: ChatCompletionResponse, output: OutputType[T]
) -> ParsedChatCompletionResponse[T]:
    """RESPONSE with ``.parsed`` on each choice's message.

    Raises:
        StructuredOutputError: a choice's content is not JSON of the type.
    """
    from ._parsed import parsed_response

    values: list[Any] = []
    for choice in response.choices:
        text = message_text(choice.message.content)
        if text is None:
            values.append(None)
            continue
        try:
            values.append(output.validate(text))
        except ValueError as exc:
            finish = None if choice.finish_reason is None else str(choice.finish_reason)
            raise StructuredOutputError(
                _failure(output, choice.index, text, finish, exc),
                content=text,
                response=response,
                choice_index=choice.index,
                finish_reason=finish,
            ) from exc
    result: ParsedChatCompletionResponse[T] = parsed_response(response, values)
    return result


def _failure(
    output: OutputType[Any], index: int, text: str, finish: str | None, exc: Exception
) -> str:
    errors = _errors(exc)
    invalid_json = isinstance(exc, json.JSONDecodeError) or any(
        e.get("type") == "json_invalid" for e in errors
    )
    what = "valid JSON" if invalid_json else f"a valid {output.name}"
    if errors:
        reason = "; ".join(
            f"{'.'.join(map(str, e.get('loc') or ())) or '(root)'}: {e.get('msg')}"
            for e in errors[:5]
        )
    else:
        reason = " ".join(str(exc).split())[:300]
    message = f"choice {index}: the model's answer is not {what}: {reason}"
    if finish == "length":
        message += (
            " (finish_reason='length': the answer was cut off at max_tokens; raise max_tokens)"
        )
    return f"{message}; content: {text[:200]!r}"


def _errors(exc: Exception) -> list[dict[str, Any]]:
    """The error list of a pydantic ValidationError, else []."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return []
    try:
        return list(errors(include_url=False))
    except TypeError:
        return []


def partial_json(text: str) -> Any:
    """The best-effort value of an incomplete JSON document (None if nothing decodes yet)."""
    if not text.strip():
        return None
    try:
        from pydantic_core import from_json
    except ImportError:  # pragma: no cover - pydantic_core comes with pydantic
        try:
            return json.loads(text)
        except ValueError:
            return None
    try:
        try:  # an unfinished string shows as far as it goes: text renders as it arrives
            return from_json(text, allow_partial="trailing-strings")
        except TypeError:  # pragma: no cover - older pydantic-core: strings appear when whole
            return from_json(text, allow_partial=True)
    except ValueError:
        return None


class _Partial:
    """The text of each choice so far, for ``partial``."""

    def __init__(self) -> None:
        self.texts: dict[int, list[str]] = {}

    def add(self, event: CompletionEvent) -> None:
        for choice in event.data.choices:
            text = message_text(choice.delta.content)
            if text:
                self.texts.setdefault(choice.index, []).append(text)

    def value(self, index: int) -> Any:
        return partial_json("".join(self.texts.get(index, ())))


S = TypeVar("S", bound="ChatStream | AsyncChatStream")


class _ParsedStream(Generic[S, T]):
    """What the sync and async parsed streams share: the stream, the type, the answer so far."""

    def __init__(self, stream: S, output: OutputType[T]) -> None:
        self.stream = stream
        self._output = output
        self._partial = _Partial()

    @property
    def response(self) -> Any:
        """The ``httpx.Response`` of the stream."""
        return self.stream.response

    @property
    def partial(self) -> Any:
        """The first choice's answer so far, decoded leniently (None before any JSON)."""
        return self._partial.value(0)

    def partial_of(self, index: int) -> Any:
        """As :attr:`partial`, for choice INDEX."""
        return self._partial.value(index)


class ParsedChatStream(_ParsedStream["ChatStream", T]):
    """A :class:`ChatStream` whose final response carries ``.parsed``.

    Iterate it for the usual ``CompletionEvent`` items; ``partial`` is the answer decoded so
    far (best effort, plain JSON values: a dict missing the fields not yet written) for UIs
    that render as tokens arrive; ``final_response()`` returns a
    :class:`ParsedChatCompletionResponse`.

    Attributes:
        stream: The underlying :class:`ChatStream` (``stream.response`` for headers).
    """

    def __iter__(self) -> Iterator[CompletionEvent]:
        for event in self.stream:
            self._partial.add(event)
            yield event

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stream.close()

    def close(self) -> None:
        """Release the connection."""
        self.stream.close()

    def final_response(self) -> ParsedChatCompletionResponse[T]:
        """Read the rest of the stream; the merged response, each message with ``.parsed``.

        Raises:
            StructuredOutputError: the answer is not JSON of the type.
        """
        for _ in self:
            pass
        return parse_response(self.stream.final_response(), self._output)


class AsyncParsedChatStream(_ParsedStream["AsyncChatStream", T]):
    """Async twin of :class:`ParsedChatStream`: ``async for``, ``async with``.

    Attributes:
        stream: The underlying :class:`AsyncChatStream`.
    """

    async def __aiter__(self) -> AsyncIterator[CompletionEvent]:
        async for event in self.stream:
            self._partial.add(event)
            yield event

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stream.aclose()

    async def aclose(self) -> None:
        """Release the connection."""
        await self.stream.aclose()

    async def final_response(self) -> ParsedChatCompletionResponse[T]:
        """Read the rest of the stream; the merged response, each message with ``.parsed``."""
        async for _ in self:
            pass
        return parse_response(await self.stream.final_response(), self._output)


def output_type(response_format: Any) -> OutputType[Any]:
    """The OutputType for ``parse``'s RESPONSE_FORMAT argument; refuses what does not fit."""
    if response_format is None or isinstance(response_format, str | bytes | int | float):
        raise InvalidRequestError(
            "expected a type (a pydantic model, dataclass, attrs class or TypedDict) or a JSON "
            f"Schema dict, got {type(response_format).__name__} {response_format!r:.60}",
            param="response_format",
        )
    return OutputType[Any](response_format)
