"""Deterministic replies of the embedded server: pure functions of the request body.

The same request always gets the same answer, so tests and cassettes are stable. Replies honour
max_tokens (a token is a word here), stop, n, response_format (json_object gives JSON,
json_schema gives JSON that satisfies the schema), tools and tool_choice (see `plan_tools`:
a tool is called when the conversation asks for it and supplies its required arguments, read
from what the user said; otherwise the model asks for them), and reasoning (a thinking chunk
before the answer). FIM completions and embeddings are derived from their inputs the same way.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
from functools import lru_cache
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
    """Capitalised names that do not start a sentence ("New York" in "Weather in New York?").

    Consecutive capitalised words make one name; "I", single letters and words with digits
    ("T1001" is an id, not a name) are not names.
    """
    found: list[str] = []
    current: list[str] = []
    tokens = text.split()
    for before, word in zip([".", *tokens], tokens, strict=False):
        clean = word.strip(".,!?;:\"'()[]{}\u201c\u201d\u2018\u2019")
        name = (
            clean[:1].isupper()
            and len(clean) > 1
            and not any(c.isdigit() for c in clean)
            and not clean.startswith(("I'", "I\u2019"))
            and not before.endswith((".", "!", "?", ":"))
        )
        if name and current and before.endswith((",", ";", ")")):
            found.append(" ".join(current))
            current = []
        if name:
            current.append(clean)
        elif current:
            found.append(" ".join(current))
            current = []
    if current:
        found.append(" ".join(current))
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
        return number_for(schema, integer=kind == "integer")
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


def number_for(schema: dict[str, Any], *, integer: bool) -> int | float:
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


def plan_tools(body: dict[str, Any]) -> tuple[list[dict[str, Any]] | None, str | None]:
    """The tool calls this request gets, or the question the model asks instead (or neither).

    As a model would: under ``auto`` a tool is called when the user's last message asks for it
    (names it, or else uses a word of its name, or else of its description; or answers our
    question about it) and the conversation supplies every required parameter; a tool asked
    for but missing a value gets a question naming it. ``any``/``required`` always call (the tools
    asked for, else the one the conversation fills best, missing values made up from the
    schema), a named function choice calls that function, ``none`` never calls. After a tool
    result the model answers in text, whatever the choice, so tool loops end.
    """
    tools = [t for t in body.get("tools") or [] if isinstance(t, dict)]
    choice = body.get("tool_choice")
    messages = [m for m in body.get("messages") or [] if isinstance(m, dict)]
    if not tools or choice == "none" or (messages and messages[-1].get("role") == "tool"):
        return None, None
    said = [text_of(m.get("content")) for m in reversed(messages) if m.get("role") == "user"]
    forced = choice in ("any", "required") or isinstance(choice, dict)
    if isinstance(choice, dict):
        wanted = (choice.get("function") or {}).get("name")
        tools = [t for t in tools if _function(t).get("name") == wanted]
        if not tools:
            return None, None
        asked = tools
    else:  # the tools asked for most plainly (see `_relevance`)
        relevance = [_relevance(tool, messages) for tool in tools]
        top = max(relevance)
        asked = [t for t, level in zip(tools, relevance, strict=True) if top and level == top]
    found = [(tool, *fill_arguments(_function(tool).get("parameters"), said)) for tool in asked]
    chosen = [(tool, arguments) for tool, arguments, missing in found if forced or not missing]
    if not chosen and not forced:
        wanting = [(tool, missing) for tool, _, missing in found if missing]
        return None, _question(*wanting[0]) if wanting else None
    if not chosen:  # `any`: the tool whose required parameters the conversation fills best
        scored = [
            (tool, *fill_arguments(_function(tool).get("parameters"), said)) for tool in tools
        ]
        tool, arguments, _ = min(scored, key=lambda item: len(item[2]))
        chosen = [(tool, arguments)]
    if body.get("parallel_tool_calls") is False:
        chosen = chosen[:1]
    seed = json.dumps(messages)[:200]
    calls = []
    for index, (tool, arguments) in enumerate(chosen):
        name = _function(tool).get("name")
        calls.append(
            {
                "id": call_id(f"{name}:{index}:{seed}"),
                "type": "function",
                "function": {"name": name, "arguments": json.dumps(arguments)},
                "index": index,
            }
        )
    return calls, None


def tool_calls_for(body: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The tool calls this request gets, or None when the model answers in text."""
    return plan_tools(body)[0]


def _function(tool: dict[str, Any]) -> dict[str, Any]:
    function = tool.get("function")
    return function if isinstance(function, dict) else {}


# Words that say nothing about which tool fits: verbs every tool name starts with, and
# the grammar of descriptions.
COMMON_WORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "by",
        "call",
        "can",
        "check",
        "compute",
        "create",
        "current",
        "data",
        "delete",
        "do",
        "does",
        "find",
        "for",
        "from",
        "get",
        "given",
        "how",
        "i",
        "in",
        "info",
        "information",
        "is",
        "it",
        "its",
        "list",
        "look",
        "lookup",
        "make",
        "me",
        "my",
        "of",
        "on",
        "or",
        "please",
        "query",
        "return",
        "returns",
        "run",
        "search",
        "set",
        "show",
        "some",
        "tell",
        "that",
        "the",
        "this",
        "to",
        "tool",
        "update",
        "use",
        "user",
        "using",
        "value",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "you",
        "your",
    }
)


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _word_stems(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z]+", text)} - COMMON_WORDS


def _name_words(name: str) -> str:
    """'retrieve_payment_status' and 'retrievePaymentStatus' -> 'retrieve payment status'."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[_\-.]+", " ", name).lower().strip()


def _relevance(tool: dict[str, Any], messages: list[dict[str, Any]]) -> int:
    """How plainly the user's last message asks for TOOL.

    3: it names the tool (or answers our question that named it), 2: it uses a word of the
    tool's name ("status" for retrieve_payment_status), 1: a word of its description's first
    sentence, 0: none of these.
    """
    function = _function(tool)
    name = str(function.get("name") or "")
    last = next((i for i in range(len(messages) - 1, -1, -1)
                 if messages[i].get("role") == "user"), None)  # fmt: skip
    if last is None or not name:
        return 0
    prompt = text_of(messages[last].get("content"))
    before = messages[last - 1] if last else {}
    named = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    if named.search(prompt) or (
        before.get("role") == "assistant" and named.search(text_of(before.get("content")))
    ):
        return 3
    said = _word_stems(prompt)
    if _word_stems(_name_words(name)) & said:
        return 2
    summary = re.split(r"(?<=\.)\s", str(function.get("description") or ""))[0]
    return 1 if _word_stems(summary) & said else 0


def _question(tool: dict[str, Any], missing: list[str]) -> str:
    """What a model asks when the user wants TOOL but has not said its MISSING parameters."""
    wanted = [_name_words(name) for name in missing]
    listed = wanted[0] if len(wanted) == 1 else ", ".join(wanted[:-1]) + f" and {wanted[-1]}"
    return (
        f"I can do that with {_function(tool).get('name')}, but I need the {listed}. "
        f"What is the {listed}?"
    )


def fill_arguments(parameters: Any, said: list[str]) -> tuple[dict[str, Any], list[str]]:
    """Arguments for a function's PARAMETERS from what the user SAID (newest message first).

    Returns the arguments and the required parameters the conversation gave no value for;
    those are made up from the schema (`example_for`), so the arguments always validate.
    """
    from jsonschema import Draft202012Validator

    schema: dict[str, Any] = parameters if isinstance(parameters, dict) else {"type": "object"}
    properties: dict[str, Any] = schema.get("properties") or {}
    required = [k for k in schema.get("required") or [] if k in properties]
    taken: set[str] = set()
    found: dict[str, Any] = {}
    for key in [*required, *(k for k in properties if k not in required)]:
        value = _value_for(key, properties[key], schema, said, taken)
        if value is not _MISSING:
            found[key] = value
    validator = Draft202012Validator({**schema, "required": []})
    for error in validator.iter_errors(found):  # a value read but not fitting: not given
        if error.path:
            found.pop(str(error.path[0]), None)
    missing = [key for key in required if key not in found]
    example = example_for(schema)
    made_up = example if isinstance(example, dict) else {}
    arguments = {k: found[k] if k in found else made_up.get(k) for k in properties
                 if k in found or k in missing}  # fmt: skip
    if not validator.is_valid(arguments):  # made-up values that clash with read ones
        arguments = made_up
    return arguments, missing


_MISSING: Any = object()
FORMATS = {
    "date-time": r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?",
    "date": r"\b\d{4}-\d{2}-\d{2}\b",
    "email": r"[\w.+-]+@[\w-]+\.[\w.-]+\w",
    "uri": r"https?://[^\s\"'<>]+[^\s\"'<>.,;:!?)]",
    "uuid": r"\b[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\b",
}
ID_PATTERN = r"\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]*[A-Za-z0-9]\b|\b\d{3,}\b"
NUMBER_PATTERN = r"(?<![\w.-])-?\d+(?:\.\d+)?(?![\w-]|\.\d)"
ID_WORDS = frozenset({"id", "code", "number", "reference", "ref", "sku", "key"})
TEXT_WORDS = frozenset(
    {
        "query",
        "q",
        "text",
        "prompt",
        "question",
        "message",
        "content",
        "input",
        "search",
        "keywords",
        "topic",
        "request",
    }
)


def _value_for(
    name: str, schema: Any, root: dict[str, Any], said: list[str], taken: set[str]
) -> Any:
    """The value of parameter NAME the user gave, or _MISSING (see `fill_arguments`)."""
    schema = _resolve(schema, root)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        for text in said:
            for value in schema["enum"]:
                if re.search(rf"(?<!\w){re.escape(str(value))}(?!\w)", text, re.IGNORECASE):
                    return value
        return _MISSING
    for key in ("anyOf", "oneOf"):
        for branch in schema.get(key) or []:
            branch = _resolve(branch, root)
            if branch.get("type") != "null":
                value = _value_for(name, branch, root, said, taken)
                if value is not _MISSING:
                    return value
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    words = set(_name_words(name).split())
    if kind == "boolean":
        return bool({_stem(w) for w in words} & _word_stems(" ".join(said)))
    if kind in ("integer", "number"):
        return _number_for_name(words, said, taken, integer=kind == "integer")
    if kind == "array":
        item = _value_for(name, schema.get("items") or {}, root, said, taken)
        return _MISSING if item is _MISSING else [item]
    if kind == "object" or "properties" in schema:
        definitions = {k: root[k] for k in ("$defs", "definitions") if k in root}
        arguments, missing = fill_arguments({**schema, **definitions}, said)
        return _MISSING if missing else arguments
    if kind not in (None, "string"):
        return _MISSING
    return _string_for_name(words, schema, said, taken)


def _resolve(schema: Any, root: dict[str, Any]) -> dict[str, Any]:
    """SCHEMA with its `$ref` (into ROOT) followed."""
    for _ in range(MAX_DEPTH):
        if not isinstance(schema, dict) or "$ref" not in schema:
            break
        target: Any = root
        for part in str(schema["$ref"]).lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        schema = target
    return schema if isinstance(schema, dict) else {}


def _first(pattern: str, said: list[str], taken: set[str]) -> str | None:
    for text in said:
        for match in re.finditer(pattern, text):
            value = match.group(match.lastindex or 0)
            if value not in taken:
                taken.add(value)
                return value
    return None


def _string_for_name(
    words: set[str], schema: dict[str, Any], said: list[str], taken: set[str]
) -> Any:
    """A string value: by format, else quoted text, else by the parameter's name.

    An id-like token for ids, the whole request for queries, else a capitalised name ("Paris").
    """
    format_ = schema.get("format")
    if format_ in FORMATS:
        value = _first(FORMATS[str(format_)], said, taken)
        return _MISSING if value is None else value
    quoted = _first(r"\"([^\"]+)\"|“([^”]+)”|`([^`]+)`", said, taken)
    if quoted is not None:
        return quoted
    if words & ID_WORDS:
        value = _first(ID_PATTERN, said, taken)
    elif words & TEXT_WORDS:
        value = said[0].strip() if said and said[0].strip() else None
    else:
        value = next((n for text in said for n in proper_nouns(text) if n not in taken), None)
        if value is not None:
            taken.add(value)
    return _MISSING if value is None else value


def _number_for_name(words: set[str], said: list[str], taken: set[str], *, integer: bool) -> Any:
    """A number the user wrote: the one beside a word of the parameter's name ("3 days") first."""
    stems = {_stem(w) for w in words}
    candidates: list[tuple[bool, str]] = []
    for text in said:
        for match in re.finditer(NUMBER_PATTERN, text):
            if integer and "." in match.group():
                continue
            near = re.findall(r"[A-Za-z]+", text[max(0, match.start() - 20) : match.end() + 20])
            candidates.append((not stems & {_stem(w) for w in near}, match.group()))
    for _, number in sorted(candidates, key=lambda c: c[0]):  # stable: text order within
        if number not in taken:
            taken.add(number)
            return int(number) if integer else float(number)
    return _MISSING


def answer_text(body: dict[str, Any], choice_index: int, question: str | None = None) -> str:
    """The text answer of a choice.

    JSON when response_format asks for it, the QUESTION a tool call waits on, a summary of
    the tool results after them, else a sentence about the prompt.
    """
    messages = body.get("messages") or []
    last = messages[-1] if messages else {}
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        schema = (fmt.get("json_schema") or {}).get("schema") or {}
        return json.dumps(example_for(schema))
    if fmt.get("type") == "json_object":
        return json.dumps({"answer": f"A JSON reply to: {text_of(last.get('content'))[:60]}"})
    if question is not None:
        return question
    if last.get("role") == "tool":
        called = {
            call.get("id"): (call.get("function") or {}).get("name")
            for message in messages
            for call in message.get("tool_calls") or []
            if isinstance(call, dict)
        }
        results = []
        for message in reversed(messages):  # the results of the last round of calls
            if message.get("role") != "tool":
                break
            name = message.get("name") or called.get(message.get("tool_call_id")) or "call"
            results.append(f"{name} returned {text_of(message.get('content'))}")
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
    calls, question = plan_tools(body)
    for index in range(max(n or 1, 1)):
        message: dict[str, Any]
        if calls is not None:
            message = {"role": "assistant", "content": "", "tool_calls": calls}
            out.append({"index": index, "message": message, "finish_reason": "tool_calls"})
            continue
        text, finish = apply_limits(answer_text(body, index, question), body)
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
    """The completion for BODY as a list of CompletionChunk payloads, a word per chunk."""
    return as_chunks(completion(body, created))


def as_chunks(full: dict[str, Any]) -> list[dict[str, Any]]:
    """A chat or FIM completion as the CompletionChunk payloads of its stream."""
    created = full["created"]
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


def fim_text(body: dict[str, Any]) -> str:
    """The code between PROMPT and SUFFIX: a line at the prompt's indentation, the same each time.

    It opens a new line after an unfinished one and indents one level more after a line that
    opens a block (``:`` or ``{``); the comment marker follows the language (``#`` for Python).
    """
    prompt, suffix = str(body.get("prompt") or ""), str(body.get("suffix") or "")
    last = prompt.rsplit("\n", 1)[-1]
    indent = last[: len(last) - len(last.lstrip())]
    if last.rstrip().endswith((":", "{")):
        indent += "    "
    python = last.rstrip().endswith(":") or "def " in prompt or "import " in prompt
    digest = hashlib.sha256(f"{prompt}\0{suffix}".encode()).hexdigest()[:8]
    line = f"{indent}{'#' if python else '//'} filled in by the embedded server ({digest})"
    opening = "\n" if prompt and not prompt.endswith("\n") else ""
    closing = "\n" if suffix and not suffix.startswith("\n") else ""
    return opening + line + closing


def fim_completion(body: dict[str, Any], created: int) -> dict[str, Any]:
    """The FIMCompletionResponse for BODY (Mistral answers FIM in the chat completion shape)."""
    text, finish = apply_limits(fim_text(body), body)
    prompt = len(words(str(body.get("prompt") or ""))) + len(words(str(body.get("suffix") or "")))
    done = len(words(text))
    message = {"role": "assistant", "content": text, "tool_calls": None, "prefix": False}
    return {
        "id": completion_id(body),
        "object": "chat.completion",
        "model": body.get("model"),
        "created": created,
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": done,
            "total_tokens": prompt + done,
        },
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
    }


def fim_chunks(body: dict[str, Any], created: int) -> list[dict[str, Any]]:
    """The FIM completion for BODY as the CompletionChunk payloads of its stream."""
    return as_chunks(fim_completion(body, created))


# mistral-embed answers 1024 floats (the recorded traffic); codestral-embed defaults to 1536.
EMBEDDING_SIZES = {"codestral-embed": 1536}
DEFAULT_EMBEDDING_SIZE = 1024


def embeddings(body: dict[str, Any]) -> dict[str, Any]:
    """The EmbeddingResponse for BODY: one unit vector per input, in input order.

    A vector is the normalised sum of one pseudo-random vector per word (seeded by the word's
    hash), so equal texts embed equally and texts that share words point the same way.
    """
    given = body.get("input")
    texts = [given] if isinstance(given, str) else [str(t) for t in given or []]
    model = str(body.get("model") or "")
    default = next((n for p, n in EMBEDDING_SIZES.items() if model.startswith(p)), None)
    size = body.get("output_dimension") or default or DEFAULT_EMBEDDING_SIZE
    data = [
        {"object": "embedding", "embedding": embed(text, size), "index": index}
        for index, text in enumerate(texts)
    ]
    tokens = sum(max(len(words(text)), 1) for text in texts)
    return {
        "id": completion_id(body),
        "object": "list",
        "data": data,
        "model": body.get("model"),
        "usage": {"prompt_tokens": tokens, "completion_tokens": 0, "total_tokens": tokens},
    }


def embed(text: str, size: int) -> list[float]:
    """TEXT's unit vector of SIZE floats (see `embeddings`)."""
    total = [0.0] * size
    for word in re.findall(r"\w+", text.lower()) or [text]:
        for position, value in enumerate(_word_vector(word, size)):
            total[position] += value
    norm = math.sqrt(sum(v * v for v in total)) or 1.0
    return [round(v / norm, 6) for v in total]


@lru_cache(maxsize=4096)
def _word_vector(word: str, size: int) -> tuple[float, ...]:
    # random.Random's sequence for an integer seed is stable across Python versions (its docs).
    seed = int.from_bytes(hashlib.sha256(word.encode()).digest()[:8], "big")
    draw = random.Random(seed).random
    return tuple(draw() * 2 - 1 for _ in range(size))
