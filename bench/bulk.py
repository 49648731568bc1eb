"""The bulk row of `make bench`: many completions with a share of 429s, three ways.

10,000 requests against the embedded server (in its own process), one in ten first answered
429 (its fault injection: `:fault=429x1@<tag>` in the model name, Retry-After: 0), through:

- mistral-client `chat.complete_many` (the default async client);
- a plain `asyncio.gather` + `asyncio.Semaphore` over the official SDK's `complete_async`;
- the same over raw httpx `AsyncClient.post`, on httpx's own pool and on the aiohttp transport
  that mistral-client's default async client uses (so the transport's share is visible).

Reported for each: throughput, peak memory (tracemalloc, in a fresh interpreter) and results
lost (a request whose result never arrived: it raised). Then `complete_many`'s peak memory for
a lazy generator of 10k, 50k (and with --million, 1M) inputs against an in-process mock
transport: flat when the input is read lazily.

    python bench/bulk.py [--n N] [--concurrency C] [--million] [--markdown FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
KEY = "bench-key"
MODEL = "mistral-small-latest"
SERVER = """
import sys, uvicorn
from mistral_client.server import create_app
uvicorn.run(create_app(), host="127.0.0.1", port=int(sys.argv[1]), log_level="error",
            access_log=False)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server() -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", SERVER, str(port)])
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)
    return process, f"http://127.0.0.1:{port}"


def items(n: int, share_429: float) -> list[dict[str, Any]]:
    run = uuid.uuid4().hex[:8]
    every = round(1 / share_429) if share_429 else 0
    return [
        {
            "custom_id": f"r{i}",
            "model": f"{MODEL}:fault=429x1@{run}-{i}" if every and i % every == 0 else MODEL,
            "messages": [{"role": "user", "content": f"Question {i}: who is the best painter?"}],
        }
        for i in range(n)
    ]


# ----------------------------------------------------------------------------- the three ways


async def ours(url: str, requests: list[dict[str, Any]], concurrency: int) -> int:
    from mistral_client import Mistral

    async with Mistral(api_key=KEY, server_url=url) as client:
        ok = 0
        async for result in client.chat.complete_many(requests, concurrency=concurrency):
            ok += result.ok
        return ok


async def official(url: str, requests: list[dict[str, Any]], concurrency: int) -> int:
    from mistralai.client import Mistral as Official

    client = Official(api_key=KEY, server_url=url)
    gate = asyncio.Semaphore(concurrency)

    async def one(item: dict[str, Any]) -> Any:
        async with gate:
            return await client.chat.complete_async(model=item["model"], messages=item["messages"])

    results = await asyncio.gather(*(one(r) for r in requests), return_exceptions=True)
    return sum(not isinstance(r, BaseException) for r in results)


async def raw(url: str, requests: list[dict[str, Any]], concurrency: int) -> int:
    import httpx

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        gate = asyncio.Semaphore(concurrency)

        async def one(item: dict[str, Any]) -> Any:
            async with gate:
                body = {"model": item["model"], "messages": item["messages"]}
                response = await client.post(
                    f"{url}/v1/chat/completions",
                    json=body,
                    headers={"Authorization": f"Bearer {KEY}"},
                )
                response.raise_for_status()
                return response.json()

        results = await asyncio.gather(*(one(r) for r in requests), return_exceptions=True)
        return sum(not isinstance(r, BaseException) for r in results)


async def raw_aiohttp(url: str, requests: list[dict[str, Any]], concurrency: int) -> int:
    from httpx_aiohttp import HttpxAiohttpClient

    async with HttpxAiohttpClient(timeout=60) as client:
        gate = asyncio.Semaphore(concurrency)

        async def one(item: dict[str, Any]) -> Any:
            async with gate:
                body = {"model": item["model"], "messages": item["messages"]}
                response = await client.post(
                    f"{url}/v1/chat/completions",
                    json=body,
                    headers={"Authorization": f"Bearer {KEY}"},
                )
                response.raise_for_status()
                return response.json()

        results = await asyncio.gather(*(one(r) for r in requests), return_exceptions=True)
        return sum(not isinstance(r, BaseException) for r in results)


WAYS = {
    "mistral-client complete_many": ours,
    "mistralai (official) gather + semaphore": official,
    "raw httpx gather + semaphore": raw,
    # The transport mistral-client's default async client runs on, hand-rolled the same way.
    "raw httpx-aiohttp gather + semaphore": raw_aiohttp,
}

PROBE = textwrap.dedent(
    """
    import asyncio, json, sys, time, tracemalloc
    sys.path.insert(0, {bench!r})
    import bulk
    requests = bulk.items({n}, {share})
    way = bulk.WAYS[{name!r}]
    asyncio.run(way({url!r}, bulk.items(20, 0), {concurrency}))  # warm up
    if {memory}:
        tracemalloc.start()
    started = time.perf_counter()
    ok = asyncio.run(way({url!r}, requests, {concurrency}))
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] if {memory} else 0
    print(json.dumps({{"ok": ok, "elapsed": elapsed, "peak": peak}}))
    """
)


def probe(name: str, url: str, n: int, share: float, concurrency: int, memory: bool) -> Any:
    code = PROBE.format(
        bench=str(ROOT / "bench"), n=n, share=share, name=name, url=url,
        concurrency=concurrency, memory=memory,
    )  # fmt: skip
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=900
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------- flat memory

LAZY = textwrap.dedent(
    """
    import asyncio, json, sys, tracemalloc
    import httpx
    from mistral_client import Mistral

    BODY = json.dumps({{"id": "c", "object": "chat.completion", "model": "m", "created": 1,
        "usage": {{"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}},
        "choices": [{{"index": 0, "finish_reason": "stop",
                      "message": {{"role": "assistant", "content": "ok"}}}}]}}).encode()

    async def answer(request):
        return httpx.Response(200, content=BODY, headers={{"content-type": "application/json"}})

    def source(n):
        for i in range(n):
            yield {{"custom_id": str(i), "messages": [{{"role": "user", "content": f"q{{i}}"}}]}}

    async def main(n):
        transport = httpx.MockTransport(answer)
        client = Mistral(api_key="k", async_client=httpx.AsyncClient(transport=transport))
        ok = 0
        async for result in client.chat.complete_many(source(n), model="m", concurrency=64):
            ok += result.ok
        return ok

    asyncio.run(main(100))
    tracemalloc.start()
    ok = asyncio.run(main({n}))
    print(json.dumps({{"ok": ok, "peak": tracemalloc.get_traced_memory()[1]}}))
    """
)


def lazy_peak(n: int) -> Any:
    out = subprocess.run(
        [sys.executable, "-c", LAZY.format(n=n)],
        capture_output=True, text=True, check=True, timeout=3600,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def rows(n: int, concurrency: int, share: float, million: bool) -> list[tuple[str, ...]]:
    """The bulk rows: (scenario, client, value, note)."""
    process, url = start_server()
    table: list[tuple[str, ...]] = []
    try:
        label = f"{n:,} requests, {share:.0%} first answered 429, concurrency {concurrency}"
        for name in WAYS:
            needs = {"official": "mistralai.client", "aiohttp": "httpx_aiohttp"}
            module = next((m for k, m in needs.items() if k in name), None)
            if module is not None:
                try:
                    __import__(module)
                except ImportError:
                    continue
            speed = probe(name, url, n, share, concurrency, memory=False)
            memory = probe(name, url, n, share, concurrency, memory=True)
            lost = n - speed["ok"]
            table.append(
                (
                    label,
                    name,
                    f"{n / speed['elapsed']:,.0f} req/s",
                    f"peak {memory['peak'] / 1e6:.1f} MB, {lost:,} lost",
                )
            )
    finally:
        process.terminate()
        process.wait()
    sizes = [10_000, 50_000, *([1_000_000] if million else [])]
    peaks = [lazy_peak(size) for size in sizes]
    assert all(p["ok"] == s for p, s in zip(peaks, sizes, strict=True))
    table.append(
        (
            "complete_many, lazy generator input, peak memory (mock transport)",
            "mistral-client complete_many",
            " → ".join(f"{p['peak'] / 1e6:.1f} MB" for p in peaks),
            "for " + " → ".join(f"{s:,}" for s in sizes) + " inputs",
        )
    )
    return table


def table(n: int = 10_000, concurrency: int = 64, share: float = 0.1, million: bool = False) -> str:
    """The bulk rows as a markdown table (bench/run.py appends it to its report)."""
    lines = ["| scenario | client | throughput | memory, results lost |", "|---|---|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows(n, concurrency, share, million)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--share-429", type=float, default=0.1)
    parser.add_argument("--million", action="store_true", help="also 1M lazy inputs (minutes)")
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args(argv)
    text = table(args.n, args.concurrency, args.share_429, args.million)
    text += f"\nMachine: {os.cpu_count()} cores.\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
