"""The real recorded json_schema and tool-calling traffic in ../shared/cassettes/upstream, replayed
through chat.parse and chat.run_tools.

json_schema calls are rebuilt as ``chat.parse(response_format=<the recorded format>)``: vcrpy
matches the body exactly, and ``.parsed`` must be the recorded answer, valid for its schema.

Tool loops (a user question, the model's calls, the tool results, the answer) are replayed
through ``run_tools`` with Python functions built from the recorded tools' parameters: the
functions must be called with the recorded arguments, the tool messages sent must carry the
recorded call ids and names, and the final response must be the recorded one. The tool results
themselves are ours, so requests are matched on method and path, in recorded order.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from pathlib import Path
from typing import Any

import pytest
import vcr
import yaml
from jsonschema import Draft202012Validator

from mistral_client import Mistral
from mistral_client.testing import json_body_matcher, vcr_config
from mistral_client.testing.cassettes import Interaction
from tests.contract.test_upstream_replay import rebuild
from tests.upstream import chat_interactions, require_shared

DROPPED_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}
JSON_TYPES: dict[str, Any] = {
    "string": str,
    "integer": int,
    "number": float,
    "boolean": bool,
    "array": list[Any],
    "object": dict[str, Any],
}


def write_cassette(interactions: list[Interaction], path: Path) -> None:
    """A vcrpy v1 cassette holding INTERACTIONS, bodies decompressed."""
    document = {
        "version": 1,
        "interactions": [
            {
                "request": {
                    "method": item.method,
                    "uri": item.uri,
                    "body": item.request_body.decode("utf-8"),
                    "headers": {},
                },
                "response": {
                    "status": {"code": item.status, "message": ""},
                    "headers": {
                        k: [v] for k, v in item.response_headers.items() if k not in DROPPED_HEADERS
                    },
                    "body": {"string": item.response_body.decode("utf-8")},
                },
            }
            for item in interactions
        ],
    }
    path.write_text(yaml.safe_dump(document), encoding="utf-8")


def recorder() -> vcr.VCR:
    tape = vcr.VCR(**vcr_config())
    tape.register_matcher("json_body", json_body_matcher)
    return tape


def json_schema_interactions() -> list[Interaction]:
    return [
        i
        for i in chat_interactions()
        if i.status == 200
        and not i.is_sse
        and (i.request_json().get("response_format") or {}).get("type") == "json_schema"
    ]


def by_file(interactions: list[Interaction]) -> dict[str, list[Interaction]]:
    files: dict[str, list[Interaction]] = {}
    for item in interactions:
        files.setdefault(item.source.rpartition("#")[0], []).append(item)
    return files


def tool_calls_of(item: Interaction) -> list[dict[str, Any]]:
    return json.loads(item.response_body)["choices"][0]["message"].get("tool_calls") or []


def tool_loops() -> list[list[Interaction]]:
    """Recorded runs of a tool loop: a question, rounds of calls and results, a text answer.

    Each request after the first ends with the tool messages answering every call of the
    response before it; the last response has no calls. Streamed and failed calls are left out.
    """
    loops = []
    for items in by_file(chat_interactions()).values():
        run: list[Interaction] = []
        for item in items:
            body = item.request_json()
            last = body["messages"][-1].get("role")
            if item.is_sse or item.status != 200 or not body.get("tools"):
                break
            if not run:
                if last != "user":
                    break
            else:
                wanted = len(tool_calls_of(run[-1]))
                trailing = _trailing_tools(body["messages"])
                if last != "tool" or not wanted or len(trailing) != wanted:
                    break
            run.append(item)
            if not tool_calls_of(item):
                break
        if len(run) >= 2 and not tool_calls_of(run[-1]):
            loops.append(run)
    return loops


def _trailing_tools(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for message in reversed(messages):
        if message.get("role") != "tool":
            break
        out.append(message)
    return out[::-1]


def make_function(tool: dict[str, Any], seen: list[tuple[str, dict[str, Any]]]) -> Any:
    """A Python function shaped like the recorded TOOL; it records the arguments it gets."""
    function = tool["function"]
    name = function["name"]
    schema = function.get("parameters") or {}
    required = set(schema.get("required") or [])
    parameters = []
    annotations: dict[str, Any] = {}
    for prop, sub in (schema.get("properties") or {}).items():
        kind = sub.get("type") if isinstance(sub, dict) else None
        hint: Any = JSON_TYPES.get(kind, Any) if isinstance(kind, str) else Any
        default = inspect.Parameter.empty if prop in required else None
        if default is None:
            hint = hint | None if hint is not Any else Any
        parameters.append(
            inspect.Parameter(
                prop, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=hint
            )
        )
        annotations[prop] = hint

    def tool_function(**kwargs: Any) -> str:
        seen.append((name, kwargs))
        return f"result of {name}"

    tool_function.__name__ = name
    tool_function.__doc__ = function.get("description") or name
    tool_function.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    tool_function.__annotations__ = annotations
    return tool_function


async def parse_async(client: Mistral, fmt: Any, kwargs: dict[str, Any]) -> Any:
    async with client:
        return await client.chat.parse_async(response_format=fmt, **kwargs)


async def run_tools_async(client: Mistral, model: str, messages: Any, functions: list[Any]) -> Any:
    async with client:
        return await client.chat.run_tools_async(model=model, messages=messages, tools=functions)


def test_recorded_json_schema_calls_replay_through_parse(tmp_path: Path):
    """Every recorded json_schema completion: the same request from chat.parse, .parsed the answer."""
    require_shared()
    interactions = json_schema_interactions()
    assert len(interactions) >= 4
    for number, item in enumerate(interactions):
        cassette = tmp_path / f"{number}.yaml"
        write_cassette([item], cassette)
        kwargs = rebuild(item.request_json())
        response_format = kwargs.pop("response_format")
        with recorder().use_cassette(
            str(cassette), match_on=["method", "path", "json_body"]
        ) as tape:
            client = Mistral(api_key="replay", server_url=f"https://{item.host}", max_retries=0)
            try:
                if number % 2:
                    res = client.chat.parse(response_format=response_format, **kwargs)
                else:
                    res = asyncio.run(parse_async(client, response_format, kwargs))
            finally:
                client.close()
            assert tape.play_count == 1, item.source
        recorded = json.loads(item.response_body)["choices"][0]["message"]["content"]
        parsed = res.choices[0].message.parsed
        assert parsed == json.loads(recorded), item.source
        schema = response_format["json_schema"]["schema"]
        assert list(Draft202012Validator(schema).iter_errors(parsed)) == [], item.source


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_recorded_tool_loops_replay_through_run_tools(tmp_path: Path, use_async: bool):
    """Every recorded tool loop: the same calls run, the same ids sent back, the same answer."""
    require_shared()
    loops = tool_loops()
    assert len(loops) >= 10, [loop[0].source for loop in loops]
    for number, loop in enumerate(loops):
        where = loop[0].source
        cassette = tmp_path / f"{number}.yaml"
        write_cassette(loop, cassette)
        first = loop[0].request_json()
        seen: list[tuple[str, dict[str, Any]]] = []
        functions = [make_function(tool, seen) for tool in first["tools"]]
        messages = first["messages"]
        with recorder().use_cassette(str(cassette), match_on=["method", "path"]) as tape:
            client = Mistral(api_key="replay", server_url=f"https://{loop[0].host}", max_retries=0)
            try:
                if use_async:
                    result = asyncio.run(
                        run_tools_async(client, first["model"], messages, functions)
                    )
                else:
                    result = client.chat.run_tools(
                        model=first["model"], messages=messages, tools=functions
                    )
            finally:
                client.close()
            assert tape.play_count == len(loop), where
        assert result.steps == len(loop), where
        assert result.response.to_dict() == json.loads(loop[-1].response_body), where
        expected_calls = [
            (call["function"]["name"], _arguments(call["function"]["arguments"]))
            for item in loop[:-1]
            for call in tool_calls_of(item)
        ]
        assert sorted(seen, key=repr) == sorted(expected_calls, key=repr), where
        # The transcript is what was sent: each round's tool messages follow their calls.
        rounds = [i for i, m in enumerate(result.messages) if m.get("tool_calls")]
        for step, item in enumerate(loop[1:], start=1):
            ours = _trailing_tools(
                result.messages[: rounds[step - 1] + 1 + len(tool_calls_of(loop[step - 1]))]
            )
            theirs = _trailing_tools(item.request_json()["messages"])
            assert [(m["tool_call_id"], m["name"]) for m in ours] == [
                (m.get("tool_call_id"), m.get("name") or _name_for(loop[step - 1], m))
                for m in theirs
            ], where


def _arguments(raw: Any) -> dict[str, Any]:
    data = json.loads(raw) if isinstance(raw, str) else raw
    return dict(data or {})


def _name_for(previous: Interaction, message: dict[str, Any]) -> str:
    """The tool name of a recorded tool message that left `name` out: from its call."""
    for call in tool_calls_of(previous):
        if call.get("id") == message.get("tool_call_id"):
            return str(call["function"]["name"])
    return ""
