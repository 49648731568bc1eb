"""Shared fixtures: a clean environment, retries that never sleep, a mock Mistral API."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
import stamina

from mistral_client import Mistral

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
def no_retry_waits() -> Iterator[None]:
    """Retries happen as configured, but without sleeping (stamina's testing mode, capped)."""
    with stamina.set_testing(True, attempts=100, cap=True):
        yield


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
