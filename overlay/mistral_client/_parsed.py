"""The response types of ``chat.parse``: the generated ones, with ``message.parsed`` typed.

``ParsedChatCompletionResponse[Book]`` is a ``ChatCompletionResponse`` (a subclass: isinstance,
``to_dict()`` and every field as usual) whose ``choices[i].message`` is a
``ParsedAssistantMessage[Book]``, an ``AssistantMessage`` with one more attribute, ``parsed``.
The generated classes are slotted, so an attribute cannot be added to their
instances: these subclasses carry it. ``to_dict()`` leaves ``parsed`` out, so a parsed message
goes back into ``messages`` exactly as the server sent it.

This module imports the generated models; ``mistral_client.models`` re-exports it, and
``_parse`` imports it only when a parse call runs (``import mistral_client`` stays light).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from _mistral_api.models import AssistantMessage, ChatCompletionChoice
from _mistral_api.types import evolve

from ._resources import ChatCompletionResponse

__all__ = ["ParsedAssistantMessage", "ParsedChatCompletionChoice", "ParsedChatCompletionResponse"]

T = TypeVar("T")


class ParsedAssistantMessage(AssistantMessage, Generic[T]):
    """An ``AssistantMessage`` with its content decoded into the requested type.

    Attributes:
        parsed: The content as an instance of the type given to ``chat.parse`` (the decoded
            JSON for a JSON Schema dict); None when the message has no content.
    """

    __slots__ = ("parsed",)
    __match_args__ = (*AssistantMessage.__match_args__, "parsed")

    def __init__(self, *args: Any, parsed: T | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.parsed = parsed


class ParsedChatCompletionChoice(ChatCompletionChoice, Generic[T]):
    """A ``ChatCompletionChoice`` whose ``message`` is a :class:`ParsedAssistantMessage`."""

    __slots__ = ()

    if TYPE_CHECKING:
        message: ParsedAssistantMessage[T]


class ParsedChatCompletionResponse(ChatCompletionResponse, Generic[T]):
    """A ``ChatCompletionResponse`` whose messages carry ``.parsed``.

    ``res.choices[0].message.parsed`` is typed as the model class given to ``chat.parse``.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        # Narrowed for readers: the list holds parsed choices only (never written to).
        choices: list[ParsedChatCompletionChoice[T]]  # type: ignore[assignment]


def parsed_response(
    response: ChatCompletionResponse, parsed: list[Any]
) -> ParsedChatCompletionResponse[Any]:
    """RESPONSE with each choice's message carrying the matching item of PARSED."""
    choices = [
        evolve(
            choice,
            ParsedChatCompletionChoice,
            message=evolve(choice.message, ParsedAssistantMessage, parsed=value),
        )
        for choice, value in zip(response.choices, parsed, strict=True)
    ]
    result: ParsedChatCompletionResponse[Any] = evolve(
        response, ParsedChatCompletionResponse, choices=choices
    )
    return result
