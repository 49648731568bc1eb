"""The generated models are forward compatible: what the server adds is kept, never fatal."""

from __future__ import annotations

from typing import Any

import pytest

from _mistral_api.models import (
    AssistantMessage,
    ChatCompletionRequest,
    ChatCompletionResponse,
    CompletionChunk,
    ImageURLChunk,
    SystemMessage,
    TextChunk,
    ToolMessage,
    UnknownContentChunk,
    UserMessage,
)
from _mistral_api.models import ChatCompletionChoiceFinishReason as FinishReason
from _mistral_api.types import Unset
from tests.helpers import completion


def response(**choice: Any) -> dict[str, Any]:
    """A completion body whose first choice has CHOICE's fields replaced."""
    body = completion("hi")
    body["choices"][0].update(choice)
    return body


def test_unknown_finish_reason_is_kept_and_sent_back():
    """A new finish_reason decodes to an enum pseudo-member holding the value, not a ValueError."""
    body = response(finish_reason="content_filter")
    res = ChatCompletionResponse.from_dict(body)
    reason = res.choices[0].finish_reason
    assert isinstance(reason, FinishReason)
    assert reason == "content_filter"
    assert str(reason) == "content_filter"
    assert res.to_dict() == body


def test_known_finish_reason_is_the_real_member():
    """Known values still give the declared member."""
    assert (
        ChatCompletionResponse.from_dict(response()).choices[0].finish_reason is FinishReason.STOP
    )


def test_unknown_fields_are_kept_everywhere():
    """Fields the spec does not know, at every level, survive from_dict → to_dict."""
    body = response(logprobs=None, extra_choice={"a": 1})
    body["system_fingerprint"] = "fp"
    body["usage"]["future_tokens"] = 7
    body["choices"][0]["message"]["refusal"] = None
    res = ChatCompletionResponse.from_dict(body)
    assert res.additional_properties == {"system_fingerprint": "fp"}
    assert res.usage["future_tokens"] == 7
    assert res.to_dict() == body


def test_unknown_chunk_type_is_kept_without_degrading_its_siblings():
    """A chunk type this version does not know stays data; the known chunks beside it stay typed."""
    content = [
        {"type": "text", "text": "a"},
        {"type": "hologram", "uri": "h://x", "depth": 3},
        {"type": "image_url", "image_url": {"url": "https://x/y.png"}},
    ]
    body = response(message={"role": "assistant", "content": content})
    chunks = ChatCompletionResponse.from_dict(body).choices[0].message.content
    assert isinstance(chunks, list)
    assert [type(c) for c in chunks] == [TextChunk, UnknownContentChunk, ImageURLChunk]
    unknown = chunks[1]
    assert isinstance(unknown, UnknownContentChunk)
    assert (unknown.type_, unknown["uri"], unknown["depth"]) == ("hologram", "h://x", 3)
    assert ChatCompletionResponse.from_dict(body).to_dict() == body


@pytest.mark.parametrize(
    ("message", "cls"),
    [
        pytest.param({"role": "system", "content": "s"}, SystemMessage, id="system"),
        pytest.param({"role": "user", "content": "u"}, UserMessage, id="user"),
        pytest.param(
            {"role": "assistant", "content": "a", "prefix": True}, AssistantMessage, id="assistant"
        ),
        pytest.param(
            {"role": "tool", "content": "t", "tool_call_id": "c1", "name": "f"},
            ToolMessage,
            id="tool",
        ),
    ],
)
def test_role_selects_the_message_class(message: dict[str, Any], cls: type):
    """The single-valued `role` discriminator picks the right class, and the message round-trips."""
    request = ChatCompletionRequest.from_dict({"model": "m", "messages": [message]})
    assert type(request.messages[0]) is cls
    assert request.to_dict() == {"model": "m", "messages": [message]}


def test_request_model_sends_only_what_was_set():
    """No defaults are invented: a bare request serialises to model and messages alone."""
    request = ChatCompletionRequest(model="m", messages=[UserMessage(content="hi")])
    assert request.to_dict() == {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    assert isinstance(request.top_p, Unset)


def test_explicit_none_is_sent_as_null():
    """A parameter set to None is sent as JSON null; an unset one is not sent."""
    request = ChatCompletionRequest(model="m", messages=[], temperature=None)
    assert request.to_dict() == {"model": "m", "messages": [], "temperature": None}


def test_stream_chunk_with_padding_and_null_finish_reason_round_trips():
    """Real chunks carry `p` padding and a null finish_reason; both survive."""
    body = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "p": "abc",
        "choices": [
            {"index": 0, "delta": {"content": "x"}, "finish_reason": None, "logprobs": None}
        ],
    }
    chunk = CompletionChunk.from_dict(body)
    assert chunk.p == "abc"
    assert chunk.choices[0].finish_reason is None
    assert chunk.to_dict() == body
