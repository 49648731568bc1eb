"""Test helpers: a sync/async call adapter, response builders, stream probes, secret checks."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import httpx

from mistral_client import Mistral
from mistral_client.models import ChatCompletionResponse, CompletionEvent

API_KEY = "sk-Test0Key1Not2Real3AbCdEfGh4567"
MESSAGES = [{"role": "user", "content": "Hello"}]


def completion(content: Any = "Hi!", **extra: Any) -> dict[str, Any]:
    """A chat completion body of the shape the real API sends."""
    return {
        "id": "cmpl-1",
        "object": "chat.completion",
        "model": "mistral-small-latest",
        "created": 1_700_000_000,
        "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7},
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": content, "tool_calls": None},
            }
        ],
        **extra,
    }


def chunk(content: Any = "", finish_reason: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": "cmpl-1",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": "mistral-small-latest",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish_reason}],
        **extra,
    }


def sse(*payloads: Any, done: bool = True) -> bytes:
    """An event-stream body: one `data:` event per payload, then `data: [DONE]`."""
    text = "".join(f"data: {json.dumps(p)}\n\n" for p in payloads)
    return (text + ("data: [DONE]\n\n" if done else "")).encode()


class ProbeStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that yields the given chunks and records whether it was closed."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.chunks = list(chunks)
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self.chunks:
            yield part

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def chunked(body: bytes, size: int) -> list[bytes]:
    """BODY split into SIZE-byte pieces, as a network might deliver it."""
    return [body[i : i + size] for i in range(0, len(body), size)]


def event_stream_response(body: bytes, size: int = 64, status: int = 200) -> httpx.Response:
    return httpx.Response(
        status,
        headers={"content-type": "text/event-stream", "mistral-correlation-id": "corr-1"},
        stream=ProbeStream(chunked(body, size)),
    )


def assert_no_secret(text: str, key: str = API_KEY) -> None:
    """The API key, or a long piece of it, appears nowhere in TEXT."""
    assert key not in text
    assert key[6:22] not in text


def with_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    """KWARGS with the model and messages a test did not set."""
    return {"model": "mistral-small-latest", "messages": MESSAGES, **kwargs}


class MockAPI:
    """Calls the client's sync or async methods, depending on the test's mode."""

    def __init__(self, mode: str, client: Mistral) -> None:
        self.mode = mode
        self.client = client

    def complete(self, **kwargs: Any) -> ChatCompletionResponse:
        kwargs = with_defaults(kwargs)
        if self.mode == "sync":
            return self.client.chat.complete(**kwargs)
        return asyncio.run(self.client.chat.complete_async(**kwargs))

    def stream(self, **kwargs: Any) -> list[CompletionEvent]:
        """Open a stream and read it to the end."""
        kwargs = with_defaults(kwargs)
        if self.mode == "sync":
            with self.client.chat.stream(**kwargs) as stream:
                return list(stream)

        async def run() -> list[CompletionEvent]:
            async with await self.client.chat.stream_async(**kwargs) as stream:
                return [event async for event in stream]

        return asyncio.run(run())

    def stream_final(self, **kwargs: Any) -> tuple[list[CompletionEvent], ChatCompletionResponse]:
        """Read a few events, then ask the stream for the merged final response."""
        kwargs = with_defaults(kwargs)
        if self.mode == "sync":
            with self.client.chat.stream(**kwargs) as stream:
                first = [next(stream)]
                return first, stream.final_response()

        async def run() -> tuple[list[CompletionEvent], ChatCompletionResponse]:
            async with await self.client.chat.stream_async(**kwargs) as stream:
                first = [await anext(stream)]
                return first, await stream.final_response()

        return asyncio.run(run())
