"""Type-checked, never executed: the public API used the way Mistral's docs use it.

`make typecheck` runs `mypy --strict` on this file; a change that breaks these lines for type
checkers fails the gate.
"""

from __future__ import annotations

from typing import assert_type

import httpx
from pydantic import BaseModel

from mistral_client import (
    APIResponse,
    AsyncChatStream,
    AsyncParsedChatStream,
    AsyncToolRunStream,
    BulkResult,
    ChatStream,
    MessageParam,
    Mistral,
    ParsedChatStream,
    RetryConfig,
    StructuredOutputError,
    ToolRun,
    ToolRunStream,
    errors,
    function_tool,
)
from mistral_client.models import (
    AssistantMessage,
    ChatCompletionResponse,
    CompletionEvent,
    ParsedChatCompletionResponse,
    SystemMessage,
    TextChunk,
    ToolMessage,
    UserMessage,
)


def sync_usage() -> None:
    client = Mistral(api_key="key", retry_config=RetryConfig(max_retries=3), timeout=30.0)
    res: ChatCompletionResponse = client.chat.complete(
        model="mistral-large-latest",
        messages=[{"role": "user", "content": "What is the best French cheese?"}],
        temperature=0.2,
        stream=False,
    )
    content = res.choices[0].message.content
    print(content, res.usage.total_tokens)

    history = [{"role": "user", "content": "hi"}]  # a list[dict[str, str]] built elsewhere
    client.chat.complete(model="mistral-small-latest", messages=history)

    typed: list[MessageParam] = [
        SystemMessage(content="Be brief."),
        UserMessage(content=[TextChunk(text="Describe this.")]),
        AssistantMessage(content="Sure.", prefix=True),
        ToolMessage(content="42", tool_call_id="c1"),
    ]
    client.chat.complete(
        model="mistral-small-latest", messages=typed, retries=RetryConfig(max_retries=0)
    )

    stream: ChatStream = client.chat.stream(model="mistral-small-latest", messages=typed)
    with stream:
        for chunk in stream:
            event: CompletionEvent = chunk
            print(event.data.choices[0].delta.content, end="")
    final: ChatCompletionResponse = stream.final_response()
    print(final.choices[0].finish_reason)

    raw: APIResponse[ChatCompletionResponse] = client.chat.with_raw_response.complete(
        model="m", messages=history
    )
    headers: httpx.Headers = raw.headers
    print(headers.get("mistral-correlation-id"), raw.data.id)

    try:
        client.chat.complete(model="m", messages=history, extra_body={"new_knob": 1})
    except errors.HTTPValidationError as exc:
        print(exc.detail, exc.status_code)
    except errors.SDKError as exc:
        print(exc.status_code, exc.body, exc.request_id)
    except errors.MistralError:
        pass

    # The official SDK's option names, accepted as aliases (issue 15).
    sdk = Mistral(api_key="key", timeout_ms=30_000)
    sdk.chat.complete(model="m", messages=history, timeout_ms=500, http_headers={"x": "1"},
                      server_url="http://127.0.0.1:8000")  # fmt: skip
    broken = client.chat.stream(model="m", messages=history)
    try:
        for _ in broken:
            pass
    except errors.StreamInterruptedError as exc:
        partial: ChatCompletionResponse = broken.final_response()
        print(exc.events, exc.request.url, partial.choices[0].message.content)
    except errors.APIConnectionError as exc:
        print(exc.attempts)
    print(final.model_dump(), final.model_dump_json(indent=2))
    client.close()


async def async_usage() -> None:
    async with Mistral(api_key="key") as client:
        res: ChatCompletionResponse = await client.chat.complete_async(
            model="mistral-small-latest", messages=[{"role": "user", "content": "hi"}]
        )
        print(res.choices[0].message.content)
        response: AsyncChatStream = await client.chat.stream_async(
            model="mistral-small-latest", messages=[{"role": "user", "content": "hi"}]
        )
        async for chunk in response:
            if chunk.data.choices[0].delta.content is not None:
                print(chunk.data.choices[0].delta.content, end="")


async def bulk_usage(client: Mistral) -> None:
    requests = (
        {"custom_id": str(i), "messages": [{"role": "user", "content": "hi"}]} for i in range(3)
    )
    async for result in client.chat.complete_many_async(
        requests, model="m", concurrency=4, temperature=0.2
    ):
        one: BulkResult = result
        if one.response is not None:
            print(one.custom_id, one.index, one.response.choices[0].message.content)
        elif one.error is not None:
            print(one.error)
    for item in client.chat.complete_many([{"messages": []}], model="m", output="out.jsonl",
                                               on_progress=lambda done, total, failed: None):  # fmt: skip
        answer: ChatCompletionResponse = item.unwrap()
        resumed: bool = item.resumed
        print(answer.id, resumed)


class Book(BaseModel):
    title: str
    year: int


def get_weather(city: str) -> dict[str, object]:
    """The current weather in a city.

    Args:
        city: The city's name.
    """
    return {"city": city}


def structured_and_tools() -> None:
    client = Mistral(api_key="key")
    msgs = [{"role": "user", "content": "A book?"}]
    res = client.chat.parse(model="mistral-small-latest", messages=msgs, response_format=Book)
    assert_type(res, ParsedChatCompletionResponse[Book])
    assert_type(res.choices[0].message.parsed, Book | None)
    plain: ChatCompletionResponse = res  # still the ordinary response type
    print(plain.id, res.choices[0].message.content)
    as_dict = client.chat.parse(model="m", messages=msgs, response_format={"type": "object"})
    print(as_dict.choices[0].message.parsed)
    try:
        client.chat.parse(model="m", messages=msgs, response_format=Book, max_tokens=10)
    except StructuredOutputError as exc:
        print(exc.content, exc.response.id, exc.finish_reason)

    stream = client.chat.parse_stream(model="m", messages=msgs, response_format=Book)
    assert_type(stream, ParsedChatStream[Book])
    with stream:
        for event in stream:
            print(event.data.id, stream.partial)
    assert_type(stream.final_response().choices[0].message.parsed, Book | None)

    client.chat.complete(model="m", messages=msgs, tools=[get_weather, function_tool(get_weather)])
    run: ToolRun = client.chat.run_tools(
        model="m", messages=msgs, tools=[get_weather], max_steps=4, tool_errors="raise"
    )
    print(run.response.choices[0].message.content, run.messages, run.steps)
    loop: ToolRunStream = client.chat.run_tools_stream(
        model="m", messages=msgs, tools=[get_weather]
    )
    for step_event in loop:
        print(step_event.data.choices[0].delta.content)
    assert_type(loop.result(), ToolRun)


async def structured_and_tools_async() -> None:
    async with Mistral(api_key="key") as client:
        msgs = [{"role": "user", "content": "A book?"}]
        res = await client.chat.parse_async(model="m", messages=msgs, response_format=Book)
        assert_type(res.choices[0].message.parsed, Book | None)
        stream = await client.chat.parse_stream_async(
            model="m", messages=msgs, response_format=Book
        )
        assert_type(stream, AsyncParsedChatStream[Book])
        async with stream:
            async for event in stream:
                print(event.data.id, stream.partial)
        final = await stream.final_response()
        assert_type(final.choices[0].message.parsed, Book | None)
        run = await client.chat.run_tools_async(model="m", messages=msgs, tools=[get_weather])
        assert_type(run, ToolRun)
        streamed: AsyncToolRunStream = await client.chat.run_tools_stream_async(
            model="m", messages=msgs, tools=[get_weather]
        )
        async for step_event in streamed:
            print(step_event.data.id)
        assert_type(await streamed.result(), ToolRun)


def batch_and_files() -> None:
    from mistral_client import BatchResult
    from mistral_client.models import ApiEndpoint, BatchJob, CreateFileResponse

    client = Mistral(api_key="key")
    uploaded = client.files.upload(b"{}\n", purpose="batch", file_name="in.jsonl")
    assert_type(uploaded, CreateFileResponse)
    assert_type(client.files.upload("in.jsonl"), CreateFileResponse)
    # An id parameter takes the UUID the API returned, or its string.
    assert_type(client.files.download(file_id=str(uploaded.id)), bytes)
    assert_type(client.files.download(file_id=uploaded.id), bytes)
    # The generated signature takes the spec's enum (open: an unknown value is kept).
    chat = ApiEndpoint("/v1/chat/completions")
    job = client.batch.jobs.create(endpoint=chat, input_files=[str(uploaded.id)])
    assert_type(job, BatchJob)
    results = client.batch.run(
        [{"custom_id": "a", "messages": [{"role": "user", "content": "hi"}]}],
        model="m",
        on_progress=lambda job: print(job.status, job.completed_requests),
    )
    assert_type(results, list[BatchResult])
    print(results[0].unwrap().choices[0].message.content)
    assert_type(client.batch.wait(job.id), BatchJob)


async def batch_async() -> None:
    from mistral_client import BatchResult

    async with Mistral(api_key="key") as client:
        results = await client.batch.run_async([{"messages": []}], model="m")
        assert_type(results, list[BatchResult])
        job = await client.batch.jobs.get_async(job_id="id", inline=True)
        print(job.outputs)


def generated_methods_take_dicts_and_strings(client: Mistral) -> None:
    """Generated methods type dicts where a model goes and strings where an enum does."""
    client.batch.jobs.create(
        input_files=["file-id"],
        endpoint="/v1/chat/completions",
        requests=[{"custom_id": "1", "body": {"messages": [{"role": "user", "content": "hi"}]}}],
    )


async def streamed_and_binary_operations(client: Mistral) -> None:
    """The spec's other streams yield their typed events; binary answers are bytes."""
    from mistral_client.models import ConversationEvents

    with client.beta.conversations.start_stream(inputs="hi", model="m") as events:
        for event in events:
            assert_type(event, ConversationEvents)
    for chunk in client.fim.stream(model="codestral-latest", prompt="def add("):
        assert_type(chunk, CompletionEvent)
    transcribed = await client.audio.transcriptions.stream_async(model="m", file=b"RIFF")
    async for delta in transcribed:
        print(delta.event, delta.data)
    assert_type(client.audio.voices.get_sample_audio(voice_id="v"), bytes)
    assert_type(client.beta.conversations.delete(conversation_id="c"), None)
