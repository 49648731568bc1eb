"""chat.complete_many: order, bounds, failures kept apart, rate limits, resume, progress, sync."""

from __future__ import annotations

import asyncio
import io
import json
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from mistral_client import (
    BulkResult,
    InvalidRequestError,
    Mistral,
    RetryConfig,
    _retry,
)
from mistral_client._bulk import READ_AHEAD, Window, rate_limit_state
from mistral_client.errors import BadRequestError, InternalServerError

from ..helpers import API_KEY, MESSAGES, completion

MODEL = "mistral-small-latest"


class Server:
    """An async MockTransport handler that counts requests in flight as they arrive."""

    def __init__(
        self,
        answer: Callable[[int, dict[str, Any]], httpx.Response] | None = None,
        turns: Callable[[dict[str, Any]], int] = lambda body: 3,
    ) -> None:
        self.answer = answer or (
            lambda n, body: httpx.Response(200, json=completion(body["messages"][0]["content"]))
        )
        self.turns = turns
        self.in_flight = 0
        self.seen: list[int] = []  # requests in flight when each one arrived (itself included)
        self.bodies: list[dict[str, Any]] = []
        self.after_429: list[int] = []  # how many requests had arrived when each 429 was sent

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        number = len(self.bodies)
        self.bodies.append(body)
        self.in_flight += 1
        self.seen.append(self.in_flight)
        try:
            for _ in range(self.turns(body)):
                await asyncio.sleep(0)
            response = self.answer(number, body)
            if response.status_code == 429:
                self.after_429.append(len(self.bodies))
            return response
        finally:
            self.in_flight -= 1

    def client(self) -> Mistral:
        transport = httpx.MockTransport(self)
        return Mistral(api_key=API_KEY, async_client=httpx.AsyncClient(transport=transport))


def items(n: int, **extra: Any) -> list[dict[str, Any]]:
    return [{"custom_id": f"id-{i}", "messages": [{"role": "user", "content": f"q{i}"}], **extra}
            for i in range(n)]  # fmt: skip


def collect(results: Any) -> list[BulkResult]:
    async def run() -> list[BulkResult]:
        return [r async for r in results]

    return asyncio.run(run())


def content(result: BulkResult) -> Any:
    return result.unwrap().choices[0].message.content


# ----------------------------------------------------------------------------- pure decisions


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        pytest.param({}, (None, None), id="none"),
        pytest.param(
            {"X-Ratelimit-Remaining-Req-Minute": "94", "X-Ratelimit-Limit-Req-Minute": "100"},
            (94, None),
            id="requests-minute",
        ),
        pytest.param(
            {"x-ratelimit-remaining-req-10-second": "3", "x-ratelimit-remaining-req-minute": "50"},
            (3, None),
            id="smallest-window",
        ),
        pytest.param(
            {
                "x-ratelimit-remaining-tokens-minute": "5000",
                "x-ratelimit-tokens-query-cost": "1000",
            },
            (5, None),
            id="tokens-over-cost",
        ),
        pytest.param(
            {"x-ratelimit-remaining-tokens-minute": "5000"}, (None, None), id="tokens-without-cost"
        ),
        pytest.param(
            {
                "ratelimitbysize-remaining": "401381",
                "ratelimitbysize-query-cost": "32018",
                "ratelimitbysize-reset": "33",
            },
            (12, 33),
            id="by-size-with-reset",
        ),
        pytest.param(
            {"x-ratelimitbysize-remaining-minute": "0", "ratelimitbysize-query-cost": "10"},
            (0, None),
            id="by-size-spent",
        ),
        pytest.param({"x-ratelimit-remaining-req-minute": "lots"}, (None, None), id="garbage"),
    ],
)
def test_rate_limit_state_reads_mistral_headers(headers: dict[str, str], expected: tuple[Any, Any]):
    """Requests left and seconds to reset, from the header names api.mistral.ai sends."""
    assert rate_limit_state(httpx.Headers(headers)) == expected


@pytest.mark.parametrize(
    ("start", "event", "limit", "epoch", "pause"),
    [
        pytest.param(8.0, ("429", 0, None), 4.0, 1, None, id="429-halves"),
        pytest.param(8.0, ("429", 0, 3.0), 4.0, 1, 3.0, id="429-retry-after-pauses"),
        pytest.param(8.0, ("429", 0, 500.0), 4.0, 1, 60.0, id="429-pause-capped"),
        pytest.param(8.0, ("429", -1, None), 8.0, 0, None, id="429-from-an-older-epoch"),
        pytest.param(1.0, ("429", 0, None), 1.0, 1, None, id="429-never-below-one"),
        pytest.param(4.0, ("ok", 0, None), 5.0, 0, None, id="success-grows"),
        pytest.param(4.0, ("ok", -1, None), 4.0, 0, None, id="success-from-an-older-epoch"),
        pytest.param(8.0, ("ok", 0, None), 8.0, 0, None, id="success-capped-at-concurrency"),
        pytest.param(8.0, ("ok", 0, 3), 3.0, 0, None, id="few-left-caps"),
        pytest.param(8.0, ("ok", 0, 0), 4.0, 1, None, id="none-left-halves"),
    ],
)
def test_window_decisions(
    start: float, event: tuple[str, int, Any], limit: float, epoch: int, pause: float | None
):
    """429s halve once per epoch and pause by Retry-After; successes of the epoch grow it by one."""
    window = Window(8, limit=start)
    kind, started_in, value = event
    if kind == "429":
        got = window.on_rate_limited(window.epoch + started_in, value, 100.0, 60.0)
    else:
        got = window.on_success(window.epoch + started_in, value, None, 100.0)
    assert (window.limit, window.epoch, got) == (limit, epoch, pause)


def test_window_pause_only_extends():
    """A shorter Retry-After during a pause does not shorten it; none left + reset pauses."""
    window = Window(4)
    assert window.on_rate_limited(0, 10.0, 0.0, 60.0) == 10.0
    assert window.on_rate_limited(1, 2.0, 1.0, 60.0) is None
    assert window.on_success(2, 0, 30.0, 5.0) == 30.0
    assert window.pause_until == 35.0


# ----------------------------------------------------------------------------- the run


def test_complete_many_keeps_input_order():
    """Results come back in input order even when later requests finish first."""
    server = Server(turns=lambda body: 20 - int(body["messages"][0]["content"][1:]) % 20)
    results = collect(
        server.client().chat.complete_many_async(items(50), model=MODEL, concurrency=10)
    )
    assert [r.index for r in results] == list(range(50))
    assert [r.custom_id for r in results] == [f"id-{i}" for i in range(50)]
    assert [content(r) for r in results] == [f"q{i}" for i in range(50)]


@pytest.mark.parametrize("concurrency", [1, 3, 8])
def test_complete_many_never_exceeds_concurrency(concurrency: int):
    """No more than `concurrency` requests are ever in flight, and the bound is reached."""
    server = Server()
    collect(
        server.client().chat.complete_many_async(items(40), model=MODEL, concurrency=concurrency)
    )
    assert max(server.seen) == concurrency
    assert len(server.bodies) == 40


def test_complete_many_failures_do_not_lose_others(retry_waits: list[float]):
    """A 400 and a 500 that outlasts retries are those items' typed errors; the rest succeed."""

    def answer(n: int, body: dict[str, Any]) -> httpx.Response:
        text = body["messages"][0]["content"]
        if text == "q3":
            return httpx.Response(
                400, json={"object": "error", "message": "bad", "type": "invalid_request_error"}
            )
        if text == "q7":
            return httpx.Response(500, json={"object": "error", "message": "boom"})
        return httpx.Response(200, json=completion(text))

    server = Server(answer)
    results = collect(
        server.client().chat.complete_many_async(items(12), model=MODEL, concurrency=4)
    )
    assert len(results) == 12
    assert isinstance(results[3].error, BadRequestError)
    assert isinstance(results[7].error, InternalServerError)
    assert [r.ok for r in results].count(True) == 10
    assert sum(b["messages"][0]["content"] == "q7" for b in server.bodies) == 3  # 1 + 2 retries
    with pytest.raises(BadRequestError):
        results[3].unwrap()


def test_complete_many_retries_follow_retry_config():
    """Per-item retries use the RetryConfig given: max_retries=0 turns them off."""

    def answer(n: int, body: dict[str, Any]) -> httpx.Response:
        if n == 0:
            return httpx.Response(503, json={"message": "busy"})
        return httpx.Response(200, json=completion())

    results = collect(Server(answer).client().chat.complete_many_async(items(1), model=MODEL))
    assert results[0].ok
    server = Server(answer)
    results = collect(
        server.client().chat.complete_many_async(
            items(1), model=MODEL, retries=RetryConfig(max_retries=0)
        )
    )
    assert isinstance(results[0].error, InternalServerError)
    assert len(server.bodies) == 1


def rate_limited(at: int, **headers: str) -> Callable[[int, dict[str, Any]], httpx.Response]:
    def answer(n: int, body: dict[str, Any]) -> httpx.Response:
        if n == at:
            return httpx.Response(429, json={"object": "error", "message": "Requests rate limit exceeded",
                                             "type": "rate_limited", "code": "1300"}, headers=headers)  # fmt: skip
        return httpx.Response(200, json=completion(body["messages"][0]["content"]))

    return answer


def test_complete_many_429_shrinks_the_whole_pool_then_it_grows_back():
    """After one 429, requests arrive with at most half the window in flight; later, full again."""
    server = Server(rate_limited(30, **{"retry-after": "0"}))
    results = collect(
        server.client().chat.complete_many_async(items(300), model=MODEL, concurrency=8)
    )
    assert all(r.ok for r in results)
    assert len(results) == 300
    assert max(server.seen[:30]) == 8
    (sent,) = server.after_429
    assert max(server.seen[sent : sent + 4]) <= 4  # every request after the 429, not its retry only
    assert max(server.seen[-50:]) == 8


def test_complete_many_retry_after_pauses_every_request(monkeypatch: pytest.MonkeyPatch):
    """While a 429's Retry-After runs, no request of the pool is sent; then they resume."""
    server = Server(rate_limited(10, **{"retry-after": "2"}))
    during: list[tuple[float, int, int]] = []

    async def asleep(seconds: float) -> None:
        before = len(server.bodies)
        for _ in range(50):  # long enough for every other task to send if it could
            await asyncio.sleep(0)
        during.append((seconds, before, len(server.bodies)))

    monkeypatch.setattr(_retry, "asleep", asleep)
    results = collect(
        server.client().chat.complete_many_async(items(40), model=MODEL, concurrency=4)
    )
    assert all(r.ok for r in results)
    pauses = [(before, after) for seconds, before, after in during if seconds == 2.0]
    assert pauses
    assert all(before == after for before, after in pauses)


def test_complete_many_rate_limit_headers_cap_the_window():
    """x-ratelimit-remaining-req-minute: 2 keeps at most 2 requests in flight from then on."""

    def answer(n: int, body: dict[str, Any]) -> httpx.Response:
        headers = {"x-ratelimit-remaining-req-minute": "2" if n >= 10 else "100"}
        return httpx.Response(200, json=completion(), headers=headers)

    server = Server(answer)
    collect(server.client().chat.complete_many_async(items(60), model=MODEL, concurrency=8))
    assert max(server.seen[:10]) == 8
    assert max(server.seen[30:]) <= 2


def test_complete_many_invalid_item_is_its_own_error_and_not_sent():
    """A bad item becomes an InvalidRequestError naming it; the others are sent."""
    requests: list[Any] = items(3)
    requests[1] = {"custom_id": "bad", "messages": [{"content": "no role"}]}
    requests.append("not a dict")
    server = Server()
    results = collect(server.client().chat.complete_many_async(requests, model=MODEL))
    assert [r.ok for r in results] == [True, False, True, False]
    assert isinstance(results[1].error, InvalidRequestError)
    assert results[1].error.param == "requests[1].messages[0].role"
    assert results[1].custom_id == "bad"
    assert results[3].error is not None
    assert "requests[3]" in str(results[3].error)
    assert len(server.bodies) == 2


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        pytest.param({"temperature": "hot"}, "temperature", id="common-param"),
        pytest.param({"concurrency": 0}, "concurrency", id="concurrency"),
        pytest.param({"stream": True}, "stream", id="stream"),
        pytest.param({"messages": MESSAGES}, "messages", id="common-messages"),
        pytest.param({"bogus": 1}, "bogus", id="unknown"),
        pytest.param({"progress": "yes"}, "progress", id="progress"),
        pytest.param({"output": 5}, "output", id="output"),
        pytest.param({"on_progress": 5}, "on_progress", id="on-progress"),
    ],
)
@pytest.mark.parametrize("sync", [False, True], ids=["async", "sync"])
def test_complete_many_argument_errors_fail_before_sending(
    kwargs: dict[str, Any], param: str, sync: bool
):
    """A wrong argument raises InvalidRequestError at the call, before any request or read."""
    server = Server()
    pulled: list[int] = []

    def source() -> Iterator[dict[str, Any]]:
        pulled.append(1)
        yield from items(3)

    chat = server.client().chat
    method = chat.complete_many if sync else chat.complete_many_async
    with pytest.raises(InvalidRequestError) as caught:
        method(source(), model=MODEL, **kwargs)
    assert caught.value.param == param
    assert server.bodies == []
    assert pulled == []


def test_complete_many_reads_a_generator_lazily():
    """A generator input is read only a bounded window ahead of what has been yielded."""
    pulled = 0

    def source() -> Iterator[dict[str, Any]]:
        nonlocal pulled
        for item in items(10_000):
            pulled += 1
            yield item

    async def run() -> tuple[int, int]:
        results = Server().client().chat.complete_many_async(source(), model=MODEL, concurrency=2)
        first = await anext(results)
        await results.aclose()
        return first.index, pulled

    index, count = asyncio.run(run())
    assert index == 0
    assert count <= READ_AHEAD * 2 + 1


def test_complete_many_generator_failure_raises_after_earlier_results():
    """An input generator that raises: the results before it are yielded, then its error."""

    def source() -> Iterator[dict[str, Any]]:
        yield from items(3)
        raise KeyError("broken input")

    seen: list[int] = []

    async def run() -> None:
        async for result in Server().client().chat.complete_many_async(source(), model=MODEL):
            seen.append(result.index)

    with pytest.raises(KeyError, match="broken input"):
        asyncio.run(run())
    assert seen == [0, 1, 2]


def test_complete_many_progress_callback_counts():
    """on_progress(done, total, failed) after each request; total None for a generator."""
    calls: list[tuple[int, int | None, int]] = []
    server = Server(rate_limited(2, **{"retry-after": "99999"}))  # not retried: too long a wait
    collect(
        server.client().chat.complete_many_async(
            items(5), model=MODEL, on_progress=lambda *a: calls.append(a)
        )
    )
    assert [c[0] for c in calls] == [1, 2, 3, 4, 5]
    assert calls[-1] == (5, 5, 1)
    calls.clear()
    collect(
        Server()
        .client()
        .chat.complete_many_async(
            iter(items(3)), model=MODEL, on_progress=lambda *a: calls.append(a)
        )
    )
    assert calls[-1] == (3, None, 0)


def test_complete_many_progress_bar_draws_on_the_stream_given(capsys: pytest.CaptureFixture[str]):
    """progress=<stream> draws the tqdm bar there; nothing reaches stderr."""
    stream = io.StringIO()
    collect(Server().client().chat.complete_many_async(items(5), model=MODEL, progress=stream))
    assert "5/5" in stream.getvalue()
    assert capsys.readouterr().err == ""


def test_complete_many_progress_without_tqdm_says_what_to_install(monkeypatch: pytest.MonkeyPatch):
    """progress=True without tqdm: a clear error naming the extra to install."""
    monkeypatch.setitem(sys.modules, "tqdm", None)
    with pytest.raises(InvalidRequestError, match=r"mistral-client\[progress\]"):
        Server().client().chat.complete_many_async(items(1), model=MODEL, progress=True)


def test_complete_many_output_resumes_skipping_done_ids(tmp_path: Path):
    """With output=, each result is one JSON line; a rerun sends only what did not succeed,
    and yields every result, the finished ones read back from the file."""
    output = tmp_path / "results.jsonl"

    def first(n: int, body: dict[str, Any]) -> httpx.Response:
        if body["messages"][0]["content"] == "q2":
            return httpx.Response(400, json={"object": "error", "message": "bad"})
        return httpx.Response(200, json=completion(body["messages"][0]["content"]))

    collect(Server(first).client().chat.complete_many_async(items(5), model=MODEL, output=output))
    lines = [json.loads(line) for line in output.read_text().splitlines()]
    assert sorted(line["custom_id"] for line in lines) == [f"id-{i}" for i in range(5)]
    failed = next(line for line in lines if line["custom_id"] == "id-2")
    assert failed["error"]["status_code"] == 400
    assert failed["error"]["type"] == "BadRequestError"
    ok = next(line for line in lines if line["custom_id"] == "id-0")
    assert ok["response"]["choices"][0]["message"]["content"] == "q0"

    with output.open("a") as f:
        f.write('{"custom_id": "id-5", "resp')  # a run that crashed mid-line
    calls: list[tuple[int, int | None, int]] = []
    server = Server()
    results = collect(server.client().chat.complete_many_async(items(7), model=MODEL, output=output,
                                                         on_progress=lambda *a: calls.append(a)))  # fmt: skip
    assert sorted(b["messages"][0]["content"] for b in server.bodies) == ["q2", "q5", "q6"]
    assert [r.custom_id for r in results] == [f"id-{i}" for i in range(7)]
    assert [r.index for r in results] == list(range(7))
    assert [r.custom_id for r in results if r.resumed] == ["id-0", "id-1", "id-3", "id-4"]
    assert results[3].unwrap().choices[0].message.content == "q3"
    assert calls[-1] == (7, 7, 0)
    records = [json.loads(line) for line in output.read_text().splitlines()[-3:]]
    assert {r["custom_id"] for r in records} == {"id-2", "id-5", "id-6"}


def test_complete_many_output_requires_custom_id(tmp_path: Path):
    """With output=, an item without custom_id raises after the results before it; not sent."""
    requests: list[Any] = [*items(2), {"messages": MESSAGES}, *items(2)]
    seen: list[int] = []
    server = Server()

    async def run() -> None:
        async for r in server.client().chat.complete_many_async(
            requests, model=MODEL, output=tmp_path / "o.jsonl"
        ):
            seen.append(r.index)

    with pytest.raises(InvalidRequestError, match="custom_id") as caught:
        asyncio.run(run())
    assert caught.value.param == "requests[2].custom_id"
    assert seen == [0, 1]
    assert len(server.bodies) == 2


def test_complete_many_per_item_params_override_common():
    """An item's model and parameters win over the common ones."""
    server = Server()
    requests = [
        {"messages": MESSAGES},
        {"messages": MESSAGES, "model": "other", "temperature": 0.1},
    ]
    collect(server.client().chat.complete_many_async(requests, model=MODEL, temperature=0.9))
    assert [(b["model"], b["temperature"]) for b in server.bodies] == [(MODEL, 0.9), ("other", 0.1)]


# ----------------------------------------------------------------------------- sync wrapper


def bulk_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "mistral-client-bulk"]


def test_complete_many_yields_in_order_and_stops_its_thread():
    """The sync wrapper gives the same results from sync code; its loop thread ends with it."""
    server = Server()
    results = list(server.client().chat.complete_many(items(30), model=MODEL, concurrency=5))
    assert [content(r) for r in results] == [f"q{i}" for i in range(30)]
    assert max(server.seen) == 5
    assert bulk_threads() == []


def test_complete_many_break_cancels_and_stops():
    """Leaving the loop early closes the run: its thread stops, the rest is never sent."""
    server = Server()
    results = server.client().chat.complete_many(items(1000), model=MODEL, concurrency=4)
    for result in results:
        if result.index == 2:
            break
    results.close()
    assert bulk_threads() == []
    assert len(server.bodies) <= READ_AHEAD * 4 + 3


def test_complete_many_works_inside_a_running_loop():
    """Called from sync code that runs inside an event loop, it still works (its own loop)."""

    async def main() -> list[BulkResult]:
        return list(Server().client().chat.complete_many(items(3), model=MODEL))

    assert [r.ok for r in asyncio.run(main())] == [True] * 3


def test_complete_many_requests_must_be_an_iterable_of_dicts():
    """A string or a single dict as `requests` is refused at the call."""
    chat = Server().client().chat
    for wrong in ("hello", {"messages": MESSAGES}, 5):
        with pytest.raises(InvalidRequestError) as caught:
            chat.complete_many_async(wrong, model=MODEL)  # type: ignore[arg-type]
        assert caught.value.param == "requests"


def test_complete_many_output_records_every_kind_of_error(tmp_path: Path):
    """Invalid items, a non-JSON error body and a bad custom_id type all become lines or results."""
    output = tmp_path / "out.jsonl"

    def answer(n: int, body: dict[str, Any]) -> httpx.Response:
        return httpx.Response(400, content=b"<html>bad gateway page</html>")

    requests: list[Any] = [
        {"custom_id": "a", "messages": MESSAGES},
        {"custom_id": "b", "messages": "not a list"},
        {"custom_id": 7, "messages": MESSAGES},
    ]
    results = collect(
        Server(answer).client().chat.complete_many_async(requests, model=MODEL, output=output)
    )
    assert [type(r.error).__name__ for r in results] == [
        "BadRequestError",
        "InvalidRequestError",
        "InvalidRequestError",
    ]
    lines = {line["custom_id"]: line for line in map(json.loads, output.read_text().splitlines())}
    assert lines["a"]["error"]["body"] == "<html>bad gateway page</html>"
    assert lines["b"]["error"]["type"] == "InvalidRequestError"
    assert "status_code" not in lines["b"]["error"]
    assert results[2].error is not None
    assert "requests[2].custom_id" in str(results[2].error)
