from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Final, Self

import attrs
import httpx

from ._chat import Chat
from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_STREAM_IDLE_TIMEOUT,
    DEFAULT_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
)
from ._exceptions import InvalidRequestError
from ._http import Call
from ._retry import RetryConfig
from ._version import __version__

__all__ = ["Mistral"]


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = _NotGiven()


def new_async_client() -> httpx.AsyncClient:
    """The AsyncClient a Mistral object creates: on aiohttp's pool when httpx-aiohttp is there.

    httpx's own async pool (httpcore 1.0) loses throughput with many requests in flight: 500
    concurrent completions ran at 65 req/s against a local server answering in 200 ms, and 408
    req/s on the aiohttp transport (bench/run.py; BENCHMARKS.md). Same httpx API either way.
    """
    try:
        from httpx_aiohttp import HttpxAiohttpClient
    except ImportError:  # pragma: no cover - the `aiohttp` extra is installed in development
        return httpx.AsyncClient(timeout=DEFAULT_TIMEOUT)
    return HttpxAiohttpClient(timeout=DEFAULT_TIMEOUT)


def _server_url(server_url: str | None) -> str:
    url = (server_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
    # MISTRAL_BASE_URL is often written with /v1, as for OpenAI-compatible clients.
    return url.removesuffix("/v1")


class Mistral:
    """A client for the Mistral AI API.

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
            trailing ``/v1``), else ``https://api.mistral.ai``.
        client: Your own ``httpx.Client`` for sync calls; it keeps its settings and is never
            closed by this object.
        async_client: Your own ``httpx.AsyncClient`` for async calls; likewise.
        retry_config: The retry policy; retries are on by default (:class:`RetryConfig`).
        max_retries: Shortcut for ``retry_config=RetryConfig(max_retries=...)``.
        timeout: Seconds, or an ``httpx.Timeout``, for every call. Not given: 300 s reads and
            10 s connects on the clients this object creates, and your own client's timeout on
            yours.
        stream_idle_timeout: The longest wait between two reads of a stream, in seconds.
        default_headers: Headers sent with every request.

    Raises:
        InvalidRequestError: no API key was given or found in ``MISTRAL_API_KEY``.
    """

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
            policy = attrs.evolve(policy, max_retries=max_retries)
        self.retry_config = policy
        self.timeout = timeout
        self.stream_idle_timeout = stream_idle_timeout
        # Sent per request, so a caller's own client is never modified.
        self._headers = {
            "Authorization": f"Bearer {key}",
            "User-Agent": f"mistral-client/{__version__}",
            **(default_headers or {}),
        }
        self._client = client
        self._async = async_client
        self._owns_client = client is None
        self._owns_async = async_client is None
        self.chat = Chat(self)

    def __repr__(self) -> str:
        return f"Mistral(server_url={self.server_url!r})"

    def _sync_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(timeout=DEFAULT_TIMEOUT)
        return self._client

    def _async_client(self) -> httpx.AsyncClient:
        if self._async is None:
            self._async = new_async_client()
        return self._async

    def _call(
        self, method: str, path: str, body: Any, params: Mapping[str, Any], *, stream: bool
    ) -> Call:
        headers = self._headers
        extra = params.get("extra_headers")
        if extra:
            headers = {**headers, **extra}
        retries = params.get("retries")
        if retries is not None and not isinstance(retries, RetryConfig):
            raise InvalidRequestError("expected a RetryConfig", param="retries")
        timeout = params.get("timeout", NOT_GIVEN)
        if timeout is NOT_GIVEN:
            timeout = self.timeout
        return Call(
            method=method,
            url=f"{self.server_url}{path}",
            json=body,
            headers=headers,
            timeout=httpx.USE_CLIENT_DEFAULT if timeout is NOT_GIVEN else timeout,
            retry=retries or self.retry_config,
            stream=stream,
            stream_idle_timeout=self.stream_idle_timeout,
        )

    def close(self) -> None:
        """Close the sync HTTP client this object created (never one you passed in)."""
        if self._owns_client and self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close the HTTP clients this object created (never ones you passed in)."""
        if self._owns_async and self._async is not None:
            await self._async.aclose()
            self._async = None
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
