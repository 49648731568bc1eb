"""The embedded server over real loopback sockets: the overlay, other clients, faults, the CLI."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from mistral_client import APIConnectionError, APITimeoutError, Mistral, StreamError
from mistral_client.errors import AuthenticationError, HTTPValidationError, InternalServerError
from mistral_client.testing import running_server
from tests.contract.spec_schema import errors

ROOT = Path(__file__).resolve().parents[2]
MODEL = "mistral-small-latest"
ASK = [{"role": "user", "content": "Who is the best French painter?"}]
CITY = {"type": "object", "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
        "required": ["city", "days"]}  # fmt: skip
WEATHER = {"type": "function", "function": {"name": "get_weather", "parameters": CITY}}


@pytest.fixture
def client(mistral_server: str):
    with Mistral(api_key="e2e-key", server_url=mistral_server) as c:
        yield c


def raw(url: str, body: Any, key: str | None = "e2e-key") -> httpx.Response:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    return httpx.post(f"{url}/v1/chat/completions", json=body, headers=headers)


def test_complete_and_stream_over_tcp(client: Mistral):
    """complete and stream through real sockets give the same answer; usage adds up."""
    res = client.chat.complete(model="mistral-small-latest", messages=ASK)
    text = res.choices[0].message.content
    with client.chat.stream(model="mistral-small-latest", messages=ASK) as stream:
        streamed = "".join(e.data.choices[0].delta.content or "" for e in stream)  # type: ignore[misc]
    assert streamed == text
    final = stream.final_response()
    assert final.usage.to_dict() == res.usage.to_dict()
    assert res.usage.total_tokens == res.usage.prompt_tokens + res.usage.completion_tokens


def test_async_complete_and_stream_over_tcp(mistral_server: str):
    """The async twins over TCP, several requests in flight at once."""

    async def run() -> tuple[list[str], str]:
        async with Mistral(api_key="k", server_url=mistral_server) as c:
            results = await asyncio.gather(
                *(
                    c.chat.complete_async(
                        model=MODEL, messages=[{"role": "user", "content": f"q{i}"}]
                    )
                    for i in range(20)
                )
            )
            stream = await c.chat.stream_async(model=MODEL, messages=ASK)
            text = "".join([e.data.choices[0].delta.content or "" async for e in stream])  # type: ignore[misc]
            return [str(r.choices[0].message.content) for r in results], text

    answers, text = asyncio.run(run())
    assert all(f"q{i}" in a for i, a in enumerate(answers))
    assert "best French painter" in text


def test_server_requires_a_bearer_key(mistral_server: str):
    """No key: 401 with the body shape of Mistral's gateway; the overlay raises AuthenticationError."""
    response = raw(mistral_server, {"model": MODEL, "messages": ASK}, key=None)
    assert response.status_code == 401
    assert set(response.json()) == {"message", "request_id"}
    with (
        running_server(api_keys=frozenset({"right"})) as url,
        Mistral(api_key="wrong", server_url=url) as c,
        pytest.raises(AuthenticationError, match="Unauthorized"),
    ):
        c.chat.complete(model=MODEL, messages=ASK)


def test_invalid_request_gets_422_in_mistrals_envelope(mistral_server: str, client: Mistral):
    """Validation against openapi.yaml: the real 422 envelope, parsed by the overlay."""
    response = raw(mistral_server, {"model": MODEL, "messages": ASK, "temperature": -1})
    assert response.status_code == 422
    body = response.json()
    assert (body["object"], body["type"]) == ("error", "invalid_request_error")
    assert body["message"]["detail"][0]["loc"] == ["body", "temperature"]
    assert errors("HTTPValidationError", body) == []
    with pytest.raises(HTTPValidationError) as caught:
        client.chat.complete(model=MODEL, messages=ASK, top_p=7)
    assert caught.value.detail[0]["loc"] == ["body", "top_p"]
    assert (
        str(caught.value)
        == "422 invalid_request_error: body.top_p: 7 is greater than the maximum of 1"
    )


def test_replies_honour_max_tokens_stop_and_n(client: Mistral):
    """max_tokens cuts (finish_reason length), stop cuts before the string, n gives n choices."""
    short = client.chat.complete(model=MODEL, messages=ASK, max_tokens=3)
    assert len(str(short.choices[0].message.content).split()) == 3
    assert short.choices[0].finish_reason == "length"
    stopped = client.chat.complete(model=MODEL, messages=ASK, stop=["server"])
    assert "server" not in str(stopped.choices[0].message.content)
    many = client.chat.complete(model=MODEL, messages=ASK, n=3)
    assert [c.index for c in many.choices] == [0, 1, 2]


def test_json_modes_give_valid_json(client: Mistral):
    """json_object gives a JSON object; json_schema gives JSON satisfying the schema."""
    obj = client.chat.complete(model=MODEL, messages=ASK, response_format={"type": "json_object"})
    assert isinstance(json.loads(str(obj.choices[0].message.content)), dict)
    fmt = {"type": "json_schema", "json_schema": {"name": "w", "schema": CITY}}
    res = client.chat.complete(model=MODEL, messages=ASK, response_format=fmt)
    assert (
        list(
            Draft202012Validator(CITY).iter_errors(json.loads(str(res.choices[0].message.content)))
        )
        == []
    )


@pytest.mark.parametrize("choice", ["any", "required", {"type": "function", "function": {"name": "get_weather"}}],
                         ids=["any", "required", "named"])  # fmt: skip
def test_forced_tool_choice_gives_calls_that_fit_the_parameters(client: Mistral, choice: Any):
    """tool_choice any/required/named: a call whose JSON arguments satisfy the parameters."""
    res = client.chat.complete(model=MODEL, messages=[{"role": "user", "content": "Weather in Lyon?"}],
                               tools=[WEATHER], tool_choice=choice)  # fmt: skip
    calls = res.choices[0].message.tool_calls
    assert isinstance(calls, list)
    arguments = json.loads(str(calls[0].function.arguments))
    assert list(Draft202012Validator(CITY).iter_errors(arguments)) == []
    assert arguments["city"] == "Lyon"
    assert res.choices[0].finish_reason == "tool_calls"


def test_models_list_retrieve_and_404(mistral_server: str):
    """GET /v1/models and /v1/models/{id}; an unknown id is a 404 error object."""
    headers = {"authorization": "Bearer k"}
    listed = httpx.get(f"{mistral_server}/v1/models", headers=headers).json()
    assert "mistral-small-latest" in [m["id"] for m in listed["data"]]
    one = httpx.get(f"{mistral_server}/v1/models/mistral-large-latest", headers=headers)
    assert one.json()["id"] == "mistral-large-latest"
    missing = httpx.get(f"{mistral_server}/v1/models/nope", headers=headers)
    assert (missing.status_code, missing.json()["object"]) == (404, "error")
    assert errors("ModelList", listed) == []


@pytest.mark.parametrize("fault", ["429x2", "500x2", "503x1", "502x2", "dropx2"])
def test_default_retries_recover_from_injected_faults(
    mistral_server: str, fault: str, request: pytest.FixtureRequest
):
    """Two failures, then success: the default policy (2 retries) hides them from the caller."""
    spec = f"{fault}@{request.node.name}"
    with Mistral(api_key="k", server_url=mistral_server) as c:
        res = c.chat.complete(model=MODEL, messages=ASK, extra_headers={"x-mistral-fault": spec})
    assert res.choices[0].message.content


def test_fault_by_model_suffix_and_retries_off(mistral_server: str):
    """The model suffix form injects too; with retries off the 503 reaches the caller."""
    with (
        Mistral(api_key="k", server_url=mistral_server, max_retries=0) as c,
        pytest.raises(InternalServerError),
    ):
        c.chat.complete(model="mistral-small-latest:fault=503", messages=ASK)


def test_dropped_connection_is_a_connection_error(mistral_server: str):
    """A response cut mid-body: APIConnectionError once the retries are spent."""
    with Mistral(api_key="k", server_url=mistral_server) as c, pytest.raises(APIConnectionError):
        c.chat.complete(model=f"{MODEL}:fault=drop", messages=ASK)


def test_stream_that_breaks_mid_way_raises_after_its_events(mistral_server: str):
    """Two events, then the connection closes: the events arrive, then APIConnectionError."""
    seen: list[object] = []

    def consume() -> None:
        with Mistral(api_key="k", server_url=mistral_server) as c:
            seen.extend(c.chat.stream(model=f"{MODEL}:fault=break", messages=ASK))

    with pytest.raises(APIConnectionError):
        consume()
    assert len(seen) == 2


def test_stalled_stream_fails_at_the_idle_timeout(mistral_server: str):
    """A stream that goes silent fails with APITimeoutError instead of hanging."""
    seen: list[object] = []

    def consume() -> None:
        with Mistral(api_key="k", server_url=mistral_server, stream_idle_timeout=0.3) as c:
            seen.extend(c.chat.stream(model=f"{MODEL}:fault=stall", messages=ASK))

    with pytest.raises(APITimeoutError):
        consume()
    assert len(seen) == 2


def test_error_event_mid_stream_over_tcp(mistral_server: str):
    """An error event after two events raises StreamError carrying the server's code."""
    with Mistral(api_key="k", server_url=mistral_server) as c, pytest.raises(StreamError) as caught:
        list(c.chat.stream(model=f"{MODEL}:fault=error-event", messages=ASK))
    assert caught.value.code == "3505"


def test_json_answer_to_a_stream_request_is_a_stream_error(mistral_server: str):
    """A 200 application/json answer to stream=true: StreamError, not a hang or a crash."""
    with Mistral(api_key="k", server_url=mistral_server) as c, pytest.raises(StreamError):
        c.chat.stream(model=f"{MODEL}:fault=not-sse", messages=ASK)


def test_server_replays_a_cassette(tmp_path: Path):
    """--cassette: a recorded response is served to the request that matches it."""
    cassette = ROOT / "tests" / "cassettes" / "test_chat_contract" / "test_json_object.yaml"
    recorded = json.loads(
        __import__("yaml").safe_load(cassette.read_text())["interactions"][0]["request"]["body"]
    )
    with running_server(cassette=cassette) as url, Mistral(api_key="k", server_url=url) as c:
        res = c.chat.complete(**recorded)
        assert json.loads(str(res.choices[0].message.content))
        with pytest.raises(Exception, match="no recorded interaction"):
            c.chat.complete(model=MODEL, messages=ASK)


def test_official_mistralai_sdk_works_against_the_server(mistral_server: str):
    """Mistral's own SDK, pointed at the server, completes and streams."""
    official = pytest.importorskip("mistralai.client")
    sdk = official.Mistral(api_key="k", server_url=mistral_server)
    res = sdk.chat.complete(model="mistral-small-latest", messages=ASK)
    assert "best French painter" in res.choices[0].message.content
    text = "".join(
        e.data.choices[0].delta.content or "" for e in sdk.chat.stream(model=MODEL, messages=ASK)
    )
    assert text == res.choices[0].message.content


def test_openai_sdk_works_with_the_server_as_base_url(mistral_server: str):
    """The openai SDK with base_url=<server>/v1 completes and streams."""
    openai = pytest.importorskip("openai")
    with openai.OpenAI(api_key="k", base_url=f"{mistral_server}/v1") as sdk:
        res = sdk.chat.completions.create(model="mistral-small-latest", messages=ASK)
        chunks = sdk.chat.completions.create(
            model="mistral-small-latest", messages=ASK, stream=True
        )
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == res.choices[0].message.content


def test_curl_works_with_the_server(mistral_server: str):
    """curl, as in Mistral's API reference, gets a completion and an event stream."""
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed on this machine")
    body = json.dumps({"model": "mistral-small-latest", "messages": ASK, "stream": True})
    out = subprocess.run(["curl", "-sS", f"{mistral_server}/v1/chat/completions", "-H", "Authorization: Bearer k",
                          "-H", "Content-Type: application/json", "-d", body], capture_output=True, text=True, check=True)  # fmt: skip
    assert out.stdout.rstrip().endswith("data: [DONE]")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_cli_serve_starts_binds_loopback_and_stops_on_ctrl_c():
    """`mistral-client serve`: answers on 127.0.0.1 and exits cleanly on SIGINT (Ctrl-C)."""
    port = free_port()
    cli = [sys.executable, "-m", "mistral_client._cli", "serve", "--port", str(port)]
    process = subprocess.Popen(cli, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})  # fmt: skip
    try:
        for _ in range(200):
            try:
                reply = httpx.get(
                    f"http://127.0.0.1:{port}/v1/models", headers={"authorization": "Bearer k"}
                )
                break
            except httpx.ConnectError:
                time.sleep(0.05)
        else:
            pytest.fail("the server did not answer within 10 s")
        assert reply.status_code == 200
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=15)
    assert process.returncode == 0, output
    assert f"http://127.0.0.1:{port}" in output


@pytest.mark.parametrize(
    ("fault", "error"),
    [("break", APIConnectionError), ("stall", APITimeoutError), ("error-event", StreamError)],
    ids=["break", "stall", "error-event"],
)
def test_async_stream_faults_over_the_default_async_client(
    mistral_server: str, fault: str, error: type
):
    """The async client Mistral creates (aiohttp transport when installed) maps stream faults alike."""
    seen: list[object] = []

    async def run() -> None:
        async with Mistral(api_key="k", server_url=mistral_server, stream_idle_timeout=0.3) as c:
            stream = await c.chat.stream_async(model=f"{MODEL}:fault={fault}", messages=ASK)
            async for event in stream:
                seen.append(event)

    with pytest.raises(error):
        asyncio.run(run())
    assert len(seen) == 2


def test_default_async_client_uses_the_aiohttp_transport_when_installed():
    """With the `aiohttp` extra, the async client Mistral creates runs on aiohttp's pool."""
    httpx_aiohttp = pytest.importorskip("httpx_aiohttp")
    from mistral_client._pools import new_async_client

    async def run() -> object:
        client = new_async_client()
        await client.aclose()
        return client

    assert isinstance(asyncio.run(run()), httpx_aiohttp.HttpxAiohttpClient)


def test_async_dropped_connection_is_retried_then_raised(mistral_server: str):
    """Over the default async client a dropped response is an APIConnectionError after retries."""

    async def run() -> None:
        async with Mistral(api_key="k", server_url=mistral_server) as c:
            await c.chat.complete_async(model=f"{MODEL}:fault=drop", messages=ASK)

    with pytest.raises(APIConnectionError):
        asyncio.run(run())
