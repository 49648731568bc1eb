"""Files and batch jobs of the embedded server: an in-memory store and jobs run in the background.

A job answers each request with the same deterministic replies as ``/v1/chat/completions``
(`_replies`), one request per ``step_seconds``, its status going QUEUED → RUNNING → SUCCESS
(or CANCELLATION_REQUESTED → CANCELLED). Results are written as Mistral writes them (the
recorded traffic, ../shared/cassettes/upstream/crmne__ruby_llm batch cassette): one JSON line
``{"id", "custom_id", "response": {"status_code", "body"}, "error"}`` per request, successes
in the output file, failures in the error file, and all of them in ``outputs`` for a job
created from inline requests (or asked with ``?inline=true``).

Faults: the ``x-mistral-fault`` header of any files or batch call takes the chat specs (an HTTP
status, ``429``, with ``x<times>``); on a create call ``job-failed`` or ``job-timeout`` end the
job FAILED or TIMEOUT_EXCEEDED halfway; and a request whose model ends in ``:fault=<status>``
fails alone with that status, in the error file (as does one naming a model the server does not
know, with the chat endpoint's 400).
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import json
import logging
import uuid
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import _replies

CHAT_ENDPOINT = "/v1/chat/completions"
log = logging.getLogger("mistral_client.server")
JOB_FAULTS = {"job-failed": "FAILED", "job-timeout": "TIMEOUT_EXCEEDED"}


def _error(status: int, message: Any, kind: str, code: str | None = None) -> JSONResponse:
    body = {"object": "error", "message": message, "type": kind, "param": None, "code": code}
    return JSONResponse(body, status_code=status)


def _lookup(
    table: dict[str, dict[str, Any]], request: Request, key: str, what: str
) -> dict[str, Any] | Response:
    """TABLE's entry for the path parameter KEY, or the 404 Mistral answers for a missing WHAT."""
    value = request.path_params[key]
    found = table.get(value)
    return _error(404, f"{what} {value} not found", "not_found") if found is None else found


def _page(found: list[dict[str, Any]], query: Any) -> Response:
    """The ``page``/``page_size`` slice of FOUND, as Mistral's list answers."""
    page, size = int(query.get("page", 0)), int(query.get("page_size", 100))
    data = found[page * size : (page + 1) * size]
    return JSONResponse({"data": data, "object": "list", "total": len(found)})


def parse_multipart(content_type: str, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    """The parts of a multipart/form-data body: name → (filename, bytes).

    The standard library's MIME parser rather than python-multipart, which Starlette would need
    for ``request.form()``: one more dependency for one endpoint of a test server.
    """
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    parts: dict[str, tuple[str | None, bytes]] = {}
    if not message.is_multipart():
        return parts
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str):
            payload = part.get_payload(decode=True)
            parts[name] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
    return parts


class BatchService:
    """The files and batch routes, over one in-memory store."""

    def __init__(
        self,
        *,
        authorized: Callable[[Request], bool],
        unauthorized: Callable[[], Response],
        take_fault: Callable[[str, str], str | None],
        status_fault: Callable[[str], Response],
        validate: Callable[[Any], list[dict[str, Any]]],
        known: Callable[[str], bool],
        clock: Callable[[], float],
        step_seconds: float,
    ) -> None:
        self.authorized, self.unauthorized = authorized, unauthorized
        self.take_fault, self.status_fault = take_fault, status_fault
        self.validate, self.known = validate, known
        self.clock, self.step_seconds = clock, step_seconds
        self.files: dict[str, dict[str, Any]] = {}
        self.contents: dict[str, bytes] = {}
        self.jobs: dict[str, dict[str, Any]] = {}
        self.lines: dict[str, list[dict[str, Any]]] = {}
        self.tasks: set[asyncio.Task[None]] = set()

    def routes(self) -> list[Route]:
        return [
            Route("/v1/files", self.guard(self.upload), methods=["POST"]),
            Route("/v1/files", self.guard(self.list_files), methods=["GET"]),
            Route("/v1/files/{file_id:str}", self.guard(self.retrieve), methods=["GET"]),
            Route("/v1/files/{file_id:str}", self.guard(self.delete), methods=["DELETE"]),
            Route("/v1/files/{file_id:str}/content", self.guard(self.download), methods=["GET"]),
            Route("/v1/batch/jobs", self.guard(self.create), methods=["POST"]),
            Route("/v1/batch/jobs", self.guard(self.list_jobs), methods=["GET"]),
            Route("/v1/batch/jobs/{job_id:str}", self.guard(self.get), methods=["GET"]),
            Route("/v1/batch/jobs/{job_id:str}/cancel", self.guard(self.cancel), methods=["POST"]),
        ]

    def guard(self, handler: Callable[[Request], Any]) -> Callable[[Request], Any]:
        """HANDLER behind the bearer check and the x-mistral-fault header's status faults."""

        async def endpoint(request: Request) -> Response:
            if not self.authorized(request):
                return self.unauthorized()
            spec = request.headers.get("x-mistral-fault", "")
            kind = self.take_fault(spec, f"{request.method} {request.url.path}") if spec else None
            if kind is not None and kind[:3].isdigit():
                return self.status_fault(kind)
            result: Response = await handler(request)
            return result

        return endpoint

    # ------------------------------------------------------------------ files

    def store(self, filename: str, content: bytes, purpose: str, sample_type: str,
              source: str, mimetype: str | None) -> dict[str, Any]:  # fmt: skip
        file_id = str(uuid.uuid4())
        meta = {
            "id": file_id,
            "object": "file",
            "bytes": len(content),
            "created_at": int(self.clock()),
            "filename": filename,
            "purpose": purpose,
            "sample_type": sample_type,
            "num_lines": content.count(b"\n") if filename.endswith(".jsonl") else 0,
            "mimetype": mimetype,
            "source": source,
            "signature": uuid.uuid5(uuid.NAMESPACE_OID, content.hex()[:4096]).hex,
            "expires_at": None,
            "visibility": "workspace",
        }
        self.files[file_id] = meta
        self.contents[file_id] = content
        return meta

    async def upload(self, request: Request) -> Response:
        parts = parse_multipart(request.headers.get("content-type", ""), await request.body())
        if "file" not in parts:
            detail = [{"type": "missing", "loc": ["body", "file"], "msg": "Field required"}]
            return _error(422, {"detail": detail}, "invalid_request_error")
        filename, content = parts["file"]
        purpose = parts.get("purpose", (None, b"fine-tune"))[1].decode() or "fine-tune"
        name = filename or "upload"
        is_jsonl = name.endswith(".jsonl")
        sample = {"batch": "batch_request", "ocr": "ocr_input"}.get(purpose, "instruct")
        mimetype = "application/jsonl" if is_jsonl else "application/octet-stream"
        return JSONResponse(self.store(name, content, purpose, sample, "upload", mimetype))

    def _file(self, request: Request) -> dict[str, Any] | Response:
        return _lookup(self.files, request, "file_id", "File")

    async def list_files(self, request: Request) -> Response:
        query = request.query_params
        samples, sources = query.getlist("sample_type"), query.getlist("source")
        found = [
            meta
            for meta in self.files.values()
            if ("purpose" not in query or meta["purpose"] == query["purpose"])
            and ("search" not in query or query["search"] in meta["filename"])
            and (not samples or meta["sample_type"] in samples)
            and (not sources or meta["source"] in sources)
        ]
        return _page(found, query)

    async def retrieve(self, request: Request) -> Response:
        meta = self._file(request)
        return meta if isinstance(meta, Response) else JSONResponse({**meta, "deleted": False})

    async def delete(self, request: Request) -> Response:
        meta = self._file(request)
        if isinstance(meta, Response):
            return meta
        del self.files[meta["id"]], self.contents[meta["id"]]
        return JSONResponse({"id": meta["id"], "object": "file", "deleted": True})

    async def download(self, request: Request) -> Response:
        meta = self._file(request)
        if isinstance(meta, Response):
            return meta
        content = self.contents[meta["id"]]
        return Response(content, media_type="application/octet-stream")

    # ------------------------------------------------------------------ batch jobs

    def _read_input(self, file_ids: list[Any]) -> list[dict[str, Any]] | Response:
        requests: list[dict[str, Any]] = []
        for file_id in file_ids:
            if file_id not in self.contents:
                return _error(404, f"Input file {file_id} not found", "not_found")
            for number, raw in enumerate(self.contents[file_id].splitlines(), start=1):
                if raw.strip():
                    try:
                        requests.append(json.loads(raw))
                    except ValueError:
                        return _error(
                            400, f"{file_id} line {number}: not JSON", "invalid_request_error"
                        )
        return requests

    async def create(self, request: Request) -> Response:
        try:
            body = json.loads(await request.body())
        except ValueError:
            return _error(400, "the body is not JSON", "invalid_request_error")
        if not isinstance(body, dict) or body.get("endpoint") != CHAT_ENDPOINT:
            return _error(
                400, f"endpoint: only {CHAT_ENDPOINT} is served here", "invalid_request_error"
            )
        inline = body.get("requests")
        if isinstance(inline, list):
            lines = b"".join(json.dumps(r).encode() + b"\n" for r in inline)
            written = self.store("batch_input.jsonl", lines, "batch", "batch_request", "mistral",
                                 "application/jsonl")  # fmt: skip
            input_files = [written["id"]]
            requests: list[dict[str, Any]] | Response = list(inline)
        elif isinstance(body.get("input_files"), list):
            input_files = body["input_files"]
            requests = self._read_input(input_files)
        else:
            return _error(400, "give input_files or requests", "invalid_request_error")
        if isinstance(requests, Response):
            return requests
        job = {
            "id": str(uuid.uuid4()),
            "object": "batch",
            "input_files": input_files,
            "metadata": body.get("metadata"),
            "endpoint": body["endpoint"],
            "model": body.get("model"),
            "agent_id": body.get("agent_id"),
            "output_file": None,
            "error_file": None,
            "errors": [],
            "outputs": None,
            "status": "QUEUED",
            "created_at": int(self.clock()),
            # Traffic: 0 while QUEUED, the count once RUNNING.
            "total_requests": 0,
            "completed_requests": 0,
            "succeeded_requests": 0,
            "failed_requests": 0,
            "started_at": None,
            "completed_at": None,
        }
        self.jobs[job["id"]] = job
        self.lines[job["id"]] = []
        fault = request.headers.get("x-mistral-fault", "")
        end = JOB_FAULTS.get(fault)
        if end is not None:
            log.info("fault injected: %s on batch job %s", fault, job["id"])
        task = asyncio.get_running_loop().create_task(
            self.run(job, requests, inline=isinstance(inline, list), end=end)
        )
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return JSONResponse(job)

    def answer(self, job: dict[str, Any], number: int, item: Any) -> dict[str, Any]:
        """The output line of one request, as Mistral writes it."""
        custom_id = item.get("custom_id") if isinstance(item, dict) else None
        line: dict[str, Any] = {
            "id": f"batch-{job['id'][:8]}-{job['input_files'][0][:8]}-{number}",
            "custom_id": custom_id,
            "response": None,
            "error": None,
        }
        body = item.get("body") if isinstance(item, dict) else None
        if not isinstance(body, dict):
            line["error"] = {"message": "each line needs a 'body' object", "code": "3001"}
            return line
        body = {"model": job["model"], **body}
        spec = None
        if isinstance(body.get("model"), str) and ":fault=" in body["model"]:
            body["model"], _, spec = body["model"].partition(":fault=")
        kind = self.take_fault(spec, f"batch job {job['id']} request {number}") if spec else None
        detail = self.validate(body)
        if kind is not None and kind[:3].isdigit():
            status = int(kind[:3])
            error: dict[str, Any] = {"object": "error", "message": f"fault injected: {status}",
                     "type": "service_error", "param": None, "code": "3000"}  # fmt: skip
            line["response"] = {"status_code": status, "body": error}
        elif detail:
            error = {"object": "error", "message": {"detail": detail},
                     "type": "invalid_request_error", "param": None, "code": None}  # fmt: skip
            line["response"] = {"status_code": 422, "body": error}
        elif not self.known(body["model"]):
            error = {"object": "error", "message": f"Invalid model: {body['model']}",
                     "type": "invalid_model", "param": None, "code": "1500"}  # fmt: skip
            line["response"] = {"status_code": 400, "body": error}
        else:
            reply = _replies.completion(body, int(self.clock()))
            line["response"] = {"status_code": 200, "body": reply}
        return line

    async def run(
        self, job: dict[str, Any], requests: list[dict[str, Any]], *, inline: bool, end: str | None
    ) -> None:
        """Work through the job's requests, one per step, until done or cancelled."""
        lines = self.lines[job["id"]]
        await asyncio.sleep(self.step_seconds)
        if job["status"] == "QUEUED":
            job.update(status="RUNNING", started_at=int(self.clock()), total_requests=len(requests))
        for number, item in enumerate(requests):
            await asyncio.sleep(self.step_seconds)
            if job["status"] != "RUNNING":
                break
            if end is not None and number >= len(requests) // 2:
                job["status"] = end
                if end == "FAILED":
                    job["errors"].append({"message": "fault injected: job failed", "count": 1})
                break
            line = self.answer(job, number, item)
            lines.append(line)
            ok = line["response"] is not None and line["response"]["status_code"] < 400
            job["completed_requests"] += 1
            job["succeeded_requests" if ok else "failed_requests"] += 1
        good = [
            line for line in lines if line["response"] and line["response"]["status_code"] < 400
        ]
        bad = [line for line in lines if line not in good]
        for kept, key, sample in (
            (good, "output_file", "batch_result"),
            (bad, "error_file", "batch_error"),
        ):
            if kept:
                content = b"".join(json.dumps(line).encode() + b"\n" for line in kept)
                name = f"{job['id']}_{sample}.jsonl"
                job[key] = self.store(
                    name, content, "batch", sample, "mistral", "application/jsonl"
                )["id"]
        if inline:
            job["outputs"] = lines
        job["status"] = {"RUNNING": "SUCCESS", "CANCELLATION_REQUESTED": "CANCELLED",
                         "QUEUED": "CANCELLED"}.get(job["status"], job["status"])  # fmt: skip
        job["completed_at"] = int(self.clock())

    def _job(self, request: Request) -> dict[str, Any] | Response:
        return _lookup(self.jobs, request, "job_id", "Batch job")

    async def get(self, request: Request) -> Response:
        job = self._job(request)
        if isinstance(job, Response):
            return job
        if request.query_params.get("inline") == "true" and job["completed_at"] is not None:
            return JSONResponse({**job, "outputs": self.lines[job["id"]]})
        return JSONResponse(job)

    async def list_jobs(self, request: Request) -> Response:
        query = request.query_params
        statuses = query.getlist("status")
        found = [
            job
            # Oldest first, jobs of the same second in creation order (a stable sort).
            for job in sorted(self.jobs.values(), key=lambda j: j["created_at"])
            if (not statuses or job["status"] in statuses)
            and ("model" not in query or job["model"] == query["model"])
        ]
        if query.get("order_by") != "created":
            found.reverse()  # the default, "-created": newest first
        return _page(found, query)

    async def cancel(self, request: Request) -> Response:
        job = self._job(request)
        if isinstance(job, Response):
            return job
        if job["status"] in ("QUEUED", "RUNNING"):
            job["status"] = "CANCELLATION_REQUESTED"
        return JSONResponse(job)
