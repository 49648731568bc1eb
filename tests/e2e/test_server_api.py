"""The embedded server's handling of any operation (issue 18): routes, checks, state, faults,
replay. Over loopback with httpx (what any client sends) and with `Mistral`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr

from mistral_client import APIConnectionError, Mistral, StreamError
from mistral_client.errors import InternalServerError, NotFoundError
from mistral_client.testing import json_body_matcher, running_server, vcr_config
from tests.contract.spec_schema import errors

HEADERS = {"authorization": "Bearer k"}
NEVER_ISSUED = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
VOICE = {"name": "narrator", "sample_audio": "UklGRg=="}


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with running_server(batch_step_seconds=0.001) as base:
        yield base


@pytest.fixture
def client(url: str) -> Iterator[Mistral]:
    with Mistral(api_key="k", server_url=url) as c:
        yield c


def call(url: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
    headers = {**HEADERS, **kwargs.pop("headers", {})}
    return httpx.request(method, f"{url}{path}", headers=headers, timeout=10, **kwargs)


def is_envelope(body: Any, kind: str) -> bool:
    """Mistral's error envelope: object, message, type, param, code."""
    return set(body) == {"object", "message", "type", "param", "code"} and (
        body["object"],
        body["type"],
    ) == ("error", kind)


# ------------------------------------------------------------------ routes


def test_unknown_path_is_a_json_404_in_mistrals_envelope(url: str):
    """A path no operation has: 404 with Mistral's error body, not the router's plain text."""
    response = call(url, "GET", "/v1/no-such-thing")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert is_envelope(response.json(), "not_found")
    assert "/v1/no-such-thing" in response.json()["message"]


def test_method_the_path_does_not_take_is_a_json_405_naming_the_methods(url: str):
    """PUT on /v1/models: 405 in the envelope, and Allow lists what the path takes."""
    response = call(url, "PUT", "/v1/models")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert is_envelope(response.json(), "method_not_allowed")


def test_literal_segments_win_over_parameters(url: str):
    """GET /v1/agents/pages is the pages listing, not the agent whose id is 'pages' (a 404)."""
    assert call(url, "GET", "/v1/agents/pages").status_code == 200


def test_every_operation_needs_the_key(url: str):
    """A generic operation without a bearer key: the gateway's 401."""
    response = httpx.get(f"{url}/v1/observability/judges")
    assert response.status_code == 401
    assert set(response.json()) == {"message", "request_id"}


# ------------------------------------------------------------------ checks


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "loc"),
    [
        pytest.param("GET", "/v1/files?page=abc", {}, ["query", "page"], id="query-type"),
        pytest.param("GET", "/v2/prompts/p/versions/abc", {}, ["path", "version"], id="path-type"),
        pytest.param("POST", "/v1/agents", {"json": {"name": "a"}}, ["body", "model"],
                     id="body-missing"),
        pytest.param("POST", "/v1/moderations", {"json": {"model": "m", "input": 3}},
                     ["body", "input"], id="body-type"),
        pytest.param("POST", "/v1/agents", {"content": b"{"}, ["body", 0], id="not-json"),
        pytest.param("POST", "/v1/audio/transcriptions",
                     {"files": {"model": (None, "voxtral-mini-latest"), "temperature": (None, "hot")}},
                     ["body", "temperature"], id="multipart-type"),
    ],
)  # fmt: skip
def test_invalid_requests_get_422_naming_the_field(url: str, method, path, kwargs, loc):
    """Any operation: a 422 in Mistral's envelope whose detail names the field (pydantic's loc)."""
    response = call(url, method, path, **kwargs)
    assert response.status_code == 422, response.text
    body = response.json()
    assert errors("HTTPValidationError", body) == []
    assert body["type"] == "invalid_request_error"
    assert body["message"]["detail"][0]["loc"] == loc


def test_a_missing_field_is_named_as_pydantic_names_it(url: str):
    """A required field left out: type missing, its name in loc, "Field required"."""
    detail = call(url, "POST", "/v1/agents", json={"name": "a"}).json()["message"]["detail"]
    assert detail == [{"type": "missing", "loc": ["body", "model"], "msg": "Field required",
                       "input": {"name": "a"}}]  # fmt: skip


def test_unknown_model_in_any_operation_is_mistrals_400(url: str):
    """An agent, a moderation, an OCR naming a model the server does not serve: 400 invalid_model."""
    for path, body in (
        ("/v1/agents", {"model": "gpt-4o", "name": "a"}),
        ("/v1/moderations", {"model": "gpt-4o", "input": "hi"}),
        ("/v1/ocr", {"model": "gpt-4o", "document": {"document_url": "https://example.com/a.pdf"}}),
    ):
        response = call(url, "POST", path, json=body)
        assert response.status_code == 400
        assert response.json()["message"] == "Invalid model: gpt-4o"


# ------------------------------------------------------------------ schema-built replies


def test_schema_built_replies_are_deterministic_and_follow_the_request(url: str):
    """The same request twice: the same body; the id in the path comes back in the reply."""
    trace, other_trace = "0123456789abcdef" * 2, "fedcba9876543210" * 2  # the spec's pattern
    first = call(url, "GET", f"/v1/observability/traces/{trace}").json()
    assert call(url, "GET", f"/v1/observability/traces/{trace}").json() == first
    other = call(url, "GET", f"/v1/observability/traces/{other_trace}").json()
    assert (first["trace_id"], other["trace_id"]) == (trace, other_trace)
    assert first["root_span_id"] != other["root_span_id"]  # ids from a hash of the request


def test_a_non_json_answer_comes_in_its_media_type(url: str):
    """A voice's sample is audio bytes (a WAV), not JSON."""
    voice = call(url, "POST", "/v1/audio/voices", json=VOICE).json()
    response = call(url, "GET", f"/v1/audio/voices/{voice['id']}/sample")
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.content.startswith(b"RIFF")


def test_an_event_stream_only_operation_streams(url: str):
    """GET /v1/workflows/events/stream answers text/event-stream, named events with JSON data."""
    response = call(url, "GET", "/v1/workflows/events/stream")
    assert response.headers["content-type"].startswith("text/event-stream")
    blocks = [b for b in response.text.split("\n\n") if b.strip()]
    assert len(blocks) == 3
    assert all(json.loads(b.split("data: ", 1)[1]) is not None for b in blocks)


# ------------------------------------------------------------------ state


FAMILIES = [
    pytest.param("/v1/agents", {"model": "mistral-small-latest", "name": "helper"},
                 "PATCH", {"description": "Helps."}, "id", id="agents"),
    pytest.param("/v1/libraries", {"name": "Papers"}, "PATCH", {"description": "PDFs"}, "id",
                 id="libraries"),
    pytest.param("/v1/audio/voices", VOICE, "PATCH", {"description": "Warm."}, "id",
                 id="voices"),
    pytest.param("/v1/observability/datasets", {"name": "golden", "description": "d"}, "PATCH",
                 {"description": "the golden set"}, "id", id="datasets"),
    pytest.param("/v2/prompts", {"name": "greeting", "definition": {"content": "Say hi."}},
                 "PATCH", {"notes": "v2"}, "id", id="prompts"),
    pytest.param("/v1/workflows/deployments",
                 {"name": "nightly", "spec": {"github_url": "https://example.com/w.git"}},
                 "PATCH", {"hardened": True}, "name", id="deployments-keyed-by-name"),
]  # fmt: skip


@pytest.mark.parametrize(("collection", "created", "verb", "change", "key"), FAMILIES)
def test_crud_families_round_trip(url: str, collection, created, verb, change, key):
    """create -> get -> list -> update -> get -> delete -> get is a 404 in Mistral's envelope."""
    made = call(url, "POST", collection, json=created)
    assert made.status_code in (200, 201, 202), made.text
    item = f"{collection}/{made.json()[key]}"
    got = call(url, "GET", item).json()
    assert {k: got[k] for k in created if k in got} == {
        k: v for k, v in created.items() if k in got
    }
    listed = call(url, "GET", collection).text
    assert str(made.json()[key]) in listed
    assert call(url, verb, item, json=change).status_code in (200, 202)
    again = call(url, "GET", item).json()
    for field, value in change.items():
        if field in again:
            assert again[field] == value
    assert call(url, "DELETE", item).status_code in (200, 202, 204)
    gone = call(url, "GET", item)
    assert gone.status_code == 404
    assert is_envelope(gone.json(), "not_found")
    assert gone.json()["message"].endswith("not found")


def test_an_id_never_issued_is_a_404_under_the_item_too(url: str):
    """Sub-resources of an agent that does not exist, and its update: Mistral's 404 envelope."""
    for method, path in (("GET", f"/v1/agents/{NEVER_ISSUED}/versions"),
                         ("PATCH", f"/v1/agents/{NEVER_ISSUED}"),
                         ("GET", f"/v1/libraries/{NEVER_ISSUED}/documents")):  # fmt: skip
        response = call(url, method, path, json={})
        assert response.status_code == 404, path
        assert response.json()["message"].endswith(f"{NEVER_ISSUED} not found")


def test_deleting_a_library_deletes_its_documents(url: str):
    """A document lives under its library: gone with it."""
    library = call(url, "POST", "/v1/libraries", json={"name": "Tmp"}).json()["id"]
    upload = {"file": ("notes.txt", b"some notes", "text/plain")}
    document = call(url, "POST", f"/v1/libraries/{library}/documents", files=upload).json()
    assert (document["name"], document["size"], document["library_id"]) == (
        "notes.txt",
        10,
        library,
    )
    path = f"/v1/libraries/{library}/documents/{document['id']}"
    assert call(url, "GET", path).status_code == 200
    listed = call(url, "GET", f"/v1/libraries/{library}/documents").json()
    assert [d["id"] for d in listed["data"]] == [document["id"]]
    assert call(url, "DELETE", f"/v1/libraries/{library}").status_code in (200, 204)
    assert call(url, "GET", path).status_code == 404


def test_updating_an_agent_makes_a_new_version(client: Mistral):
    """Through Mistral: update gives version 2 and keeps version 1 in versions."""
    agent = client.beta.agents.create(model="mistral-small-latest", name="v")
    assert (agent.version, agent.versions) == (1, [1])
    updated = client.beta.agents.update(agent_id=agent.id, instructions="Be brief.")
    assert (updated.version, updated.versions, updated.instructions) == (2, [1, 2], "Be brief.")
    assert client.beta.agents.get(agent_id=agent.id).instructions == "Be brief."
    client.beta.agents.delete(agent_id=agent.id)
    with pytest.raises(NotFoundError, match="not found"):
        client.beta.agents.get(agent_id=agent.id)


# ------------------------------------------------------------------ faults


def test_header_faults_reach_any_operation_and_retries_recover(client: Mistral):
    """503x2 on a schema-built operation: the default retries hide both failures."""
    listed = client.beta.observability.judges.list(
        extra_headers={"x-mistral-fault": "503x2@any-operation"}
    )
    assert listed.to_dict() == client.beta.observability.judges.list().to_dict()


def test_model_suffix_fault_on_moderation(url: str):
    """The model suffix injects on any operation with a model: a 503, then it answers."""
    with Mistral(api_key="k", server_url=url, max_retries=0) as c:
        with pytest.raises(InternalServerError):
            c.classifiers.moderate(model="mistral-moderation-latest:fault=503", inputs=["hi"])
        assert c.classifiers.moderate(model="mistral-moderation-latest", inputs=["hi"]).results


def test_dropped_connection_on_a_generic_operation(url: str):
    """drop on a GET of the schema-built kind: APIConnectionError once retries are spent."""
    with Mistral(api_key="k", server_url=url) as c, pytest.raises(APIConnectionError):
        c.beta.libraries.list(extra_headers={"x-mistral-fault": "drop"})


@pytest.mark.parametrize(
    ("fault", "error"),
    [("break", APIConnectionError), ("error-event", StreamError)],
    ids=["break", "error-event"],
)
def test_stream_faults_on_a_conversation_stream(client: Mistral, fault: str, error: type):
    """A conversation stream breaks or sends an error after two events, as chat's do."""
    seen: list[object] = []
    with (
        pytest.raises(error),
        client.beta.conversations.start_stream(
            inputs="Tell me a long story about the sea.",
            model=f"mistral-small-latest:fault={fault}",
        ) as stream,
    ):
        seen.extend(stream)
    assert len(seen) == 2


def test_not_sse_on_a_stream_only_operation_is_a_stream_error(client: Mistral):
    """A JSON 200 to a workflow event stream: StreamError, not a hang."""
    with pytest.raises(StreamError):
        client.workflows.events.get_stream_events(extra_headers={"x-mistral-fault": "not-sse"})


# ------------------------------------------------------------------ replay


def test_cassette_replays_any_operation(tmp_path: Path, url: str):
    """Recorded against the server (a moderation, an upload, a conversation), replayed with
    serve --cassette: the same answers, and a request not recorded is a cassette_miss."""
    cassette = tmp_path / "any.yaml"
    recorder = vcr.VCR(**vcr_config("all"))
    recorder.register_matcher("json_body", json_body_matcher)

    def session(base: str) -> list[Any]:
        with Mistral(api_key="k", server_url=base, max_retries=0) as c:
            moderated = c.classifiers.moderate(model="mistral-moderation-latest", inputs=["hi"])
            uploaded = c.files.upload(b"line\n", file_name="a.jsonl", purpose="batch")
            started = c.beta.conversations.start(inputs="hi", model="mistral-small-latest")
            return [moderated.to_dict(), uploaded.to_dict(), started.to_dict()]

    with recorder.use_cassette(str(cassette)):
        recorded = session(url)
    with running_server(cassette=cassette) as replaying:
        assert session(replaying) == recorded
        missed = call(replaying, "GET", "/v1/agents")
        assert (missed.status_code, missed.json()["type"]) == (404, "cassette_miss")
