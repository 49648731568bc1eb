"""Agents and conversations, answered as chat is, with the agent's model, instructions and tools.

A conversation is a stored record (the ``/v1/conversations`` family of `_state`) holding its
entries: each start, append or restart turns the entries into chat messages (the instructions
as a system message, ``function.result`` entries as tool messages), asks the chat replies of
`_replies` for the next turn, and stores the inputs and the outputs (a ``message.output``, or a
``function.call`` per tool call) as new entries. ``store: false`` answers without keeping the
conversation, as Mistral does. Streams send Mistral's events: ``conversation.response.started``,
``message.output.delta`` (a word each) or ``function.call.delta``, ``conversation.response.done``.
``/v1/agents/completions`` is a chat completion with the agent's instructions and tools.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from . import _replies
from ._examples import Timestamp

# Completion arguments a conversation or agent may set, as chat takes them.
CHAT_ARGUMENTS = (
    "temperature",
    "top_p",
    "max_tokens",
    "stop",
    "random_seed",
    "response_format",
    "tool_choice",
    "presence_penalty",
    "frequency_penalty",
    "prediction",
    "reasoning_effort",
)


def entry_id(seed: str, number: int) -> str:
    """A stable id for the NUMBERth entry of the conversation SEED names."""
    return "msg_" + hashlib.sha256(f"{seed}:{number}".encode()).hexdigest()[:24]


def input_entries(inputs: Any) -> list[dict[str, Any]]:
    """The entries a conversation's `inputs` add: a string is one user message."""
    if isinstance(inputs, str):
        return [{"type": "message.input", "object": "entry", "role": "user", "content": inputs}]
    entries = []
    for item in inputs or []:
        if isinstance(item, dict):
            entry = dict(item)
            entry.setdefault("type", "message.input")
            entry.setdefault("object", "entry")
            entries.append(entry)
    return entries


def chat_messages(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Conversation entries as the chat messages the next turn is computed from."""
    messages: list[dict[str, Any]] = []
    for entry in entries:
        kind = entry.get("type")
        if kind in ("message.input", "message.output"):
            role = entry.get("role") or ("user" if kind == "message.input" else "assistant")
            messages.append({"role": role, "content": _replies.text_of(entry.get("content"))})
        elif kind == "function.call":
            arguments = entry.get("arguments")
            text = arguments if isinstance(arguments, str) else json.dumps(arguments)
            call = {
                "id": entry.get("tool_call_id"),
                "type": "function",
                "function": {"name": entry.get("name"), "arguments": text},
            }
            messages.append({"role": "assistant", "content": "", "tool_calls": [call]})
        elif kind == "function.result":
            messages.append(
                {
                    "role": "tool",
                    "tool_call_id": entry.get("tool_call_id"),
                    "content": str(entry.get("result", "")),
                }
            )
    return messages


def chat_tools(tools: Any) -> list[dict[str, Any]] | None:
    """The function tools among an agent's or conversation's tools, in chat's shape."""
    found = [t for t in tools or [] if isinstance(t, dict) and t.get("type") == "function"]
    return found or None


def chat_body(
    setup: dict[str, Any], messages: list[dict[str, Any]], arguments: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The chat request a turn is: the setup's model, instructions and tools, then MESSAGES."""
    instructions = setup.get("instructions")
    system = [{"role": "system", "content": instructions}] if instructions else []
    body: dict[str, Any] = {"model": setup.get("model"), "messages": [*system, *messages]}
    tools = chat_tools(setup.get("tools"))
    if tools:
        body["tools"] = tools
    for source in (setup.get("completion_args"), arguments):
        for key, value in (source or {}).items():
            if key in CHAT_ARGUMENTS and value is not None:
                body[key] = value
    return body


def output_entries(
    completion: dict[str, Any], setup: dict[str, Any], seed: str, first: int, now: Timestamp
) -> list[dict[str, Any]]:
    """The entries a chat completion answers with: a message, or a function call per tool call."""
    message = completion["choices"][0]["message"]
    common = {
        "object": "entry",
        "created_at": now.iso(),
        "completed_at": now.iso(),
        "model": setup.get("model"),
        "agent_id": setup.get("agent_id"),
    }
    calls = message.get("tool_calls") or []
    if calls:
        return [
            {
                **common,
                "type": "function.call",
                "id": entry_id(seed, first + n),
                "tool_call_id": call["id"],
                "name": call["function"]["name"],
                "arguments": call["function"]["arguments"],
            }
            for n, call in enumerate(calls)
        ]
    text = _replies.text_of(message.get("content"))
    return [
        {
            **common,
            "type": "message.output",
            "role": "assistant",
            "id": entry_id(seed, first),
            "content": text,
        }
    ]


def usage(completion: dict[str, Any]) -> dict[str, Any]:
    return {**completion["usage"], "connector_tokens": None, "connectors": None}


def turn(
    setup: dict[str, Any],
    history: list[dict[str, Any]],
    inputs: Any,
    arguments: dict[str, Any] | None,
    seed: str,
    now: Timestamp,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """One turn: the input entries, the output entries and the usage."""
    new = input_entries(inputs)
    for number, entry in enumerate(new, start=len(history)):
        entry.setdefault("id", entry_id(seed, number))
        entry.setdefault("created_at", now.iso())
    body = chat_body(setup, chat_messages([*history, *new]), arguments)
    completion = _replies.completion(body, int(now))
    outputs = output_entries(completion, setup, seed, len(history) + len(new), now)
    return new, outputs, usage(completion)


def response(
    conversation_id: str, outputs: list[dict[str, Any]], used: dict[str, Any]
) -> dict[str, Any]:
    """The ConversationResponse of a turn."""
    return {
        "object": "conversation.response",
        "conversation_id": conversation_id,
        "outputs": outputs,
        "usage": used,
    }


def events(
    conversation_id: str, outputs: list[dict[str, Any]], used: dict[str, Any], now: Timestamp
) -> list[tuple[str, dict[str, Any]]]:
    """A turn as the events of its stream (see the module docstring)."""
    at = now.iso()
    found: list[tuple[str, dict[str, Any]]] = [
        (
            "conversation.response.started",
            {
                "type": "conversation.response.started",
                "conversation_id": conversation_id,
                "created_at": at,
            },
        ),
    ]
    for index, entry in enumerate(outputs):
        common = {
            "id": entry["id"],
            "created_at": at,
            "output_index": index,
            "model": entry.get("model"),
            "agent_id": entry.get("agent_id"),
        }
        if entry["type"] == "function.call":
            delta = {
                **common,
                "type": "function.call.delta",
                "name": entry["name"],
                "tool_call_id": entry["tool_call_id"],
                "arguments": entry["arguments"],
            }
            found.append(("function.call.delta", delta))
            continue
        for piece in _replies._pieces(str(entry["content"])):
            delta = {
                **common,
                "type": "message.output.delta",
                "role": "assistant",
                "content": piece,
                "content_index": 0,
            }
            found.append(("message.output.delta", delta))
    found.append(
        (
            "conversation.response.done",
            {"type": "conversation.response.done", "usage": used, "created_at": at},
        )
    )
    return found


def agent_completion(agent: dict[str, Any], body: dict[str, Any], created: int) -> dict[str, Any]:
    """The ChatCompletionResponse of /v1/agents/completions: chat with the agent's setup."""
    arguments = {k: v for k, v in body.items() if k in CHAT_ARGUMENTS or k in ("n", "tools")}
    request = chat_body(agent, list(body.get("messages") or []), arguments)
    if body.get("tools"):
        request["tools"] = body["tools"]
    if isinstance(body.get("n"), int):
        request["n"] = body["n"]
    return _replies.completion(request, created)
