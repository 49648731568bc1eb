"""The HTTP clients a Mistral object creates for itself, and how each is released.

httpx releases a dropped client's connections quietly. aiohttp's pool, which the async client
runs on when the ``aiohttp`` extra is installed, does not: dropped unclosed, it reports
"Unclosed client session" and "Unclosed connector" on stderr, and it can only be closed in the
event loop it was created in. Mistral's own async example never closes its client, and
``asyncio.run()`` closes the loop when ``main()`` returns. So every event loop gets its own
async client, created on first use there, and closed there, whichever comes first:

- ``await client.aclose()`` or ``async with``: at once;
- ``client.close()`` or a ``with`` block: scheduled on that loop if it is running, run to the
  end if it is idle (nothing can be done for a loop that is already closed);
- the Mistral object is garbage-collected: scheduled on the loop, as by ``close()``;
- the loop shuts down: ``asyncio.run()``, like every asyncio runner, closes the async
  generators still open in its loop (``loop.shutdown_asyncgens()``) before closing the loop,
  and each async client is tied to one such generator (:class:`AsyncPool`).

One case is left to the garbage collector, and aiohttp reports it: a loop run by hand and
closed with ``loop.close()`` without ``loop.shutdown_asyncgens()`` first; call ``close()``
before closing such a loop. The sync client is closed by ``close()``, or when the Mistral
object is garbage-collected, or at interpreter exit (``weakref.finalize``).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING

import httpx

from . import _tls
from ._constants import DEFAULT_TIMEOUT

if TYPE_CHECKING:  # imported by whoever runs a loop; `import mistral_client` does not need it
    import asyncio

# The async clients not yet closed, held here so that each stays reachable, and so closable
# in its loop, however the Mistral object that made it goes; the tasks closing some of them.
_OPEN: set[AsyncPool] = set()
_CLOSING: set[asyncio.Task[None]] = set()


def new_async_client() -> httpx.AsyncClient:
    """The AsyncClient a Mistral object creates: on aiohttp's pool when httpx-aiohttp is there.

    httpx's own async pool (httpcore 1.0) loses throughput with many requests in flight: 500
    concurrent completions ran at 65 req/s against a local server answering in 200 ms, and 408
    req/s on the aiohttp transport (bench/run.py; BENCHMARKS.md). Same httpx API either way.
    Its TLS context loads its CA certificates at the first handshake (:mod:`._tls`).
    """
    verify = _tls.default_context() or True
    try:
        from httpx_aiohttp import HttpxAiohttpClient
    except ImportError:  # pragma: no cover - the `aiohttp` extra is installed in development
        return httpx.AsyncClient(timeout=DEFAULT_TIMEOUT, verify=verify)
    return HttpxAiohttpClient(timeout=DEFAULT_TIMEOUT, verify=verify)


def _running_loop() -> asyncio.AbstractEventLoop | None:
    running = sys.modules.get("asyncio")  # not imported: no asyncio loop can be running
    if running is None:
        return None
    try:
        return running.get_running_loop()  # type: ignore[no-any-return]
    except RuntimeError:  # no asyncio loop: called from sync code, or under trio
        return None


class AsyncPool:
    """One async client and the event loop it belongs to, closed in that loop."""

    def __init__(self, client: httpx.AsyncClient, loop: asyncio.AbstractEventLoop | None) -> None:
        self.client = client
        self.loop = loop
        self._guard: AsyncGenerator[None] | None = None
        if loop is not None:
            _OPEN.add(self)
            self._guard = self._until_closed()
            # Starting the generator registers it with the running loop (asyncio's firstiter
            # hook), so the loop's shutdown closes it. It does not await before its yield, so
            # one step runs it there without awaiting.
            with contextlib.suppress(StopIteration):
                self._guard.asend(None).send(None)

    async def _until_closed(self) -> AsyncGenerator[None]:
        try:
            yield
        finally:
            _OPEN.discard(self)
            await self.client.aclose()

    async def aclose(self) -> None:
        """Close the client; call it in the pool's own loop."""
        if self._guard is None:
            await self.client.aclose()
        else:
            await self._guard.aclose()

    def release(self, *, wait: bool) -> None:
        """Close the client in its own loop from sync code, in any thread.

        Scheduled there when the loop is running; with WAIT, run there to the end when the loop
        is idle and no other loop runs in this thread.
        """
        loop = self.loop
        if loop is None or loop.is_closed() or self.client.is_closed:
            return
        if loop.is_running():
            loop.call_soon_threadsafe(self._close_soon)
        elif wait and _running_loop() is None:
            loop.run_until_complete(self.aclose())

    def _close_soon(self) -> None:
        assert self.loop is not None
        task = self.loop.create_task(self.aclose())
        _CLOSING.add(task)
        task.add_done_callback(_CLOSING.discard)


class OwnedClients:
    """The sync client and the per-loop async clients one Mistral object created."""

    def __init__(self) -> None:
        self._sync: httpx.Client | None = None
        self._pools: dict[asyncio.AbstractEventLoop | None, AsyncPool] = {}

    def sync(self) -> httpx.Client:
        if self._sync is None:
            # httpx's default TLS context, its CAs loaded at the first handshake (._tls).
            verify = _tls.default_context() or True
            self._sync = httpx.Client(timeout=DEFAULT_TIMEOUT, verify=verify)
        return self._sync

    def async_(self) -> httpx.AsyncClient:
        loop = _running_loop()
        pool = self._pools.get(loop)
        if pool is None or pool.client.is_closed:
            # Forget the pools of loops that are gone; theirs were closed with them.
            for old in [k for k in self._pools if k is not None and k.is_closed()]:
                del self._pools[old]
            pool = self._pools[loop] = AsyncPool(new_async_client(), loop)
        return pool.client

    def close(self, *, wait: bool = True) -> None:
        """Close the sync client; release every async client in its loop (AsyncPool.release)."""
        if self._sync is not None:
            self._sync.close()
            self._sync = None
        pools, self._pools = self._pools, {}  # the next call opens new ones
        for pool in pools.values():
            pool.release(wait=wait)

    def release(self) -> None:
        """When the Mistral object is collected or at exit: never blocks on a loop."""
        self.close(wait=False)

    async def aclose(self) -> None:
        """Close the running loop's async client now; the others as :meth:`close` does."""
        current = self._pools.pop(_running_loop(), None)
        self.close()
        if current is not None:
            await current.aclose()
