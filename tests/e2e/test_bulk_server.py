"""chat.complete_many over loopback against the embedded server, with injected 429s."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path
from typing import Any

from mistral_client import BulkResult, Mistral

from ..helpers import API_KEY

MODEL = "mistral-small-latest"


def requests(n: int, run: str, every: int) -> list[dict[str, Any]]:
    """N requests; every EVERY-th one gets a 429 on its first attempt (a spec of its own)."""
    return [
        {
            "custom_id": f"r{i}",
            "messages": [{"role": "user", "content": f"Question {i}?"}],
            **({"model": f"{MODEL}:fault=429x1@{run}-{i}"} if i % every == 0 else {}),
        }
        for i in range(n)
    ]


def test_complete_many_over_tcp_with_429s_loses_nothing(mistral_server: str):
    """200 requests, one in five first answered 429: every result arrives, in order, answered."""
    items = requests(200, uuid.uuid4().hex, every=5)

    async def run() -> list[BulkResult]:
        async with Mistral(api_key=API_KEY, server_url=mistral_server) as client:
            return [
                r async for r in client.chat.complete_many_async(items, model=MODEL, concurrency=16)
            ]

    results = asyncio.run(run())
    assert [r.custom_id for r in results] == [f"r{i}" for i in range(200)]
    assert all(r.ok for r in results), [r.error for r in results if r.error][:3]
    assert all(r.unwrap().choices[0].message.content for r in results)


def test_complete_many_resumes_from_its_output_over_tcp(mistral_server: str, tmp_path: Path):
    """The sync wrapper writes every result; a rerun over the same input sends nothing again
    and yields the same results, read back from the file."""
    output = tmp_path / "results.jsonl"
    items = requests(30, uuid.uuid4().hex, every=3)
    with Mistral(api_key=API_KEY, server_url=mistral_server) as client:
        first = list(client.chat.complete_many(items, model=MODEL, output=output))
        again = list(client.chat.complete_many(items, model=MODEL, output=output))
    assert [r.ok for r in first] == [True] * 30
    assert [r.custom_id for r in again] == [r.custom_id for r in first]
    assert all(r.resumed for r in again)
    assert [r.unwrap().to_dict() for r in again] == [r.unwrap().to_dict() for r in first]
    lines = [json.loads(line) for line in output.read_text().splitlines()]
    assert sorted(line["custom_id"] for line in lines) == sorted(f"r{i}" for i in range(30))


BULK_SCRIPT = """
import sys
from mistral_client import Mistral

client = Mistral(api_key="key", server_url=sys.argv[1])
items = ({"messages": [{"role": "user", "content": f"q{i}"}],
          "model": "mistral-small-latest" + (f":fault=429x1@{sys.argv[2]}-{i}" if i % 4 == 0 else "")}
         for i in range(40))
print(sum(r.ok for r in client.chat.complete_many(items, concurrency=8)))
"""


def test_complete_many_prints_nothing_on_stderr(mistral_server: str):
    """A script using complete_many with retried 429s, warnings as errors: stderr empty."""
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(BULK_SCRIPT), mistral_server,
         uuid.uuid4().hex],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "40\n"
