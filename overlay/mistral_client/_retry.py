"""When to retry, and how long to wait: pure functions of the error and the attempt number.

The loop that runs them is a few lines in each send shell (`_http.send`, `_http.asend`), by
hand rather than stamina: stamina reports every retry through its instrumentation hooks, which
by default log ``stamina.retry_scheduled`` at WARNING on the ``stamina`` logger, and with no
logging configured Python's last-resort handler prints that to stderr. Silencing it means
changing stamina's process-wide hooks, which a library must not do to its application. Here
each retry is one INFO line on the ``mistral_client`` logger, so nothing is printed unless the
application configures logging.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time

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


def backoff(policy: RetryConfig, retry: int, jitter: float) -> float:
    """The wait before retry number RETRY (1-based): doubling from initial_delay, capped.

    JITTER, in [0, 1), spreads clients that failed together over up to one initial_delay
    (the full-jitter term stamina and tenacity add).
    """
    wait = policy.initial_delay * 2.0 ** (retry - 1) + jitter * policy.initial_delay
    return min(wait, policy.max_delay)


def next_wait(exc: Exception, policy: RetryConfig, retry: int, what: str) -> float | None:
    """Seconds to wait before retry number RETRY after EXC, or None: raise EXC now.

    Logs the retry of WHAT (``POST <url>``) at INFO on the ``mistral_client`` logger.
    """
    if retry > policy.max_retries:
        return None
    decision = retry_delay(exc, policy)
    if decision is False:
        return None
    wait = backoff(policy, retry, random.random()) if decision is True else decision
    # The error's str: status, type and message, or the transport error; never headers.
    logger.info(
        "%s: retry %d of %d in %.2f s after: %s", what, retry, policy.max_retries, wait, exc
    )
    return wait


# The send shells sleep through these names, so tests can replace them (tests/conftest.py).
sleep = time.sleep
asleep = asyncio.sleep
