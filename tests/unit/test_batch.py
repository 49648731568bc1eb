"""client.files and client.batch through httpx.MockTransport: the wire, the checks, batch.run."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from mistral_client import (
    BatchItemError,
    BatchResult,
    InvalidRequestError,
    Mistral,
    ResponseValidationError,
    _batch,
)
from mistral_client.errors import BadRequestError, NotFoundError
from tests.helpers import API_KEY, assert_no_secret, completion

pytest.importorskip(
    "_mistral_api.api.batch_jobs",
    reason="the package was generated from a Mistral spec without the Batch API (before 2024-07)",
)
from mistral_client._resources import BatchJob
from mistral_client._resources import UploadedFile as CreateFileResponse
from mistral_client.models import BatchJobStatus

JOB_ID = "ca1cd668-91bd-4abb-accb-3541709c0db1"
IN_FILE = "5cdf78f8-1ab4-4c3d-9d38-2dd9735dac5f"
OUT_FILE = "abbe56be-ac4c-4562-9586-d3046defca39"
ERR_FILE = "0b0e1f33-4a4d-4c55-9a0e-8f3c2a1d5e77"
ASK = [{"role": "user", "content": "What is 2 + 2?"}]


def job(status: str = "QUEUED", **fields: Any) -> dict[str, Any]:
    """A batch job body of the recorded shape (ruby_llm batch cassette)."""
    return {
        "id": JOB_ID, "object": "batch", "input_files": [IN_FILE], "metadata": None,
        "endpoint": "/v1/chat/completions", "model": "mistral-small-latest", "agent_id": None,
        "output_file": None, "error_file": None, "errors": [], "outputs": None,
        "status": status, "created_at": 1787150442, "total_requests": 2,
        "completed_requests": 0, "succeeded_requests": 0, "failed_requests": 0,
        "started_at": None, "completed_at": None, **fields,
    }  # fmt: skip


def output(custom_id: str, status: int = 200, body: Any = None) -> dict[str, Any]:
    body = completion(f"answer {custom_id}") if body is None else body
    return {"id": f"batch-{custom_id}", "custom_id": custom_id,
            "response": {"status_code": status, "body": body}, "error": None}  # fmt: skip


UPLOADED = {"id": IN_FILE, "object": "file", "bytes": 120, "created_at": 1786389977,
            "filename": "batch_input.jsonl", "purpose": "batch", "sample_type": "batch_request",
            "num_lines": 2, "mimetype": "application/jsonl", "source": "upload",
            "signature": "da49", "expires_at": None, "visibility": "workspace"}  # fmt: skip


class FakeAPI:
    """Answers from a route table; records every request."""

    def __init__(self, routes: dict[tuple[str, str], Any]) -> None:
        self.routes = routes
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.routes.get((request.method, request.url.path))
        if answer is None:
            return httpx.Response(404, json={"object": "error", "message": "no route"})
        if callable(answer):
            answer = answer(request)
        if isinstance(answer, list):
            answer = answer.pop(0) if len(answer) > 1 else answer[0]
        if isinstance(answer, httpx.Response):
            return answer
        if isinstance(answer, bytes):
            return httpx.Response(
                200, content=answer, headers={"content-type": "application/octet-stream"}
            )
        return httpx.Response(200, json=answer)

    def paths(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.requests]


@pytest.fixture(autouse=True)
def poll_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Batch polling happens as configured, without sleeping; the waits asked for."""
    waits: list[float] = []

    async def asleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(_batch, "sleep", waits.append)
    monkeypatch.setattr(_batch, "asleep", asleep)
    return waits


@pytest.fixture
def api(mode: str) -> Callable[[FakeAPI], Callable[..., Any]]:
    """api(fake) -> call(name, *args, **kwargs): client.<name> or its _async twin, by mode."""

    def bind(fake: FakeAPI) -> Callable[..., Any]:
        transport = httpx.MockTransport(fake)
        client = Mistral(api_key=API_KEY, client=httpx.Client(transport=transport),
                         async_client=httpx.AsyncClient(transport=transport))  # fmt: skip

        def call(name: str, *args: Any, **kwargs: Any) -> Any:
            *owners, method = name.split(".")
            target: Any = client
            for owner in owners:
                target = getattr(target, owner)
            if mode == "sync":
                return getattr(target, method)(*args, **kwargs)
            return asyncio.run(getattr(target, f"{method}_async")(*args, **kwargs))

        return call

    return bind


@pytest.mark.own_spec
def test_upload_sends_multipart_with_purpose_and_name(api):
    """files.upload: one multipart POST /v1/files, the key in Authorization, the file named."""
    fake = FakeAPI({("POST", "/v1/files"): UPLOADED})
    res = api(fake)("files.upload", b'{"custom_id": "0"}\n', purpose="batch", file_name="in.jsonl")
    assert isinstance(res, CreateFileResponse)
    assert (str(res.id), res.bytes_, res.visibility) == (IN_FILE, 120, "workspace")
    (request,) = fake.requests
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert "+++" not in request.headers["content-type"]
    body = request.content
    assert b'name="file"; filename="in.jsonl"' in body
    assert b'{"custom_id": "0"}\n' in body
    assert b'name="purpose"\r\nContent-Type: text/plain\r\n\r\nbatch\r\n' in body


@pytest.mark.own_spec
def test_upload_of_a_path_names_the_file_and_closes_it(api, tmp_path):
    """A path is read, sent under its own name, and closed after the call."""
    path = tmp_path / "requests.jsonl"
    path.write_bytes(b"line\n")
    fake = FakeAPI({("POST", "/v1/files"): UPLOADED})
    api(fake)("files.upload", path, purpose="batch")
    assert b'filename="requests.jsonl"' in fake.requests[0].content


@pytest.mark.parametrize(
    ("name", "args", "kwargs", "param"),
    [
        pytest.param("files.upload", [42], {}, "file", id="upload-not-a-file"),
        pytest.param("files.upload", ["/no/such/file.jsonl"], {}, "file", id="upload-missing-path"),
        pytest.param("files.list", [], {"bogus": 1}, "bogus", id="list-unknown-argument"),
        pytest.param(
            "batch.run",
            [[{"messages": ASK}, {"messages": "hi"}]],
            {"model": "m"},
            "requests[1].messages",
            id="run-bad-messages",
        ),
        pytest.param(
            "batch.run",
            [[{"custom_id": "a", "messages": ASK}] * 2],
            {"model": "m"},
            "requests[1].custom_id",
            id="run-duplicate-id",
        ),
        pytest.param(
            "batch.run",
            [[{"messages": ASK, "temperature": "hot"}]],
            {"model": "m"},
            "requests[0].temperature",
            id="run-bad-parameter",
        ),
        pytest.param("batch.run", [[]], {"model": "m"}, "requests", id="run-empty"),
        pytest.param(
            "batch.run", [[{"messages": ASK}]], {}, "requests[0].model", id="run-no-model"
        ),
        pytest.param(
            "batch.run",
            [[{"messages": ASK}]],
            {"model": "m", "poll_interval": -1},
            "poll_interval",
            id="run-poll-interval",
        ),
        pytest.param("batch.run", ["not a list"], {"model": "m"}, "requests", id="run-string"),
        pytest.param("batch.run", [[42]], {"model": "m"}, "requests[0]", id="run-item-type"),
        pytest.param(
            "batch.run",
            [[{"custom_id": 7, "messages": ASK}]],
            {"model": "m"},
            "requests[0].custom_id",
            id="run-custom-id-type",
        ),
        pytest.param(
            "batch.run", [[{"body": "x"}]], {"model": "m"}, "requests[0].body", id="run-body-type"
        ),
        pytest.param(
            "batch.run",
            [[{"messages": ASK}]],
            {"model": "m", "endpoint": "/v1/embeddings"},
            "requests[0]",
            id="run-other-endpoint",
        ),
        pytest.param(
            "batch.run",
            [[{"temperature": 0}]],
            {"model": "m"},
            "requests[0].messages",
            id="run-no-messages",
        ),
        pytest.param(
            "batch.run",
            [[{"messages": ASK}] * 10_001],
            {"model": "m", "inline": True},
            "inline",
            id="run-too-many-inline",
        ),
        pytest.param("files.upload", [b"x"], {"file_name": 5}, "file_name", id="upload-name-type"),
    ],
)
def test_bad_arguments_fail_before_any_request(api, name, args, kwargs, param):
    """Each wrong argument the overlay checks names itself, and nothing is sent.

    The generated methods' arguments are typed for mypy and checked by the server (422).
    """
    fake = FakeAPI({})
    with pytest.raises(InvalidRequestError) as caught:
        api(fake)(name, *args, **kwargs)
    assert caught.value.param == param
    assert fake.requests == []


def test_download_returns_the_raw_bytes(api):
    """files.download: the body as it came, no JSON decoding."""
    content = b'{"custom_id": "0"}\n{"custom_id": "1"}\n\xff'
    fake = FakeAPI({("GET", "/v1/files/out-1/content"): content})
    assert api(fake)("files.download", file_id="out-1") == content


def test_ids_are_quoted_into_the_path(api):
    """An id with a slash stays one path segment."""
    fake = FakeAPI({})
    with pytest.raises(NotFoundError):
        api(fake)("files.retrieve", file_id="../v1/batch")
    assert fake.requests[0].url.raw_path == b"/v1/files/..%2Fv1%2Fbatch"


def test_list_jobs_serialises_filters(api):
    """Status lists repeat; a filter our spec lacks (metadata) goes through extra_query."""
    fake = FakeAPI({("GET", "/v1/batch/jobs"): {"data": [job()], "object": "list", "total": 1}})
    res = api(fake)("batch.jobs.list", status=["RUNNING", "QUEUED"], page_size=5,
                    extra_query={"metadata": json.dumps({"run": "a"})})  # fmt: skip
    assert res.total == 1
    assert res.data[0].id == JOB_ID
    params = fake.requests[0].url.params
    assert params.get_list("status") == ["RUNNING", "QUEUED"]
    assert json.loads(params["metadata"]) == {"run": "a"}


@pytest.mark.own_spec
def test_list_jobs_sends_the_filters_given_and_the_spec_defaults_only(api):
    """Unset filters (model, agent_id, metadata, created_after) are not sent, not even as null;
    the parameters Mistral's spec gives a default are sent with it."""
    fake = FakeAPI({("GET", "/v1/batch/jobs"): {"data": [], "object": "list", "total": 0}})
    api(fake)("batch.jobs.list", status=["RUNNING"], page_size=5)
    assert dict(fake.requests[0].url.params) == {
        "status": "RUNNING", "page_size": "5",
        "page": "0", "created_by_me": "false", "order_by": "-created",
    }  # fmt: skip


def test_create_sends_only_what_was_given(api):
    """jobs.create: endpoint, inputs and the options given; nothing else."""
    fake = FakeAPI({("POST", "/v1/batch/jobs"): job()})
    res = api(fake)("batch.jobs.create", endpoint="/v1/chat/completions", input_files=[IN_FILE],
                    model="mistral-small-latest", metadata={"k": "v"})  # fmt: skip
    assert isinstance(res, BatchJob)
    assert res.status is BatchJobStatus.QUEUED
    assert json.loads(fake.requests[0].content) == {
        "endpoint": "/v1/chat/completions", "input_files": [IN_FILE],
        "model": "mistral-small-latest", "metadata": {"k": "v"},
    }  # fmt: skip


def test_unknown_status_and_fields_are_kept(api):
    """A status this version does not know, and new fields, survive decoding."""
    fake = FakeAPI({("GET", f"/v1/batch/jobs/{JOB_ID}"): job("PAUSED", priority="low")})
    res = api(fake)("batch.jobs.get", job_id=JOB_ID)
    assert res.status == "PAUSED"
    assert res.to_dict()["priority"] == "low"


def test_get_retries_a_429_then_succeeds(api, retry_waits):
    """The client's retry policy applies to the batch endpoints too."""
    limited = httpx.Response(429, headers={"retry-after": "2"}, json={"message": "slow down"})
    fake = FakeAPI({("GET", f"/v1/batch/jobs/{JOB_ID}"): [limited, job("RUNNING")]})
    assert api(fake)("batch.jobs.get", job_id=JOB_ID).status == "RUNNING"
    assert retry_waits == [2.0]


def test_errors_are_typed_and_hold_no_key(api):
    """A 404 is NotFoundError with the body; the key is in none of its text."""
    fake = FakeAPI({})
    with pytest.raises(NotFoundError) as caught:
        api(fake)("batch.jobs.cancel", job_id=JOB_ID)
    assert caught.value.status_code == 404
    assert_no_secret(str(caught.value) + repr(caught.value))


def finished(outputs: Any = None, **fields: Any) -> dict[str, Any]:
    return job("SUCCESS", total_requests=3, completed_requests=3, outputs=outputs, **fields)


@pytest.mark.own_spec
def test_run_small_batch_goes_inline_and_returns_results_in_input_order(api, poll_waits):
    """Inline requests, polled with growing waits, results matched by custom_id in input order."""
    outputs = [output("b"), output("a", 400, {"object": "error", "message": "bad", "type": "x"})]
    fake = FakeAPI({
        ("POST", "/v1/batch/jobs"): job(),
        ("GET", f"/v1/batch/jobs/{JOB_ID}"): [job("RUNNING"), job("RUNNING"), finished(outputs)],
    })  # fmt: skip
    seen: list[str] = []
    requests = [{"custom_id": "a", "messages": ASK}, {"custom_id": "b", "messages": ASK,
                "temperature": 0.2}, {"custom_id": "c", "messages": ASK}]  # fmt: skip
    results = api(fake)("batch.run", requests, model="mistral-small-latest", poll_interval=1.0,
                        on_progress=lambda j: seen.append(str(j.status)))  # fmt: skip
    assert fake.paths() == ["POST /v1/batch/jobs"] + [f"GET /v1/batch/jobs/{JOB_ID}"] * 3
    sent = json.loads(fake.requests[0].content)
    assert sent["model"] == "mistral-small-latest"
    assert "input_files" not in sent
    assert sent["requests"][1] == {"custom_id": "b", "body": {"messages": ASK, "temperature": 0.2}}
    assert poll_waits == [1.0, 1.5, 2.25]
    assert seen == ["QUEUED", "RUNNING", "RUNNING", "SUCCESS"]
    assert [r.custom_id for r in results] == ["a", "b", "c"]
    a, b, c = results
    assert isinstance(a.error, BadRequestError)
    assert a.error.message == "bad"
    assert b.ok
    assert b.unwrap().choices[0].message.content == "answer b"
    assert isinstance(c.error, BatchItemError)
    assert "SUCCESS" in str(c.error)
    with pytest.raises(BadRequestError):
        a.unwrap()


@pytest.mark.own_spec
def test_run_large_batch_uploads_jsonl_and_reads_output_and_error_files(api):
    """Over 100 requests: a JSONL upload with purpose batch, outputs and errors downloaded."""
    lines = b"".join(json.dumps(output(str(i))).encode() + b"\n" for i in range(0, 150, 2))
    errors = b"".join(
        json.dumps({"custom_id": str(i), "response": None,
                    "error": {"message": "too long", "code": 3051}}).encode() + b"\n"
        for i in range(1, 150, 2)
    )  # fmt: skip
    fake = FakeAPI({
        ("POST", "/v1/files"): UPLOADED,
        ("POST", "/v1/batch/jobs"): job(),
        ("GET", f"/v1/batch/jobs/{JOB_ID}"): finished(None, output_file=OUT_FILE, error_file=ERR_FILE),
        ("GET", f"/v1/files/{OUT_FILE}/content"): lines,
        ("GET", f"/v1/files/{ERR_FILE}/content"): errors,
    })  # fmt: skip
    requests = ({"messages": [{"role": "user", "content": f"q{i}"}]} for i in range(150))
    results = api(fake)("batch.run", requests, model="mistral-small-latest")
    assert fake.paths()[:2] == ["POST /v1/files", "POST /v1/batch/jobs"]
    upload = fake.requests[0].content
    assert b'filename="batch_input.jsonl"' in upload
    assert b"\r\nbatch\r\n" in upload
    assert upload.count(b'"custom_id"') == 150
    assert json.loads(fake.requests[1].content)["input_files"] == [IN_FILE]
    assert [r.custom_id for r in results] == [str(i) for i in range(150)]
    assert all(r.ok for r in results[::2])
    failed = results[1]
    assert isinstance(failed.error, BatchItemError)
    assert (failed.error.code, failed.error.custom_id) == (3051, "1")


@pytest.mark.own_spec
def test_run_ctrl_c_while_waiting_cancels_the_remote_job(api, mode, poll_waits):
    """KeyboardInterrupt during a poll: the job is cancelled, the interrupt goes on, noted."""
    fake = FakeAPI({("POST", "/v1/batch/jobs"): job(),
                    ("POST", f"/v1/batch/jobs/{JOB_ID}/cancel"): job("CANCELLATION_REQUESTED")})  # fmt: skip
    interrupt(poll_waits, mode)
    with pytest.raises((KeyboardInterrupt, asyncio.CancelledError)) as caught:
        api(fake)("batch.run", [{"messages": ASK}], model="m")
    assert fake.paths()[-1] == f"POST /v1/batch/jobs/{JOB_ID}/cancel"
    assert f"batch job {JOB_ID} was cancelled" in "".join(caught.value.__notes__)


@pytest.mark.own_spec
def test_run_ctrl_c_without_cancel_says_how_to_resume(api, mode, poll_waits):
    """cancel_on_interrupt=False: the job is left running, the note names batch.wait(job_id)."""
    fake = FakeAPI({("POST", "/v1/batch/jobs"): job()})
    interrupt(poll_waits, mode)
    with pytest.raises((KeyboardInterrupt, asyncio.CancelledError)) as caught:
        api(fake)("batch.run", [{"messages": ASK}], model="m", cancel_on_interrupt=False)
    assert fake.paths() == ["POST /v1/batch/jobs"]
    assert f"client.batch.wait('{JOB_ID}')" in "".join(caught.value.__notes__)


def interrupt(poll_waits: list[float], mode: str) -> None:
    """The next poll wait raises KeyboardInterrupt (CancelledError in async: asyncio.run's Ctrl-C)."""

    def boom(_seconds: float) -> None:
        raise KeyboardInterrupt

    async def aboom(_seconds: float) -> None:
        raise asyncio.CancelledError

    if mode == "sync":
        _batch.sleep = boom  # restored by the poll_waits fixture's monkeypatch
    else:
        _batch.asleep = aboom


def test_wait_then_results_resume_a_job_by_id(api):
    """batch.wait(job_id) polls to the end; batch.results(job) reads its outputs."""
    fake = FakeAPI({("GET", f"/v1/batch/jobs/{JOB_ID}"): [job("RUNNING"), finished([output("0")])]})
    call = api(fake)
    done = call("batch.wait", JOB_ID, poll_interval=0)
    assert done.status is BatchJobStatus.SUCCESS
    (result,) = call("batch.results", done)
    assert isinstance(result, BatchResult)
    assert result.custom_id == "0"
    assert result.ok


@pytest.mark.own_spec
def test_upload_takes_the_sdk_dict_form_and_sends_visibility_as_text(api):
    """{"file_name", "content"} as Mistral's SDK takes it; visibility and expiry as form fields."""
    fake = FakeAPI({("POST", "/v1/files"): UPLOADED})
    api(fake)("files.upload", {"file_name": "a.jsonl", "content": b"{}\n"}, purpose="batch",
              visibility="user", expiry=24)  # fmt: skip
    body = fake.requests[0].content
    assert b'filename="a.jsonl"' in body
    assert b'name="visibility"\r\nContent-Type: text/plain\r\n\r\nuser\r\n' in body
    assert b'name="expiry"\r\nContent-Type: text/plain\r\n\r\n24\r\n' in body


def test_list_and_delete_files(api):
    """files.list sends its filters; files.delete returns the deletion."""
    listed = {"data": [{**UPLOADED, "source": "mistral"}], "object": "list", "total": 1}
    fake = FakeAPI({("GET", "/v1/files"): listed,
                    ("DELETE", f"/v1/files/{IN_FILE}"): {"id": IN_FILE, "object": "file", "deleted": True}})  # fmt: skip
    call = api(fake)
    res = call("files.list", sample_type=["batch_result"], purpose="batch", search="in")
    assert res.total == 1
    params = fake.requests[0].url.params
    assert (params.get_list("sample_type"), params["purpose"]) == (["batch_result"], "batch")
    assert call("files.delete", file_id=IN_FILE).deleted is True


@pytest.mark.own_spec
def test_run_other_endpoint_keeps_raw_bodies(api):
    """Any endpoint with {"body": ...} items: the result holds the body as the server wrote it."""
    embedding = {"id": "e", "object": "list", "data": [{"embedding": [0.5]}]}
    fake = FakeAPI({
        ("POST", "/v1/batch/jobs"): job(endpoint="/v1/embeddings"),
        ("GET", f"/v1/batch/jobs/{JOB_ID}"): finished([output("0", body=embedding)],
                                                      endpoint="/v1/embeddings"),
    })  # fmt: skip
    (result,) = api(fake)("batch.run", [{"body": {"input": ["hi"]}}], model="mistral-embed",
                          endpoint="/v1/embeddings", timeout_hours=2)  # fmt: skip
    assert json.loads(fake.requests[0].content)["timeout_hours"] == 2
    assert result.ok
    assert result.body == embedding
    with pytest.raises(BatchItemError):
        result.unwrap()


@pytest.mark.own_spec
def test_run_item_whose_body_does_not_decode_is_a_response_validation_error(api):
    """A 200 line with a body of the wrong shape fails alone, as chat would fail it."""
    fake = FakeAPI({
        ("POST", "/v1/batch/jobs"): job(),
        ("GET", f"/v1/batch/jobs/{JOB_ID}"): finished([output("0", body={"id": "x"}), output("1")]),
    })  # fmt: skip
    bad, good = api(fake)("batch.run", [{"messages": ASK}] * 2, model="m")
    assert isinstance(bad.error, ResponseValidationError)
    assert good.ok


def test_output_file_with_a_broken_line_raises_naming_it(api):
    """A line that is not JSON names the file and line; blank lines are skipped."""
    done = finished(None, output_file=OUT_FILE)
    fake = FakeAPI({("GET", f"/v1/batch/jobs/{JOB_ID}"): done,
                    ("GET", f"/v1/files/{OUT_FILE}/content"): b"\n{not json\n"})  # fmt: skip
    call = api(fake)
    job_out = call("batch.jobs.get", job_id=JOB_ID)
    with pytest.raises(BatchItemError, match="output file line 2 is not JSON"):
        call("batch.results", job_out)


@pytest.mark.own_spec
def test_run_few_but_large_requests_are_uploaded(api):
    """Inline is for small batches: over 1 MiB of requests goes as a JSONL file, however few."""
    fake = FakeAPI({
        ("POST", "/v1/files"): UPLOADED,
        ("POST", "/v1/batch/jobs"): job(),
        ("GET", f"/v1/batch/jobs/{JOB_ID}"): finished([output("0"), output("1")]),
    })  # fmt: skip
    long_text = "word " * 150_000
    requests = [{"messages": [{"role": "user", "content": long_text}]}] * 2
    results = api(fake)("batch.run", requests, model="m")
    assert fake.paths()[:2] == ["POST /v1/files", "POST /v1/batch/jobs"]
    assert [r.ok for r in results] == [True, True]


@pytest.mark.own_spec
def test_every_list_filter_reaches_the_query_under_its_own_name(api):
    """files.list and batch.jobs.list: each argument lands in its own query parameter."""
    import datetime

    fake = FakeAPI({("GET", "/v1/files"): {"data": [], "object": "list", "total": 0},
                    ("GET", "/v1/batch/jobs"): {"data": [], "object": "list", "total": 0}})  # fmt: skip
    call = api(fake)
    call("files.list", page=2, page_size=3, include_total=True, sample_type=["batch_result"],
         source=["upload"], search="in", purpose="batch", mimetypes=["application/jsonl"])  # fmt: skip
    after = datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC)
    call("batch.jobs.list", page=4, page_size=5, model="m", agent_id="a",
         created_after=after, created_by_me=True, status=["RUNNING"], order_by="-created")  # fmt: skip
    files, jobs = (dict(r.url.params.multi_items()) for r in fake.requests)
    assert files == {"page": "2", "page_size": "3", "include_total": "true",
                     "sample_type": "batch_result", "source": "upload", "search": "in",
                     "purpose": "batch", "mimetypes": "application/jsonl"}  # fmt: skip
    assert {k: v for k, v in jobs.items() if k != "created_after"} == {
        "page": "4", "page_size": "5", "model": "m", "agent_id": "a",
        "created_by_me": "true", "status": "RUNNING", "order_by": "-created"}  # fmt: skip
    assert jobs["created_after"].startswith("2026-01-02")


@pytest.mark.own_spec
def test_every_create_argument_reaches_the_body_under_its_own_name(api):
    """batch.jobs.create: each argument lands in its own body field."""
    fake = FakeAPI({("POST", "/v1/batch/jobs"): job()})
    api(fake)("batch.jobs.create", endpoint="/v1/embeddings", requests=[{"body": {"input": "x"}}],
              model="m", agent_id="a", metadata={"k": "v"}, timeout_hours=3)  # fmt: skip
    assert json.loads(fake.requests[0].content) == {
        "endpoint": "/v1/embeddings", "requests": [{"body": {"input": "x"}}], "model": "m",
        "agent_id": "a", "metadata": {"k": "v"}, "timeout_hours": 3}  # fmt: skip
