"""Mistral(): configuration from arguments and environment, lifecycle, and no key in sight."""

from __future__ import annotations

import asyncio
import gc
import logging

import httpx
import pytest

import mistral_client
from mistral_client import InvalidRequestError, Mistral, RetryConfig

from ..helpers import API_KEY, MESSAGES, assert_no_secret, completion


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=completion())


def test_api_key_comes_from_environment(monkeypatch: pytest.MonkeyPatch):
    """Without api_key, MISTRAL_API_KEY is used."""
    monkeypatch.setenv("MISTRAL_API_KEY", API_KEY)
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return ok(request)

    Mistral(client=httpx.Client(transport=httpx.MockTransport(handler))).chat.complete(
        model="m", messages=MESSAGES
    )
    assert seen == [f"Bearer {API_KEY}"]


def test_missing_api_key_is_a_clear_error_naming_the_variable():
    """No key anywhere: InvalidRequestError naming MISTRAL_API_KEY, before anything is sent."""
    with pytest.raises(InvalidRequestError, match="MISTRAL_API_KEY"):
        Mistral()
    with pytest.raises(InvalidRequestError, match="MISTRAL_API_KEY"):
        Mistral(api_key="")


@pytest.mark.parametrize(
    ("env", "arg", "expected"),
    [
        pytest.param(None, None, "https://api.mistral.ai", id="default"),
        pytest.param("http://127.0.0.1:8000/v1", None, "http://127.0.0.1:8000", id="env-with-v1"),
        pytest.param("http://127.0.0.1:8000/", None, "http://127.0.0.1:8000", id="env-slash"),
        pytest.param("http://env", "https://arg.example/v1/", "https://arg.example", id="arg-wins"),
    ],
)
def test_server_url_from_argument_or_environment(
    monkeypatch: pytest.MonkeyPatch, env, arg, expected
):
    """server_url, else MISTRAL_BASE_URL (with or without /v1), else api.mistral.ai."""
    if env:
        monkeypatch.setenv("MISTRAL_BASE_URL", env)
    urls = []

    def handler(request: httpx.Request) -> httpx.Response:
        urls.append(str(request.url))
        return ok(request)

    client = Mistral(
        api_key=API_KEY, server_url=arg, client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    client.chat.complete(model="m", messages=MESSAGES)
    assert client.server_url == expected
    assert urls == [f"{expected}/v1/chat/completions"]


def test_repr_and_vars_of_client_and_clients_hide_the_key():
    """repr(client), repr of its httpx clients and its retry config show no key."""
    client = Mistral(api_key=API_KEY)
    assert repr(client) == "Mistral(server_url='https://api.mistral.ai')"
    assert_no_secret(repr(client))
    assert_no_secret(repr(client._sync_client()))
    assert_no_secret(repr(client.retry_config))
    client.close()


def test_context_manager_closes_clients_it_created():
    """`with Mistral()` closes the httpx.Client it made; `async with` closes both."""
    with Mistral(api_key=API_KEY) as client:
        sync = client._sync_client()
    assert sync.is_closed

    async def run() -> tuple[httpx.AsyncClient, httpx.Client]:
        async with Mistral(api_key=API_KEY) as client:
            return client._async_client(), client._sync_client()

    async_client, sync_client = asyncio.run(run())
    assert async_client.is_closed
    assert sync_client.is_closed


async def turns(n: int = 5) -> None:
    """Let the running loop run its scheduled callbacks and tasks."""
    for _ in range(n):
        await asyncio.sleep(0)


def test_each_event_loop_gets_its_own_async_client_closed_with_the_loop():
    """One client over two asyncio.run() calls: a client per loop, each closed when it ends."""
    client = Mistral(api_key=API_KEY)

    async def current() -> httpx.AsyncClient:
        return client._async_client()

    first, second = asyncio.run(current()), asyncio.run(current())
    assert first is not second
    assert first.is_closed
    assert second.is_closed


def test_close_in_async_code_closes_the_async_client_at_the_next_turn():
    """`with Mistral()` inside async code: its async client is closed on that loop, and the
    next call opens a new one."""

    async def run() -> tuple[httpx.AsyncClient, bool, httpx.AsyncClient]:
        with Mistral(api_key=API_KEY) as client:
            first = client._async_client()
        await turns()
        return first, first.is_closed, client._async_client()

    first, closed, again = asyncio.run(run())
    assert closed
    assert again is not first


def test_dropped_client_closes_its_async_client_in_its_loop():
    """A Mistral object garbage-collected while its loop runs: its async client is closed."""

    async def run() -> bool:
        client = Mistral(api_key=API_KEY)
        pool = client._async_client()
        del client
        gc.collect()
        await turns()
        return pool.is_closed

    assert asyncio.run(run())


def test_close_after_the_loop_ended_is_a_no_op():
    """close() from sync code once asyncio.run() returned: nothing left to do, no error."""
    client = Mistral(api_key=API_KEY)

    async def current() -> httpx.AsyncClient:
        return client._async_client()

    pool = asyncio.run(current())
    client.close()
    assert pool.is_closed


def test_close_never_closes_a_callers_client():
    """A client passed in stays open after close()/aclose() and keeps its headers untouched."""
    own = httpx.Client(transport=httpx.MockTransport(ok))
    own_async = httpx.AsyncClient(transport=httpx.MockTransport(ok))
    client = Mistral(api_key=API_KEY, client=own, async_client=own_async)
    client.chat.complete(model="m", messages=MESSAGES)
    client.close()
    asyncio.run(client.aclose())
    assert not own.is_closed
    assert not own_async.is_closed
    assert "authorization" not in own.headers


def test_client_works_without_context_manager_and_reopens_after_close():
    """Plain construction works; after close() the next call makes a fresh client."""
    client = Mistral(api_key=API_KEY)
    first = client._sync_client()
    client.close()
    assert first.is_closed
    assert not client._sync_client().is_closed
    client.close()


def test_max_retries_shortcut_sets_the_policy():
    """Mistral(max_retries=0) is RetryConfig(max_retries=0) with the other defaults."""
    assert Mistral(api_key=API_KEY, max_retries=0).retry_config == RetryConfig(max_retries=0)
    assert Mistral(api_key=API_KEY).retry_config == RetryConfig()


def test_key_never_logged_by_httpx_or_us(caplog: pytest.LogCaptureFixture):
    """Debug logging of a whole call (httpx, httpcore, mistral_client) never shows the key."""
    client = Mistral(api_key=API_KEY, client=httpx.Client(transport=httpx.MockTransport(ok)))
    with caplog.at_level(logging.DEBUG):
        client.chat.complete(model="m", messages=MESSAGES)
    assert_no_secret(caplog.text)


def test_default_headers_are_sent_with_every_call():
    """default_headers join the Authorization and User-Agent headers."""
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return ok(request)

    client = Mistral(
        api_key=API_KEY,
        default_headers={"x-team": "a"},
        client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client.chat.complete(model="m", messages=MESSAGES)
    assert seen[0]["x-team"] == "a"
    assert seen[0]["user-agent"] == f"mistral-client/{mistral_client.__version__}"
