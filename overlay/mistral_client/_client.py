from __future__ import annotations

import functools
import os
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Self

import httpx

from ._chat import Chat
from ._constants import (
    DEFAULT_STREAM_IDLE_TIMEOUT,
    ENV_API_KEY,
)
from ._exceptions import InvalidRequestError
from ._http import Call
from ._pools import OwnedClients
from ._resources import Resources
from ._transport import HTTPTransport, seconds
from ._transport import base_url as _server_url
from ._types import RetryConfig
from ._version import __version__

if TYPE_CHECKING:
    from ._batch import Batch
    from ._files import Files

__all__ = ["Mistral"]


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = _NotGiven()


def _seconds(timeout: Any, timeout_ms: Any, where: str) -> Any:
    """TIMEOUT, or TIMEOUT_MS (the official SDK's name, in milliseconds) in seconds."""
    if timeout_ms is None:
        return timeout
    if timeout is not NOT_GIVEN:
        raise InvalidRequestError("give timeout (seconds) or timeout_ms, not both", param=where)
    return seconds(timeout_ms, where)


class Mistral(Resources):
    """A client for the Mistral AI API.

    Every operation of the API is a typed method of a generated resource: ``client.models.list()``,
    ``client.embeddings.create(...)``, ``client.batch.jobs.get(job_id=...)``, each with an
    ``_async`` twin and ``with_raw_response``.

    Usage:
        ```python
        from mistral_client import Mistral

        with Mistral() as client:  # the key comes from MISTRAL_API_KEY
            res = client.chat.complete(
                model="mistral-small-latest",
                messages=[{"role": "user", "content": "Who is the best French painter?"}],
            )
            print(res.choices[0].message.content)
        ```

    Args:
        api_key: The API key; defaults to the ``MISTRAL_API_KEY`` environment variable.
        server_url: The API's address; defaults to ``MISTRAL_BASE_URL`` (with or without a
            trailing ``/v1``), else ``https://api.mistral.ai``. It must start with
            ``http://`` or ``https://``.
        client: Your own ``httpx.Client`` for sync calls; it keeps its settings and is never
            closed by this object.
        async_client: Your own ``httpx.AsyncClient`` for async calls; likewise.
        retry_config: The retry policy; retries are on by default (:class:`RetryConfig`).
        max_retries: Shortcut for ``retry_config=RetryConfig(max_retries=...)``.
        timeout: Seconds, or an ``httpx.Timeout``, for every call. Not given: 300 s reads and
            10 s connects on the clients this object creates, and your own client's timeout on
            yours.
        timeout_ms: ``timeout`` in milliseconds, the name Mistral's official SDK uses.
        stream_idle_timeout: The longest wait between two reads of a stream, in seconds.
        default_headers: Headers sent with every request.

    Each method also takes, per call: ``retries=RetryConfig(...)``, ``timeout=`` (or
    ``timeout_ms=``), ``extra_headers=`` (or the official SDK's ``http_headers=``),
    ``server_url=`` and, where the body is JSON, ``extra_body=``.

    Attributes:
        chat: Chat completions: ``complete`` / ``stream`` and their ``_async`` twins,
            structured outputs (``parse*``), tool loops (``run_tools*``) and many requests at
            once (``complete_many*``).
        files: Files: ``upload``, ``list``, ``retrieve``, ``delete``, ``download``.
        batch: The Batch API: ``batch.jobs`` (``create``, ``list``, ``get``, ``cancel``) and
            the whole workflow in one call (``run``, ``wait``, ``results``).
        server_url: The base URL requests go to.
        retry_config: The retry policy in force.

    Raises:
        InvalidRequestError: no API key was given or found in ``MISTRAL_API_KEY``, or the
            server URL is not an http(s) URL.
    """

    # The hand-written chat resource stands in for the generated one until it is rebuilt on
    # it (issue 16).
    chat: Chat  # type: ignore[assignment]

    def __init__(
        self,
        api_key: str | None = None,
        server_url: str | None = None,
        *,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
        retry_config: RetryConfig | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | _NotGiven | None = NOT_GIVEN,
        stream_idle_timeout: float | None = DEFAULT_STREAM_IDLE_TIMEOUT,
        default_headers: Mapping[str, str] | None = None,
        timeout_ms: float | None = None,
    ) -> None:
        key = api_key or os.environ.get(ENV_API_KEY)
        if not key:
            raise InvalidRequestError(
                f"no API key: pass Mistral(api_key=...) or set the {ENV_API_KEY} "
                "environment variable",
                param="api_key",
            )
        self.server_url = _server_url(server_url)
        policy = retry_config or RetryConfig()
        if max_retries is not None:
            policy = policy._replace(max_retries=max_retries)
        self.retry_config = policy
        self.timeout = _seconds(timeout, timeout_ms, "timeout_ms")
        self.stream_idle_timeout = stream_idle_timeout
        # Sent per request, so a caller's own client is never modified.
        self._headers = {
            "Authorization": f"Bearer {key}",
            "User-Agent": f"mistral-client/{__version__}",
            **(default_headers or {}),
        }
        self._client = client
        self._async = async_client
        self._own = OwnedClients()
        # A client used and dropped releases its pools quietly, as httpx's do (_pools.py).
        weakref.finalize(self, self._own.release)
        transport = HTTPTransport(self)
        super().__init__(transport)
        self.chat = Chat(self, transport)

    @functools.cached_property
    def files(self) -> Files:
        """`client.files`: the generated files resource, with the upload conveniences."""
        from ._files import Files

        return Files(self._transport)

    @functools.cached_property
    def batch(self) -> Batch:
        """`client.batch`: the generated ``batch.jobs``, with ``run``, ``wait`` and ``results``."""
        from ._batch import Batch

        return Batch(self._transport, self.files)

    def __repr__(self) -> str:
        # getattr: a traceback of a failed __init__ shows this object before it has the URL.
        return f"Mistral(server_url={getattr(self, 'server_url', None)!r})"

    def _sync_client(self) -> httpx.Client:
        return self._own.sync() if self._client is None else self._client

    def _async_client(self) -> httpx.AsyncClient:
        return self._own.async_() if self._async is None else self._async

    def _call(
        self, method: str, path: str, body: Any, options: Mapping[str, Any], *, stream: bool
    ) -> Call:
        """The call of one request; OPTIONS as `_transport.plan` makes them canonical."""
        extra = options.get("extra_headers")
        timeout = options.get("timeout", self.timeout)
        return Call(
            method=method,
            url=f"{self.server_url}{path}",
            json=body,
            headers={**self._headers, **extra} if extra else self._headers,
            timeout=httpx.USE_CLIENT_DEFAULT if timeout is NOT_GIVEN else timeout,
            retry=options.get("retries") or self.retry_config,
            stream=stream,
            stream_idle_timeout=self.stream_idle_timeout,
        )

    def close(self) -> None:
        """Close the HTTP clients this object created (never one you passed in).

        The sync client is closed at once. An async client can only be closed in the event
        loop it was created in: if that loop is running (``with Mistral()`` inside async
        code), its closing is scheduled there and happens at the loop's next turn; if the loop
        is idle, it is run there now. Prefer ``async with`` or ``await aclose()`` in async
        code, which close it before returning. Without any of these, the clients are released
        when this object is garbage-collected or when their loop shuts down, quietly.
        """
        self._own.close()

    async def aclose(self) -> None:
        """Close the HTTP clients this object created (never ones you passed in)."""
        await self._own.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
