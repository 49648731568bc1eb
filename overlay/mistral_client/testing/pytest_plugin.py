"""pytest fixtures for recording and replaying Mistral traffic (needs pytest-recording).

Enable with ``pytest_plugins = ["mistral_client.testing.pytest_plugin"]`` in conftest.py. Tests
marked ``@pytest.mark.vcr`` then replay ``cassettes/<module>/<test>.yaml``; run pytest with
``--record-mode=rewrite`` and ``MISTRAL_API_KEY`` set to record them against the real API.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from . import json_body_matcher, running_server
from . import vcr_config as _vcr_config

CASSETTE_SOURCE_ENV = "MISTRAL_CASSETTE_SOURCE"


class CommentedPersister:
    """vcrpy persister that writes, above each cassette, a comment saying what recorded it.

    The text comes from the MISTRAL_CASSETTE_SOURCE environment variable, which the recording
    fixture sets ("the real Mistral API", or the embedded server).
    """

    @staticmethod
    def load_cassette(cassette_path: Any, serializer: Any) -> Any:
        """Read a cassette as vcrpy's own filesystem persister does."""
        from vcr.persisters.filesystem import FilesystemPersister

        return FilesystemPersister.load_cassette(cassette_path, serializer)

    @staticmethod
    def save_cassette(cassette_path: Any, cassette_dict: Any, serializer: Any) -> None:
        """Write the cassette below its provenance comment."""
        from vcr.serialize import serialize

        source = os.environ.get(CASSETTE_SOURCE_ENV, "an unnamed server")
        header = (
            f"# Recorded against {source} with mistral-client's vcr settings\n"
            "# (Authorization, cookies and per-request ids scrubbed). Re-record: make record.\n"
        )
        path = Path(cassette_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(header + serialize(cassette_dict, serializer), encoding="utf-8")


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:  # noqa: ARG001
    """Register the JSON-body matcher and the commenting persister."""
    vcr.register_matcher("json_body", json_body_matcher)
    vcr.register_persister(CommentedPersister)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """The shared vcrpy settings; the record mode comes from pytest-recording's --record-mode."""
    config = _vcr_config()
    del config["record_mode"]  # pytest-recording would let it override --record-mode
    return config


@pytest.fixture(scope="session")
def mistral_server() -> Iterator[str]:
    """The embedded Mistral-compatible server on a free loopback port; its base URL."""
    with running_server() as url:
        yield url
