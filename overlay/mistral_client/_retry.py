"""When to retry, and how long to wait: pure functions of the error, run by stamina.

stamina (a well-kept wrapper of tenacity) runs the loop: exponential backoff with jitter, an
attempt budget, and `stamina.set_testing()` for tests that must not sleep. It is used only
through `retry_context`, never its global configuration. Its own instrumentation logs the
`repr` of the error being retried; our exceptions' reprs carry no headers, so no secret.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from ._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_STATUSES,
)
from ._exceptions import APIConnectionError, SDKError

if TYPE_CHECKING:
    import stamina

logger = logging.getLogger("mistral_client")


@attrs.frozen
class RetryConfig:
    """How mistral-client retries a failed request. Retries are on by default.

    Retried: connection errors, timeouts before any response, and the statuses in ``statuses``
    (429, 500, 502, 503, 504). Never retried: 400, 401, 403, 404, 422, and a stream once its
    first event was yielded.

    Attributes:
        max_retries: Retries after the first attempt; 0 turns retrying off.
        initial_delay: Seconds before the first retry; each later wait doubles, plus jitter.
        max_delay: The longest backoff wait, in seconds.
        max_retry_after: A server's ``Retry-After`` up to this many seconds is honoured; a
            longer one is not waited for, and the error is raised at once.
        statuses: The HTTP statuses worth another try.

    Example:
        ``Mistral(retry_config=RetryConfig(max_retries=5))``, or per call
        ``client.chat.complete(..., retries=RetryConfig(max_retries=0))``.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_retry_after: float = MAX_RETRY_AFTER
    statuses: frozenset[int] = RETRY_STATUSES


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, from ``retry-after-ms`` or ``Retry-After``.

    ``Retry-After`` is seconds or an HTTP-date (RFC 9110 §10.2.3); garbage gives None.
    """
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def retry_delay(exc: Exception, policy: RetryConfig) -> bool | float:
    """Whether EXC is worth another attempt: False, True (backoff), or the seconds to wait."""
    if isinstance(exc, APIConnectionError):
        return True
    if not isinstance(exc, SDKError) or exc.status_code not in policy.statuses:
        return False
    wait = parse_retry_after(exc.headers)
    if wait is None:
        return True
    # openai-python's rule: a server asking for a long wait is not waited for.
    return wait if wait <= policy.max_retry_after else False


class _Loop:
    """One retry loop's settings, and the last error it saw (for the retry log line)."""

    def __init__(self, policy: RetryConfig, what: str) -> None:
        self.policy = policy
        self.what = what
        self.last: Exception | None = None

    def on(self, exc: Exception) -> bool | float:
        self.last = exc
        return retry_delay(exc, self.policy)

    def context(self) -> Any:  # stamina's iterator class is private; it is sync and async
        import stamina  # on first use: tenacity under it adds ~20 ms to `import mistral_client`

        return stamina.retry_context(
            on=self.on,
            attempts=self.policy.max_retries + 1,
            timeout=None,
            wait_initial=self.policy.initial_delay,
            wait_max=self.policy.max_delay,
            wait_jitter=self.policy.initial_delay,
        )

    def log(self, attempt: stamina.Attempt) -> None:
        if attempt.num > 1:
            # The error's str: status, type and message, or the transport error; no headers.
            logger.info(
                "%s: retry %d of %d after: %s",
                self.what,
                attempt.num - 1,
                self.policy.max_retries,
                self.last,
            )


def attempts(policy: RetryConfig, what: str) -> Iterator[stamina.Attempt]:
    """Yield the attempts of one sync retry loop (``with attempt:`` around each try)."""
    loop = _Loop(policy, what)
    for attempt in loop.context():
        loop.log(attempt)
        yield attempt


async def aattempts(policy: RetryConfig, what: str) -> AsyncIterator[stamina.Attempt]:
    """Async twin of :func:`attempts`."""
    loop = _Loop(policy, what)
    async for attempt in loop.context():
        loop.log(attempt)
        yield attempt
