"""Files and batch jobs against the embedded server over loopback: run, cancel, faults."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from mistral_client import BatchItemError, Mistral, _batch
from mistral_client.errors import BadRequestError, InternalServerError, NotFoundError
from mistral_client.models import BatchJob
from mistral_client.testing import running_server
from tests.contract.spec_schema import errors

MODEL = "mistral-small-latest"


def ask(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with running_server(batch_step_seconds=0.005) as url:
        yield url


@pytest.fixture(scope="module")
def slow_server() -> Iterator[str]:
    """Jobs take 0.2 s a request: long enough to cancel one while it runs."""
    with running_server(batch_step_seconds=0.2) as url:
        yield url


@pytest.fixture
def client(server: str) -> Iterator[Mistral]:
    with Mistral(api_key="e2e-key", server_url=server) as c:
        yield c


@pytest.mark.parametrize("inline", [True, False], ids=["inline", "jsonl-file"])
def test_run_completes_with_the_same_answers_as_chat(client: Mistral, mode: str, inline: bool):
    """Statuses go QUEUED → (RUNNING) → SUCCESS; each answer is the one chat.complete gives."""
    requests: list[dict[str, Any]] = [
        {"custom_id": f"q{i}", "messages": ask(f"Name French city number {i}.")} for i in range(4)
    ]
    requests.append({"custom_id": "broken", "model": f"{MODEL}:fault=503", "messages": ask("x")})
    seen: list[BatchJob] = []
    options: dict[str, Any] = dict(model=MODEL, inline=inline, poll_interval=0.01,
                                   max_poll_interval=0.05, on_progress=seen.append)  # fmt: skip
    if mode == "sync":
        results = client.batch.run(requests, **options)
    else:

        async def run() -> Any:
            async with Mistral(api_key="e2e-key", server_url=client.server_url) as aclient:
                return await aclient.batch.run_async(requests, **options)

        results = asyncio.run(run())
    statuses = [str(job.status) for job in seen]
    order = ["QUEUED", "RUNNING", "SUCCESS"]
    assert statuses == sorted(statuses, key=order.index)
    assert (statuses[0], statuses[-1]) == ("QUEUED", "SUCCESS")
    assert (seen[-1].total_requests, seen[-1].succeeded_requests, seen[-1].failed_requests) == (
        5,
        4,
        1,
    )
    assert [r.custom_id for r in results] == ["q0", "q1", "q2", "q3", "broken"]
    for request, result in zip(requests[:4], results[:4], strict=True):
        direct = client.chat.complete(model=MODEL, messages=request["messages"])
        assert result.unwrap().choices[0].message.content == direct.choices[0].message.content
    broken = results[4].error
    assert isinstance(broken, InternalServerError)
    assert broken.status_code == 503


def output_line_errors(line: Any) -> list[str]:
    """What is wrong with LINE as a line of a batch output file, as the recordings show them.

    Mistral's spec has no schema for these lines: `{"id", "custom_id", "response": {"status_code",
    "body"}, "error"}`, a 2xx chat body being a ChatCompletionResponse of the spec.
    """
    if not isinstance(line, dict):
        return [f"$: expected an object, got {line!r:.60}"]
    found = [
        f"$.{k}: expected a string" for k in ("id", "custom_id") if not isinstance(line.get(k), str)
    ]
    response, error = line.get("response"), line.get("error")
    if error is not None and not isinstance(error, dict):
        found.append("$.error: expected an object or null")
    if response is None:
        return found if error is not None else [*found, "$: neither response nor error"]
    if not isinstance(response, dict) or not isinstance(response.get("status_code"), int):
        return [*found, "$.response: expected {status_code: int, body: object}"]
    if not isinstance(response.get("body"), dict):
        return [*found, "$.response.body: expected an object"]
    if 200 <= response["status_code"] < 300:
        found += [
            f"$.response.body{e[1:]}" for e in errors("ChatCompletionResponse", response["body"])
        ]
    return found


def test_files_round_trip(client: Mistral):
    """Upload, list, retrieve, download, delete; a deleted file is then NotFoundError."""
    uploaded = client.files.upload(b'{"custom_id": "0", "body": {}}\n', file_name="in.jsonl",
                                   purpose="batch")  # fmt: skip
    assert (uploaded.filename, uploaded.bytes_, uploaded.num_lines) == ("in.jsonl", 31, 1)
    assert errors("CreateFileResponse", uploaded.to_dict()) == []
    assert uploaded.id in [f.id for f in client.files.list(purpose="batch").data]
    assert client.files.retrieve(file_id=uploaded.id).deleted is False
    assert client.files.download(file_id=uploaded.id) == b'{"custom_id": "0", "body": {}}\n'
    assert client.files.delete(file_id=uploaded.id).deleted is True
    with pytest.raises(NotFoundError):
        client.files.retrieve(file_id=uploaded.id)


def test_job_output_and_error_files_are_jsonl_as_mistral_writes_them(client: Mistral):
    """jobs.create from a file: output and error files hold one line per request."""
    jsonl = b"".join(
        f'{{"custom_id": "{i}", "body": {{"messages": [{{"role": "user", "content": "q{i}"}}]}}}}\n'
        .encode() for i in range(3)
    ) + b'{"custom_id": "bad", "body": {"messages": [], "temperature": 9}}\n'  # fmt: skip
    uploaded = client.files.upload(jsonl, file_name="in.jsonl", purpose="batch")
    job = client.batch.jobs.create(endpoint="/v1/chat/completions", input_files=[uploaded.id],
                                   model=MODEL, metadata={"run": "e2e"})  # fmt: skip
    assert (job.status, job.total_requests, job.metadata["run"]) == ("QUEUED", 0, "e2e")
    done = client.batch.wait(job.id, poll_interval=0.01, max_poll_interval=0.05)
    assert done.status == "SUCCESS"
    assert errors("BatchJob", done.to_dict()) == []
    for line in client.files.download(file_id=done.output_file).splitlines():
        assert output_line_errors(json.loads(line)) == []
    assert done.outputs is None
    results = client.batch.results(done)
    assert sorted(r.custom_id for r in results if r.ok) == ["0", "1", "2"]
    (bad,) = [r for r in results if not r.ok]
    assert bad.custom_id == "bad"
    assert bad.error is not None
    assert getattr(bad.error, "status_code", None) == 422
    assert client.batch.jobs.get(job_id=job.id, inline=True).outputs is not None
    listed = client.batch.jobs.list(status=["SUCCESS"])
    assert job.id in [j.id for j in listed.data]


def test_cancel_stops_a_running_job(slow_server: str):
    """A RUNNING job counts its requests; cancel: CANCELLATION_REQUESTED, then CANCELLED."""
    with Mistral(api_key="e2e-key", server_url=slow_server) as client:
        job = client.batch.jobs.create(
            endpoint="/v1/chat/completions", model=MODEL,
            requests=[{"custom_id": str(i), "body": {"messages": ask("hi")}} for i in range(50)],
        )  # fmt: skip
        for _ in range(100):
            job = client.batch.jobs.get(job_id=job.id)
            if job.status == "RUNNING":
                break
            time.sleep(0.05)
        assert (job.status, job.total_requests) == ("RUNNING", 50)
        assert client.batch.jobs.cancel(job_id=job.id).status == "CANCELLATION_REQUESTED"
        done = client.batch.wait(job.id, poll_interval=0.05, max_poll_interval=0.1)
        assert done.status == "CANCELLED"
        assert done.completed_requests < 50
        results = client.batch.results(done, ids=[str(i) for i in range(50)])
        assert isinstance(results[-1].error, BatchItemError)
        assert "CANCELLED" in str(results[-1].error)


def test_interrupt_during_run_cancels_the_remote_job(slow_server: str):
    """Ctrl-C while run() waits: the remote job is cancelled, the interrupt propagates."""

    def interrupt_when_running(job: BatchJob) -> None:
        if job.status == "RUNNING":
            raise KeyboardInterrupt

    with Mistral(api_key="e2e-key", server_url=slow_server) as client:
        requests = [{"messages": ask(f"q{i}")} for i in range(50)]
        with pytest.raises(KeyboardInterrupt) as caught:
            client.batch.run(requests, model=MODEL, poll_interval=0.05,
                             on_progress=interrupt_when_running)  # fmt: skip
        job_id = "".join(caught.value.__notes__).split("batch job ")[1].split(" ")[0]
        done = client.batch.wait(job_id, poll_interval=0.05, max_poll_interval=0.1)
        assert done.status == "CANCELLED"


def test_job_failure_fault_keeps_what_ran(client: Mistral):
    """x-mistral-fault: job-failed ends the job FAILED halfway; finished requests still count."""
    requests = [{"messages": ask(f"q{i}")} for i in range(6)]
    results = client.batch.run(requests, model=MODEL, poll_interval=0.01,
                               extra_headers={"x-mistral-fault": "job-failed"})  # fmt: skip
    assert [r.ok for r in results] == [True, True, True, False, False, False]
    assert "FAILED" in str(results[-1].error)


def test_status_fault_on_create_is_retried(client: Mistral):
    """A 500 on the create call is retried by the client's policy; the job then runs."""
    results = client.batch.run([{"messages": ask("hi")}], model=MODEL, poll_interval=0.01,
                               extra_headers={"x-mistral-fault": "500x1@batch-create"})  # fmt: skip
    assert results[0].ok


def raw(server: str, method: str, path: str, key: str | None = "e2e-key", **kwargs: Any) -> Any:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    headers.update(kwargs.pop("headers", {}))
    return httpx.request(method, f"{server}{path}", headers=headers, timeout=10, **kwargs)


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        pytest.param("GET", "/v1/files", {"key": None}, 401, id="no-key"),
        pytest.param("POST", "/v1/files", {"data": {"purpose": "batch"}}, 422, id="upload-no-file"),
        pytest.param("GET", "/v1/files/nope/content", {}, 404, id="download-unknown"),
        pytest.param("DELETE", "/v1/files/nope", {}, 404, id="delete-unknown"),
        pytest.param("GET", "/v1/batch/jobs/nope", {}, 404, id="get-unknown"),
        pytest.param("POST", "/v1/batch/jobs/nope/cancel", {}, 404, id="cancel-unknown"),
        pytest.param("POST", "/v1/batch/jobs", {"content": b"{"}, 400, id="create-not-json"),
        pytest.param(
            "POST",
            "/v1/batch/jobs",
            {"json": {"endpoint": "/v1/ocr", "requests": []}},
            400,
            id="create-other-endpoint",
        ),
        pytest.param(
            "POST",
            "/v1/batch/jobs",
            {"json": {"endpoint": "/v1/chat/completions"}},
            400,
            id="create-no-input",
        ),
        pytest.param(
            "POST",
            "/v1/batch/jobs",
            {"json": {"endpoint": "/v1/chat/completions", "input_files": ["nope"]}},
            404,
            id="create-unknown-file",
        ),
        pytest.param(
            "GET",
            "/v1/batch/jobs",
            {"headers": {"x-mistral-fault": "429x1@list"}},
            429,
            id="fault-429",
        ),
    ],
)
def test_server_refusals_use_mistral_error_envelopes(server: str, method, path, kwargs, status):
    """Each refusal has its status and Mistral's error body (the gateway's for a 401)."""
    response = raw(server, method, path, **kwargs)
    assert response.status_code == status
    assert "message" in response.json()
    if status == 429:
        assert response.headers["retry-after"] == "0"


def test_server_input_file_with_a_broken_line_is_refused(client: Mistral):
    """A batch input file whose line is not JSON: 400 naming the line."""
    uploaded = client.files.upload(b'{"custom_id": "0", "body": {}}\n{oops\n', file_name="x.jsonl")
    with pytest.raises(BadRequestError, match="line 2"):
        client.batch.jobs.create(endpoint="/v1/chat/completions", input_files=[uploaded.id])


def test_server_line_without_body_fails_alone(client: Mistral):
    """A line without a body is a per-request error; the job still succeeds."""
    uploaded = client.files.upload(b'{"custom_id": "0"}\n', file_name="x.jsonl", purpose="batch")
    job = client.batch.jobs.create(endpoint="/v1/chat/completions", input_files=[uploaded.id],
                                   model=MODEL)  # fmt: skip
    done = client.batch.wait(job.id, poll_interval=0.01)
    (result,) = client.batch.results(done)
    assert isinstance(result.error, BatchItemError)
    assert result.error.code == "3001"
    oldest_first = client.batch.jobs.list(order_by="created").data
    assert oldest_first[-1].id == job.id


CTRL_C_SCRIPT = """
import sys
from mistral_client import Mistral
from mistral_client.testing import running_server

cancel = sys.argv[1] == "cancel"
with running_server(batch_step_seconds=0.2) as url, Mistral(api_key="k", server_url=url) as client:
    try:
        client.batch.run(
            [{"messages": [{"role": "user", "content": "hi"}]}] * 50,
            model="mistral-small-latest", poll_interval=0.05, max_poll_interval=0.1,
            on_progress=lambda job: print(job.status, flush=True), cancel_on_interrupt=cancel,
        )
    except KeyboardInterrupt as exc:
        note = " ".join(exc.__notes__)
        print("NOTE", note, flush=True)
        job_id = note.split("batch job ")[1].split(" ")[0]
        print("AFTER", client.batch.jobs.get(job_id=job_id).status, flush=True)
        client.batch.jobs.cancel(job_id=job_id)
"""


@pytest.mark.parametrize("cancel", [True, False], ids=["cancel", "keep-running"])
def test_real_ctrl_c_during_run(tmp_path, cancel: bool):
    """SIGINT while run() polls: the job is cancelled, or left RUNNING with how to resume."""
    script = tmp_path / "ctrl_c.py"
    script.write_text(CTRL_C_SCRIPT)
    process = subprocess.Popen(
        [sys.executable, str(script), "cancel" if cancel else "keep"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "RUNNING":
                process.send_signal(signal.SIGINT)
                break
        output, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert err == ""
    if cancel:
        assert "was cancelled on the server" in output
        assert "AFTER CANCELLATION_REQUESTED" in output or "AFTER CANCELLED" in output
    else:
        assert "is still running. Resume waiting with job = client.batch.wait(" in output
        assert "AFTER RUNNING" in output


def test_readme_batch_example_runs(server: str, monkeypatch, capsys):
    """The README's Batch API example, as written, against the embedded server."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Mistral's Batch API", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.setattr(_batch, "sleep", lambda _seconds: time.sleep(0.01))
    monkeypatch.setenv("MISTRAL_API_KEY", "e2e-key")
    monkeypatch.setenv("MISTRAL_BASE_URL", server)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "SUCCESS 2 / 2" in out
    assert "q2 Hello from the embedded Mistral-compatible server" in out


def test_server_lists_jobs_of_the_same_second_in_creation_order():
    """Jobs created within one second: order_by="created" is oldest first, the default newest."""
    with (
        running_server(clock=lambda: 1787150442.0, batch_step_seconds=0.005) as url,
        Mistral(api_key="e2e-key", server_url=url) as client,
    ):
        lines = [{"custom_id": "0", "body": {"messages": ask("hi")}}]
        ids = [
            client.batch.jobs.create(
                endpoint="/v1/chat/completions", requests=lines, model=MODEL
            ).id
            for _ in range(3)
        ]
        assert [j.id for j in client.batch.jobs.list(order_by="created").data] == ids
        assert [j.id for j in client.batch.jobs.list().data] == ids[::-1]
