"""Type-checked, never executed: the public API used the way Mistral's docs use it.

`make typecheck` runs `mypy --strict` on this file; a change that breaks these lines for type
checkers fails the gate.
"""

from __future__ import annotations

import httpx

from mistral_client import (
    APIResponse,
    AsyncChatStream,
    BulkResult,
    ChatStream,
    MessageParam,
    Mistral,
    RetryConfig,
    errors,
)
from mistral_client.models import (
    AssistantMessage,
    ChatCompletionResponse,
    CompletionEvent,
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
    async for result in client.chat.complete_many(
        requests, model="m", concurrency=4, temperature=0.2
    ):
        one: BulkResult = result
        if one.response is not None:
            print(one.custom_id, one.index, one.response.choices[0].message.content)
        elif one.error is not None:
            print(one.error)
    for item in client.chat.complete_many_sync([{"messages": []}], model="m", output="out.jsonl",
                                               on_progress=lambda done, total, failed: None):  # fmt: skip
        answer: ChatCompletionResponse = item.unwrap()
        print(answer.id)
