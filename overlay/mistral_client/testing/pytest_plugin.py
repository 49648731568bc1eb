"""pytest fixtures for recording and replaying Mistral traffic (needs pytest-recording).

Enable with ``pytest_plugins = ["mistral_client.testing.pytest_plugin"]`` in conftest.py. Tests
marked ``@pytest.mark.vcr`` then replay ``cassettes/<module>/<test>.yaml``; run pytest with
``--record-mode=rewrite`` and ``MISTRAL_API_KEY`` set to record them against the real API.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from . import json_body_matcher, running_server
from . import vcr_config as _vcr_config


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:  # noqa: ARG001
    """Register the JSON-body matcher that vcr_config's match_on names."""
    vcr.register_matcher("json_body", json_body_matcher)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """The shared vcrpy settings; pytest-recording's --record-mode overrides record_mode."""
    return _vcr_config()


@pytest.fixture(scope="session")
def mistral_server() -> Iterator[str]:
    """The embedded Mistral-compatible server on a free loopback port; its base URL."""
    with running_server() as url:
        yield url
