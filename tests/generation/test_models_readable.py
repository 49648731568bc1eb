"""What a person reads of a generated model: print()/repr(), str() of enums, model_dump*()."""

from __future__ import annotations

import json
from typing import Any

import pytest

from _mistral_api.models import ChatCompletionChoiceFinishReason as FinishReason
from _mistral_api.models import (
    ChatCompletionRequest,
    ChatCompletionResponse,
    TextChunk,
    ToolChoiceEnum,
    UsageInfo,
    UserMessage,
)
from _mistral_api.types import UNSET
from tests.helpers import completion


def response(**extra: Any) -> ChatCompletionResponse:
    return ChatCompletionResponse.from_dict(completion("Hi!", **extra))


def test_repr_of_response_shows_set_fields_and_enum_values_only():
    """print(res) reads like the data: no UNSET objects, no empty extras, `finish_reason='stop'`."""
    assert repr(response()) == (
        "ChatCompletionResponse(id='cmpl-1', object_='chat.completion', "
        "model='mistral-small-latest', "
        "usage=UsageInfo(prompt_tokens=5, completion_tokens=2, total_tokens=7), created=1700000000, "
        "choices=[ChatCompletionChoice(index=0, "
        "message=AssistantMessage(role='assistant', content='Hi!', tool_calls=None), "
        "finish_reason='stop')])"
    )
    assert str(response()) == repr(response())


def test_repr_of_request_omits_unset_parameters():
    """A request shows what the caller set, not twenty `<...Unset object at 0x...>`."""
    request = ChatCompletionRequest(
        model="m",
        messages=[UserMessage(content=[TextChunk(text="hi")])],
        tool_choice=ToolChoiceEnum.ANY,
        temperature=None,
    )
    assert repr(request) == (
        "ChatCompletionRequest(model='m', "
        "messages=[UserMessage(content=[TextChunk(text='hi', type_='text')], role='user')], "
        "temperature=None, tool_choice='any')"
    )
    assert " at 0x" not in repr(request)


def test_repr_shows_unknown_enum_value_as_its_value():
    """An open-enum pseudo-member (a value this version does not know) shows as its value too."""
    body = completion()
    body["choices"][0]["finish_reason"] = "content_filter"
    choice = ChatCompletionResponse.from_dict(body).choices[0]
    assert repr(choice).endswith("finish_reason='content_filter')")


def test_repr_shows_additional_properties_after_the_fields_when_present():
    """Fields the spec does not name follow the declared ones; odd keys go in one `**{...}`."""
    res = response(system_fingerprint="fp", **{"x-trace": 1, "class": 2})
    assert repr(res).endswith(
        "finish_reason='stop')], system_fingerprint='fp', **{'x-trace': 1, 'class': 2})"
    )
    assert "additional_properties" not in repr(res)


def test_repr_of_a_model_holding_itself_does_not_recurse_forever():
    """A model reachable from its own additional properties shows `...` there."""
    usage = UsageInfo(prompt_tokens=1, completion_tokens=1, total_tokens=2)
    usage["me"] = usage
    assert repr(usage) == "UsageInfo(prompt_tokens=1, completion_tokens=1, total_tokens=2, me=...)"


def test_unset_reads_as_unset():
    """An unset field read on its own shows `UNSET`, not an object address."""
    assert repr(UNSET) == "UNSET"
    assert repr(ChatCompletionRequest(model="m", messages=[]).top_p) == "UNSET"


@pytest.mark.parametrize(
    "member",
    [
        pytest.param(FinishReason.STOP, id="known"),
        pytest.param(FinishReason("content_filter"), id="unknown"),
    ],
)
def test_str_and_format_of_enum_member_are_its_value(member: FinishReason):
    """str() and f-strings of an enum member, known or not, give the plain value."""
    assert str(member) == member.value
    assert f"{member}" == member.value


def test_model_dump_is_to_dict():
    """model_dump() (the pydantic / Mistral SDK name) is to_dict()."""
    res = response(system_fingerprint="fp")
    assert res.model_dump() == res.to_dict() == completion("Hi!", system_fingerprint="fp")


def test_model_dump_json_is_compact_json_of_to_dict():
    """model_dump_json() is to_dict() as compact JSON, non-ASCII kept as is."""
    res = response()
    res.choices[0].message.content = "héllo"
    text = res.model_dump_json()
    assert json.loads(text) == res.to_dict()
    assert ", " not in text
    assert ": " not in text
    assert "héllo" in text


def test_model_dump_json_indent_is_pretty_printed():
    """model_dump_json(indent=2) indents by two spaces, like pydantic's."""
    res = response()
    assert res.model_dump_json(indent=2) == json.dumps(res.to_dict(), indent=2, ensure_ascii=False)
    assert res.model_dump_json(indent=None) == res.model_dump_json()
