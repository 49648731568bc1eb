"""pytest fixtures for recording and replaying Mistral traffic (needs pytest-recording).

Enable with ``pytest_plugins = ["mistral_client.testing.pytest_plugin"]`` in conftest.py. Tests
marked ``@pytest.mark.vcr`` then replay ``cassettes/<module>/<test>.yaml`` with no API key
needed; run pytest with ``--record-mode=rewrite`` and ``MISTRAL_API_KEY`` set to record them
against the real API. ``mistral_server`` is the embedded server's base URL and
``mistral_client`` a :class:`~mistral_client.Mistral` bound to it; both work under
``--block-network``.
"""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from .._client import Mistral
from .._constants import ENV_API_KEY
from . import json_body_matcher, running_server
from . import vcr_config as _vcr_config

CASSETTE_SOURCE_ENV = "MISTRAL_CASSETTE_SOURCE"
# What Mistral() reads from MISTRAL_API_KEY while a cassette replays: the cassette scrubbed
# the real key, and a request that never leaves the process needs none.
REPLAY_API_KEY = "replaying-cassettes-needs-no-key"
# The embedded server accepts any non-empty bearer key.
EMBEDDED_SERVER_KEY = "embedded-server-key"
MISSING_RECORDING = (
    "mistral_client.testing.pytest_plugin needs pytest-recording, which is not installed "
    "(or disabled): pip install 'mistral-client[testing]'"
)


def cassette_header(source: str, current_test: str | None) -> str:
    """The comment written above a recorded cassette: what recorded it, how to re-record it.

    Args:
        source: What the requests went to, such as "the real Mistral API".
        current_test: pytest's ``PYTEST_CURRENT_TEST`` ("<node id> (<phase>)"), if set.
    """
    command = "pytest --record-mode=rewrite"
    if current_test:
        command += " " + shlex.quote(current_test.rsplit(" ", 1)[0])
    return (
        f"# Recorded against {source} with mistral-client's vcr settings\n"
        "# (Authorization, cookies and per-request ids scrubbed).\n"
        f"# Re-record: {command}\n"
    )


def replay_api_key(api_key: str | None, cassette: Any) -> str | None:
    """The placeholder key to set for a test, or None to leave MISTRAL_API_KEY alone.

    Args:
        api_key: The MISTRAL_API_KEY in the environment, if any.
        cassette: The test's vcrpy cassette, or None when it uses none.
    """
    # write_protected: record mode "none", or "once" over an existing cassette, so no
    # request can reach the API; a real key could only be recorded by mistake.
    if api_key or cassette is None or not cassette.write_protected:
        return None
    return REPLAY_API_KEY


def with_host(allowed_hosts: list[str] | None, url: str) -> list[str]:
    """pytest-recording's allowed-host patterns plus exactly URL's host."""
    return [*(allowed_hosts or []), re.escape(urlsplit(url).hostname or "") + "$"]


class CommentedPersister:
    """vcrpy persister that writes, above each cassette, a comment saying what recorded it.

    It loads through the persister pytest-recording registered (which also reads the extra
    cassettes a ``vcr`` mark names). The text comes from the MISTRAL_CASSETTE_SOURCE
    environment variable, which a recording fixture may set ("the real Mistral API", or the
    embedded server).

    Args:
        inner: The persister to load cassettes with.
    """

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def load_cassette(self, cassette_path: Any, serializer: Any) -> Any:
        """Read a cassette through the wrapped persister."""
        return self._inner.load_cassette(cassette_path, serializer=serializer)

    def save_cassette(self, cassette_path: Any, cassette_dict: Any, serializer: Any) -> None:
        """Write the cassette below its provenance comment."""
        from vcr.serialize import serialize

        header = cassette_header(
            os.environ.get(CASSETTE_SOURCE_ENV, "an unnamed server"),
            os.environ.get("PYTEST_CURRENT_TEST"),
        )
        path = Path(cassette_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(header + serialize(cassette_dict, serializer), encoding="utf-8")


def pytest_configure(config: pytest.Config) -> None:
    """Refuse to run, in one line, when pytest-recording's plugin is not loaded.

    Raises:
        pytest.UsageError: pytest-recording is not installed, or disabled.
    """
    # Without it pytest fails late, with 40 lines of INTERNALERROR about an unknown hook.
    hook = getattr(config.hook, "pytest_recording_configure", None)
    if hook is None or not hook.has_spec():
        raise pytest.UsageError(MISSING_RECORDING)


@pytest.hookimpl(optionalhook=True)
def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:  # noqa: ARG001
    """Register the JSON-body matcher and the commenting persister."""
    vcr.register_matcher("json_body", json_body_matcher)
    vcr.register_persister(CommentedPersister(vcr.persister))


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """The shared vcrpy settings; the record mode comes from pytest-recording's --record-mode."""
    config = _vcr_config()
    del config["record_mode"]  # pytest-recording would let it override --record-mode
    return config


@pytest.fixture
def allowed_hosts(allowed_hosts: list[str] | None, request: pytest.FixtureRequest) -> Any:
    """pytest-recording's allowed hosts, plus the embedded server's for tests that use it.

    So ``mistral_server`` and ``mistral_client`` work under ``--block-network`` with no
    ``--allowed-hosts``.
    """
    if "mistral_server" not in request.fixturenames:
        return allowed_hosts
    return with_host(allowed_hosts, request.getfixturevalue("mistral_server"))


@pytest.fixture(autouse=True)
def _mistral_replay_key(vcr: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A placeholder MISTRAL_API_KEY while a cassette replays, when none is set."""
    key = replay_api_key(os.environ.get(ENV_API_KEY), vcr)
    if key is not None:
        monkeypatch.setenv(ENV_API_KEY, key)


@pytest.fixture(scope="session")
def mistral_server() -> Iterator[str]:
    """The embedded Mistral-compatible server on a free loopback port; its base URL."""
    with running_server() as url:
        yield url


@pytest.fixture
def mistral_client(mistral_server: str) -> Iterator[Mistral]:
    """A :class:`~mistral_client.Mistral` bound to the embedded server, closed after the test."""
    with Mistral(api_key=EMBEDDED_SERVER_KEY, server_url=mistral_server) as client:
        yield client
