"""Other clients against the embedded server (issue 18, item 5): Mistral's official SDK and the
openai SDK, unchanged, on a sample of operations beyond chat (chat itself: test_server.py)."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest

from mistral_client.testing import running_server

MODEL = "mistral-small-latest"
PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>\nendobj\n"
    b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
    b"4 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n%%EOF\n"
)


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with running_server(batch_step_seconds=0.001) as base:
        yield base


@pytest.fixture(scope="module")
def official(url: str):
    """Mistral's SDK (the `bench` extra), pointed at the server."""
    sdk = pytest.importorskip("mistralai.client")
    return sdk.Mistral(api_key="k", server_url=url)


@pytest.fixture(scope="module")
def openai_client(url: str):
    openai = pytest.importorskip("openai")
    with openai.OpenAI(api_key="k", base_url=f"{url}/v1") as client:
        yield client


def test_official_sdk_models_and_files(official):
    """models.list/retrieve, files upload/list/retrieve/download/delete, as the SDK decodes them."""
    listed = official.models.list()
    assert MODEL in [m.id for m in listed.data]
    assert official.models.retrieve(model_id=MODEL).id == MODEL
    uploaded = official.files.upload(file={"file_name": "in.jsonl", "content": b'{"a": 1}\n'},
                                     purpose="batch")  # fmt: skip
    assert (uploaded.filename, uploaded.num_lines) == ("in.jsonl", 1)
    assert uploaded.id in [f.id for f in official.files.list(purpose="batch").data]
    assert official.files.retrieve(file_id=uploaded.id).filename == "in.jsonl"
    assert official.files.download(file_id=uploaded.id).read() == b'{"a": 1}\n'
    assert official.files.delete(file_id=uploaded.id).deleted is True


def test_official_sdk_moderation_and_ocr(official):
    """classifiers.moderate flags a threat; ocr.process reads a data-URL PDF's two pages."""
    moderated = official.classifiers.moderate(model="mistral-moderation-latest",
                                              inputs=["I will kill you"])  # fmt: skip
    assert moderated.results[0].categories["violence_and_threats"] is True
    document = {"type": "document_url",
                "document_url": "data:application/pdf;base64," + base64.b64encode(PDF).decode()}  # fmt: skip
    result = official.ocr.process(model="mistral-ocr-latest", document=document)
    assert [page.index for page in result.pages] == [0, 1]
    assert result.usage_info.pages_processed == 2


def test_official_sdk_agents_and_conversations(official):
    """beta.agents.create/get, beta.conversations.start/append/get_history, and a stream."""
    agent = official.beta.agents.create(model=MODEL, name="helper", instructions="Be brief.")
    assert official.beta.agents.get(agent_id=agent.id).instructions == "Be brief."
    started = official.beta.conversations.start(agent_id=agent.id, inputs="Hello there")
    official.beta.conversations.append(conversation_id=started.conversation_id, inputs="Again")
    history = official.beta.conversations.get_history(conversation_id=started.conversation_id)
    assert len(history.entries) == 4
    events = list(official.beta.conversations.start_stream(inputs="Hello there", model=MODEL))
    assert events[0].event == "conversation.response.started"
    assert events[-1].event == "conversation.response.done"
    text = "".join(e.data.content for e in events if e.event == "message.output.delta")
    assert text == started.outputs[0].content


def test_openai_sdk_embeddings_models_and_moderation(openai_client):
    """The openai SDK with base_url=<server>/v1: embeddings, the model list, a moderation."""
    embedded = openai_client.embeddings.create(model="mistral-embed", input=["a", "b"])
    assert [len(d.embedding) for d in embedded.data] == [1024, 1024]
    assert MODEL in [m.id for m in openai_client.models.list()]
    moderated = openai_client.moderations.create(model="mistral-moderation-latest",
                                                 input="I will kill you")  # fmt: skip
    assert moderated.results[0].categories.to_dict()["violence_and_threats"] is True


def test_openai_sdk_files(openai_client):
    """files.create, retrieve and delete through the openai SDK."""
    created = openai_client.files.create(file=("in.jsonl", b'{"a": 1}\n'), purpose="batch")
    assert openai_client.files.retrieve(created.id).filename == "in.jsonl"
    assert openai_client.files.delete(created.id).deleted is True
