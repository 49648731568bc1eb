"""Errors that name the fix, caught before anything is sent; the official SDK's option names
(issue 15, items 3, 5, 6, 7, 10, 13, 14 and 19)."""

from __future__ import annotations

import json
import pickle
import pydoc
import traceback
from collections.abc import Callable

import httpx
import pytest

from mistral_client import InvalidRequestError, Mistral
from mistral_client.errors import RateLimitError
from mistral_client.models import Function, TextChunk, Tool, UserMessage

from ..helpers import API_KEY, MESSAGES, MockAPI, completion

Factory = Callable[..., MockAPI]


class Recorder:
    """Answers every request with a completion and keeps the requests."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=completion())

    @property
    def body(self) -> dict:
        return json.loads(self.requests[-1].content)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def test_misspelled_parameter_suggests_the_right_one(mock_api: Factory, recorder: Recorder):
    """max_token=10: 'did you mean max_tokens?', and nothing is sent."""
    with pytest.raises(InvalidRequestError, match="did you mean 'max_tokens'") as caught:
        mock_api(recorder).complete(max_token=10)
    assert caught.value.param == "max_token"
    assert "extra_body" not in str(caught.value)
    assert recorder.requests == []


def test_unknown_parameter_far_from_any_suggests_extra_body(mock_api: Factory, recorder: Recorder):
    """A name close to nothing points to extra_body."""
    with pytest.raises(InvalidRequestError, match=r"extra_body=\{\.\.\.\}"):
        mock_api(recorder).complete(zzzqqq=1)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        pytest.param({"role": "usr", "content": "hi"}, "'usr'", id="misspelled"),
        pytest.param({"content": "hi"}, "no role", id="missing"),
    ],
)
def test_bad_role_is_named_before_sending(mock_api: Factory, recorder: Recorder, message, shown):
    """A bad role names messages[i].role, the value and the roles accepted."""
    with pytest.raises(InvalidRequestError) as caught:
        mock_api(recorder).complete(messages=[*MESSAGES, message])
    assert caught.value.param == "messages[1].role"
    assert shown in str(caught.value)
    for role in ("system", "user", "assistant", "tool"):
        assert repr(role) in str(caught.value)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("kwargs", "env", "setting"),
    [
        pytest.param({"server_url": "localhost:8000"}, None, "server_url", id="argument"),
        pytest.param({}, "127.0.0.1:8000/v1", "MISTRAL_BASE_URL", id="environment"),
    ],
)
def test_server_url_without_scheme_is_refused(monkeypatch, kwargs, env, setting):
    """Mistral() refuses a URL without http(s)://, naming the setting it came from."""
    if env:
        monkeypatch.setenv("MISTRAL_BASE_URL", env)
    with pytest.raises(InvalidRequestError, match="http://") as caught:
        Mistral(api_key=API_KEY, **kwargs)
    assert caught.value.param == setting


def test_response_format_class_points_to_parse(mock_api: Factory, recorder: Recorder):
    """complete(response_format=SomeClass) says to call chat.parse."""

    class Book:
        title: str

    with pytest.raises(InvalidRequestError, match=r"chat\.parse\(.*response_format=Book"):
        mock_api(recorder).complete(response_format=Book)
    assert recorder.requests == []


def test_official_sdk_option_names_are_accepted(mock_api: Factory, recorder: Recorder):
    """timeout_ms=, http_headers= and server_url= per call, as Mistral's SDK spells them."""
    api = mock_api(recorder, timeout_ms=2500)
    assert api.client.timeout == 2.5
    api.complete(timeout_ms=1500, http_headers={"x-trace": "t1"}, server_url="http://other.test")
    request = recorder.requests[-1]
    assert request.headers["x-trace"] == "t1"
    assert request.url == "http://other.test/v1/chat/completions"
    assert request.extensions["timeout"]["read"] == 1.5


def test_timeout_and_timeout_ms_together_are_refused():
    """Both spellings at once is ambiguous: refused."""
    with pytest.raises(InvalidRequestError, match="not both"):
        Mistral(api_key=API_KEY, timeout=3, timeout_ms=3000)


def test_json_schema_with_schema_definition_is_sent_as_schema(
    mock_api: Factory, recorder: Recorder
):
    """The SDK's `schema_definition` key goes out as the API's `schema`."""
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    fmt = {"type": "json_schema", "json_schema": {"name": "t", "schema_definition": schema}}
    mock_api(recorder).complete(response_format=fmt)
    assert recorder.body["response_format"]["json_schema"] == {"name": "t", "schema": schema}


def test_models_with_dicts_inside_are_sent(mock_api: Factory, recorder: Recorder):
    """UserMessage(content=[{...}]) and Function(parameters={...}) as Mistral's examples write."""
    params = {"type": "object", "properties": {"city": {"type": "string"}}}
    tool = Tool(function=Function(name="weather", parameters=params))  # type: ignore[arg-type]
    message = UserMessage(content=[{"type": "text", "text": "hi"}])  # type: ignore[list-item]
    mock_api(recorder).complete(messages=[message], tools=[tool])
    body = recorder.body
    assert body["messages"][0]["content"] == [{"type": "text", "text": "hi"}]
    assert body["tools"][0]["function"]["parameters"] == params


def test_model_field_that_fits_nothing_names_its_path(mock_api: Factory, recorder: Recorder):
    """A value that is neither a model nor a dict: InvalidRequestError with its path."""
    message = UserMessage(content=[TextChunk(text="ok"), 42])  # type: ignore[list-item]
    with pytest.raises(InvalidRequestError) as caught:
        mock_api(recorder).complete(messages=[*MESSAGES, message])
    assert caught.value.param == "messages[1].content[1]"
    assert "42" in str(caught.value)
    assert recorder.requests == []


def test_tracebacks_show_public_error_names():
    """A traceback names mistral_client.errors.RateLimitError, and errors pickle by it."""
    response = httpx.Response(
        429, json={"message": "slow"}, request=httpx.Request("GET", "http://x")
    )
    error = RateLimitError(response, response.content)
    text = "".join(traceback.format_exception_only(error))
    assert text.startswith("mistral_client.errors.RateLimitError: ")
    assert type(pickle.loads(pickle.dumps(type(error)))) is type(type(error))


def test_help_of_mistral_lists_its_resources():
    """help(Mistral) names chat, files and batch and what each does."""
    text = pydoc.render_doc(Mistral, renderer=pydoc.plaintext)
    for words in ("chat:", "files:", "batch:", "Chat completions", "Batch API"):
        assert words in text


def recording_client(recorder: Recorder) -> Mistral:
    transport = httpx.MockTransport(recorder)
    return Mistral(api_key=API_KEY, client=httpx.Client(transport=transport))


@pytest.mark.parametrize(
    ("call", "param", "words"),
    [
        pytest.param(
            lambda c: c.embeddings.create(model="mistral-embed", inputs=7),
            "inputs",
            "Sequence[str]",
            id="wrong-type",
        ),
        pytest.param(
            lambda c: c.files.list(purpose="batch", page="2"),
            "page",
            "expected int",
            id="query-type",
        ),
        pytest.param(
            lambda c: c.batch.jobs.list(status="RUNNING"),
            "status",
            "expected list[",
            id="string-for-a-list",
        ),
        pytest.param(
            lambda c: c.files.retrieve(file_id=""), "file_id", "non-empty id", id="empty-id"
        ),
        pytest.param(
            lambda c: c.batch.jobs.create(
                input_files=["f"], endpoint="/v1/chat/completions", requests=[42]
            ),
            "requests",
            "expected",
            id="model-field-fits-nothing",
        ),
    ],
)
@pytest.mark.own_spec
def test_generated_method_bad_argument_fails_before_sending(recorder: Recorder, call, param, words):
    """Every generated method checks its arguments against the spec's types; nothing is sent."""
    with pytest.raises(InvalidRequestError) as caught:
        call(recording_client(recorder))
    assert caught.value.param is not None
    assert caught.value.param.startswith(param)
    assert words in str(caught.value)
    assert recorder.requests == []


@pytest.mark.own_spec
def test_whole_body_takes_models_and_dicts_mixed_and_may_be_left_out(mode: str):
    """A body passed whole (`body=`: a list, a union, an optional body) takes models and dicts
    alike, sends each as JSON, and sends no body at all when an optional one is not given."""
    import asyncio

    from mistral_client.models import OrganizationMemberCreate

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/v1/admin/users":
            return httpx.Response(200, json={"invalid_emails": [], "email_to_user_id": {}})
        return httpx.Response(204)

    transport = httpx.MockTransport(answer)
    client = Mistral(api_key=API_KEY, client=httpx.Client(transport=transport),
                     async_client=httpx.AsyncClient(transport=transport))  # fmt: skip
    alice = OrganizationMemberCreate(email="a@example.com", first_name="Alice", last_name="M")
    bob = {"email": "b@example.com", "first_name": "Bob", "last_name": "N"}
    users = client.beta.admin.users
    schedules = client.workflows.schedules
    if mode == "sync":
        users.users_api_admin_users_create_users(body=[alice, bob])
        schedules.pause_schedule(schedule_id="s1")
    else:
        asyncio.run(users.users_api_admin_users_create_users_async(body=[alice, bob]))
        asyncio.run(schedules.pause_schedule_async(schedule_id="s1"))
    created, paused = seen
    assert json.loads(created.content) == [
        {"email": "a@example.com", "first_name": "Alice", "last_name": "M"},
        {"email": "b@example.com", "first_name": "Bob", "last_name": "N"},
    ]
    assert (paused.method, paused.url.path, paused.content) == (
        "POST", "/v1/workflows/schedules/s1/pause", b""
    )  # fmt: skip


@pytest.mark.own_spec
def test_ids_and_dates_inside_dicts_are_sent_as_the_api_writes_them():
    """A dict argument may hold what the client returns (a file's UUID id, a datetime)."""
    import datetime
    import uuid

    file_id = uuid.UUID("5cdf78f8-1ab4-4c3d-9d38-2dd9735dac5f")
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(
            200, json={"pages": [], "model": "m", "usage_info": {"pages_processed": 0}}
        )

    client = Mistral(api_key=API_KEY, client=httpx.Client(transport=httpx.MockTransport(answer)))
    when = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    client.ocr.process(
        model="mistral-ocr-latest",
        document={"type": "file", "file_id": file_id, "seen": when},
    )
    body = json.loads(sent[0].content)
    assert body["document"] == {
        "type": "file",
        "file_id": "5cdf78f8-1ab4-4c3d-9d38-2dd9735dac5f",
        "seen": "2026-01-02T03:04:05Z",
    }
