"""The embedded server calls tools as a model would (issue 15 item 21): when the conversation
asks for a tool and supplies its required arguments, and tool_choice allows it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from mistral_client import Mistral

MODEL = "mistral-small-latest"
PAYMENT_STATUS = {
    "type": "function",
    "function": {
        "name": "retrieve_payment_status",
        "description": "Get the payment status of a transaction.",
        "parameters": {
            "type": "object",
            "properties": {"transaction_id": {"type": "string", "description": "The id."}},
            "required": ["transaction_id"],
        },
    },
}
PAYMENT_DATE = {
    "type": "function",
    "function": {
        "name": "retrieve_payment_date",
        "description": "Get the payment date of a transaction.",
        "parameters": PAYMENT_STATUS["function"]["parameters"],  # type: ignore[index]
    },
}
FORECAST = {
    "type": "function",
    "function": {
        "name": "get_forecast",
        "description": "The weather forecast for a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "days": {"type": "integer", "minimum": 1, "maximum": 14},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city"],
        },
    },
}


def user(text: str) -> dict[str, Any]:
    return {"role": "user", "content": text}


def ask(client: Mistral, messages: list[dict[str, Any]], tools: list[Any], **options: Any) -> Any:
    return client.chat.complete(model=MODEL, messages=messages, tools=tools, **options).choices[0]


def calls_of(choice: Any) -> list[tuple[str, dict[str, Any]]]:
    calls = choice.message.tool_calls
    return [(c.function.name, json.loads(str(c.function.arguments))) for c in calls or []]


def test_tool_is_called_with_the_id_the_user_gave(mistral_client: Mistral):
    """A transaction id in the question: retrieve_payment_status(transaction_id=...) is called."""
    choice = ask(mistral_client, [user("What's the status of my transaction T1001?")],
                 [PAYMENT_STATUS, PAYMENT_DATE])  # fmt: skip
    assert calls_of(choice) == [("retrieve_payment_status", {"transaction_id": "T1001"})]
    assert choice.finish_reason == "tool_calls"


def test_without_the_id_the_model_asks_for_it(mistral_client: Mistral):
    """No id yet: a text answer asking for the transaction id, and no call."""
    choice = ask(mistral_client, [user("What's the status of my payment?")], [PAYMENT_STATUS])
    assert choice.message.tool_calls is None
    assert choice.finish_reason == "stop"
    assert "transaction id" in str(choice.message.content)


def test_the_id_given_in_the_next_turn_completes_the_call(mistral_client: Mistral):
    """The answer to the model's question supplies the id: the tool is called with it."""
    messages = [user("What's the status of my payment?")]
    question = ask(mistral_client, messages, [PAYMENT_STATUS]).message.content
    messages += [{"role": "assistant", "content": question}, user("It is T1001.")]
    choice = ask(mistral_client, messages, [PAYMENT_STATUS])
    assert calls_of(choice) == [("retrieve_payment_status", {"transaction_id": "T1001"})]


def test_numbers_enums_and_names_are_read_from_the_question(mistral_client: Mistral):
    """A multi-word city, the number beside 'days', and an enum value mentioned."""
    choice = ask(mistral_client, [user("Give me the forecast in New York for 3 days, in fahrenheit.")],
                 [FORECAST])  # fmt: skip
    assert calls_of(choice) == [
        ("get_forecast", {"city": "New York", "days": 3, "unit": "fahrenheit"})
    ]


def test_unrelated_question_gets_a_text_answer(mistral_client: Mistral):
    """tool_choice auto and nothing asks for the tool: no call."""
    choice = ask(mistral_client, [user("Who is the best French painter?")], [FORECAST])
    assert choice.message.tool_calls is None
    assert "best French painter" in str(choice.message.content)


@pytest.mark.parametrize("choice", ["any", "required"])
def test_forced_choice_always_calls_filling_what_it_can(mistral_client: Mistral, choice: str):
    """any/required call a tool even unasked; required values it cannot read are made up."""
    answer = ask(mistral_client, [user("Hello there.")], [PAYMENT_STATUS], tool_choice=choice)
    [(name, arguments)] = calls_of(answer)
    assert name == "retrieve_payment_status"
    assert isinstance(arguments["transaction_id"], str)


def test_named_choice_calls_that_function(mistral_client: Mistral):
    """A named function choice calls it, with the values the conversation has."""
    named = {"type": "function", "function": {"name": "retrieve_payment_date"}}
    choice = ask(mistral_client, [user("What's the status of T1001?")],
                 [PAYMENT_STATUS, PAYMENT_DATE], tool_choice=named)  # fmt: skip
    assert calls_of(choice) == [("retrieve_payment_date", {"transaction_id": "T1001"})]


def test_choice_none_never_calls(mistral_client: Mistral):
    """tool_choice none: a text answer even when the question asks for the tool."""
    choice = ask(mistral_client, [user("What's the status of my transaction T1001?")],
                 [PAYMENT_STATUS], tool_choice="none")  # fmt: skip
    assert choice.message.tool_calls is None


def test_two_tools_asked_for_are_called_in_parallel_unless_disabled(mistral_client: Mistral):
    """Both tools fit: two calls; parallel_tool_calls=False keeps the first."""
    messages = [user("When was payment T1001 made, and what is its status?")]
    both = ask(mistral_client, messages, [PAYMENT_STATUS, PAYMENT_DATE])
    assert [name for name, _ in calls_of(both)] == ["retrieve_payment_status",
                                                    "retrieve_payment_date"]  # fmt: skip
    one = ask(mistral_client, messages, [PAYMENT_STATUS, PAYMENT_DATE], parallel_tool_calls=False)
    assert [name for name, _ in calls_of(one)] == ["retrieve_payment_status"]


def test_after_the_tool_result_the_answer_uses_it(mistral_client: Mistral):
    """run_tools: the call, the result, then a text answer that quotes the result."""

    def retrieve_payment_status(transaction_id: str) -> str:
        """Get the payment status of a transaction.

        Args:
            transaction_id: The transaction's id.
        """
        return f"{transaction_id} is paid"

    run = mistral_client.chat.run_tools(
        model=MODEL,
        messages=[user("What's the status of my transaction T1001?")],
        tools=[retrieve_payment_status],
    )
    assert run.steps == 2
    assert "T1001 is paid" in str(run.response.choices[0].message.content)


def test_the_same_conversation_gets_the_same_calls(mistral_client: Mistral):
    """Deterministic: call ids and arguments repeat for the same request."""
    messages = [user("What's the status of my transaction T1001?")]
    first = ask(mistral_client, messages, [PAYMENT_STATUS]).message.tool_calls
    again = ask(mistral_client, messages, [PAYMENT_STATUS]).message.tool_calls
    assert [c.to_dict() for c in first] == [c.to_dict() for c in again]
