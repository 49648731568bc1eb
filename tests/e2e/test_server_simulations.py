"""The embedded server's simulated operations (issue 18, item 3), called through `Mistral`:
conversations and agents, OCR, moderation and classification, audio, batch jobs on every
endpoint the batch API takes."""

from __future__ import annotations

import base64
import io
import itertools
import json
import wave
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from mistral_client import Mistral
from mistral_client.errors import BadRequestError, NotFoundError
from mistral_client.testing import running_server
from tests.contract.spec_schema import errors

MODEL = "mistral-small-latest"
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                       "required": ["city"]},
    },
}  # fmt: skip


def pdf(pages: int, size: tuple[int, int] = (612, 792)) -> bytes:
    """A small well-formed PDF of PAGES empty pages of SIZE points."""
    kids = " ".join(f"{3 + n} 0 R" for n in range(pages))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>",
        *[f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {size[0]} {size[1]}] >>"] * pages,
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, text in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{text}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def wav(seconds: float, rate: int = 16000) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(rate)
        audio.writeframes(b"\x00\x00" * int(seconds * rate))
    return out.getvalue()


def wav_seconds(data: bytes) -> float:
    with wave.open(io.BytesIO(data)) as audio:
        return audio.getnframes() / audio.getframerate()


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with running_server(batch_step_seconds=0.001) as base:
        yield base


@pytest.fixture
def client(url: str) -> Iterator[Mistral]:
    with Mistral(api_key="k", server_url=url) as c:
        yield c


# ------------------------------------------------------------------ conversations and agents


def test_conversation_start_append_history_restart_delete(client: Mistral):
    """A conversation keeps its entries: history and messages grow with each turn; restart
    branches a new conversation from an entry; delete makes it a 404."""
    conversations = client.beta.conversations
    started = conversations.start(inputs="Who painted Guernica?", model=MODEL)
    assert errors("ConversationResponse", started.to_dict()) == []
    (answer,) = started.outputs
    assert "Who painted Guernica" in answer.content
    cid = started.conversation_id
    appended = conversations.append(conversation_id=cid, inputs="And when?")
    assert appended.conversation_id == cid
    history = conversations.get_history(conversation_id=cid)
    assert [e.type_ for e in history.entries] == ["message.input", "message.output"] * 2
    assert [m.content for m in conversations.get_messages(conversation_id=cid).messages][::2] == [
        "Who painted Guernica?",
        "And when?",
    ]
    assert conversations.get(conversation_id=cid).to_dict()["model"] == MODEL
    restarted = conversations.restart(conversation_id=cid, from_entry_id=answer.id,
                                      inputs="And where is it now?")  # fmt: skip
    assert restarted.conversation_id != cid
    branch = conversations.get_history(conversation_id=restarted.conversation_id).entries
    assert [e.content for e in branch][:2] == ["Who painted Guernica?", answer.content]
    assert len(branch) == 4
    listed = [c.id for c in conversations.list()]
    assert {cid, restarted.conversation_id} <= set(listed)
    conversations.delete(conversation_id=cid)
    with pytest.raises(NotFoundError, match=f"Conversation {cid} not found"):
        conversations.get_history(conversation_id=cid)


def test_conversation_stream_adds_up_to_the_answer(client: Mistral):
    """start_stream: started, one delta per word, done with usage; the deltas make the answer."""
    asked = "Describe the sea in a few words."
    whole = client.beta.conversations.start(inputs=asked, model=MODEL)
    with client.beta.conversations.start_stream(inputs=asked, model=MODEL) as stream:
        events = [event.data.to_dict() for event in stream]
    kinds = [e["type"] for e in events]
    assert kinds[0] == "conversation.response.started"
    assert kinds[-1] == "conversation.response.done"
    assert set(kinds[1:-1]) == {"message.output.delta"}
    text = "".join(e["content"] for e in events[1:-1])
    assert text == whole.outputs[0].content
    assert events[-1]["usage"] == whole.usage.to_dict()


def test_agent_conversation_uses_the_agents_tools_and_instructions(client: Mistral):
    """An agent with a function tool: the conversation calls it with the city the user named,
    and answers from the function's result once it is appended."""
    agent = client.beta.agents.create(model=MODEL, name="weather", tools=[WEATHER],
                                      instructions="Answer questions about the weather.")  # fmt: skip
    started = client.beta.conversations.start(agent_id=agent.id,
                                              inputs="What is the weather in Paris?")  # fmt: skip
    (call,) = started.outputs
    assert (call.type_, call.name, json.loads(call.arguments)) == (
        "function.call",
        "get_weather",
        {"city": "Paris"},
    )
    result = {"type": "function.result", "tool_call_id": call.tool_call_id, "result": "sunny, 21C"}
    followed = client.beta.conversations.append(conversation_id=started.conversation_id,
                                                inputs=[result])  # fmt: skip
    assert followed.outputs[0].content == "The tool get_weather returned: sunny, 21C"
    got = client.beta.conversations.get(conversation_id=started.conversation_id).to_dict()
    assert got["agent_id"] == agent.id
    completed = client.agents.complete(agent_id=agent.id,
                                       messages=[{"role": "user", "content": "Weather in Lyon?"}])  # fmt: skip
    (tool_call,) = completed.choices[0].message.tool_calls
    assert json.loads(tool_call.function.arguments) == {"city": "Lyon"}


def test_conversation_refusals(client: Mistral):
    """No model nor agent: 400; an agent never created: 404; store=false: answered, not kept."""
    with pytest.raises(BadRequestError, match="model or an agent_id"):
        client.beta.conversations.start(inputs="hi")
    with pytest.raises(NotFoundError, match="Agent nope not found"):
        client.beta.conversations.start(inputs="hi", agent_id="nope")
    unkept = client.beta.conversations.start(inputs="hi", model=MODEL, store=False)
    assert unkept.outputs
    with pytest.raises(NotFoundError):
        client.beta.conversations.get(conversation_id=unkept.conversation_id)


# ------------------------------------------------------------------ OCR


def test_ocr_reads_the_page_count_and_size_from_an_uploaded_pdf(client: Mistral):
    """A 3-page US Letter PDF uploaded, then OCR'd by file id: 3 pages of markdown at 200 dpi."""
    uploaded = client.files.upload(pdf(3), file_name="report.pdf", purpose="ocr")
    result = client.ocr.process(model="mistral-ocr-latest",
                                document={"type": "file", "file_id": str(uploaded.id)})  # fmt: skip
    assert errors("OCRResponse", result.to_dict()) == []
    assert [p.index for p in result.pages] == [0, 1, 2]
    assert [p.markdown.splitlines()[0] for p in result.pages] == ["# report.pdf"] * 3
    assert "Page 2 of 3" in result.pages[1].markdown
    assert (result.pages[0].dimensions.width, result.pages[0].dimensions.height) == (1700, 2200)
    assert result.usage_info.pages_processed == 3
    assert result.usage_info.doc_size_bytes == len(pdf(3))


def test_ocr_of_a_data_url_selected_pages_and_a_remote_url(client: Mistral):
    """A base64 data URL is read like a file (A4 here); `pages` selects; a remote URL is one page."""
    data = "data:application/pdf;base64," + base64.b64encode(pdf(5, (595, 842))).decode()
    document = {"type": "document_url", "document_url": data}
    chosen = client.ocr.process(model="mistral-ocr-latest", document=document, pages=[0, 4])
    assert [p.index for p in chosen.pages] == [0, 4]
    assert chosen.pages[0].markdown.startswith("# document\n")
    assert (chosen.pages[0].dimensions.width, chosen.pages[0].dimensions.height) == (1653, 2339)
    remote = client.ocr.process(model="mistral-ocr-latest", document={
        "type": "document_url", "document_url": "https://example.com/papers/attention.pdf"})  # fmt: skip
    assert len(remote.pages) == 1
    assert "attention.pdf" in remote.pages[0].markdown


def test_ocr_annotation_follows_the_schema_and_unknown_files_are_404(client: Mistral):
    """document_annotation_format json_schema: the annotation is JSON that satisfies it."""
    schema = {"type": "object", "properties": {"title": {"type": "string"},
              "year": {"type": "integer"}}, "required": ["title", "year"]}  # fmt: skip
    result = client.ocr.process(
        model="mistral-ocr-latest",
        document={"type": "document_url", "document_url": "https://example.com/a.pdf"},
        document_annotation_format={"type": "json_schema",
                                    "json_schema": {"name": "meta", "schema": schema}},
    )  # fmt: skip
    assert (
        list(Draft202012Validator(schema).iter_errors(json.loads(result.document_annotation))) == []
    )
    with pytest.raises(NotFoundError, match="not found"):
        client.ocr.process(model="mistral-ocr-latest",
                           document={"type": "file", "file_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"})  # fmt: skip


# ------------------------------------------------------------------ moderation, classification


def test_moderation_scores_come_from_the_input(client: Mistral):
    """A threat is flagged violence_and_threats, a greeting nothing; the same input, the same scores."""
    moderated = client.classifiers.moderate(model="mistral-moderation-latest",
                                            inputs=["I will kill you", "Hello there"])  # fmt: skip
    assert errors("ModerationResponse", moderated.to_dict()) == []
    threat, greeting = (r.to_dict() for r in moderated.results)
    flagged = {k for k, v in threat["categories"].items() if v}
    assert flagged == {"violence_and_threats"}
    assert not any(greeting["categories"].values())
    assert (
        threat["category_scores"]["violence_and_threats"]
        > 0.5
        > max(greeting["category_scores"].values())
    )
    again = client.classifiers.moderate(model="mistral-moderation-latest", inputs=["Hello there"])
    assert again.results[0].to_dict() == greeting


def test_chat_moderation_scores_each_conversation(client: Mistral, url: str):
    """One conversation: one result from all its messages; a list of them: one result each."""
    moderated = client.classifiers.moderate_chat(model="mistral-moderation-latest", inputs=[
        {"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Buy this stock!"}])  # fmt: skip
    flagged = moderated.results[0].to_dict()["categories"]
    assert sorted(k for k, v in flagged.items() if v) == ["financial"]
    conversations = [
        [{"role": "user", "content": "What stock should I buy?"}],
        [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}],
    ]
    # Raw: the client's argument check refuses a list of conversations the signature allows.
    body = {"model": "mistral-moderation-latest", "input": conversations}
    response = httpx.post(f"{url}/v1/chat/moderations", json=body,
                          headers={"authorization": "Bearer k"})  # fmt: skip
    results = [r["categories"] for r in response.json()["results"]]
    assert [sorted(k for k, v in r.items() if v) for r in results] == [["financial"], []]


def test_classification_scores_sum_to_one(client: Mistral):
    """classify: one `category` target per input, its label scores adding up to 1."""
    classified = client.classifiers.classify(model="mistral-moderation-latest",
                                             inputs=["Call my lawyer", "Nice day"])  # fmt: skip
    assert errors("ClassificationResponse", classified.to_dict()) == []
    for result in classified.to_dict()["results"]:
        scores = result["category"]["scores"]
        assert abs(sum(scores.values()) - 1) < 1e-3
    lawyer = classified.to_dict()["results"][0]["category"]["scores"]
    assert max(lawyer, key=lawyer.get) == "law"


# ------------------------------------------------------------------ audio


def test_transcription_segments_span_the_audio(client: Mistral):
    """A 3-second WAV: the fixed text, its segments in order from 0 to 3 s, usage in seconds."""
    result = client.audio.transcriptions.complete(model="voxtral-mini-latest", file=wav(3.0))
    assert errors("TranscriptionResponse", result.to_dict()) == []
    segments = result.segments
    assert segments[0].start == 0
    assert segments[-1].end == pytest.approx(3.0, abs=0.01)
    assert all(a.end == b.start for a, b in itertools.pairwise(segments))
    assert " ".join(s.text for s in segments) == result.text
    assert result.usage.prompt_audio_seconds == 3


def test_transcription_stream_and_stored_files(client: Mistral):
    """The stream: language first, text deltas that make the text, done last; a stored file's
    audio is read by its id; no audio at all is a 400."""
    uploaded = client.files.upload(wav(2.0), file_name="memo.wav")
    audio = str(uploaded.id)
    whole = client.audio.transcriptions.complete(model="voxtral-mini-latest", file_id=audio)
    assert whole.segments[-1].end == pytest.approx(2.0, abs=0.01)
    with client.audio.transcriptions.stream(model="voxtral-mini-latest", file_id=audio) as s:
        events = [e.data.to_dict() for e in s]
    assert events[0] == {"type": "transcription.language", "audio_language": "en"}
    assert events[-1]["type"] == "transcription.done"
    deltas = [e["text"] for e in events if e["type"] == "transcription.text.delta"]
    assert "".join(deltas) == whole.text
    with pytest.raises(BadRequestError, match="file, file_id or file_url"):
        client.audio.transcriptions.complete(model="voxtral-mini-latest")


def test_speech_is_a_wav_as_long_as_the_text(client: Mistral):
    """Ten words at 2.5 words a second: four seconds of audio, whole or streamed in chunks."""
    text = "one two three four five six seven eight nine ten"
    spoken = client.audio.speech.complete(input=text, model="voxtral-mini-latest")
    audio = base64.b64decode(spoken.audio_data)
    assert wav_seconds(audio) == pytest.approx(4.0)
    with client.audio.speech.complete_stream(input=text, model="voxtral-mini-latest") as stream:
        events = list(stream)
    chunks = [e["audio_data"] for e in events if e.get("type") == "speech.audio.delta"]
    assert b"".join(base64.b64decode(c) for c in chunks) == audio


# ------------------------------------------------------------------ batch on every endpoint


BATCHED = [
    pytest.param("/v1/embeddings", {"model": "mistral-embed", "input": ["a cat"]},
                 "EmbeddingResponse", id="embeddings"),
    pytest.param("/v1/fim/completions", {"model": "codestral-latest", "prompt": "def f():"},
                 "FIMCompletionResponse", id="fim"),
    pytest.param("/v1/moderations", {"model": "mistral-moderation-latest", "input": "hi"},
                 "ModerationResponse", id="moderations"),
    pytest.param("/v1/chat/moderations", {"model": "mistral-moderation-latest",
                 "input": [{"role": "user", "content": "hi"}]}, "ModerationResponse",
                 id="chat-moderations"),
    pytest.param("/v1/classifications", {"model": "mistral-moderation-latest", "input": "hi"},
                 "ClassificationResponse", id="classifications"),
    pytest.param("/v1/ocr", {"model": "mistral-ocr-latest", "document": {
                 "type": "document_url", "document_url": "https://example.com/a.pdf"}},
                 "OCRResponse", id="ocr"),
    pytest.param("/v1/conversations", {"model": MODEL, "inputs": "hi"}, "ConversationResponse",
                 id="conversations"),
    pytest.param("/v1/audio/transcriptions", {"model": "voxtral-mini-latest",
                 "file_url": "https://example.com/a.wav"}, "TranscriptionResponse",
                 id="transcriptions"),
]  # fmt: skip


@pytest.mark.parametrize(("endpoint", "body", "schema"), BATCHED)
def test_batch_jobs_run_every_endpoint_the_batch_api_takes(client: Mistral, endpoint: str,
                                                           body: dict[str, Any], schema: str):  # fmt: skip
    """A job on ENDPOINT: each line answered as the endpoint answers it, in its response schema;
    a line naming a model the server does not serve fails alone with the endpoint's 400."""
    requests = [{"custom_id": "good", "body": body},
                {"custom_id": "bad", "body": {**body, "model": "no-such-model"}}]  # fmt: skip
    job = client.batch.jobs.create(endpoint=endpoint, requests=requests)
    done = client.batch.wait(job.id, poll_interval=0.01, max_poll_interval=0.05)
    assert (done.status, done.succeeded_requests, done.failed_requests) == ("SUCCESS", 1, 1)
    lines = {json.loads(line)["custom_id"]: json.loads(line)
             for name in ("output_file", "error_file")
             for line in client.files.download(file_id=getattr(done, name)).splitlines()}  # fmt: skip
    assert lines["good"]["response"]["status_code"] == 200
    assert errors(schema, lines["good"]["response"]["body"]) == []
    assert lines["bad"]["response"]["status_code"] == 400
    assert lines["bad"]["response"]["body"]["message"] == "Invalid model: no-such-model"
