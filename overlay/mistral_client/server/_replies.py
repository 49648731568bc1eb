"""Deterministic replies of the embedded server: pure functions of the request body.

The same request always gets the same answer, so tests and cassettes are stable. Replies honour
max_tokens (a token is a word here), stop, n, response_format (json_object gives JSON,
json_schema gives JSON that satisfies the schema), tools and tool_choice (calls whose JSON
arguments fit the function's parameters), and reasoning (a thinking chunk before the answer).
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

REASONING_MODELS = ("magistral",)
MAX_DEPTH = 6


def words(text: str) -> list[str]:
    return text.split()


def text_of(content: Any) -> str:
    """The plain text of a message's content (string or chunks)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for chunk in content:
            if isinstance(chunk, dict):
                if chunk.get("type") == "text":
                    parts.append(str(chunk.get("text", "")))
                elif chunk.get("type") == "thinking":
                    parts.append(text_of(chunk.get("thinking")))
        return " ".join(p for p in parts if p)
    return ""


def count_tokens(messages: list[dict[str, Any]]) -> int:
    return sum(len(words(text_of(m.get("content")))) + 1 for m in messages)


def proper_nouns(text: str) -> list[str]:
    """Capitalised words that do not start a sentence ("Paris" in "Weather in Paris?")."""
    found = []
    tokens = text.split()
    for before, word in zip([".", *tokens], tokens, strict=False):
        clean = word.strip(".,!?;:\"'()")
        if clean[:1].isupper() and not before.endswith((".", "!", "?")):
            found.append(clean)
    return found


def example_for(
    schema: Any,
    root: Any | None = None,
    name: str = "value",
    hint: str | None = None,
    depth: int = 0,
) -> Any:
    """A small instance that satisfies SCHEMA (a JSON Schema), the same one every time.

    HINT, when given, is used for string values without an enum, format or length rule.
    DEPTH counts the `$ref`s followed: past MAX_DEPTH a recursive schema ends in the
    smallest value it allows (null, or an empty list).
    """
    root = schema if root is None else root
    if not isinstance(schema, dict):
        return None
    if "$ref" in schema:
        target: Any = root
        for part in str(schema["$ref"]).lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        return example_for(target, root, name, hint, depth + 1)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            branches = schema[key]
            if depth > MAX_DEPTH:  # end a recursion where the schema allows
                branches = [b for b in branches if b.get("type") == "null"] or branches
            return example_for(branches[0], root, name, hint, depth)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example_for(part, root, name, hint, depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        return {key: example_for(sub, root, key, hint, depth) for key, sub in props.items()}
    if kind == "array":
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list):  # a tuple
            return [example_for(item, root, name, hint, depth) for item in prefix]
        count = (
            int(schema.get("minItems", 0))
            if depth > MAX_DEPTH
            else max(int(schema.get("minItems", 1)), 1)
        )
        count = min(count, int(schema.get("maxItems", count)))
        return [example_for(schema.get("items", {}), root, name, hint, depth) for _ in range(count)]
    if kind in ("integer", "number"):
        return _number_for(schema, integer=kind == "integer")
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return _string_for(schema, name, hint)


# Strings for the formats pydantic's schemas use, valid for pydantic and jsonschema alike.
FORMAT_EXAMPLES = {
    "date-time": "2024-01-01T12:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00",
    "duration": "P1D",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "uuid": "12345678-1234-5678-1234-567812345678",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
}


def _string_for(schema: dict[str, Any], name: str, hint: str | None) -> str:
    format_ = schema.get("format")
    if format_ in FORMAT_EXAMPLES:
        return FORMAT_EXAMPLES[str(format_)]
    min_length = int(schema.get("minLength", 0))
    max_length = schema.get("maxLength")
    text = hint if hint and not format_ and "pattern" not in schema else f"example {name}"
    text += "x" * max(0, min_length - len(text))
    return text if max_length is None else text[: int(max_length)]


def _number_for(schema: dict[str, Any], *, integer: bool) -> int | float:
    """The smallest pleasant number within the schema's bounds (1, or 1.5, when they allow)."""
    low: float | None = schema.get("minimum")
    high: float | None = schema.get("maximum")
    step = 1 if integer else 0.5
    if schema.get("exclusiveMinimum") is not None:
        low = float(schema["exclusiveMinimum"]) + step
    if schema.get("exclusiveMaximum") is not None:
        high = float(schema["exclusiveMaximum"]) - step
    value: float = 1 if integer else 1.5
    if low is not None and value < low:
        value = low
    if high is not None and value > high:
        value = high
    if integer:
        value = math.ceil(value) if low is not None and value == low else math.floor(value)
        if low is not None and value < low:
            value = math.ceil(low)
    multiple = schema.get("multipleOf")
    if multiple:
        value = math.ceil(value / multiple) * multiple
        if high is not None and value > high:
            value -= multiple
    return int(value) if integer else float(value)


def call_id(seed: str) -> str:
    """A tool-call id of the 9-character shape the real API uses."""
    return hashlib.sha256(seed.encode()).hexdigest()[:9]


def tool_calls_for(body: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The tool calls this request gets, or None when the model should answer in text."""
    tools = [t for t in body.get("tools") or [] if isinstance(t, dict)]
    choice = body.get("tool_choice")
    messages = body.get("messages") or []
    if not tools or choice == "none" or (messages and messages[-1].get("role") == "tool"):
        return None
    chosen: list[dict[str, Any]] = []
    if isinstance(choice, dict):
        wanted = (choice.get("function") or {}).get("name")
        chosen = [t for t in tools if (t.get("function") or {}).get("name") == wanted]
    elif choice in ("any", "required"):
        chosen = tools[:1]
    else:  # auto: call the tools the last user message names
        prompt = text_of(messages[-1].get("content")).lower() if messages else ""
        chosen = [t for t in tools if str(t["function"].get("name", "")).lower() in prompt]
        if body.get("parallel_tool_calls") is False:
            chosen = chosen[:1]
    if not chosen:
        return None
    calls = []
    for index, tool in enumerate(chosen):
        function = tool.get("function") or {}
        prompt = text_of(messages[-1].get("content")) if messages else ""
        names = proper_nouns(prompt)
        hint = names[0] if names else None
        arguments = example_for(function.get("parameters") or {"type": "object"}, hint=hint)
        calls.append(
            {
                "id": call_id(f"{function.get('name')}:{index}:{json.dumps(messages)[:200]}"),
                "type": "function",
                "function": {"name": function.get("name"), "arguments": json.dumps(arguments)},
                "index": index,
            }
        )
    return calls


def answer_text(body: dict[str, Any], choice_index: int) -> str:
    """The text answer: JSON when response_format asks for it, else a sentence about the prompt."""
    messages = body.get("messages") or []
    last = messages[-1] if messages else {}
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        schema = (fmt.get("json_schema") or {}).get("schema") or {}
        return json.dumps(example_for(schema))
    if fmt.get("type") == "json_object":
        return json.dumps({"answer": f"A JSON reply to: {text_of(last.get('content'))[:60]}"})
    if last.get("role") == "tool":
        results = []
        for message in reversed(messages):  # the results of the last round of calls
            if message.get("role") != "tool":
                break
            results.append(
                f"{message.get('name') or 'call'} returned {text_of(message.get('content'))}"
            )
        if len(results) == 1:
            return f"The tool {results[0].replace(' returned ', ' returned: ', 1)}"
        return "The tools answered: " + "; ".join(reversed(results)) + "."
    if last.get("role") == "assistant" and last.get("prefix"):
        return f"{text_of(last.get('content'))} and that is the end of it."
    prompt = text_of(last.get("content")).rstrip(" .!?") or "your message"
    suffix = f" (choice {choice_index + 1})" if choice_index else ""
    return (
        "Hello from the embedded Mistral-compatible server. You said: "
        f"{' '.join(words(prompt)[:24])}{suffix}. This reply is deterministic."
    )


def apply_limits(text: str, body: dict[str, Any]) -> tuple[str, str]:
    """TEXT cut at a stop string or at max_tokens words; with the finish reason."""
    stop = body.get("stop")
    stops = [stop] if isinstance(stop, str) else [s for s in stop or [] if s]
    finish = "stop"
    for marker in stops:
        where = text.find(marker)
        if where >= 0:
            text = text[:where]
    max_tokens = body.get("max_tokens")
    if isinstance(max_tokens, int):
        tokens = text.split(" ")
        if len(tokens) > max_tokens:
            text, finish = " ".join(tokens[:max_tokens]), "length"
    return text, finish


def reasons(body: dict[str, Any]) -> bool:
    model = str(body.get("model", ""))
    return (
        model.startswith(REASONING_MODELS)
        or body.get("prompt_mode") == "reasoning"
        or body.get("reasoning_effort") == "high"
    )


def choices(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The `choices` of the completion for BODY."""
    out = []
    n = body.get("n") if isinstance(body.get("n"), int) else 1
    for index in range(max(n or 1, 1)):
        calls = tool_calls_for(body)
        message: dict[str, Any]
        if calls is not None:
            message = {"role": "assistant", "content": "", "tool_calls": calls}
            out.append({"index": index, "message": message, "finish_reason": "tool_calls"})
            continue
        text, finish = apply_limits(answer_text(body, index), body)
        content: Any = text
        if reasons(body):
            thought = "The user asked a question; I answer it plainly."
            content = [
                {
                    "type": "thinking",
                    "thinking": [{"type": "text", "text": thought}],
                    "closed": True,
                },
                {"type": "text", "text": text},
            ]
        message = {"role": "assistant", "content": content, "tool_calls": None}
        out.append({"index": index, "message": message, "finish_reason": finish})
    return out


def usage(body: dict[str, Any], completion: list[dict[str, Any]]) -> dict[str, int]:
    prompt = count_tokens(body.get("messages") or [])
    done = 0
    for choice in completion:
        message = choice["message"]
        done += len(words(text_of(message.get("content"))))
        done += sum(len(words(c["function"]["arguments"])) for c in message.get("tool_calls") or [])
    return {"prompt_tokens": prompt, "completion_tokens": done, "total_tokens": prompt + done}


def completion_id(body: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:32]


def completion(body: dict[str, Any], created: int) -> dict[str, Any]:
    """The full non-streamed ChatCompletionResponse for BODY."""
    result = choices(body)
    return {
        "id": completion_id(body),
        "object": "chat.completion",
        "model": body.get("model"),
        "created": created,
        "usage": usage(body, result),
        "choices": result,
    }


def stream_chunks(body: dict[str, Any], created: int) -> list[dict[str, Any]]:
    """The same completion as a list of CompletionChunk payloads, a word per chunk."""
    full = completion(body, created)
    head = {
        "id": full["id"],
        "object": "chat.completion.chunk",
        "created": created,
        "model": full["model"],
    }
    chunks: list[dict[str, Any]] = []
    delta: dict[str, Any]
    for choice in full["choices"]:
        index, message = choice["index"], choice["message"]
        chunks.append(
            {
                **head,
                "choices": [
                    {
                        "index": index,
                        "delta": {"role": "assistant", "content": ""},
                        "finish_reason": None,
                    }
                ],
            }
        )
        content = message["content"]
        if isinstance(content, list):
            thinking = content[0]["thinking"][0]["text"]
            for piece in _pieces(thinking):
                delta = {
                    "content": [{"type": "thinking", "thinking": [{"type": "text", "text": piece}]}]
                }
                chunks.append(
                    {**head, "choices": [{"index": index, "delta": delta, "finish_reason": None}]}
                )
            content = content[1]["text"]
        for piece in _pieces(content or ""):
            chunks.append(
                {
                    **head,
                    "choices": [
                        {"index": index, "delta": {"content": piece}, "finish_reason": None}
                    ],
                }
            )
        if message.get("tool_calls"):
            delta = {"content": "", "tool_calls": message["tool_calls"]}
            chunks.append(
                {**head, "choices": [{"index": index, "delta": delta, "finish_reason": None}]}
            )
        chunks.append(
            {
                **head,
                "choices": [
                    {
                        "index": index,
                        "delta": {"content": ""},
                        "finish_reason": choice["finish_reason"],
                    }
                ],
            }
        )
    chunks[-1]["usage"] = full["usage"]
    return chunks


def _pieces(text: str) -> list[str]:
    """TEXT as streamed tokens: each word with the space before it."""
    parts = text.split(" ")
    return [parts[0], *(" " + p for p in parts[1:])] if text else []
