"""Every Python example of the README runs as pasted against the embedded server, with
nothing on stderr (issue 15, item 23): a new user's first contact with the client."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mistral_client.testing import running_server

ROOT = Path(__file__).resolve().parents[2]
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.DOTALL)


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with running_server() as base:
        yield base


def test_readme_has_examples():
    """The README shows the client in use (guards the extraction below)."""
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize(
    "code", [pytest.param(code, id=f"block-{n}") for n, code in enumerate(BLOCKS)]
)
def test_readme_example_runs_as_pasted(code: str, url: str, tmp_path: Path):
    """The block runs in a fresh interpreter, MISTRAL_BASE_URL set, and stderr stays empty."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    env.update(MISTRAL_API_KEY="any-key", MISTRAL_BASE_URL=url, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
