"""Shared fixtures: a clean environment, retries that never sleep, a mock Mistral API."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from mistral_client import Mistral, _retry

from .helpers import API_KEY, MockAPI

# Our contract tests use the same record/replay kit users get.
pytest_plugins = ["mistral_client.testing.pytest_plugin"]

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's MISTRAL_* variables (httpx's clean_environ idea)."""
    for name in ("MISTRAL_API_KEY", "MISTRAL_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def retry_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retries happen as configured, but without sleeping; the waits asked for, in order."""
    waits: list[float] = []

    async def asleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(_retry, "sleep", waits.append)
    monkeypatch.setattr(_retry, "asleep", asleep)
    return waits


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run the test once through the sync methods and once through the async ones."""
    return str(request.param)


@pytest.fixture
def mock_api(mode: str) -> Callable[..., MockAPI]:
    """Factory: mock_api(handler, **client_kwargs) -> MockAPI bound to this test's mode."""

    def make(handler: Handler, **kwargs: object) -> MockAPI:
        transport = httpx.MockTransport(handler)
        client = Mistral(
            api_key=API_KEY,
            client=httpx.Client(transport=transport),
            async_client=httpx.AsyncClient(transport=transport),
            **kwargs,  # type: ignore[arg-type]
        )
        return MockAPI(mode, client)

    return make
