"""The vendored spec's streamed and non-JSON operations, through `Mistral` on a mock transport.

Every streaming operation goes through the client's event-stream machinery (typed events, the
`[DONE]`-less end of Mistral's newer streams, any chunking of the bytes); bytes come back as
bytes, an empty 204 as None. One test per kind of answer Mistral's spec declares.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from mistral_client import Mistral
from mistral_client.models import (
    CompletionEvent,
    ConversationEvents,
    MessageOutputEvent,
    ResponseDoneEvent,
    ResponseStartedEvent,
    TranscriptionStreamDone,
    TranscriptionStreamEvents,
    TranscriptionStreamTextDelta,
)
from tests.helpers import API_KEY, ProbeStream, chunk, chunked, sse

CONVERSATION_ID = "conv_0681f1a3d7c27a3e8000c8f2bb7d26fb"
SIZES = [1, 7, 64]


def events(*items: tuple[str, dict[str, Any]]) -> bytes:
    """An event stream of `event:` + `data:` pairs, ending with the body (no `[DONE]`)."""
    return "".join(f"event: {kind}\ndata: {json.dumps(data)}\n\n" for kind, data in items).encode()


class Recorder:
    """A mock API: answers every request with BODY in SIZE-byte chunks; keeps the requests."""

    def __init__(self, body: bytes, size: int = 64, content_type: str = "text/event-stream"):
        self.body, self.size, self.content_type = body, size, content_type
        self.requests: list[httpx.Request] = []
        self.streams: list[ProbeStream] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        stream = ProbeStream(chunked(self.body, self.size))
        self.streams.append(stream)
        return httpx.Response(200, stream=stream, headers={"content-type": self.content_type})

    def client(self) -> Mistral:
        transport = httpx.MockTransport(self)
        return Mistral(api_key=API_KEY, client=httpx.Client(transport=transport),
                       async_client=httpx.AsyncClient(transport=transport))  # fmt: skip


def consume(mode: str, resource: Any, name: str, **kwargs: Any) -> list[Any]:
    """Every item of the stream RESOURCE.NAME(**KWARGS) opens, sync or async by MODE."""
    if mode == "sync":
        with getattr(resource, name)(**kwargs) as stream:
            return list(stream)

    async def run() -> list[Any]:
        async with await getattr(resource, f"{name}_async")(**kwargs) as stream:
            return [item async for item in stream]

    return asyncio.run(run())


def call(mode: str, method: Callable[..., Any], **kwargs: Any) -> Any:
    if mode == "sync":
        return method(**kwargs)
    owner, name = method.__self__, method.__name__
    return asyncio.run(getattr(owner, f"{name}_async")(**kwargs))


@pytest.mark.parametrize("size", SIZES)
def test_conversation_stream_yields_typed_events_and_asks_for_a_stream(mode, size):
    """beta.conversations.start_stream: `stream: true` sent; each event typed by its `type`."""
    body = events(
        ("conversation.response.started",
         {"type": "conversation.response.started", "conversation_id": CONVERSATION_ID}),
        ("message.output.delta",
         {"type": "message.output.delta", "id": "msg_1", "content": "Bonjour", "role": "assistant"}),
        ("conversation.response.done",
         {"type": "conversation.response.done",
          "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4}}),
    )  # fmt: skip
    api = Recorder(body, size)
    client = api.client()
    got = consume(mode, client.beta.conversations, "start_stream", inputs="Hi", model="m")
    assert [type(e) for e in got] == [ConversationEvents] * 3
    assert [type(e.data) for e in got] == [ResponseStartedEvent, MessageOutputEvent,
                                           ResponseDoneEvent]  # fmt: skip
    assert [str(e.event) for e in got] == [
        "conversation.response.started", "message.output.delta", "conversation.response.done"
    ]  # fmt: skip
    assert got[0].data.conversation_id == CONVERSATION_ID
    assert got[1].data.content == "Bonjour"
    (request,) = api.requests
    assert (request.method, request.url.path) == ("POST", "/v1/conversations")
    assert json.loads(request.content) == {"inputs": "Hi", "model": "m", "stream": True}
    assert api.streams[0].closed


def test_conversation_start_without_stream_sends_no_stream_true(mode):
    """The plain method never asks for a stream (the server would answer events)."""
    answer = {"object": "conversation.response", "conversation_id": CONVERSATION_ID,
              "outputs": [], "usage": {"prompt_tokens": 1, "completion_tokens": 1,
                                       "total_tokens": 2}}  # fmt: skip
    api = Recorder(json.dumps(answer).encode(), content_type="application/json")
    res = call(mode, api.client().beta.conversations.start, inputs="Hi", model="m")
    assert res.conversation_id == CONVERSATION_ID
    assert json.loads(api.requests[0].content).get("stream") in (None, False)


@pytest.mark.parametrize("size", SIZES)
def test_fim_stream_yields_completion_events_until_done(mode, size):
    """fim.stream: CompletionEvent items, the chunk in `.data`, stopping at `[DONE]`."""
    api = Recorder(sse(chunk("def "), chunk("add(a, b):", "stop")) + b"data: ignored\n\n", size)
    got = consume(mode, api.client().fim, "stream", model="codestral-latest", prompt="def")
    assert [type(e) for e in got] == [CompletionEvent, CompletionEvent]
    assert "".join(e.data.choices[0].delta.content for e in got) == "def add(a, b):"
    assert json.loads(api.requests[0].content)["stream"] is True
    assert api.requests[0].url.path == "/v1/fim/completions"


@pytest.mark.own_spec
@pytest.mark.parametrize("size", SIZES)
def test_transcription_stream_sends_a_multipart_form_and_yields_typed_events(mode, size):
    """audio.transcriptions.stream: the audio as a form file, `stream` set; typed events."""
    body = events(
        ("transcription.text.delta", {"type": "transcription.text.delta", "text": "Hello"}),
        ("transcription.done",
         {"type": "transcription.done", "model": "voxtral-mini-latest", "text": "Hello",
          "language": "en", "segments": [],
          "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}),
    )  # fmt: skip
    api = Recorder(body, size)
    got = consume(mode, api.client().audio.transcriptions, "stream",
                  model="voxtral-mini-latest", file=b"RIFF....WAVE")  # fmt: skip
    assert [type(e) for e in got] == [TranscriptionStreamEvents] * 2
    assert [type(e.data) for e in got] == [TranscriptionStreamTextDelta, TranscriptionStreamDone]
    assert got[1].data.text == "Hello"
    (request,) = api.requests
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b"RIFF....WAVE" in request.content
    assert b'name="stream"' in request.content


@pytest.mark.own_spec
@pytest.mark.parametrize("size", SIZES)
def test_speech_stream_asks_for_a_stream_and_yields_each_event_data(mode, size):
    """audio.speech.complete_stream: `stream: true` sent (the plain method sends none); its
    events have no model in the spec, so each item is the event's JSON data, nothing dropped."""
    delta = {"type": "speech.audio.delta", "audio_data": "UklGRg=="}
    done = {"type": "speech.audio.done", "usage": {"prompt_tokens": 4, "total_tokens": 4}}
    api = Recorder(events(("speech.audio.delta", delta), ("speech.audio.done", done)), size)
    got = consume(mode, api.client().audio.speech, "complete_stream", input="Bonjour",
                  model="voxtral-mini-tts-latest", voice_id="en_paul_neutral")  # fmt: skip
    assert got == [delta, done]
    assert json.loads(api.requests[0].content) == {
        "input": "Bonjour", "model": "voxtral-mini-tts-latest", "voice_id": "en_paul_neutral",
        "stream": True,
    }  # fmt: skip


@pytest.mark.own_spec
def test_speech_without_stream_returns_the_audio_response(mode):
    """audio.speech.complete: the JSON answer (base64 audio), no `stream` sent."""
    api = Recorder(b'{"audio_data":"UklGRg=="}', content_type="application/json")
    res = call(mode, api.client().audio.speech.complete, input="Hi", model="m")
    assert res.audio_data == "UklGRg=="
    assert "stream" not in json.loads(api.requests[0].content)


@pytest.mark.own_spec
@pytest.mark.parametrize("size", SIZES)
def test_workflow_event_stream_is_a_get_yielding_each_event_data(mode, size):
    """workflows.events.get_stream_events: a GET streaming events, each item its JSON data."""
    first = {"stream": "s", "data": {"event_type": "WORKFLOW_EXECUTION_STARTED"}}
    second = {"stream": "s", "data": {"event_type": "WORKFLOW_EXECUTION_COMPLETED"}}
    body = b"".join(f"id: {n}\nevent: message\ndata: {json.dumps(e)}\n\n".encode()
                    for n, e in enumerate([first, second]))  # fmt: skip
    api = Recorder(body, size)
    got = consume(mode, api.client().workflows.events, "get_stream_events")
    assert got == [first, second]
    assert (api.requests[0].method, api.requests[0].url.path) == (
        "GET",
        "/v1/workflows/events/stream",
    )


def test_error_event_in_a_conversation_stream_raises_stream_error(mode):
    """An `event: error` mid-stream raises StreamError after the events before it."""
    from mistral_client.errors import StreamError

    body = events(
        ("conversation.response.started",
         {"type": "conversation.response.started", "conversation_id": CONVERSATION_ID}),
    ) + b'event: error\ndata: {"message": "overloaded", "code": 3505}\n\n'  # fmt: skip
    api = Recorder(body)
    seen: list[Any] = []

    def run() -> None:
        if mode == "sync":
            with api.client().beta.conversations.start_stream(inputs="Hi", model="m") as s:
                seen.extend(s)
            return

        async def go() -> None:
            client = api.client()
            async with await client.beta.conversations.start_stream_async(
                inputs="Hi", model="m"
            ) as s:
                async for item in s:
                    seen.append(item)

        asyncio.run(go())

    with pytest.raises(StreamError, match="overloaded"):
        run()
    assert [type(e.data) for e in seen] == [ResponseStartedEvent]
    assert api.streams[0].closed


@pytest.mark.parametrize(
    ("resource", "method", "kwargs", "media"),
    [
        pytest.param(
            "files",
            "download",
            {"file_id": "5cdf78f8-1ab4-4c3d-9d38-2dd9735dac5f"},
            "application/octet-stream",
            id="files.download",
        ),
        pytest.param(
            "audio.voices",
            "get_sample_audio",
            {"voice_id": "en_paul_neutral"},
            "audio/wav",
            id="voice-sample-wav",
        ),
    ],
)
@pytest.mark.own_spec
def test_binary_answers_come_back_as_the_bytes_sent(mode, resource, method, kwargs, media):
    """A binary 2xx (a file, a WAV sample) is returned as bytes, byte for byte."""
    payload = bytes(range(256)) * 3
    api = Recorder(payload, size=7, content_type=media)
    target: Any = api.client()
    for part in resource.split("."):
        target = getattr(target, part)
    res = call(mode, getattr(target, method), **kwargs)
    assert type(res) is bytes
    assert res == payload


@pytest.mark.own_spec
def test_no_content_answer_is_none(mode):
    """A 204 (beta.conversations.delete) returns None."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    transport = httpx.MockTransport(answer)
    client = Mistral(api_key=API_KEY, client=httpx.Client(transport=transport),
                     async_client=httpx.AsyncClient(transport=transport))  # fmt: skip
    assert call(mode, client.beta.conversations.delete, conversation_id="c1") is None
    assert (seen[0].method, seen[0].url.path) == ("DELETE", "/v1/conversations/c1")
