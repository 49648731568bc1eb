"""`client.batch`: the generated batch namespace (`batch.jobs`) and one call that runs a batch.

`client.batch.run(requests, model=...)` checks every request and writes them as JSONL (or sends
them inline when few), creates the job, polls it with growing waits, downloads the outputs and
errors, and returns one :class:`BatchResult` per request in input order, matched by
``custom_id``. Ctrl-C while waiting cancels the remote job, or, with
``cancel_on_interrupt=False``, leaves it running and says how to resume waiting on it. Every
request goes through the generated ``batch.jobs`` and ``files`` methods.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Awaitable, Callable, Generator, Iterable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, Final, Generic, TypeVar, Unpack, cast

import attrs
import httpx

from _mistral_api.client import OPTION_NAMES, RequestOptions, Transport

from ._chat import build_body, plain
from ._exceptions import InvalidRequestError, MistralError, from_response, unknown_parameter
from ._files import Files
from ._http import decode
from ._resources import BatchNamespace, chat_types

if TYPE_CHECKING:
    from ._resources import BatchJob, ChatCompletionResponse

__all__ = ["Batch", "BatchItemError", "BatchResult"]

T = TypeVar("T")

CHAT_ENDPOINT: Final = "/v1/chat/completions"
# Finished: nothing more will change (Mistral's BatchJobStatus).
TERMINAL_STATUSES: Final = frozenset({"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"})
# run(): up to this many requests, and this much JSON, go inline in the create call; more are
# uploaded as a JSONL file.
INLINE_MAX: Final = 100
INLINE_MAX_BYTES: Final = 1024 * 1024
INLINE_LIMIT: Final = 10_000  # BatchJobIn.requests maxItems
# The JSONL input is kept in memory up to this size, then in a temporary file.
SPOOL_BYTES: Final = 16 * 1024 * 1024
BACKOFF: Final = 1.5
# run() and wait() sleep through these names, so tests can replace them.
sleep = time.sleep


async def asleep(seconds: float) -> None:
    import anyio  # as _retry: asyncio and trio alike, imported on first use

    await anyio.sleep(seconds)


def _sleep(seconds: float) -> None:
    sleep(seconds)  # the module's name, looked up at each wait


async def _asleep(seconds: float) -> None:
    await asleep(seconds)


@attrs.frozen
class Step:
    """One I/O step of a plan: CALL in the sync shell, its twin ACALL awaited in the async one."""

    call: Callable[..., Any]
    acall: Callable[..., Awaitable[Any]]
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = attrs.field(factory=dict)


Plan = Generator[Step, Any, T]
"""The decisions of a call, as a generator: it yields each I/O Step and is sent its result (or
thrown its exception); its return value is the call's. `drive` and `adrive` are the shells."""


@attrs.frozen
class _Done(Generic[T]):
    """A plan's return value."""

    value: T


def _resume(plan: Plan[T], value: Any, error: BaseException | None) -> Step | _Done[T]:
    """PLAN's next step, given the last one's VALUE or ERROR; or what PLAN returned."""
    try:
        return plan.send(value) if error is None else plan.throw(error)
    except StopIteration as stop:
        return _Done(stop.value)


def drive(plan: Plan[T]) -> T:
    """Run PLAN's steps with their sync functions; return what PLAN returns."""
    step = _resume(plan, None, None)
    while isinstance(step, Step):
        try:
            value = step.call(*step.args, **step.kwargs)
        except BaseException as exc:  # the plan's to handle (Ctrl-C cancels a batch job)
            step = _resume(plan, None, exc)
        else:
            step = _resume(plan, value, None)
    return step.value


async def adrive(plan: Plan[T]) -> T:
    """Run PLAN's steps with their async functions; return what PLAN returns."""
    step = _resume(plan, None, None)
    while isinstance(step, Step):
        try:
            value = await step.acall(*step.args, **step.kwargs)
        except BaseException as exc:  # as in drive: task cancellation included
            step = _resume(plan, None, exc)
        else:
            step = _resume(plan, value, None)
    return step.value


def check_options(options: Mapping[str, Any]) -> None:
    """Refuse an unknown per-call option before the first request of a workflow."""
    for name in options:
        if name not in OPTION_NAMES:
            raise unknown_parameter(
                name, OPTION_NAMES, f"the options are {', '.join(OPTION_NAMES)}"
            )


class BatchItemError(MistralError):
    """One request of a batch failed without an HTTP error response (or had no result).

    Attributes:
        custom_id: The request's ``custom_id``.
        code: The error code the server gave, if any.
        body: The output line or error object as the server wrote it, if any.
    """

    def __init__(
        self, message: str, *, custom_id: str | None, code: Any = None, body: Any = None
    ) -> None:
        super().__init__(f"{custom_id}: {message}" if custom_id is not None else message)
        self.custom_id = custom_id
        self.code = code
        self.body = body


@attrs.frozen
class BatchResult:
    """The outcome of one request of a batch job: a response or a typed error.

    Attributes:
        custom_id: The request's ``custom_id`` (its index as a string when it had none).
        response: The decoded ``ChatCompletionResponse`` (chat endpoint) on success.
        error: On failure: the typed error of the request's status (``BadRequestError``,
            ``RateLimitError``, ...) or a :class:`BatchItemError`.
        body: The response body as the server wrote it (any endpoint), when there was one.
    """

    custom_id: str
    response: ChatCompletionResponse | None = None
    error: MistralError | None = None
    body: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        """Whether the request succeeded."""
        return self.error is None

    def unwrap(self) -> ChatCompletionResponse:
        """The chat completion, or raise the request's error.

        Raises:
            MistralError: the error of this request.
            BatchItemError: the request succeeded but its body is not a chat completion (another
                endpoint): read ``.body``.
        """
        if self.error is not None:
            raise self.error
        if self.response is None:
            raise BatchItemError("not a chat completion: read .body", custom_id=self.custom_id)
        return self.response


@attrs.define
class Prepared:
    """The checked requests of run(): their ids in order, and the input as JSONL or inline."""

    ids: list[str]
    jsonl: IO[bytes]
    inline: list[dict[str, Any]] | None


def prepare_requests(
    requests: Iterable[Any], model: str | None, endpoint: str, inline: bool | None
) -> Prepared:
    """Check every request and lay it out as Mistral's batch input; nothing is sent."""
    if isinstance(requests, str | bytes | Mapping) or not isinstance(requests, Iterable):
        raise InvalidRequestError("expected an iterable of request dicts", param="requests")
    ids: list[str] = []
    seen: set[str] = set()
    size = 0
    keep: list[dict[str, Any]] | None = [] if inline is not False else None
    jsonl: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
    try:
        for index, item in enumerate(requests):
            line = _line(index, item, model, endpoint)
            if line["custom_id"] in seen:
                raise InvalidRequestError(
                    "duplicate custom_id", param=f"requests[{index}].custom_id"
                )
            seen.add(line["custom_id"])
            ids.append(line["custom_id"])
            size += jsonl.write(json.dumps(line, separators=(",", ":")).encode() + b"\n")
            if keep is not None:
                keep.append(line)
                if inline is None and (len(keep) > INLINE_MAX or size > INLINE_MAX_BYTES):
                    keep = None
        if not ids:
            raise InvalidRequestError("a batch needs at least one request", param="requests")
        if inline and len(ids) > INLINE_LIMIT:
            raise InvalidRequestError(
                f"at most {INLINE_LIMIT} inline requests; pass inline=False to upload a file",
                param="inline",
            )
    except BaseException:
        jsonl.close()
        raise
    jsonl.seek(0)
    return Prepared(ids, jsonl, keep)


def _line(index: int, item: Any, model: str | None, endpoint: str) -> dict[str, Any]:
    where = f"requests[{index}]"
    if not isinstance(item, Mapping):
        raise InvalidRequestError(f"expected a dict, got {type(item).__name__}", param=where)
    custom_id = item.get("custom_id", str(index))
    if not isinstance(custom_id, str) or not custom_id:
        raise InvalidRequestError("expected a non-empty string", param=f"{where}.custom_id")
    if "body" in item:
        if not isinstance(item["body"], Mapping):
            raise InvalidRequestError("expected a dict", param=f"{where}.body")
        return {"custom_id": custom_id, "body": plain(item["body"])}
    if endpoint != CHAT_ENDPOINT:
        raise InvalidRequestError(f"expected {{'body': ...}} for {endpoint}", param=where)
    params = {k: v for k, v in item.items() if k not in ("custom_id", "model", "messages")}
    item_model = item.get("model", model)
    if "messages" not in item:
        raise InvalidRequestError("every chat request needs 'messages'", param=f"{where}.messages")
    try:
        body = build_body(item_model, item["messages"], params)
    except InvalidRequestError as exc:
        raise InvalidRequestError(
            str(exc).split(": ", 1)[-1], param=f"{where}.{exc.param}"
        ) from None
    if body["model"] == model:
        del body["model"]  # the job's model applies (the recorded traffic sends none per line)
    return {"custom_id": custom_id, "body": body}


def _status(job: BatchJob) -> str:
    return str(job.status)


def _given(file_id: Any) -> bool:
    """A file id was set: a UUID (or a str in a package generated from an older spec)."""
    from _mistral_api.types import Unset

    return file_id is not None and not isinstance(file_id, Unset) and bool(str(file_id))


def parse_jsonl(data: bytes, what: str) -> list[dict[str, Any]]:
    """The objects of a JSONL output or error file."""
    lines = []
    for number, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except ValueError as exc:
            raise BatchItemError(
                f"{what} line {number} is not JSON: {exc}", custom_id=None
            ) from exc
        if isinstance(value, dict):
            lines.append(value)
    return lines


def to_result(custom_id: str, item: Mapping[str, Any] | None, job: BatchJob) -> BatchResult:
    """One request's BatchResult from its output (or error) line; None: it has none."""
    if item is None:
        return BatchResult(
            custom_id,
            error=BatchItemError(f"no result: the job ended {_status(job)}", custom_id=custom_id),
        )
    response = item.get("response")
    error = item.get("error")
    endpoint = str(job.endpoint)
    if isinstance(response, Mapping) and isinstance(response.get("status_code"), int):
        status = int(response["status_code"])
        body = response.get("body")
        content = json.dumps(body).encode()
        # A synthetic response, so each item gets the typed error chat would raise.
        http = httpx.Response(status, content=content, request=httpx.Request("POST", endpoint))
        if status >= 400:
            return BatchResult(custom_id, error=from_response(http, content), body=body)
        if error is None:
            if endpoint != CHAT_ENDPOINT:
                return BatchResult(custom_id, body=body)
            try:
                decoded = decode(http, chat_types().response.from_dict)
            except MistralError as exc:
                return BatchResult(custom_id, error=exc, body=body)
            return BatchResult(custom_id, response=decoded, body=body)
    message = error.get("message") if isinstance(error, Mapping) else error
    code = error.get("code") if isinstance(error, Mapping) else None
    return BatchResult(
        custom_id,
        error=BatchItemError(
            str(message or "failed"), custom_id=custom_id, code=code, body=dict(item)
        ),
    )


def collect(
    job: BatchJob, lines: list[dict[str, Any]], ids: Sequence[str] | None
) -> list[BatchResult]:
    """The results of a finished JOB, in the order of IDS (else of the lines)."""
    found: dict[str, dict[str, Any]] = {}
    for line in lines:
        found.setdefault(str(line.get("custom_id")), line)
    order = list(ids) if ids is not None else list(found)
    return [to_result(custom_id, found.get(custom_id), job) for custom_id in order]


def inline_lines(job: BatchJob) -> list[dict[str, Any]] | None:
    outputs = job.to_dict().get("outputs")
    return outputs if isinstance(outputs, list) else None


def _note_interrupted(exc: BaseException, job_id: str, cancelled: bool) -> None:
    if cancelled:
        exc.add_note(f"mistral_client: batch job {job_id} was cancelled on the server.")
    else:
        exc.add_note(
            f"mistral_client: batch job {job_id} is still running. Resume waiting with "
            f"job = client.batch.wait({job_id!r}), then results = client.batch.results(job)."
        )


def _check_poll(poll_interval: Any, max_poll_interval: Any) -> None:
    for value, param in (
        (poll_interval, "poll_interval"),
        (max_poll_interval, "max_poll_interval"),
    ):
        if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise InvalidRequestError("expected seconds, a number >= 0", param=param)


class Batch(BatchNamespace):
    """Mistral's Batch API: ``client.batch.jobs``, generated, and the workflow :meth:`run`.

    ``jobs`` is the generated resource (``create``, ``list``, ``get``, ``cancel`` and their
    ``_async`` twins); ``run``, ``wait`` and ``results`` drive it and ``client.files``.

    Usage:
        ```python
        results = client.batch.run(
            [{"custom_id": "q1", "messages": [{"role": "user", "content": "2 + 2?"}]}],
            model="mistral-small-latest",
        )
        for result in results:
            print(result.custom_id, result.unwrap().choices[0].message.content)
        ```
    """

    def __init__(self, transport: Transport, files: Files) -> None:
        super().__init__(transport)
        self._files = files

    def _start(
        self,
        prepared: Prepared,
        endpoint: str,
        model: str | None,
        metadata: Any,
        timeout_hours: Any,
        options: Mapping[str, Any],
    ) -> Plan[BatchJob]:
        jobs, files = self.jobs, self._files
        # Only what was given: None would be sent as null.
        given = dict(model=model, metadata=metadata, timeout_hours=timeout_hours)
        common = {"endpoint": endpoint, **{k: v for k, v in given.items() if v is not None}}
        if prepared.inline is not None:
            job = yield Step(
                jobs.create,
                jobs.create_async,
                kwargs=dict(requests=prepared.inline, **common, **options),
            )
            return cast("BatchJob", job)
        uploaded = yield Step(
            files.upload,
            files.upload_async,
            (prepared.jsonl,),
            dict(purpose="batch", file_name="batch_input.jsonl", **options),
        )
        job = yield Step(
            jobs.create,
            jobs.create_async,
            kwargs=dict(input_files=[str(uploaded.id)], **common, **options),
        )
        return cast("BatchJob", job)

    def _run(
        self,
        requests: Iterable[Mapping[str, Any]],
        job_args: tuple[str | None, str, Any, Any],
        inline: bool | None,
        polling: tuple[Any, Any, Callable[[BatchJob], None] | None],
        cancel_on_interrupt: bool,
        interrupts: tuple[type[BaseException], ...],
        options: Mapping[str, Any],
    ) -> Plan[list[BatchResult]]:
        """run(): check, start, poll (Ctrl-C or INTERRUPTS: cancel or note), collect."""
        model, endpoint, metadata, timeout_hours = job_args
        check_options(options)
        _check_poll(*polling[:2])
        prepared = prepare_requests(requests, model, endpoint, inline)
        with prepared.jsonl:
            job = yield from self._start(
                prepared, endpoint, model, metadata, timeout_hours, options
            )
        try:
            job = yield from self._poll(job, *polling, options)
        except interrupts as exc:
            if cancel_on_interrupt:
                kwargs = {"job_id": str(job.id), **options}
                yield Step(self.jobs.cancel, self.jobs.cancel_async, kwargs=kwargs)
            _note_interrupted(exc, str(job.id), cancel_on_interrupt)
            raise
        return (yield from self._results(job, prepared.ids, options))

    def run(
        self,
        requests: Iterable[Mapping[str, Any]],
        *,
        model: str | None = None,
        endpoint: str = CHAT_ENDPOINT,
        metadata: Mapping[str, str] | None = None,
        timeout_hours: int | None = None,
        inline: bool | None = None,
        poll_interval: float = 2.0,
        max_poll_interval: float = 60.0,
        on_progress: Callable[[BatchJob], None] | None = None,
        cancel_on_interrupt: bool = True,
        **options: Unpack[RequestOptions],
    ) -> list[BatchResult]:
        """Run REQUESTS as one batch job and return their results, in input order.

        Args:
            requests: One dict per request: ``messages`` and any chat parameter, with an
                optional ``custom_id`` (default: the index as a string) and ``model``; or
                ``{"custom_id": ..., "body": {...}}`` for any endpoint. All are checked
                before anything is sent.
            model: The model for every request.
            endpoint: The endpoint, ``/v1/chat/completions`` by default.
            metadata: String key/values kept on the job.
            timeout_hours: Hours after which the server stops the job.
            inline: Send the requests in the create call (True) or upload them as a JSONL
                file (False); by default inline up to 100 requests and 1 MiB.
            poll_interval: Seconds before the first status check; each wait is 1.5 times
                longer, up to ``max_poll_interval``.
            max_poll_interval: The longest wait between two status checks.
            on_progress: Called with the job after each status check (``.status``,
                ``.completed_requests`` of ``.total_requests``).
            cancel_on_interrupt: On Ctrl-C while waiting, cancel the remote job (the default),
                or leave it running; the KeyboardInterrupt then carries a note saying how to
                resume (``client.batch.wait(job_id)``, then ``client.batch.results(job)``).
            **options: ``retries=``, ``timeout=``, ``extra_headers=``, for every request.

        Returns:
            One :class:`BatchResult` per request: ``.response`` (a ``ChatCompletionResponse``)
            or ``.error`` (the typed error of that request; ``BatchItemError`` when the job
            ended before it ran). One failure never hides the others.

        Raises:
            InvalidRequestError: a request or argument is wrong (nothing was sent).
            SDKError: creating, polling or downloading failed with an error status.
            APIConnectionError: no response arrived, after retries.
        """
        job_args = (model, endpoint, metadata, timeout_hours)
        polling = (poll_interval, max_poll_interval, on_progress)
        plan = self._run(
            requests, job_args, inline, polling, cancel_on_interrupt, (KeyboardInterrupt,), options
        )
        return drive(plan)

    async def run_async(
        self,
        requests: Iterable[Mapping[str, Any]],
        *,
        model: str | None = None,
        endpoint: str = CHAT_ENDPOINT,
        metadata: Mapping[str, str] | None = None,
        timeout_hours: int | None = None,
        inline: bool | None = None,
        poll_interval: float = 2.0,
        max_poll_interval: float = 60.0,
        on_progress: Callable[[BatchJob], None] | None = None,
        cancel_on_interrupt: bool = True,
        **options: Unpack[RequestOptions],
    ) -> list[BatchResult]:
        """Async :meth:`run`; cancelling the task cancels the remote job likewise."""
        import asyncio  # only under a running loop: `import mistral_client` imports none

        interrupts = (KeyboardInterrupt, asyncio.CancelledError)
        job_args = (model, endpoint, metadata, timeout_hours)
        polling = (poll_interval, max_poll_interval, on_progress)
        plan = self._run(
            requests, job_args, inline, polling, cancel_on_interrupt, interrupts, options
        )
        return await adrive(plan)

    def _poll(
        self,
        job: BatchJob,
        interval: float,
        longest: float,
        on_progress: Callable[[BatchJob], None] | None,
        options: Mapping[str, Any],
    ) -> Plan[BatchJob]:
        while True:
            if on_progress is not None:
                on_progress(job)
            if _status(job) in TERMINAL_STATUSES:
                return job
            yield Step(_sleep, _asleep, (interval,))
            interval = min(interval * BACKOFF, longest)
            kwargs = {"job_id": str(job.id), **options}
            job = yield Step(self.jobs.get, self.jobs.get_async, kwargs=kwargs)

    def _wait(
        self,
        job_id: str,
        polling: tuple[Any, Any, Callable[[BatchJob], None] | None],
        options: Mapping[str, Any],
    ) -> Plan[BatchJob]:
        _check_poll(*polling[:2])
        job = yield Step(self.jobs.get, self.jobs.get_async, kwargs={"job_id": job_id, **options})
        return (yield from self._poll(job, *polling, options))

    def wait(
        self,
        job_id: str,
        *,
        poll_interval: float = 2.0,
        max_poll_interval: float = 60.0,
        on_progress: Callable[[BatchJob], None] | None = None,
        **options: Unpack[RequestOptions],
    ) -> BatchJob:
        """Wait until job JOB_ID finishes (SUCCESS, FAILED, TIMEOUT_EXCEEDED or CANCELLED).

        Args:
            job_id: The job's id, as a run interrupted with ``cancel_on_interrupt=False`` names.
            poll_interval: As for :meth:`run`.
            max_poll_interval: As for :meth:`run`.
            on_progress: As for :meth:`run`.
            **options: As for :meth:`run`.

        Returns:
            The finished job; pass it to :meth:`results`.

        Raises:
            InvalidRequestError: an argument is wrong (nothing was sent).
            SDKError: a status check failed with an error status.
        """
        return drive(self._wait(job_id, (poll_interval, max_poll_interval, on_progress), options))

    async def wait_async(
        self,
        job_id: str,
        *,
        poll_interval: float = 2.0,
        max_poll_interval: float = 60.0,
        on_progress: Callable[[BatchJob], None] | None = None,
        **options: Unpack[RequestOptions],
    ) -> BatchJob:
        """Async :meth:`wait`."""
        polling = (poll_interval, max_poll_interval, on_progress)
        return await adrive(self._wait(job_id, polling, options))

    def _results(
        self, job: BatchJob, ids: Sequence[str] | None, options: Mapping[str, Any]
    ) -> Plan[list[BatchResult]]:
        lines = inline_lines(job)
        if lines is None:
            lines = []
            files = self._files
            for file_id, what in ((job.output_file, "output file"), (job.error_file, "error file")):
                if _given(file_id):
                    kwargs = {"file_id": str(file_id), **options}
                    data = yield Step(files.download, files.download_async, kwargs=kwargs)
                    lines += parse_jsonl(data, what)
        return collect(job, lines, ids)

    def results(
        self,
        job: BatchJob,
        *,
        ids: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[BatchResult]:
        """The results of a finished job: its inline outputs, or its output and error files.

        Args:
            job: The finished job (from :meth:`wait` or ``jobs.get``).
            ids: The custom_ids to report, in this order (a missing one gets a
                ``BatchItemError``); by default those in the outputs, in their order.
            **options: As for :meth:`run`.

        Returns:
            One :class:`BatchResult` per request.

        Raises:
            SDKError: a download failed with an error status.
        """
        return drive(self._results(job, ids, options))

    async def results_async(
        self,
        job: BatchJob,
        *,
        ids: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[BatchResult]:
        """Async :meth:`results`."""
        return await adrive(self._results(job, ids, options))
