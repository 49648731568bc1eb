"""A program using the client as Mistral's docs do prints nothing the application did not ask for.

Each script runs in a fresh interpreter with warnings as errors, against the embedded server.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import uuid

import pytest

from ..helpers import API_KEY, assert_no_secret

# Mistral's async example, as its docs write it: the client is never closed.
DOCS_ASYNC = """
import asyncio, sys
from mistral_client import Mistral

client = Mistral(api_key="key", server_url=sys.argv[1])

async def main():
    res = await client.chat.stream_async(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Who is the best French painter?"}],
    )
    async for chunk in res:
        if chunk.data.choices[0].delta.content is not None:
            print(chunk.data.choices[0].delta.content, end="")

asyncio.run(main())
"""

# Other ways of using a client and dropping it; each prints "Hello" once per call it makes.
LIFECYCLES = {
    "created-in-main-and-dropped": """
async def main():
    client = Mistral(api_key="key", server_url=URL)
    await ask(client)
asyncio.run(main())
""",
    "sync-with-block-in-async-code": """
async def main():
    with Mistral(api_key="key", server_url=URL) as client:
        await ask(client)
asyncio.run(main())
""",
    "close-called-in-async-code-then-used-again": """
async def main():
    client = Mistral(api_key="key", server_url=URL)
    await ask(client)
    client.close()
    await ask(client)
asyncio.run(main())
""",
    "one-client-two-event-loops": """
client = Mistral(api_key="key", server_url=URL)
asyncio.run(ask(client))
asyncio.run(ask(client))
client.close()
""",
    "hand-run-loop-closed-by-close": """
client = Mistral(api_key="key", server_url=URL)
loop = asyncio.new_event_loop()
loop.run_until_complete(ask(client))
client.close()
loop.close()
""",
    "async-retries-never-closed": """
import uuid
client = Mistral(api_key="key", server_url=URL)
async def main():
    res = await client.chat.complete_async(model="mistral-small-latest:fault=429x2@" + uuid.uuid4().hex,
                                           messages=[{"role": "user", "content": "q"}])
    print(res.choices[0].message.content[:5])
asyncio.run(main())
""",
    "sync-client-never-closed": """
client = Mistral(api_key="key", server_url=URL)
print(client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": "q"}])
      .choices[0].message.content[:5])
for event in client.chat.stream(model="mistral-small-latest", messages=[{"role": "user", "content": "q"}]):
    break
""",
}
PRELUDE = """
import asyncio, sys
from mistral_client import Mistral
URL = sys.argv[1]

async def ask(client):
    res = await client.chat.complete_async(model="mistral-small-latest", messages=[{"role": "user", "content": "q"}])
    print(res.choices[0].message.content[:5])
"""

# The retries script: two 429s (the server sends Retry-After: 0), then the answer.
RETRIES = """
import logging, sys
from mistral_client import Mistral

if sys.argv[2] == "info":
    logging.basicConfig(level=logging.INFO, format="%(name)s %(levelname)s %(message)s")
with Mistral(api_key=sys.argv[3], server_url=sys.argv[1]) as client:
    res = client.chat.complete(
        model="mistral-small-latest:fault=429x2@" + sys.argv[4],
        messages=[{"role": "user", "content": "Who is the best French painter?"}],
    )
print(res.choices[0].message.content[:5])
"""


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(script), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )


def test_retries_print_nothing_when_logging_is_not_configured(mistral_server: str):
    """Two retries with no logging set up: the answer on stdout, and stderr stays empty."""
    done = run(RETRIES, mistral_server, "none", API_KEY, uuid.uuid4().hex)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "Hello\n"


def test_retries_are_logged_on_the_mistral_client_logger_at_info(mistral_server: str):
    """With logging at INFO, each retry is one mistral_client INFO line, without the key."""
    done = run(RETRIES, mistral_server, "info", API_KEY, uuid.uuid4().hex)
    assert done.returncode == 0, done.stderr
    ours = [line for line in done.stderr.splitlines() if line.startswith("mistral_client ")]
    assert len(ours) == 2
    assert all(line.startswith("mistral_client INFO ") and "429" in line for line in ours)
    assert "retry 1 of 2" in ours[0]
    assert "retry 2 of 2" in ours[1]
    assert "stamina" not in done.stderr
    assert_no_secret(done.stderr)


def test_docs_async_example_prints_nothing_on_stderr(mistral_server: str):
    """Mistral's async example never closes its client: still no warning, no log line."""
    done = run(DOCS_ASYNC, mistral_server)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("Hello from the embedded")


@pytest.mark.parametrize("name", list(LIFECYCLES))
def test_clients_used_and_dropped_release_their_pools_quietly(mistral_server: str, name: str):
    """However a client ends (dropped, closed from sync code, its loop gone), stderr stays empty."""
    done = run(PRELUDE + LIFECYCLES[name], mistral_server)
    assert (done.returncode, done.stderr) == (0, "")
    assert set(done.stdout.split()) == {"Hello"}
