"""Python functions as tools, and the loop that runs the tools a model asks for.

``function_tool(fn)`` turns a typed function into the API's function tool: the parameters'
JSON Schema comes from the signature through pydantic (a model of the arguments, which also
validates the arguments the model sends), the description from the docstring's summary, and
each argument's description from its ``Args:`` entry (Google style) or ``:param x:`` line.

``ToolRunner`` is the loop of ``chat.run_tools``: call the model, run each requested call,
send the results back as ``tool`` messages, until the model answers in text.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Self

import attrs

from ._exceptions import InvalidRequestError, MistralError
from ._lazy import models
from ._parse import require_pydantic

if TYPE_CHECKING:
    from _mistral_api.models import Tool, ToolCall

    from ._resources import ChatCompletionResponse, CompletionEvent

__all__ = [
    "AsyncToolRunStream",
    "FunctionTool",
    "MaxStepsExceededError",
    "ToolCallError",
    "ToolRun",
    "ToolRunStream",
    "function_tool",
    "tool_dicts",
]

ToolErrors = Literal["report", "raise"]


class ToolCallError(MistralError):
    """A tool call could not be run.

    An unknown tool name; or, with ``tool_errors="raise"``, arguments that do not fit the
    function, or a function that raised (then ``__cause__``).

    Attributes:
        tool_call: The ``ToolCall`` the model made.
        messages: The transcript up to and including the assistant message with the call.
    """

    def __init__(self, message: str, *, tool_call: ToolCall, messages: list[Any]) -> None:
        super().__init__(message)
        self.tool_call = tool_call
        self.messages = messages


class MaxStepsExceededError(MistralError):
    """The model still asked for tools after ``max_steps`` calls.

    Attributes:
        messages: The whole transcript, the last assistant message (its calls not run) included.
        response: The last response.
    """

    def __init__(self, message: str, *, messages: list[Any], response: ChatCompletionResponse):
        super().__init__(message)
        self.messages = messages
        self.response = response


@attrs.frozen
class ToolRun:
    """What ``chat.run_tools`` returns.

    Attributes:
        response: The final response: the model's answer without tool calls.
        messages: The transcript: the messages given, then each assistant message and one
            ``tool`` message per call, in order (ready to send again with a new question).
        steps: How many times the model was called.
    """

    response: ChatCompletionResponse
    messages: list[Any]
    steps: int


# --- docstrings -------------------------------------------------------------------------------

_SECTION = re.compile(
    r"^\s*(Args|Arguments|Parameters|Returns|Raises|Yields|Examples?|Notes?):\s*$"
)
_GOOGLE_ARG = re.compile(r"^(\s*)\*{0,2}(\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")
_SPHINX_ARG = re.compile(r"^\s*:param\s+(?:[^:]*\s)?(\w+)\s*:\s*(.*)$")


def parse_docstring(doc: str | None) -> tuple[str, dict[str, str]]:
    """(description, {argument: description}) from a Google- or Sphinx-style docstring.

    Hand-written rather than a dependency: the two shapes are a few regular expressions, and
    only the summary and per-argument text are needed.
    """
    if not doc:
        return "", {}
    lines = inspect.cleandoc(doc).splitlines()
    summary: list[str] = []
    args: dict[str, str] = {}
    section: str | None = None
    current: str | None = None
    indent = 0
    for line in lines:
        heading = _SECTION.match(line)
        if heading:
            section, current = heading.group(1), None
            continue
        sphinx = _SPHINX_ARG.match(line)
        if sphinx:
            current, section = sphinx.group(1), "sphinx"
            args[current] = sphinx.group(2).strip()
            continue
        if section is None:
            if line.strip().startswith(":"):  # :returns: and the like
                section = "sphinx"
                continue
            summary.append(line)
            continue
        if section in ("Args", "Arguments", "Parameters"):
            match = _GOOGLE_ARG.match(line)
            if match and (current is None or len(match.group(1)) <= indent):
                indent, current = len(match.group(1)), match.group(2)
                args[current] = match.group(3).strip()
            elif current is not None and line.strip():
                args[current] = f"{args[current]} {line.strip()}".strip()
        elif section == "sphinx" and current is not None and line.strip():
            if line.strip().startswith(":"):
                current = None
            else:
                args[current] = f"{args[current]} {line.strip()}".strip()
    text = " ".join(" ".join(summary).split())
    return text, args


# --- function tools ---------------------------------------------------------------------------


class FunctionTool:
    """A Python function with the tool definition the model sees.

    Attributes:
        function: The function.
        name: The tool's name (the function's ``__name__`` unless given).
        description: The docstring's summary (unless given).
        parameters: The JSON Schema of the arguments.
    """

    def __init__(
        self,
        function: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> None:
        pydantic = require_pydantic("a Python function as a tool")
        self.function = function
        self.name = name or getattr(function, "__name__", "") or type(function).__name__
        summary, arg_docs = parse_docstring(inspect.getdoc(function))
        self.description = summary if description is None else description
        self.is_async = inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(
            getattr(function, "__call__", None)  # noqa: B004 - an object with an async __call__
        )
        try:
            signature = inspect.signature(function)
            hints = _hints(function)
        except (TypeError, ValueError, NameError) as exc:
            raise InvalidRequestError(
                f"cannot read the signature of {self.name}: {exc}", param="tools"
            ) from exc
        fields: dict[str, Any] = {}
        self._positional: list[str] = []
        for parameter in signature.parameters.values():
            if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
                raise InvalidRequestError(
                    f"{self.name}: a tool function's arguments must be named; "
                    f"*{parameter.name} / **{parameter.name} have no schema",
                    param="tools",
                )
            if parameter.kind is parameter.POSITIONAL_ONLY:
                self._positional.append(parameter.name)
            hint = hints.get(parameter.name, Any)
            default = ... if parameter.default is parameter.empty else parameter.default
            doc = arg_docs.get(parameter.name)
            # Without a docstring entry, leave the default bare: an Annotated Field keeps its own.
            fields[parameter.name] = (
                hint,
                pydantic.Field(default, description=doc) if doc else default,
            )
        self._arguments: Any = pydantic.create_model(
            f"{self.name}_arguments",
            __config__=pydantic.ConfigDict(extra="forbid"),
            **fields,
        )
        schema = self._arguments.model_json_schema()
        schema.pop("title", None)
        self.parameters: dict[str, Any] = schema

    def to_dict(self) -> dict[str, Any]:
        """The tool as the API takes it: ``{"type": "function", "function": {...}}``."""
        function: dict[str, Any] = {"name": self.name, "parameters": self.parameters}
        if self.description:
            function["description"] = self.description
        return {"type": "function", "function": function}

    def tool(self) -> Tool:
        """The generated ``Tool`` model of :meth:`to_dict`."""
        result: Tool = models.Tool.from_dict(self.to_dict())
        return result

    def arguments(self, raw: Any) -> tuple[list[Any], dict[str, Any]]:
        """RAW (the call's JSON text or dict) validated: (positional, keyword) arguments.

        Raises:
            ValueError: the arguments are not JSON, or do not fit the signature.
        """
        if hasattr(raw, "to_dict"):
            raw = raw.to_dict()
        data = json.loads(raw or "{}") if isinstance(raw, str) else raw
        if not isinstance(data, dict):
            raise ValueError(f"expected a JSON object of arguments, got {type(data).__name__}")
        validated = self._arguments.model_validate(data)
        values = {name: getattr(validated, name) for name in type(validated).model_fields}
        return [values.pop(name) for name in self._positional], values

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"FunctionTool({self.name!r})"


def _hints(function: Callable[..., Any]) -> dict[str, Any]:
    """The parameters' resolved annotations (the return annotation is not needed, nor read)."""
    from typing import get_type_hints

    target: Any = function if inspect.isroutine(function) else type(function).__call__
    target = inspect.unwrap(target)
    annotations = dict(getattr(target, "__annotations__", None) or {})
    annotations.pop("return", None)

    def stub() -> None: ...

    stub.__annotations__ = annotations
    return get_type_hints(stub, globalns=getattr(target, "__globals__", None), include_extras=True)


def function_tool(
    fn: Callable[..., Any], *, name: str | None = None, description: str | None = None
) -> FunctionTool:
    """A typed Python function as a tool for ``tools=[...]`` and ``chat.run_tools``.

    Usage:
        ```python
        def get_weather(city: str, unit: Literal["C", "F"] = "C") -> dict:
            # a docstring: a summary line, then Args: with "city: The city's name."
            ...

        tool = function_tool(get_weather)
        tool.to_dict()  # {"type": "function", "function": {"name": "get_weather", ...}}
        ```

    Args:
        fn: The function; its annotations give the parameters' schema (pydantic types,
            dataclasses, TypedDicts, Literal, defaults...).
        name: The tool's name, instead of the function's.
        description: The tool's description, instead of the docstring's summary.

    Returns:
        A :class:`FunctionTool`: ``to_dict()`` for the API, ``tool()`` for the ``Tool`` model.

    Raises:
        ImportError: pydantic is not installed (``pip install 'mistral-client[pydantic]'``).
        InvalidRequestError: the signature has ``*args``/``**kwargs`` or unresolvable hints.
    """
    if isinstance(fn, FunctionTool) and name is None and description is None:
        return fn
    target = fn.function if isinstance(fn, FunctionTool) else fn
    return FunctionTool(target, name=name, description=description)


def is_function(value: Any) -> bool:
    """A tool given as a Python callable (not a Tool model, a dict or a class)."""
    return isinstance(value, FunctionTool) or (
        callable(value) and not isinstance(value, type | Mapping) and not hasattr(value, "to_dict")
    )


def tool_dicts(tools: Sequence[Any]) -> list[Any]:
    """The ``tools`` body value: functions as their definition, dicts and models as given."""
    out: list[Any] = []
    for index, tool in enumerate(tools):
        if is_function(tool):
            try:
                out.append(function_tool(tool).to_dict())
            except InvalidRequestError as exc:
                raise InvalidRequestError(
                    str(exc).partition(": ")[2], param=f"tools[{index}]"
                ) from exc
        elif hasattr(tool, "to_dict") and not isinstance(tool, type):
            out.append(tool.to_dict())
        elif isinstance(tool, Mapping):
            out.append(tool)
        else:
            raise InvalidRequestError(
                f"expected a Tool, a dict or a Python function, got {tool!r:.60}",
                param=f"tools[{index}]",
            )
    return out


# --- the loop ---------------------------------------------------------------------------------


def _content(result: Any) -> str:
    """A tool's return value as the tool message's text: strings as they are, the rest JSON."""
    if isinstance(result, str):
        return result
    try:
        from pydantic_core import to_json
    except ImportError:  # pragma: no cover - pydantic_core comes with pydantic
        return json.dumps(result, default=str)
    return to_json(result, fallback=str).decode()


def _error_text(name: str, exc: BaseException, *, arguments: bool) -> str:
    detail = " ".join(str(exc).split())[:500]
    if arguments:
        return f"Error: the arguments do not fit {name}: {detail}"
    return f"Error: {name} raised {type(exc).__name__}: {detail}"


@attrs.define
class _Planned:
    """One tool call ready to run, or its error text (reported back to the model)."""

    call: Any
    name: str
    tool: FunctionTool | None = None
    args: list[Any] = attrs.Factory(list)
    kwargs: dict[str, Any] = attrs.Factory(dict)
    error: str | None = None


class ToolRunner:
    """The state of one ``run_tools`` loop, shared by its sync and async twins."""

    def __init__(
        self,
        messages: Sequence[Any],
        tools: Sequence[Any],
        *,
        max_steps: int,
        tool_errors: ToolErrors,
        needs_sync: bool,
    ) -> None:
        if isinstance(messages, str | bytes) or not isinstance(messages, Sequence):
            raise InvalidRequestError(
                f"expected a list of messages, got {type(messages).__name__}", param="messages"
            )
        if isinstance(tools, str | bytes | Mapping) or not isinstance(tools, Sequence):
            raise InvalidRequestError(
                "expected a list of functions (Tool models and dicts may join them)",
                param="tools",
            )
        if not isinstance(max_steps, int) or isinstance(max_steps, bool) or max_steps < 1:
            raise InvalidRequestError(
                f"expected a positive integer, got {max_steps!r}", param="max_steps"
            )
        if tool_errors not in ("report", "raise"):
            raise InvalidRequestError(
                f"expected 'report' or 'raise', got {tool_errors!r}", param="tool_errors"
            )
        self.functions: dict[str, FunctionTool] = {}
        self.tools: list[Any] = []
        for index, tool in enumerate(tools):
            if is_function(tool):
                try:
                    wrapped = function_tool(tool)
                except InvalidRequestError as exc:
                    raise InvalidRequestError(
                        str(exc).partition(": ")[2], param=f"tools[{index}]"
                    ) from exc
                if needs_sync and wrapped.is_async:
                    raise InvalidRequestError(
                        f"{wrapped.name} is an async function: use chat.run_tools_async",
                        param=f"tools[{index}]",
                    )
                self.functions[wrapped.name] = wrapped
                self.tools.append(wrapped.to_dict())
            else:
                self.tools.append(tool)
        if not self.functions:
            raise InvalidRequestError(
                "run_tools needs at least one Python function to run", param="tools"
            )
        self.messages: list[Any] = list(messages)
        self.max_steps = max_steps
        self.tool_errors = tool_errors
        self.steps = 0

    def calls_of(self, response: ChatCompletionResponse) -> list[Any] | None:
        """Record the model's answer; its tool calls, or None when it answered in text."""
        self.steps += 1
        message = response.choices[0].message if response.choices else None
        calls = message.tool_calls if message is not None else None
        if not isinstance(calls, list) or not calls:
            return None
        self.messages.append(message.to_dict() if message is not None else {})
        if self.steps >= self.max_steps:
            raise MaxStepsExceededError(
                f"the model still asked for tools ({', '.join(_name(c) for c in calls)}) after "
                f"max_steps={self.max_steps} calls; the transcript is on .messages",
                messages=self.messages,
                response=response,
            )
        return calls

    def plan(self, call: ToolCall) -> _Planned:
        name = _name(call)
        tool = self.functions.get(name)
        if tool is None:
            raise ToolCallError(
                f"the model called {name!r}, which is not one of the functions given "
                f"({', '.join(sorted(self.functions))})",
                tool_call=call,
                messages=self.messages,
            )
        try:
            args, kwargs = tool.arguments(call.function.arguments)
        except ValueError as exc:
            if self.tool_errors == "raise":
                raise ToolCallError(
                    f"the arguments the model gave {name} do not fit its signature: {exc}",
                    tool_call=call,
                    messages=self.messages,
                ) from exc
            return _Planned(call, name, error=_error_text(name, exc, arguments=True))
        return _Planned(call, name, tool, args, kwargs)

    def failed(self, planned: _Planned, exc: Exception) -> str:
        if self.tool_errors == "raise":
            raise ToolCallError(
                f"{planned.name} raised {type(exc).__name__}: {exc}",
                tool_call=planned.call,
                messages=self.messages,
            ) from exc
        return _error_text(planned.name, exc, arguments=False)

    def answer(self, planned: _Planned, text: str) -> None:
        call_id = planned.call.id
        self.messages.append(
            {
                "role": "tool",
                "tool_call_id": call_id if isinstance(call_id, str) else None,
                "name": planned.name,
                "content": text,
            }
        )

    def run(self, planned: _Planned) -> str:
        if planned.error is not None or planned.tool is None:
            return planned.error or ""
        try:
            return _content(planned.tool(*planned.args, **planned.kwargs))
        except Exception as exc:
            return self.failed(planned, exc)

    async def run_async(self, planned: _Planned) -> str:
        if planned.error is not None or planned.tool is None:
            return planned.error or ""
        try:
            result = planned.tool(*planned.args, **planned.kwargs)
            if inspect.isawaitable(result):
                result = await result
            return _content(result)
        except Exception as exc:
            return self.failed(planned, exc)

    def run_all(self, calls: list[Any]) -> None:
        """Run the calls of one answer in turn; their results appended in the model's order."""
        for planned in [self.plan(call) for call in calls]:
            self.answer(planned, self.run(planned))

    def finish(self, response: ChatCompletionResponse) -> ToolRun:
        self.messages.append(response.choices[0].message.to_dict() if response.choices else {})
        return ToolRun(response=response, messages=self.messages, steps=self.steps)


def _name(call: Any) -> str:
    return str(call.function.name)


def run_sync(
    complete: Callable[[list[Any], list[Any]], ChatCompletionResponse], runner: ToolRunner
) -> ToolRun:
    """The loop, with COMPLETE(messages, tools) calling the model."""
    while True:
        response = complete(runner.messages, runner.tools)
        calls = runner.calls_of(response)
        if calls is None:
            return runner.finish(response)
        runner.run_all(calls)


async def run_async(
    complete: Callable[[list[Any], list[Any]], Awaitable[ChatCompletionResponse]],
    runner: ToolRunner,
) -> ToolRun:
    """The async loop: the calls of one message run concurrently, async functions awaited."""
    while True:
        response = await complete(runner.messages, runner.tools)
        calls = runner.calls_of(response)
        if calls is None:
            return runner.finish(response)
        await run_round(runner, calls)


async def run_round(runner: ToolRunner, calls: list[Any]) -> None:
    """Run the calls of one answer concurrently; their results appended in the model's order."""
    import anyio

    plans = [runner.plan(call) for call in calls]
    results: list[str | ToolCallError] = [""] * len(plans)

    async def one(position: int, planned: _Planned) -> None:
        try:
            results[position] = await runner.run_async(planned)
        except ToolCallError as exc:  # raised below, not wrapped in an ExceptionGroup
            results[position] = exc

    async with anyio.create_task_group() as group:
        for position, planned in enumerate(plans):
            group.start_soon(one, position, planned)
    for planned, text in zip(plans, results, strict=True):
        if isinstance(text, ToolCallError):
            raise text
        runner.answer(planned, text)


class ToolRunStream:
    """The events of every step of a tool loop, as they arrive; an iterator.

    Each item is a ``CompletionEvent`` of the step in progress (text deltas, tool-call
    deltas); between steps the requested tools run. After the last event, :meth:`result` is
    the :class:`ToolRun`; calling it earlier reads the rest first.
    """

    def __init__(self, steps: Generator[CompletionEvent, None, ToolRun]) -> None:
        self._steps = steps
        self._result: ToolRun | None = None

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> CompletionEvent:
        try:
            return next(self._steps)
        except StopIteration as stop:
            if stop.value is not None:  # the generator's return; later next() calls give None
                self._result = stop.value
            raise

    def close(self) -> None:
        """Stop the loop and release the stream in progress."""
        self._steps.close()

    def result(self) -> ToolRun:
        """The :class:`ToolRun`, once the loop has ended (the rest is read first)."""
        for _ in self:
            pass
        if self._result is None:
            raise MistralError("the tool loop was closed before it ended")
        return self._result


class AsyncToolRunStream:
    """Async twin of :class:`ToolRunStream`: ``async for event in ...``, ``await result()``."""

    def __init__(self, steps: AsyncGenerator[CompletionEvent | ToolRun]) -> None:
        self._steps = steps
        self._result: ToolRun | None = None

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> CompletionEvent:
        item = await anext(self._steps)
        if isinstance(item, ToolRun):  # the loop's last item: kept, not yielded
            self._result = item
            await self._steps.aclose()
            raise StopAsyncIteration
        return item

    async def aclose(self) -> None:
        """Stop the loop and release the stream in progress."""
        await self._steps.aclose()

    async def result(self) -> ToolRun:
        """The :class:`ToolRun`, once the loop has ended (the rest is read first)."""
        async for _ in self:
            pass
        if self._result is None:
            raise MistralError("the tool loop was closed before it ended")
        return self._result


def stream_sync(
    stream: Callable[[list[Any], list[Any]], Any], runner: ToolRunner
) -> Generator[CompletionEvent, None, ToolRun]:
    """The loop over streamed steps: STREAM(messages, tools) opens a ChatStream."""
    while True:
        with stream(runner.messages, runner.tools) as events:
            yield from events
            response = events.final_response()
        calls = runner.calls_of(response)
        if calls is None:
            return runner.finish(response)
        runner.run_all(calls)


async def stream_async(
    stream: Callable[[list[Any], list[Any]], Awaitable[Any]], runner: ToolRunner
) -> AsyncGenerator[CompletionEvent | ToolRun]:
    """The async loop over streamed steps; its last item is the ToolRun."""
    while True:
        async with await stream(runner.messages, runner.tools) as events:
            async for event in events:
                yield event
            response = await events.final_response()
        calls = runner.calls_of(response)
        if calls is None:
            yield runner.finish(response)
            return
        await run_round(runner, calls)
