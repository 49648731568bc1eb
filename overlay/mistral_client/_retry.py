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

import logging
import random
import time

from ._exceptions import APIConnectionError, SDKError, parse_retry_after
from ._types import RetryConfig

__all__ = ["RetryConfig", "backoff", "next_wait", "parse_retry_after", "retry_delay"]

logger = logging.getLogger("mistral_client")


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


async def _anyio_sleep(seconds: float) -> None:
    # anyio (an httpx dependency) sleeps under asyncio and trio alike, as httpx runs on both;
    # imported on the first async retry, not by `import mistral_client`.
    import anyio

    await anyio.sleep(seconds)


# The send shells sleep through these names, so tests can replace them (tests/conftest.py).
sleep = time.sleep
asleep = _anyio_sleep
