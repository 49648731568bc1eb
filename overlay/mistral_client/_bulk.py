"""`client.chat.complete_many`: many chat completions, bounded, in order, rate-limit aware.

Three parts, each a layer over the one before:

- **Pure decisions**: :func:`rate_limit_state` reads Mistral's rate-limit headers and
  :class:`Window` is the shared concurrency window (halved once per burst of 429s, grown by one
  per success, capped by the requests the server says are left, paused when a 429 carries
  ``Retry-After``). Table-tested in tests/unit/test_bulk.py.
- **The async run** (:class:`Bulk`): reads the input lazily, at most ``4 * concurrency`` items
  ahead of the oldest unfinished one (the reordering window), sends each through the send path
  one attempt at a time, and retries by the call's RetryConfig (`_retry.next_wait`). The loop
  is here rather than in `_http.asend` because each retry must wait for a slot of the shared
  window like any new request: a 429 slows the whole pool, not only the item that got it.
- **The sync wrapper** (:func:`iterate_sync`): the same run on an event loop of its own, in a
  thread, so it works from sync code and from inside a running loop alike.

asyncio is imported by the functions that need it: `import mistral_client` stays asyncio-free.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import json
import os
import threading
import time
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable, Mapping, Sized
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, Protocol, TypeAlias, TypeVar

import attrs
import httpx

from . import _retry
from ._exceptions import InvalidRequestError, MistralError, RateLimitError, SDKError
from ._http import APIClient, Call, asend_once, decode
from ._resources import chat_types

if TYPE_CHECKING:
    import asyncio

    from ._resources import ChatCompletionResponse

__all__ = ["BulkResult", "Window", "rate_limit_state"]

# Read-ahead: how many items past the oldest unfinished one may be read, per unit of
# concurrency. Bounds memory (results waiting to be yielded in order) whatever the input size.
READ_AHEAD: Final = 4
T = TypeVar("T")
ProgressCallback: TypeAlias = Callable[[int, "int | None", int], None]


@attrs.frozen
class BulkResult:
    """The outcome of one request of :meth:`Chat.complete_many`: a response or an error.

    Attributes:
        index: The request's position in the input, from 0.
        custom_id: The request's ``custom_id``, if it had one.
        response: The completion, when the request succeeded.
        error: The typed error of this request (after retries), when it failed:
            ``InvalidRequestError`` for an item that was not sent, ``RateLimitError``,
            ``APIConnectionError``, ...
        resumed: True when the response was not asked for again but read back from the
            ``output=`` file of an earlier run.
    """

    index: int
    custom_id: str | None
    response: ChatCompletionResponse | None = None
    error: MistralError | None = None
    resumed: bool = False

    @property
    def ok(self) -> bool:
        """Whether the request succeeded."""
        return self.error is None

    def unwrap(self) -> ChatCompletionResponse:
        """The response, or raise the request's error.

        Raises:
            MistralError: the error of this request.
        """
        if self.error is not None:
            raise self.error
        assert self.response is not None
        return self.response

    def to_dict(self) -> dict[str, Any]:
        """The line written to ``output=``: the response as its ``to_dict``, or the error."""
        line: dict[str, Any] = {"custom_id": self.custom_id, "index": self.index}
        if self.error is None:
            assert self.response is not None
            line["response"] = self.response.to_dict()
            return line
        error: dict[str, Any] = {"type": type(self.error).__name__, "message": str(self.error)}
        if isinstance(self.error, SDKError):
            error["status_code"] = self.error.status_code
            try:
                error["body"] = json.loads(self.error.body)
            except ValueError:
                error["body"] = self.error.text
        line["error"] = error
        return line


# ----------------------------------------------------------------------------- pure decisions

_COUNT_PREFIXES: Final = ("x-ratelimit-remaining-req-",)
_TOKEN_PREFIXES: Final = (
    "x-ratelimit-remaining-tokens-",
    "x-ratelimitbysize-remaining-",
    "ratelimitbysize-remaining",
)
_COSTS: Final = ("x-ratelimit-tokens-query-cost", "ratelimitbysize-query-cost")


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number >= 0 else None


def rate_limit_state(headers: httpx.Headers) -> tuple[float | None, float | None]:
    """(requests left, seconds until the limit resets) from Mistral's rate-limit headers.

    The headers recorded from api.mistral.ai (../shared/cassettes/upstream): request counts
    ``x-ratelimit-remaining-req-minute`` / ``-req-10-second``; token budgets
    ``x-ratelimit-remaining-tokens-minute`` / ``-month``, ``x-ratelimitbysize-remaining-minute``
    / ``-month`` and ``ratelimitbysize-remaining``, each request costing
    ``x-ratelimit-tokens-query-cost`` or ``ratelimitbysize-query-cost`` tokens; and
    ``ratelimitbysize-reset`` in seconds. A token budget counts as budget / cost requests. The
    smallest of all is the answer; None when the response carries none of them.
    """
    cost = next((c for c in map(_number, map(headers.get, _COSTS)) if c), None)
    left: float | None = None
    for name, value in headers.items():
        name = name.lower()
        if name.startswith(_COUNT_PREFIXES):
            count = _number(value)
        elif name.startswith(_TOKEN_PREFIXES) and cost:
            budget = _number(value)
            count = None if budget is None else budget // cost
        else:
            continue
        if count is not None and (left is None or count < left):
            left = count
    return left, _number(headers.get("ratelimitbysize-reset"))


@attrs.define
class Window:
    """The concurrency window every request of one run shares.

    Halved by a 429, grown by one per success, as TCP's congestion window in slow start.
    ``epoch`` counts decreases; a request remembers the epoch it started in, and only the
    requests started since the last decrease move the window: the burst of 429s that the
    requests already in flight get for one overload halves it once, not once each, and their
    successes do not undo it. Growing by one per success (about doubling per round) rather than
    TCP's one per round: bench/bulk.py, with one request in ten answered 429 at random, ran at a
    third of the throughput with the slower growth (148 against 493 req/s for raw aiohttp), the
    window never recovering between 429s; a sustained limit is met by the Retry-After pause and
    the remaining-requests cap instead.

    Attributes:
        ceiling: The ``concurrency`` asked for: never exceeded.
        limit: The current window, between 1 and ``ceiling``.
        pause_until: Until when (a ``time.monotonic()`` value) no request may start.
        epoch: The number of decreases so far.
    """

    ceiling: int
    limit: float = attrs.field()
    pause_until: float = 0.0
    epoch: int = 0

    @limit.default
    def _full(self) -> float:
        return float(self.ceiling)

    @property
    def size(self) -> int:
        """How many requests may be in flight now."""
        return max(1, min(self.ceiling, int(self.limit)))

    def _decrease(self, epoch: int) -> None:
        if epoch == self.epoch:
            self.limit = max(1.0, self.limit / 2)
            self.epoch += 1

    def _pause(self, seconds: float, now: float) -> float | None:
        until = now + seconds
        if seconds <= 0 or until <= self.pause_until:
            return None
        self.pause_until = until
        return seconds

    def on_success(
        self, epoch: int, left: float | None, reset: float | None, now: float
    ) -> float | None:
        """A request started in EPOCH succeeded with LEFT requests left (None: unknown).

        Returns:
            Seconds to pause the pool (the server says none are left until RESET), or None.
        """
        if left is not None and left < 1:
            self._decrease(epoch)
            return None if reset is None else self._pause(reset, now)
        if left is not None and left < self.limit:
            # Fewer requests left than the window would send at once: send no more than that.
            self.limit = max(1.0, left)
        elif epoch == self.epoch:
            self.limit = min(float(self.ceiling), self.limit + 1)
        return None

    def on_rate_limited(
        self, epoch: int, retry_after: float | None, now: float, max_pause: float
    ) -> float | None:
        """A request started in EPOCH got a 429, asking to wait RETRY_AFTER seconds.

        Returns:
            Seconds to pause the whole pool (the wait asked for, capped at MAX_PAUSE) when that
            extends the current pause; None otherwise.
        """
        self._decrease(epoch)
        if retry_after is None:
            return None
        return self._pause(min(retry_after, max_pause), now)


# ----------------------------------------------------------------------------- async run


class ChatLike(Protocol):
    """What the run needs from ``client.chat``: build a checked Call, and the client."""

    _client: APIClient

    def _call(self, model: Any, messages: Any, params: Mapping[str, Any], *, stream: bool) -> Call:
        """The Call for one completion; InvalidRequestError for bad arguments."""
        ...


class _Pool:
    """The asyncio shell around a :class:`Window`: slots handed out lowest index first."""

    def __init__(self, window: Window) -> None:
        self.window = window
        self.in_flight = 0
        self.paused = False
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._timer: asyncio.Task[None] | None = None

    def _free(self) -> bool:
        return not self.paused and self.in_flight < self.window.size

    async def acquire(self, index: int) -> int:
        """Wait for a slot; the epoch the request starts in."""
        import asyncio

        if not self._waiters and self._free():
            self.in_flight += 1
            return self.window.epoch
        while True:
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            heapq.heappush(self._waiters, (index, next(self._order), future))
            try:
                await future
            except asyncio.CancelledError:
                if future.done() and not future.cancelled():
                    self.release()  # granted, then cancelled before it could run
                raise
            if not self.paused:
                return self.window.epoch
            # Granted before a 429 paused the pool, run after: wait for the pause's end.
            self.in_flight -= 1

    def release(self) -> None:
        self.in_flight -= 1
        self._wake()

    def _wake(self) -> None:
        while self._waiters and self._free():
            _, _, future = heapq.heappop(self._waiters)
            if not future.done():
                self.in_flight += 1
                future.set_result(None)

    def succeeded(self, epoch: int, headers: httpx.Headers) -> None:
        left, reset = rate_limit_state(headers)
        self._pause(self.window.on_success(epoch, left, reset, time.monotonic()))

    def rate_limited(self, epoch: int, exc: RateLimitError, max_pause: float) -> None:
        self._pause(
            self.window.on_rate_limited(epoch, exc.retry_after, time.monotonic(), max_pause)
        )

    def _pause(self, seconds: float | None) -> None:
        import asyncio

        if seconds is None:
            return
        if self._timer is not None:
            self._timer.cancel()
        self.paused = True
        self._timer = asyncio.get_running_loop().create_task(self._resume(seconds))

    async def _resume(self, seconds: float) -> None:
        await _retry.asleep(seconds)
        self.paused = False
        self._timer = None
        self._wake()

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()


@attrs.frozen
class _Fatal:
    """Raised by the iterator when reached: everything before it is yielded first."""

    error: BaseException


class _Progress:
    def __init__(
        self, total: int | None, callback: ProgressCallback | None, bar: bool | IO[str]
    ) -> None:
        self.done = self.failed = 0
        self.total = total
        self.callback = callback
        self.bar: Any = None
        if bar is not False:
            from tqdm import tqdm  # checked importable by Bulk

            kwargs: dict[str, Any] = {} if bar is True else {"file": bar}
            self.bar = tqdm(total=total, unit="req", dynamic_ncols=True, **kwargs)

    def add(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        if self.bar is not None:
            self.bar.update(1)
            if failed:
                self.bar.set_postfix(failed=self.failed, refresh=False)
        if self.callback is not None:
            self.callback(self.done, self.total, self.failed)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def read_done(path: Path) -> dict[str, int]:
    """The custom_ids an earlier run finished with a response, each with its line's offset.

    A later line for the same id wins. Offsets rather than responses: a rerun of a million
    requests keeps a million integers, and reads each response back when it is yielded.
    """
    done: dict[str, int] = {}
    if not path.exists():
        return done
    offset = 0
    with path.open("rb") as lines:
        for line in lines:
            start, offset = offset, offset + len(line)
            try:
                record = json.loads(line)
            except ValueError:
                continue  # the last line of a run that crashed mid-write
            if not isinstance(record, dict) or not isinstance(record.get("custom_id"), str):
                continue
            if "response" in record:
                done[record["custom_id"]] = start
            else:
                done.pop(record["custom_id"], None)
    return done


class _Finished:
    """Reads back the responses an earlier run wrote to ``output=`` (see read_done)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.offsets = {} if path is None else read_done(path)
        self._file: IO[bytes] | None = None

    def result(self, index: int, custom_id: Any) -> BulkResult | None:
        """CUSTOM_ID's earlier response as a resumed result; None: not done, send it."""
        offset = self.offsets.get(custom_id) if isinstance(custom_id, str) else None
        if offset is None or self.path is None:
            return None
        if self._file is None:
            self._file = self.path.open("rb")
        self._file.seek(offset)
        try:
            response = chat_types().response.from_dict(
                json.loads(self._file.readline())["response"]
            )
        except Exception:  # written by a version whose model differs: ask again
            return None
        return BulkResult(index, custom_id, response=response, resumed=True)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


def _open_output(path: Path) -> IO[str]:
    out = path.open("a+", encoding="utf-8")
    out.seek(0, os.SEEK_END)
    if out.tell():
        out.seek(out.tell() - 1)
        if out.read(1) != "\n":
            out.write("\n")  # a crash cut the last line: start on a fresh one
    return out


def _in_item(index: int, exc: InvalidRequestError) -> InvalidRequestError:
    message = str(exc)
    if exc.param and message.startswith(f"{exc.param}: "):
        message = message[len(exc.param) + 2 :]
    param = f"requests[{index}]" + (f".{exc.param}" if exc.param else "")
    return InvalidRequestError(message, param=param)


class Bulk:
    """One run of complete_many: arguments checked at construction, nothing sent until iterated."""

    def __init__(
        self,
        chat: ChatLike,
        requests: Iterable[Mapping[str, Any]],
        *,
        concurrency: int,
        output: str | os.PathLike[str] | None,
        progress: bool | IO[str],
        on_progress: ProgressCallback | None,
        params: Mapping[str, Any],
    ) -> None:
        if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
            raise InvalidRequestError(
                f"expected a positive integer, got {concurrency!r}", param="concurrency"
            )
        if isinstance(requests, str | bytes | Mapping) or not isinstance(requests, Iterable):
            raise InvalidRequestError(
                "expected an iterable of request dicts, such as a list or a generator of "
                "{'messages': [...], 'custom_id': ...}",
                param="requests",
            )
        if output is not None and not isinstance(output, str | os.PathLike):
            raise InvalidRequestError(f"expected a path, got {output!r}", param="output")
        if on_progress is not None and not callable(on_progress):
            raise InvalidRequestError("expected a callable", param="on_progress")
        if progress is not False and progress is not True and not hasattr(progress, "write"):
            raise InvalidRequestError(
                "expected True (a bar on stderr), False, or a text stream", param="progress"
            )
        if progress is not False:
            try:
                import tqdm  # noqa: F401
            except ImportError as exc:
                raise InvalidRequestError(
                    "the progress bar needs tqdm: pip install 'mistral-client[progress]'",
                    param="progress",
                ) from exc
        if "messages" in params:
            raise InvalidRequestError(
                "messages belong to each request: {'messages': [...]}", param="messages"
            )
        if params.get("stream"):
            raise InvalidRequestError(
                "complete_many() returns whole responses; it does not stream", param="stream"
            )
        common = dict(params)
        self.model = common.pop("model", None)
        # Common parameters are checked once, now: a mistake fails before anything is sent.
        chat._call("-" if self.model is None else self.model, [], common, stream=False)
        self.chat = chat
        self.requests = requests
        self.concurrency = concurrency
        self.output = None if output is None else Path(output)
        self.progress = progress
        self.on_progress = on_progress
        self.common = common

    def _prepare(self, index: int, item: Any, done: _Finished) -> Call | BulkResult | _Fatal:
        """The checked Call for ITEM; its error or resumed result; a fatal error."""
        if not isinstance(item, Mapping):
            error = InvalidRequestError(
                f"expected a dict with 'messages', got {type(item).__name__}",
                param=f"requests[{index}]",
            )
            return BulkResult(index, None, error=error)
        custom_id = item.get("custom_id")
        if custom_id is not None and not isinstance(custom_id, str):
            error = InvalidRequestError(
                f"expected a string, got {custom_id!r}", param=f"requests[{index}].custom_id"
            )
            return BulkResult(index, None, error=error)
        if self.output is not None:
            if custom_id is None:
                return _Fatal(
                    InvalidRequestError(
                        "with output= every request needs a 'custom_id', the key a rerun "
                        "uses to skip what is done",
                        param=f"requests[{index}].custom_id",
                    )
                )
            resumed = done.result(index, custom_id)
            if resumed is not None:
                return resumed
        params = {**self.common}
        params.update(
            (k, v) for k, v in item.items() if k not in ("custom_id", "messages", "model")
        )
        try:
            return self.chat._call(
                item.get("model", self.model), item.get("messages"), params, stream=False
            )
        except InvalidRequestError as exc:
            return BulkResult(index, custom_id, error=_in_item(index, exc))

    async def _send(
        self, pool: _Pool, http: httpx.AsyncClient, call: Call, index: int
    ) -> ChatCompletionResponse:
        """Send CALL until it succeeds or its RetryConfig gives up; each attempt takes a slot."""
        parse: Callable[[Any], ChatCompletionResponse] = chat_types().response.from_dict
        retry = 0
        while True:
            epoch = await pool.acquire(index)
            try:
                response = await asend_once(http, call)
                result = decode(response, parse)
            except MistralError as exc:
                if isinstance(exc, RateLimitError):
                    pool.rate_limited(epoch, exc, call.retry.max_retry_after)
                pool.release()
                retry += 1
                wait = _retry.next_wait(exc, call.retry, retry, call.what)
                if wait is None:
                    raise
                await _retry.asleep(wait)
                continue
            except BaseException:
                pool.release()
                raise
            pool.succeeded(epoch, response.headers)
            pool.release()
            return result

    async def _one(
        self, pool: _Pool, http: httpx.AsyncClient, call: Call, index: int, custom_id: str | None,
        finish: Callable[[BulkResult], None],
    ) -> BulkResult:  # fmt: skip
        try:
            result = BulkResult(
                index, custom_id, response=await self._send(pool, http, call, index)
            )
        except MistralError as exc:
            result = BulkResult(index, custom_id, error=exc)
        finish(result)
        return result

    async def run(self) -> AsyncGenerator[BulkResult]:
        """The results, in input order."""
        import asyncio

        done = _Finished(self.output)
        total = len(self.requests) if isinstance(self.requests, Sized) else None
        progress = _Progress(total, self.on_progress, self.progress)
        out = None if self.output is None else _open_output(self.output)

        def finish(result: BulkResult) -> None:
            # On completion, not when yielded: a crash loses only what is in flight.
            if out is not None:
                out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
                out.flush()
            progress.add(result.error is not None)

        pool = _Pool(Window(self.concurrency))
        http = self.chat._client._async_client()
        source = iter(self.requests)
        ahead = READ_AHEAD * self.concurrency
        pending: deque[asyncio.Task[BulkResult] | BulkResult | _Fatal] = deque()
        exhausted = False
        index = 0
        try:
            while True:
                while not exhausted and len(pending) < ahead:
                    try:
                        item = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    except Exception as exc:  # the caller's generator failed: raised in turn
                        pending.append(_Fatal(exc))
                        exhausted = True
                        break
                    prepared = self._prepare(index, item, done)
                    if isinstance(prepared, Call):
                        coroutine = self._one(
                            pool, http, prepared, index, item.get("custom_id"), finish
                        )
                        pending.append(asyncio.get_running_loop().create_task(coroutine))
                    elif isinstance(prepared, BulkResult):
                        if prepared.resumed:  # already in the file: counted, not written
                            progress.add(False)
                        else:
                            finish(prepared)
                        pending.append(prepared)
                    else:
                        pending.append(prepared)
                        exhausted = True
                    index += 1
                if not pending:
                    return
                head = pending.popleft()
                if isinstance(head, _Fatal):
                    raise head.error
                yield head if isinstance(head, BulkResult) else await head
        finally:
            for entry in pending:
                if isinstance(entry, asyncio.Task):
                    entry.cancel()
            tasks = [t for t in pending if isinstance(t, asyncio.Task)]
            if tasks:
                await asyncio.gather(*tasks, return_exceptions=True)
            pool.close()
            progress.close()
            done.close()
            if out is not None:
                out.close()


# ----------------------------------------------------------------------------- sync wrapper


class _LoopThread:
    """An event loop running in a thread of its own; coroutines submitted from this thread."""

    def __init__(self) -> None:
        import asyncio

        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(
            target=self.loop.run_forever, name="mistral-client-bulk", daemon=True
        )
        self.thread.start()

    def run(self, awaitable: Awaitable[T]) -> T:
        import asyncio

        async def step() -> T:
            return await awaitable

        return asyncio.run_coroutine_threadsafe(step(), self.loop).result()

    def close(self) -> None:
        """Cancel what still runs, close async generators and clients there, stop, join."""
        import asyncio

        async def shutdown() -> None:
            current = asyncio.current_task()
            tasks = [t for t in asyncio.all_tasks() if t is not current]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            # As asyncio.run() does: this closes the per-loop HTTP client too (_pools.py).
            await self.loop.shutdown_asyncgens()

        try:
            self.run(shutdown())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join()
            self.loop.close()


def iterate_sync(bulk: Bulk) -> Generator[BulkResult]:
    """The results of BULK from sync code: its run on a loop in a thread of its own.

    The loop and its thread start on the first ``next()`` and end when the iteration ends,
    when the generator is closed (``close()``, a ``with contextlib.closing(...)`` block, a
    ``break`` that drops the last reference) or on Ctrl-C: requests in flight are cancelled.
    """
    runner = _LoopThread()
    results = bulk.run()
    try:
        while True:
            try:
                result = runner.run(anext(results))
            except StopAsyncIteration:
                return
            yield result
    finally:
        with contextlib.suppress(RuntimeError):  # RuntimeError: interrupted mid-step
            runner.run(results.aclose())
        runner.close()
