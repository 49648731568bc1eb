"""Arguments checked against a generated method's own type hints, before anything is sent.

The parameters of an operation, and what each accepts, are the generated method's signature
(from the spec); nothing here lists them again, so a parameter added to the spec is checked
the moment it is generated (issue 16). The checks are liberal where the API is: generated
models also accept dicts, enums accept any string (new server values), floats accept ints.
"""

from __future__ import annotations

import enum
import inspect
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any

from _mistral_api.types import File, Unset, is_model, is_uuid, resolved

__all__ = ["describe", "fits", "keyword_hints"]


@cache
def keyword_hints(method: Callable[..., Any]) -> Mapping[str, Any]:
    """The keyword parameters of METHOD with their evaluated type hints, in signature order."""
    names = [
        name
        for name, parameter in inspect.signature(method).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    ]
    return _Hints(method, names)


class _Hints(Mapping[str, Any]):
    """A method's keywords and their type hints, each hint evaluated when first asked for.

    Evaluating a hint imports the generated classes it names (their modules are loaded on first
    use, _mistral_api.types.Lazy): a call is checked for the keywords it passes, so a first
    chat with plain dicts loads none of the tool, guardrail or prediction classes its other
    keywords name (the import budget, BENCHMARKS.md).
    """

    def __init__(self, method: Callable[..., Any], names: list[str]) -> None:
        self._method = method
        self._names = names
        self._hints: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        hint = self._hints.get(name)
        if hint is None:
            if name not in self._names:
                raise KeyError(name)
            annotation = self._method.__annotations__.get(name, Any)
            # typing.get_type_hints() evaluates every annotation; given an object holding only
            # this one (and the method's globals) it evaluates just that.
            one = types.SimpleNamespace(
                __annotations__={name: annotation}, __globals__=self._method.__globals__
            )
            hint = self._hints[name] = typing.get_type_hints(one)[name]
        return hint

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: object) -> bool:
        return name in self._names


def fits(value: Any, hint: Any) -> bool:
    """Whether VALUE is acceptable where HINT is expected (see the module docstring)."""
    # The common case first: a value whose own class the hint names (str, int, a model...),
    # a plain isinstance over the hint's members, computed once per hint. Measured: the
    # checks cost 4 of a generated call's ~56 µs of overhead against raw httpx before this.
    if type(value) in _plain_members(hint):
        return True
    return _fits(value, hint)


@cache
def _plain_members(hint: Any) -> frozenset[type]:
    """The classes of HINT (or of its union members) a value of exactly that class fits."""
    members = typing.get_args(hint) if _is_union(hint) else (hint,)
    return frozenset(
        m for m in members if isinstance(m, type) and typing.get_origin(m) is None and m is not bool
    )


def _is_union(hint: Any) -> bool:
    origin = typing.get_origin(hint)
    return origin is typing.Union or origin is types.UnionType


def _fits(value: Any, hint: Any) -> bool:
    if hint is Any or hint is object:
        return True
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        return any(fits(value, member) for member in typing.get_args(hint))
    if origin is typing.Literal:
        return value in typing.get_args(hint)
    if origin in (list, tuple, set, frozenset) or _is_sequence(origin):
        (inner, *_) = typing.get_args(hint) or (Any,)
        return isinstance(value, list | tuple) and all(fits(item, inner) for item in value)
    if origin is not None:
        origin_type: Any = origin
        return isinstance(value, origin_type)
    return _fits_class(value, hint)


def _is_sequence(origin: Any) -> bool:
    import collections.abc

    return origin in (collections.abc.Sequence, collections.abc.Iterable)


def _fits_class(value: Any, hint: Any) -> bool:
    # A generated class a typing.Union kept as its lazy name (the `X | Y` of annotations
    # resolves them): the class itself.
    hint = resolved(hint)
    if hint is type(None):
        return value is None
    if hint is Unset:
        return isinstance(value, Unset)
    if not isinstance(value, bool):
        if hint is float:
            return isinstance(value, int | float)
        if hint is int:
            return isinstance(value, int)
    elif hint in (int, float):
        return False
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):  # open enums: a new value from the spec is a string
            return isinstance(value, str)
        if is_model(hint) or hint is File:  # a generated model, or the dict it would serialise to
            return isinstance(value, hint | Mapping)
        if hint.__module__ == "uuid" and hint.__name__ == "UUID":  # uuid not imported here
            # An id as the wire carries it; to_dict sends str(value) anyway.
            return isinstance(value, str) or is_uuid(value)
        return isinstance(value, hint)
    return True


def describe(hint: Any) -> str:
    """HINT for an error message: ``float | None``, ``list[Tool | dict]``."""
    hint = resolved(hint)
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        members = [m for m in typing.get_args(hint) if m is not Unset]
        return " | ".join(describe(member) for member in members)
    if origin is typing.Literal:
        return " | ".join(repr(value) for value in typing.get_args(hint))
    if origin is not None:
        args = ", ".join(describe(arg) for arg in typing.get_args(hint))
        return f"{getattr(origin, '__name__', str(origin))}[{args}]"
    if hint is type(None):
        return "None"
    if isinstance(hint, type):
        if is_model(hint) or hint is File:
            return f"{hint.__name__} | dict"
        if issubclass(hint, enum.Enum):
            return f"str ({hint.__name__})"
        return hint.__name__
    return str(hint)
