"""vcr configuration for the contract tests: cassettes in tests/cassettes/<module>/<test>.yaml.

Replay (the default, record mode "none") never touches the network. `make record` re-records
with --record-mode=rewrite: against the real API when MISTRAL_API_KEY is set, else against the
embedded server (the cassette's header comment says which).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from mistral_client import Mistral
from mistral_client.testing import running_server
from mistral_client.testing.pytest_plugin import CASSETTE_SOURCE_ENV

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
REPLAY_KEY = "replayed-cassettes-need-no-key"
EMBEDDED_KEY = "embedded-server-recording-key"


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / request.module.__name__.rsplit(".", 1)[-1])


@pytest.fixture(scope="session")
def recording_target(pytestconfig: pytest.Config) -> Iterator[tuple[str, str] | None]:
    """(api_key, server_url) when recording; None when replaying."""
    if pytestconfig.getoption("--record-mode") in (None, "none"):
        yield None
        return
    key = os.environ.get("MISTRAL_API_KEY")
    if key:
        os.environ[CASSETTE_SOURCE_ENV] = "the real Mistral API (https://api.mistral.ai)"
        yield key, os.environ.get("MISTRAL_BASE_URL", "https://api.mistral.ai")
        return
    os.environ[CASSETTE_SOURCE_ENV] = (
        "the embedded mistral-client server (mistral_client.server), its loopback address "
        "stored as https://api.mistral.ai"
    )
    with running_server(api_keys=frozenset({EMBEDDED_KEY})) as url:
        yield EMBEDDED_KEY, url


@pytest.fixture
def recorded_client(recording_target: tuple[str, str] | None) -> Iterator[Mistral]:
    """A client whose traffic goes to the cassette (replay) or to the recording target."""
    key, url = recording_target or (REPLAY_KEY, "https://api.mistral.ai")
    with Mistral(api_key=key, server_url=url) as client:
        yield client


@pytest.fixture
def against_real_api(recording_target: tuple[str, str] | None) -> bool:
    return recording_target is not None and "mistral.ai" in recording_target[1]
