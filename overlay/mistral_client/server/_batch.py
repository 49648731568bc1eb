"""Files and batch jobs of the embedded server: an in-memory store and jobs run in the background.

A job answers each request as the server answers its endpoint (any endpoint Mistral's batch API
takes: chat, FIM, embeddings, moderations, classifications, OCR, conversations, transcriptions),
one request per ``step_seconds``, its status going QUEUED → RUNNING → SUCCESS
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
import hashlib
import json
import logging
import uuid
from collections.abc import Callable
from typing import Any

from ._spec import Call, Failure, Upload, not_found

log = logging.getLogger("mistral_client.server")
JOB_FAULTS = {"job-failed": "FAILED", "job-timeout": "TIMEOUT_EXCEEDED"}
# A line's answer: (HTTP status, body), as the server answers the line's endpoint.
LineAnswer = Callable[[str, dict[str, Any], str], tuple[int, Any]]


def _page(found: list[dict[str, Any]], values: dict[str, Any]) -> dict[str, Any]:
    """The ``page``/``page_size`` slice of FOUND, as Mistral's list answers."""
    page, size = int(values.get("page") or 0), int(values.get("page_size") or 100)
    data = found[page * size : (page + 1) * size]
    return {"data": data, "object": "list", "total": len(found)}


class BatchService:
    """The files and batch handlers, over one in-memory store."""

    def __init__(
        self, *, answer: LineAnswer, clock: Callable[[], float], step_seconds: float
    ) -> None:
        self.answer_line, self.clock, self.step_seconds = answer, clock, step_seconds
        self.files: dict[str, dict[str, Any]] = {}
        self.contents: dict[str, bytes] = {}
        self.jobs: dict[str, dict[str, Any]] = {}
        self.lines: dict[str, list[dict[str, Any]]] = {}
        self.tasks: set[asyncio.Task[None]] = set()
        self.issued = 0

    def handlers(self) -> dict[tuple[str, str], Callable[[Call], Any]]:
        """The operations these handlers answer, by method and path template."""
        return {
            ("POST", "/v1/files"): self.upload,
            ("GET", "/v1/files"): self.list_files,
            ("GET", "/v1/files/{file_id}"): self.retrieve,
            ("DELETE", "/v1/files/{file_id}"): self.delete,
            ("GET", "/v1/files/{file_id}/content"): self.download,
            ("GET", "/v1/files/{file_id}/url"): self.signed_url,
            ("POST", "/v1/batch/jobs"): self.create,
            ("GET", "/v1/batch/jobs"): self.list_jobs,
            ("GET", "/v1/batch/jobs/{job_id}"): self.get,
            ("DELETE", "/v1/batch/jobs/{job_id}"): self.delete_job,
            ("POST", "/v1/batch/jobs/{job_id}/cancel"): self.cancel,
        }

    def new_id(self, *parts: object) -> str:
        """An id from a hash of what made the thing and how many came before it."""
        self.issued += 1
        text = "\0".join(map(str, (self.issued, *parts)))
        return str(uuid.UUID(hashlib.sha256(text.encode()).hexdigest()[:32]))

    # ------------------------------------------------------------------ files

    def store(
        self,
        filename: str,
        content: bytes,
        purpose: str,
        sample_type: str,
        source: str,
        mimetype: str | None,
    ) -> dict[str, Any]:
        file_id = self.new_id(filename, hashlib.sha256(content).hexdigest())
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

    def read(self, file_id: str) -> tuple[str, bytes] | None:
        """A stored file's name and bytes, or None."""
        meta = self.files.get(file_id)
        return None if meta is None else (meta["filename"], self.contents[file_id])

    def upload(self, call: Call) -> Any:
        body = call.body if isinstance(call.body, dict) else {}
        upload = body.get("file")
        if not isinstance(upload, Upload):
            detail = [
                {"type": "missing", "loc": ["body", "file"], "msg": "Field required", "input": None}
            ]
            return Failure(422, {"detail": detail}, "invalid_request_error")
        purpose = str(body.get("purpose") or "fine-tune")
        name = upload.filename or "upload"
        sample = {"batch": "batch_request", "ocr": "ocr_input"}.get(purpose, "instruct")
        if name.endswith(".jsonl"):
            mimetype: str | None = "application/jsonl"
        else:
            given = upload.content_type
            mimetype = given if given and given != "text/plain" else "application/octet-stream"
        meta = self.store(name, upload.content, purpose, sample, "upload", mimetype)
        meta["visibility"] = body.get("visibility") or "workspace"
        if isinstance(body.get("expiry"), int):
            meta["expires_at"] = meta["created_at"] + 3600 * int(body["expiry"])
        return meta

    def _file(self, call: Call) -> dict[str, Any] | Failure:
        file_id = call.params["file_id"]
        found = self.files.get(file_id)
        return not_found(f"File {file_id} not found") if found is None else found

    def list_files(self, call: Call) -> Any:
        query = call.values
        samples, sources = query.get("sample_type") or [], query.get("source") or []
        found = [
            meta
            for meta in self.files.values()
            if (query.get("purpose") is None or meta["purpose"] == query["purpose"])
            and (query.get("search") is None or query["search"] in meta["filename"])
            and (not samples or meta["sample_type"] in samples)
            and (not sources or meta["source"] in sources)
            and (not query.get("mimetypes") or meta["mimetype"] in query["mimetypes"])
        ]
        return _page(found, query)

    def retrieve(self, call: Call) -> Any:
        meta = self._file(call)
        return meta if isinstance(meta, Failure) else {**meta, "deleted": False}

    def delete(self, call: Call) -> Any:
        meta = self._file(call)
        if isinstance(meta, Failure):
            return meta
        del self.files[meta["id"]], self.contents[meta["id"]]
        return {"id": meta["id"], "object": "file", "deleted": True}

    def download(self, call: Call) -> Any:
        meta = self._file(call)
        return meta if isinstance(meta, Failure) else self.contents[meta["id"]]

    def signed_url(self, call: Call) -> Any:
        """A URL to the file's content on this server (its signature: the file's own)."""
        meta = self._file(call)
        if isinstance(meta, Failure):
            return meta
        expiry = int(call.values.get("expiry") or 24)
        url = f"{call.base_url}/v1/files/{meta['id']}/content?signature={meta['signature']}"
        return {"url": f"{url}&expiry={expiry}h"}

    # ------------------------------------------------------------------ batch jobs

    def _read_input(self, file_ids: list[Any]) -> list[dict[str, Any]] | Failure:
        requests: list[dict[str, Any]] = []
        for file_id in file_ids:
            if file_id not in self.contents:
                return not_found(f"Input file {file_id} not found")
            for number, raw in enumerate(self.contents[file_id].splitlines(), start=1):
                if raw.strip():
                    try:
                        requests.append(json.loads(raw))
                    except ValueError:
                        message = f"{file_id} line {number}: not JSON"
                        return Failure(400, message, "invalid_request_error")
        return requests

    def create(self, call: Call) -> Any:
        body = call.body
        inline = body.get("requests")
        if isinstance(inline, list) and inline:
            lines = b"".join(json.dumps(r).encode() + b"\n" for r in inline)
            written = self.store(
                "batch_input.jsonl", lines, "batch", "batch_request", "mistral", "application/jsonl"
            )
            input_files = [written["id"]]
            requests: list[dict[str, Any]] | Failure = list(inline)
        elif isinstance(body.get("input_files"), list) and body["input_files"]:
            input_files = body["input_files"]
            requests = self._read_input(input_files)
        else:
            return Failure(
                400, "give input_files or requests (at least one)", "invalid_request_error"
            )
        if isinstance(requests, Failure):
            return requests
        job = {
            "id": self.new_id(call.seed),
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
        fault = call.headers.get("x-mistral-fault", "")
        end = JOB_FAULTS.get(fault)
        if end is not None:
            log.info("fault injected: %s on batch job %s", fault, job["id"])
        task = asyncio.get_running_loop().create_task(
            self.run(job, requests, inline=isinstance(inline, list), end=end)
        )
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return dict(job)

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
        if job["model"] is not None:
            body = {"model": job["model"], **body}
        where = f"batch job {job['id']} request {number}"
        status, reply = self.answer_line(job["endpoint"], body, where)
        line["response"] = {"status_code": status, "body": reply}
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
        job["status"] = {
            "RUNNING": "SUCCESS",
            "CANCELLATION_REQUESTED": "CANCELLED",
            "QUEUED": "CANCELLED",
        }.get(job["status"], job["status"])
        job["completed_at"] = int(self.clock())

    def _job(self, call: Call) -> dict[str, Any] | Failure:
        job_id = call.params["job_id"]
        found = self.jobs.get(job_id)
        return not_found(f"Batch job {job_id} not found") if found is None else found

    def get(self, call: Call) -> Any:
        job = self._job(call)
        if isinstance(job, Failure):
            return job
        if call.values.get("inline") is True and job["completed_at"] is not None:
            return {**job, "outputs": self.lines[job["id"]]}
        return dict(job)

    def list_jobs(self, call: Call) -> Any:
        query = call.values
        statuses = query.get("status") or []
        found = [
            dict(job)
            # Oldest first, jobs of the same second in creation order (a stable sort).
            for job in sorted(self.jobs.values(), key=lambda j: j["created_at"])
            if (not statuses or job["status"] in statuses)
            and (query.get("model") is None or job["model"] == query["model"])
            and (query.get("agent_id") is None or job["agent_id"] == query["agent_id"])
        ]
        if query.get("order_by") != "created":
            found.reverse()  # the default, "-created": newest first
        return _page(found, query)

    def cancel(self, call: Call) -> Any:
        job = self._job(call)
        if isinstance(job, Failure):
            return job
        if job["status"] in ("QUEUED", "RUNNING"):
            job["status"] = "CANCELLATION_REQUESTED"
        return dict(job)

    def delete_job(self, call: Call) -> Any:
        """Forget a job; one still running stops at its next request."""
        job = self._job(call)
        if isinstance(job, Failure):
            return job
        if job["completed_at"] is None:
            job["status"] = "CANCELLATION_REQUESTED"
        del self.jobs[job["id"]]
        return {"id": job["id"], "object": "batch", "deleted": True}
