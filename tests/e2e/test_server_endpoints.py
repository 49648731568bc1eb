"""Embeddings and FIM on the embedded server (issue 16 item 7): deterministic answers whose
bodies and stream events validate against openapi.yaml's response schemas."""

from __future__ import annotations

import json
import math
from typing import Any

import httpx
import pytest

from tests.contract.spec_schema import errors

HEADERS = {"authorization": "Bearer k"}
PROMPT = "def fibonacci(n: int):"
SUFFIX = "n = int(input('Enter a number: '))\nprint(fibonacci(n))"


def post(url: str, path: str, body: dict[str, Any], **headers: str) -> httpx.Response:
    return httpx.post(f"{url}{path}", json=body, headers={**HEADERS, **headers})


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def test_embeddings_one_unit_vector_per_input(mistral_server: str):
    """A list input: one 1024-float unit vector each, in order, usage counted, spec shape."""
    texts = ["The cat sat.", "The cat sat on the mat.", "Quantum field theory."]
    response = post(mistral_server, "/v1/embeddings", {"model": "mistral-embed", "input": texts})
    body = response.json()
    assert response.status_code == 200
    assert errors("EmbeddingResponse", body) == []
    assert [item["index"] for item in body["data"]] == [0, 1, 2]
    vectors = [item["embedding"] for item in body["data"]]
    assert all(len(v) == 1024 for v in vectors)
    assert all(math.isclose(cosine(v, v), 1.0, abs_tol=1e-4) for v in vectors)
    assert cosine(vectors[0], vectors[1]) > cosine(vectors[0], vectors[2])  # shared words
    assert body["usage"] == {"prompt_tokens": 12, "completion_tokens": 0, "total_tokens": 12}


def test_embeddings_are_deterministic_and_sized_on_request(mistral_server: str):
    """A string input gives the vector it gives in a list; output_dimension sets the size."""
    alone = post(mistral_server, "/v1/embeddings", {"model": "mistral-embed", "input": "hi"})
    listed = post(
        mistral_server, "/v1/embeddings", {"model": "mistral-embed", "input": ["x", "hi"]}
    )
    assert alone.json()["data"][0]["embedding"] == listed.json()["data"][1]["embedding"]
    sized = post(mistral_server, "/v1/embeddings",
                 {"model": "codestral-embed", "input": "hi", "output_dimension": 256})  # fmt: skip
    assert len(sized.json()["data"][0]["embedding"]) == 256


@pytest.mark.parametrize(
    ("body", "status"),
    [({"model": "mistral-embed"}, 422), ({"model": "nope", "input": "x"}, 400)],
    ids=["no-input", "unknown-model"],
)
def test_embeddings_validate_the_request(mistral_server: str, body: dict[str, Any], status: int):
    """A request without input is a 422 (the spec), an unknown model a 400."""
    assert post(mistral_server, "/v1/embeddings", body).status_code == status


def test_fim_completes_between_prompt_and_suffix(mistral_server: str):
    """A FIMCompletionResponse whose content continues the prompt's block, the same each time."""
    body = {"model": "codestral-latest", "prompt": PROMPT, "suffix": SUFFIX}
    first = post(mistral_server, "/v1/fim/completions", body).json()
    assert errors("FIMCompletionResponse", first) == []
    content = first["choices"][0]["message"]["content"]
    assert content.startswith("\n    # ")  # a new line, indented into the function body
    assert content.endswith("\n")  # the suffix starts on a line of its own
    assert post(mistral_server, "/v1/fim/completions", body).json()["choices"] == first["choices"]
    other = post(mistral_server, "/v1/fim/completions", {**body, "suffix": "return 1"}).json()
    assert other["choices"][0]["message"]["content"] != content
    assert first["usage"]["completion_tokens"] == len(content.split())


def test_fim_honours_max_tokens_and_stop(mistral_server: str):
    """max_tokens cuts (finish_reason length); stop cuts before the string."""
    body = {"model": "codestral-latest", "prompt": PROMPT}
    short = post(mistral_server, "/v1/fim/completions", {**body, "max_tokens": 2}).json()
    assert short["choices"][0]["finish_reason"] == "length"
    stopped = post(mistral_server, "/v1/fim/completions", {**body, "stop": ["filled"]}).json()
    assert "filled" not in stopped["choices"][0]["message"]["content"]


def test_fim_stream_adds_up_to_the_completion(mistral_server: str):
    """stream=true: CompletionChunk events ending in [DONE] whose deltas make the content."""
    body = {"model": "codestral-latest", "prompt": PROMPT, "suffix": SUFFIX}
    whole = post(mistral_server, "/v1/fim/completions", body).json()
    streamed = post(mistral_server, "/v1/fim/completions", {**body, "stream": True})
    assert streamed.headers["content-type"].startswith("text/event-stream")
    data = [line[6:] for line in streamed.text.splitlines() if line.startswith("data: ")]
    assert data[-1] == "[DONE]"
    chunks = [json.loads(d) for d in data[:-1]]
    assert [e for c in chunks for e in errors("CompletionChunk", c)] == []
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert text == whole["choices"][0]["message"]["content"]
    assert chunks[-1]["usage"] == whole["usage"]


def test_fim_faults_and_unknown_models(mistral_server: str):
    """FIM takes the chat faults and refuses unknown models as chat does."""
    body = {"model": "codestral-latest:fault=503", "prompt": PROMPT}
    assert post(mistral_server, "/v1/fim/completions", body).status_code == 503
    body = {"model": "codestral-2099", "prompt": PROMPT}
    assert post(mistral_server, "/v1/fim/completions", body).json()["type"] == "invalid_model"


def test_official_sdk_embeds_and_completes_code(mistral_server: str):
    """Mistral's own SDK decodes the embeddings, FIM and FIM stream answers."""
    official = pytest.importorskip("mistralai.client")
    sdk = official.Mistral(api_key="k", server_url=mistral_server)
    embedded = sdk.embeddings.create(model="mistral-embed", inputs=["a", "b"])
    assert [len(d.embedding or []) for d in embedded.data] == [1024, 1024]
    res = sdk.fim.complete(model="codestral-latest", prompt=PROMPT, suffix=SUFFIX)
    events = sdk.fim.stream(model="codestral-latest", prompt=PROMPT, suffix=SUFFIX)
    text = "".join(e.data.choices[0].delta.content or "" for e in events)
    assert text == res.choices[0].message.content
