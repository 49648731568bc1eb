"""A program using the client as Mistral's docs do prints nothing the application did not ask for.

Each script runs in a fresh interpreter with warnings as errors, against the embedded server.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import uuid

from ..helpers import API_KEY, assert_no_secret

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
