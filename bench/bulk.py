"""The bulk row of `make bench`: many completions with a share of 429s, three ways.

10,000 requests against the embedded server (in its own process), one in ten first answered
429 (its fault injection: `:fault=429x1@<tag>` in the model name, Retry-After: 0), through:

- mistral-client `chat.complete_many_async` (the default async client);
- a plain `asyncio.gather` + `asyncio.Semaphore` over the official SDK's `complete_async`;
- the same over raw httpx `AsyncClient.post`, on httpx's own pool and on the aiohttp transport
  that mistral-client's default async client uses (so the transport's share is visible).

Reported for each: throughput, peak memory (growth of peak RSS over the run, in a fresh
interpreter) and results lost (a request whose result never arrived: it raised). Then
`complete_many`'s tracemalloc peak for a lazy generator of 10k and 50k inputs against an
in-process mock transport, flat when the input is read lazily; with --million, the peak RSS
growth for 10k and 1M inputs (tracemalloc would take most of an hour there).

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
    # The server's own tracebacks (a client that hung up) are not the bench's output.
    process = subprocess.Popen([sys.executable, "-c", SERVER, str(port)], stderr=subprocess.DEVNULL)
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
        async for result in client.chat.complete_many_async(requests, concurrency=concurrency):
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

# One pass per way: the growth of the process's peak RSS over the run (ru_maxrss), which costs
# nothing, where tracemalloc slowed the official SDK's 10,000 requests past 15 minutes.
PROBE = textwrap.dedent(
    """
    import asyncio, json, resource, sys, time
    sys.path.insert(0, {bench!r})
    import bulk
    requests = bulk.items({n}, {share})
    way = bulk.WAYS[{name!r}]
    asyncio.run(way({url!r}, bulk.items(20, 0), {concurrency}))  # warm up
    before = bulk.rss()
    started = time.perf_counter()
    ok = asyncio.run(way({url!r}, requests, {concurrency}))
    elapsed = time.perf_counter() - started
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before
    print(json.dumps({{"ok": ok, "elapsed": elapsed, "peak": grown}}))
    """
)


def rss() -> int:
    """The resident set size of this process now, in bytes (Linux)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def probe(name: str, url: str, n: int, share: float, concurrency: int) -> Any:
    code = PROBE.format(
        bench=str(ROOT / "bench"), n=n, share=share, name=name, url=url, concurrency=concurrency
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=1800
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
        async for result in client.chat.complete_many_async(source(n), model="m", concurrency=64):
            ok += result.ok
        return ok

    asyncio.run(main(100))
    if {traced}:
        tracemalloc.start()
    sys.path.insert(0, {bench!r})
    import bulk
    before = bulk.rss()
    ok = asyncio.run(main({n}))
    if {traced}:
        peak = tracemalloc.get_traced_memory()[1]
    else:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before
    print(json.dumps({{"ok": ok, "peak": peak}}))
    """
)


def lazy_peak(n: int, traced: bool = True) -> Any:
    out = subprocess.run(
        [sys.executable, "-c", LAZY.format(n=n, traced=traced, bench=str(ROOT / "bench"))],
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
            speed = probe(name, url, n, share, concurrency)
            lost = n - speed["ok"]
            table.append(
                (
                    label,
                    name,
                    f"{n / speed['elapsed']:,.0f} req/s",
                    f"peak RSS +{speed['peak'] / 1e6:.1f} MB, {lost:,} lost",
                )
            )
    finally:
        process.terminate()
        process.wait()
    sizes = [10_000, 50_000]
    peaks = [lazy_peak(size) for size in sizes]
    assert all(p["ok"] == s for p, s in zip(peaks, sizes, strict=True))
    table.append(
        (
            "complete_many, lazy generator input, tracemalloc peak (mock transport)",
            "mistral-client complete_many",
            " → ".join(f"{p['peak'] / 1e6:.2f} MB" for p in peaks),
            "for " + " → ".join(f"{s:,}" for s in sizes) + " inputs",
        )
    )
    if million:
        sizes = [10_000, 1_000_000]
        peaks = [lazy_peak(size, traced=False) for size in sizes]
        assert all(p["ok"] == s for p, s in zip(peaks, sizes, strict=True))
        table.append(
            (
                "complete_many, lazy generator input, peak RSS growth (mock transport)",
                "mistral-client complete_many",
                " → ".join(f"+{p['peak'] / 1e6:.1f} MB" for p in peaks),
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
