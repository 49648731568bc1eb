"""A minimal HTTP/1.1 server with canned Mistral responses, for benchmarks only.

Hand-written on asyncio streams rather than the embedded Starlette/uvicorn server on purpose:
the benchmarks measure what each *client* adds on top of a bare HTTP call, so the server must
cost as little as possible per request and per chunk (uvicorn + Starlette spend more per request
than the client overheads being compared, which would squash every ratio towards 1).

Run: python bench/fastserver.py PORT — serves until killed. Routes by path:
  POST /v1/chat/completions     a small completion, or an event stream when "stream": true
  POST /v1/embeddings           one 16-float vector per input (a fixed answer: the overhead row)
  GET  /v1/models               a catalogue of two model cards
  model "bench-chunks-N"        N chunks in the stream (default 10000)
  model "bench-size-BYTES"      a completion whose content is BYTES long
  model "bench-delay-MS"        a small completion, sent after MS milliseconds
The knobs ride in the model name so that every client, the official SDK included, can set them.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from functools import cache
from typing import Any

HEAD = {"id": "cmpl-bench", "model": "mistral-small-latest", "created": 1_700_000_000}
KNOB = re.compile(rb'"model":\s*"bench-(size|chunks|delay)-(\d+)"')
USAGE = {"prompt_tokens": 12, "completion_tokens": 9, "total_tokens": 21}


@cache
def completion(size: int) -> bytes:
    content = "Claude Monet is often called the best French painter." if size == 0 else "x" * size
    return json.dumps(
        {
            **HEAD,
            "object": "chat.completion",
            "usage": USAGE,
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": content, "tool_calls": None},
                }
            ],
        }
    ).encode()


def embeddings(body: bytes) -> bytes:
    inputs = json.loads(body)["input"]
    count = 1 if isinstance(inputs, str) else len(inputs)
    usage = {"prompt_tokens": 4 * count, "completion_tokens": 0, "total_tokens": 4 * count}
    return json.dumps(
        {
            "id": "embd-bench",
            "object": "list",
            "model": "mistral-embed",
            "usage": usage,
            "data": [
                {"object": "embedding", "index": i, "embedding": [0.25] * 16} for i in range(count)
            ],
        }
    ).encode()


def model_card(name: str) -> dict[str, Any]:
    capabilities = {"completion_chat": True, "function_calling": True, "vision": False}
    return {
        "id": name,
        "object": "model",
        "created": 1_700_000_000,
        "owned_by": "mistralai",
        "capabilities": capabilities,
        "name": name,
        "description": "A model for benchmarks.",
        "max_context_length": 32768,
        "aliases": [],
        "type": "base",
    }


MODELS = json.dumps(
    {"object": "list", "data": [model_card("mistral-small-latest"), model_card("mistral-embed")]}
).encode()


@cache
def event_stream(chunks: int) -> bytes:
    parts = []
    for i in range(chunks):
        payload: dict[str, Any] = {
            **HEAD,
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"content": f" w{i % 100}"}, "finish_reason": None}],
        }
        if i == chunks - 1:
            payload["choices"][0]["finish_reason"] = "stop"
            payload["usage"] = USAGE
        parts.append(b"data: " + json.dumps(payload, separators=(",", ":")).encode() + b"\n\n")
    parts.append(b"data: [DONE]\n\n")
    return b"".join(parts)


async def respond(writer: asyncio.StreamWriter, payload: bytes, kind: bytes) -> None:
    writer.write(
        b"HTTP/1.1 200 OK\r\ncontent-type: "
        + kind
        + b"\r\ncontent-length: "
        + str(len(payload)).encode()
        + b"\r\n\r\n"
        + payload
    )
    await writer.drain()


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            path = head.split(b" ", 2)[1]
            headers = {}
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                headers[name.strip().lower()] = value.strip()
            body = await reader.readexactly(int(headers.get(b"content-length", b"0")))
            if path == b"/v1/embeddings":
                await respond(writer, embeddings(body), b"application/json")
                continue
            if path == b"/v1/models":
                await respond(writer, MODELS, b"application/json")
                continue
            stream = b'"stream":true' in body.replace(b" ", b"")
            knob = KNOB.search(body)
            number = int(knob.group(2)) if knob else 0
            if knob and knob.group(1) == b"delay":  # server latency, in milliseconds
                await asyncio.sleep(number / 1000)
                number = 0
            if stream:
                payload, kind = event_stream(number or 10_000), b"text/event-stream"
            else:
                payload, kind = completion(number), b"application/json"
            await respond(writer, payload, kind)
    except (asyncio.IncompleteReadError, ConnectionResetError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


async def main(port: int) -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=2048, limit=2**20)
    print(f"ready {port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
