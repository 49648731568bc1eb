"""Code written for Mistral's official SDK runs with only its import lines changed (issue 17).

Each snippet is written as the SDK's reference docs write theirs (its 1.x `mistralai.models`
imports, its 2.x `mistralai.client.models` and `errors`): the SDK's model, union and error names,
its keywords (`inputs`, `file={"file_name", "content"}`, `requests=[BatchRequest(...)]`). The
test rewrites the module paths, nothing else, and runs the result in a fresh interpreter against
the embedded server.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mistral_client.testing import running_server

ROOT = Path(__file__).resolve().parents[2]
SDK_MODULE = re.compile(r"\bmistralai(?:\.client)?\b")

SDK_2 = """
import os

from mistralai.client import Mistral, errors
from mistralai.client.models import (
    BatchJob, BatchRequest, ChatCompletionRequestMessage, ChatCompletionResponse,
    CreateFileResponse, EmbeddingResponse, FIMCompletionResponse, ModelList, ModelListData,
    SystemMessage, TextChunk, UserMessage,
)

with Mistral(api_key=os.getenv("MISTRAL_API_KEY", "")) as mistral:
    messages: list[ChatCompletionRequestMessage] = [
        SystemMessage(content="Answer briefly."),
        UserMessage(content=[TextChunk(text="What is the best French cheese?")]),
    ]
    res = mistral.chat.complete(model="mistral-small-latest", messages=messages)
    assert isinstance(res, ChatCompletionResponse)
    print("chat:", res.choices[0].message.content)

    emb = mistral.embeddings.create(model="mistral-embed", inputs=["a", "b"])
    assert isinstance(emb, EmbeddingResponse)
    print("embeddings:", len(emb.data))

    fim = mistral.fim.complete(model="codestral-latest", prompt="def f(", suffix="")
    assert isinstance(fim, FIMCompletionResponse)

    listed = mistral.models.list()
    assert isinstance(listed, ModelList)
    print("models:", all(isinstance(card, ModelListData) for card in listed.data))

    job = mistral.batch.jobs.create(
        requests=[BatchRequest(custom_id="0", body={"messages": [{"role": "user", "content": "hi"}]})],
        endpoint="/v1/chat/completions",
        model="mistral-small-latest",
    )
    assert isinstance(job, BatchJob)
    job = mistral.batch.jobs.get(job_id=job.id)
    print("batch:", job.status in ("QUEUED", "RUNNING", "SUCCESS"), job.errors == [])

    try:
        mistral.fim.complete(model="codestral-latest", prompt="def f(", max_tokens=-1)
    except errors.HTTPValidationError as e:
        print("422:", e.status_code)
    try:
        mistral.models.retrieve(model_id="no-such-model")
    except errors.MistralError as e:
        print("error:", isinstance(e, errors.SDKError), e.status_code)
"""

SDK_1 = """
import os

from mistralai import Mistral, models
from mistralai.models import BatchJobOut, Messages, UploadFileOut, UserMessage

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
history: list[Messages] = [UserMessage(content="Hello!")]
res = client.chat.complete(model="mistral-small-latest", messages=history)
print("chat:", res.choices[0].message.content)

for chunk in client.chat.stream(model="mistral-small-latest", messages=history):
    print("stream:", chunk.data.choices[0].delta.content)
    break

line = b'{"custom_id": "0", "body": {"messages": [{"role": "user", "content": "hi"}]}}\\n'
uploaded = client.files.upload(file={"file_name": "batch.jsonl", "content": line}, purpose="batch")
assert isinstance(uploaded, UploadFileOut)
job = client.batch.jobs.create(
    input_files=[uploaded.id], endpoint="/v1/chat/completions", model="mistral-small-latest"
)
assert isinstance(job, BatchJobOut)
print("batch:", job.status in ("QUEUED", "RUNNING", "SUCCESS"))

try:
    client.embeddings.create(model="mistral-embed", inputs="x", output_dimension=-1)
except models.HTTPValidationError as e:
    print("422:", e.status_code)
except models.SDKError as e:
    print("sdk error:", e.status_code)
"""


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with running_server() as base:
        yield base


def run(snippet: str, url: str) -> subprocess.CompletedProcess[str]:
    code = SDK_MODULE.sub("mistral_client", snippet)
    changed = [
        new for old, new in zip(snippet.splitlines(), code.splitlines(), strict=True) if old != new
    ]
    assert changed
    assert all(line.startswith(("from ", "import ")) for line in changed)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    env.update(MISTRAL_API_KEY="any-key", MISTRAL_BASE_URL=url, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )


def test_sdk_2_snippet_runs_with_its_imports_renamed(url: str) -> None:
    """2.x names (ChatCompletionRequestMessage, BatchJob, errors.HTTPValidationError) all work."""
    done = run(SDK_2, url)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0].startswith("chat: ")
    assert "French cheese" in lines[0]
    assert lines[1:] == [
        "embeddings: 2",
        "models: True",
        "batch: True True",
        "422: 422",
        "error: True 404",
    ]


def test_sdk_1_snippet_runs_with_its_imports_renamed(url: str) -> None:
    """1.x names (Messages, UploadFileOut, BatchJobOut, models.HTTPValidationError) all work."""
    done = run(SDK_1, url)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0].startswith("chat: Hello")
    assert lines[1].startswith("stream: ")
    assert lines[2:] == ["batch: True", "422: 422"]
