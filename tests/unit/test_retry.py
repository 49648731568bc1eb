"""Retries: on by default, table-driven decisions, Retry-After honoured, responses closed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest

from mistral_client import RetryConfig
from mistral_client._retry import backoff, parse_retry_after, retry_delay
from mistral_client.errors import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    HTTPValidationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SDKError,
)

from ..helpers import MockAPI, ProbeStream, assert_no_secret, completion

Factory = Callable[..., MockAPI]
NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        pytest.param({"retry-after": "3"}, 3.0, id="seconds"),
        pytest.param({"retry-after": "1.5"}, 1.5, id="fraction"),
        pytest.param({"retry-after-ms": "250"}, 0.25, id="milliseconds"),
        pytest.param({"retry-after-ms": "250", "retry-after": "9"}, 0.25, id="ms-wins"),
        pytest.param(
            {"retry-after": format_datetime(datetime.fromtimestamp(NOW + 20, UTC), usegmt=True)},
            20.0,
            id="http-date",
        ),
        pytest.param(
            {"retry-after": format_datetime(datetime.fromtimestamp(NOW - 20, UTC), usegmt=True)},
            0.0,
            id="date-past",
        ),
        pytest.param({"retry-after": "soon"}, None, id="garbage"),
        pytest.param({"retry-after": "-4"}, 0.0, id="negative"),
        pytest.param({}, None, id="absent"),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None):
    """Retry-After as seconds or HTTP-date, retry-after-ms first, garbage ignored."""
    assert parse_retry_after(httpx.Headers(headers), now=NOW) == expected


def error(status: int, headers: dict[str, str] | None = None) -> SDKError:
    from mistral_client._exceptions import from_response

    return from_response(httpx.Response(status, headers=headers or {}), b"{}")


POLICY = RetryConfig()


@pytest.mark.parametrize(
    ("exc", "decision"),
    [
        pytest.param(
            APIConnectionError(request=httpx.Request("GET", "https://x")), True, id="connection"
        ),
        pytest.param(error(429), True, id="429"),
        pytest.param(error(429, {"retry-after": "2"}), 2.0, id="429-retry-after"),
        pytest.param(error(429, {"retry-after": "600"}), False, id="429-retry-after-too-long"),
        pytest.param(error(500), True, id="500"),
        pytest.param(error(502), True, id="502"),
        pytest.param(error(503, {"retry-after-ms": "100"}), 0.1, id="503-retry-after-ms"),
        pytest.param(error(504), True, id="504"),
        pytest.param(error(400), False, id="400"),
        pytest.param(error(401), False, id="401"),
        pytest.param(error(403), False, id="403"),
        pytest.param(error(404), False, id="404"),
        pytest.param(error(422), False, id="422"),
        pytest.param(error(501), False, id="501"),
        pytest.param(ValueError("bug"), False, id="not-ours"),
    ],
)
def test_retry_delay_decision_table(exc: Exception, decision: bool | float):
    """Which errors are retried, and when the server's own wait is used."""
    assert retry_delay(exc, POLICY) == decision


def flaky(failures: int, status: int = 503, headers: dict[str, str] | None = None):
    """A handler failing FAILURES times with STATUS, then succeeding; it keeps its streams."""
    state = {"calls": 0, "streams": []}

    def handler(request: httpx.Request) -> httpx.Response:
        state["calls"] += 1
        if state["calls"] <= failures:
            stream = ProbeStream([b'{"message": "busy"}'])
            state["streams"].append(stream)
            return httpx.Response(status, headers=headers or {}, stream=stream)
        return httpx.Response(200, json=completion())

    return handler, state


@pytest.mark.parametrize("failures", [0, 1, 2], ids=["first-try", "one-failure", "two-failures"])
@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_complete_retries_then_succeeds(mock_api: Factory, failures: int, status: int):
    """Up to two retries by default; every failed response is closed before the next try."""
    handler, state = flaky(failures, status)
    res = mock_api(handler).complete()
    assert res.choices[0].message.content == "Hi!"
    assert state["calls"] == failures + 1
    assert all(s.closed for s in state["streams"])


def test_complete_gives_up_after_max_retries(mock_api: Factory):
    """Three failures with the default policy: three attempts, then the typed error."""
    handler, state = flaky(5, 503)
    with pytest.raises(InternalServerError):
        mock_api(handler).complete()
    assert state["calls"] == 3
    assert all(s.closed for s in state["streams"])


@pytest.mark.parametrize(
    ("status", "cls"),
    [(400, BadRequestError), (401, AuthenticationError), (403, PermissionDeniedError),
     (404, NotFoundError), (422, HTTPValidationError)],
    ids=["400", "401", "403", "404", "422"],
)  # fmt: skip
def test_client_errors_are_never_retried(mock_api: Factory, status: int, cls: type):
    """4xx other than 429 fail on the first attempt."""
    handler, state = flaky(5, status)
    with pytest.raises(cls):
        mock_api(handler).complete()
    assert state["calls"] == 1


def test_retry_after_too_long_is_not_waited_for(mock_api: Factory):
    """A 429 asking for more than max_retry_after raises at once, with retry_after set."""
    handler, state = flaky(5, 429, {"retry-after": "3600"})
    with pytest.raises(RateLimitError) as caught:
        mock_api(handler).complete()
    assert state["calls"] == 1
    assert caught.value.retry_after == 3600.0


def test_per_call_retry_config_turns_retries_off(mock_api: Factory):
    """retries=RetryConfig(max_retries=0) on one call: a single attempt."""
    handler, state = flaky(5, 503)
    with pytest.raises(InternalServerError):
        mock_api(handler).complete(retries=RetryConfig(max_retries=0))
    assert state["calls"] == 1


def test_client_retry_config_applies_to_every_call(mock_api: Factory):
    """Mistral(retry_config=RetryConfig(max_retries=4)): five attempts in all."""
    handler, state = flaky(10, 500)
    with pytest.raises(InternalServerError):
        mock_api(handler, retry_config=RetryConfig(max_retries=4)).complete()
    assert state["calls"] == 5


def test_connection_errors_are_retried(mock_api: Factory):
    """A refused connection is retried, then succeeds."""
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) < 3:
            raise httpx.ConnectError("refused")
        return httpx.Response(200, json=completion())

    assert mock_api(handler).complete().choices[0].message.content == "Hi!"
    assert len(calls) == 3


def test_each_retry_is_logged_without_secrets(mock_api: Factory, caplog: pytest.LogCaptureFixture):
    """The mistral_client logger says which retry and why; the key is nowhere in the log."""
    handler, _ = flaky(2, 503)
    with caplog.at_level(logging.DEBUG):
        mock_api(handler).complete()
    ours = [r for r in caplog.records if r.name == "mistral_client"]
    assert [r.getMessage().split(" in ")[0] for r in ours] == [
        "POST https://api.mistral.ai/v1/chat/completions: retry 1 of 2",
        "POST https://api.mistral.ai/v1/chat/completions: retry 2 of 2",
    ]
    assert {r.levelno for r in ours} == {logging.INFO}
    assert "503" in ours[0].getMessage()
    assert_no_secret(caplog.text)


@pytest.mark.parametrize(
    ("retry", "jitter", "expected"),
    [
        pytest.param(1, 0.0, 0.5, id="first"),
        pytest.param(2, 0.0, 1.0, id="doubles"),
        pytest.param(3, 0.5, 2.25, id="jitter-up-to-initial-delay"),
        pytest.param(5, 0.0, 8.0, id="capped"),
        pytest.param(9, 0.99, 8.0, id="capped-with-jitter"),
    ],
)
def test_backoff_doubles_with_jitter_up_to_max_delay(retry: int, jitter: float, expected: float):
    """Exponential backoff from initial_delay, plus jitter, never above max_delay."""
    assert backoff(RetryConfig(), retry, jitter) == pytest.approx(expected)


def test_waits_follow_retry_after_else_backoff(mock_api: Factory, retry_waits: list[float]):
    """A Retry-After the server sends is the wait; without one, the backoff of the policy."""
    handler, _ = flaky(2, 429, {"retry-after": "1.5"})
    mock_api(handler).complete()
    handler, _ = flaky(2, 503)
    mock_api(handler, retry_config=RetryConfig(initial_delay=0.1, max_delay=0.15)).complete()
    assert retry_waits[:2] == [1.5, 1.5]
    assert 0.1 <= retry_waits[2] <= 0.15
    assert retry_waits[3] == 0.15
