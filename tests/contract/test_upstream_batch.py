"""The real recorded batch and files traffic (../shared/cassettes/upstream, ruby_llm): replayed
through client.batch and client.files with vcrpy, and validated against the prepared spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import vcr
import yaml

from mistral_client import Mistral, _batch
from mistral_client.models import BatchJobStatus
from mistral_client.testing import json_body_matcher, vcr_config
from mistral_client.testing.cassettes import Interaction
from tests.upstream import UPSTREAM_CASSETTES, load_file, require_shared

from .spec_schema import errors

BATCH = ("crmne__ruby_llm/batch_with_mistral_mistral-small-latest_answers_staged_chats_and_"
         "appends_the_answers_to_their_conversations.yml")  # fmt: skip
UPLOAD = "crmne__ruby_llm/uploadedfile_live_uploads_mistral_uploads_a_pdf_through_the_files_api.yml"
DROPPED_HEADERS = {"content-encoding", "content-length", "transfer-encoding", "set-cookie"}


def recorded(name: str) -> list[Interaction]:
    require_shared()
    path = UPSTREAM_CASSETTES / name
    if not path.is_file():
        pytest.skip(f"{name} is not among the recordings")
    return load_file(path)


def is_json(item: Interaction) -> bool:
    try:
        item.request_json()
    except ValueError:
        return False
    return True


def write_cassette(interactions: list[Interaction], path: Path) -> None:
    """A vcrpy v1 cassette of INTERACTIONS (request bodies as text; multipart dropped)."""
    items = []
    for item in interactions:
        body = item.request_body.decode("utf-8") if is_json(item) else ""
        headers = {k: [v] for k, v in item.response_headers.items() if k not in DROPPED_HEADERS}
        items.append({
            "request": {"method": item.method.upper(), "uri": item.uri, "body": body, "headers": {}},
            "response": {"status": {"code": item.status, "message": ""}, "headers": headers,
                         "body": {"string": item.response_body.decode("utf-8")}},
        })  # fmt: skip
    path.write_text(yaml.safe_dump({"version": 1, "interactions": items}), encoding="utf-8")


def recorder(match_on: list[str]) -> tuple[vcr.VCR, list[str]]:
    config = vcr_config()
    config.pop("match_on")
    tape = vcr.VCR(**config)
    tape.register_matcher("json_body", json_body_matcher)
    return tape, match_on


def test_recorded_batch_replays_through_jobs_create_and_get(tmp_path: Path):
    """create (inline requests) then get x4: each request matches, each job decodes losslessly."""
    interactions = recorded(BATCH)
    assert [(i.method.upper(), i.path) for i in interactions][:2] == [
        ("POST", "/v1/batch/jobs"), ("GET", f"/v1/batch/jobs/{interactions[0].response_json()['id']}"),
    ]  # fmt: skip
    write_cassette(interactions, tmp_path / "batch.yaml")
    sent = interactions[0].request_json()
    tape, match_on = recorder(["method", "path", "query", "json_body"])
    with tape.use_cassette(str(tmp_path / "batch.yaml"), match_on=match_on) as cassette:
        with Mistral(
            api_key="replay", server_url="https://api.mistral.ai", max_retries=0
        ) as client:
            job = client.batch.jobs.create(endpoint=sent["endpoint"], model=sent["model"],
                                           requests=sent["requests"])  # fmt: skip
            polled = [client.batch.jobs.get(job_id=job.id) for _ in range(3)]
            final = client.batch.jobs.get(job_id=job.id, inline=True)
        assert cassette.play_count == 5
    assert job.to_dict() == interactions[0].response_json()
    for item, result in zip(interactions[1:], [*polled, final], strict=True):
        assert result.to_dict() == item.response_json()
    assert [j.status for j in [job, *polled]] == [BatchJobStatus.QUEUED, "RUNNING", "RUNNING",
                                                   "SUCCESS"]  # fmt: skip
    assert final.total_requests == 2


def test_recorded_batch_replays_through_batch_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """batch.run sends the recorded create body, polls to SUCCESS and returns both answers."""
    interactions = recorded(BATCH)
    write_cassette(interactions, tmp_path / "batch.yaml")
    monkeypatch.setattr(_batch, "sleep", lambda _seconds: None)
    sent = interactions[0].request_json()
    requests = [{"custom_id": r["custom_id"], **r["body"]} for r in sent["requests"]]
    tape, match_on = recorder(["method", "path", "query", "json_body"])
    with tape.use_cassette(str(tmp_path / "batch.yaml"), match_on=match_on) as cassette:
        with Mistral(
            api_key="replay", server_url="https://api.mistral.ai", max_retries=0
        ) as client:
            results = client.batch.run(requests, model=sent["model"])
        assert cassette.play_count == 4  # the SUCCESS poll carries the outputs
    answers = {r.custom_id: r.unwrap().choices[0].message.content for r in results}
    assert answers == {"0": "4", "1": "Jupiter"}
    recorded_outputs = interactions[3].response_json()["outputs"]
    assert [r.unwrap().to_dict() for r in results] == [
        o["response"]["body"] for o in recorded_outputs
    ]


def test_recorded_upload_replays_through_files_upload(tmp_path: Path):
    """files.upload of the recorded PDF (purpose ocr): the recorded file decodes losslessly."""
    (interaction,) = recorded(UPLOAD)
    write_cassette([interaction], tmp_path / "upload.yaml")
    tape, match_on = recorder(["method", "path"])
    with tape.use_cassette(str(tmp_path / "upload.yaml"), match_on=match_on) as cassette:
        with Mistral(
            api_key="replay", server_url="https://api.mistral.ai", max_retries=0
        ) as client:
            uploaded = client.files.upload(b"%PDF-1.3 ...", file_name="sample.pdf", purpose="ocr")
        assert cassette.play_count == 1
    assert uploaded.to_dict() == interaction.response_json()
    assert (uploaded.purpose, uploaded.sample_type) == ("ocr", "ocr_input")


def test_recorded_batch_and_files_bodies_match_the_spec():
    """The recorded create body validates as CreateBatchJobRequest, every job as BatchJob, each
    inline output as the recorded output line (the published spec leaves them untyped) whose
    body is a ChatCompletionResponse, and the upload as CreateFileResponse."""
    batch, upload = recorded(BATCH), recorded(UPLOAD)
    assert errors("CreateBatchJobRequest", batch[0].request_json()) == []
    checked = 0
    for item in batch:
        body: Any = item.response_json()
        assert errors("BatchJob", body) == [], item.source
        for output in body["outputs"] or []:
            assert set(output) == {"id", "custom_id", "response", "error"}, item.source
            assert (output["error"], output["response"]["status_code"]) == (None, 200)
            assert errors("ChatCompletionResponse", output["response"]["body"]) == [], item.source
            checked += 1
    assert checked == 4
    assert errors("CreateFileResponse", upload[0].response_json()) == []
