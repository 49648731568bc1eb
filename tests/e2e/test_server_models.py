"""The embedded server's model catalogue (issue 15 item 20, issue 16 item 7): list, retrieve,
delete, and Mistral's 400 for a model it does not serve."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from mistral_client import Mistral
from mistral_client.errors import BadRequestError
from mistral_client.server import DEFAULT_MODELS
from mistral_client.testing import running_server
from tests.contract.spec_schema import errors

HEADERS = {"authorization": "Bearer k"}
ASK = [{"role": "user", "content": "Say hello."}]
FINE_TUNED = "ft:open-mistral-7b:587a6b29:20240514:7e773925"  # the id Mistral's docs use
# Mistral's answer to an unknown model, byte for byte (public in tmc/langchaingo#1233).
INVALID = b'{"object":"error","message":"Invalid model: %s","type":"invalid_model","param":null,"code":"1500"}'


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with running_server(extra_models=["my-local-model"]) as base:
        yield base


def chat(url: str, model: str) -> httpx.Response:
    body = {"model": model, "messages": ASK}
    return httpx.post(f"{url}/v1/chat/completions", json=body, headers=HEADERS)


@pytest.mark.parametrize(
    "model",
    ["mistral-small-latest", "mistral-medium-latest", "mistral-large-latest", "ministral-3b-latest",
     "ministral-8b-latest", "codestral-latest", "pixtral-large-latest", "magistral-medium-latest",
     "magistral-small-latest", "open-mistral-nemo", "devstral-small-latest", "voxtral-mini-latest",
     "mistral-small-2506", "mistral-large-2411"],
)  # fmt: skip
def test_catalogue_models_are_answered(url: str, model: str):
    """Mistral's public chat model ids, latest aliases and dated versions, get completions."""
    response = chat(url, model)
    assert response.status_code == 200, response.text
    assert response.json()["model"] == model


@pytest.mark.parametrize("model", ["m", "gpt-4o", "mistral-small", "", "mistral-small-latest "])
def test_unknown_model_gets_mistrals_400_byte_for_byte(url: str, model: str):
    """An id outside the catalogue: HTTP 400 with exactly the real API's invalid_model body."""
    response = chat(url, model)
    assert response.status_code == 400
    assert response.content == INVALID % model.encode()


def test_unknown_model_raises_bad_request_error_in_the_client(url: str):
    """The overlay maps the 400 to BadRequestError, naming the model."""
    with (
        Mistral(api_key="k", server_url=url, max_retries=0) as client,
        pytest.raises(BadRequestError, match="Invalid model: gpt-4o") as caught,
    ):
        client.chat.complete(model="gpt-4o", messages=ASK)
    assert caught.value.code == "1500"


def test_fine_tuned_and_added_models_are_accepted(url: str):
    """ft: ids, and ids added with extra_models (--model), are served like catalogue ones."""
    assert chat(url, FINE_TUNED).status_code == 200
    assert chat(url, "my-local-model").status_code == 200


def test_model_suffix_faults_still_work(url: str):
    """The :fault= suffix is removed before the model check, and the fault is injected."""
    assert chat(url, "mistral-small-latest:fault=503").status_code == 503
    with pytest.raises(httpx.RemoteProtocolError):
        chat(url, "mistral-small-latest:fault=drop")
    assert chat(url, "mistral-small-latest:fault=503x0").status_code == 200


def test_batch_request_for_an_unknown_model_fails_alone_with_the_400(url: str):
    """In a batch job, a line naming an unknown model gets the chat endpoint's 400."""
    lines = [{"custom_id": "good", "body": {"messages": ASK}},
             {"custom_id": "bad", "body": {"model": "gpt-4o", "messages": ASK}}]  # fmt: skip
    job = httpx.post(f"{url}/v1/batch/jobs", headers=HEADERS, json={
        "endpoint": "/v1/chat/completions", "model": "mistral-small-latest", "requests": lines,
    }).json()  # fmt: skip
    for _ in range(500):
        job = httpx.get(f"{url}/v1/batch/jobs/{job['id']}", headers=HEADERS).json()
        if job["status"] == "SUCCESS":
            break
    statuses = {line["custom_id"]: line["response"]["status_code"] for line in job["outputs"]}
    assert statuses == {"good": 200, "bad": 400}
    assert job["outputs"][1]["response"]["body"]["message"] == "Invalid model: gpt-4o"


def test_models_list_is_the_catalogue_in_the_spec_shape(url: str):
    """GET /v1/models: every catalogue id and the added ones, valid ModelList and ModelCards."""
    listed = httpx.get(f"{url}/v1/models", headers=HEADERS).json()
    assert errors("ModelList", listed) == []
    ids = [card["id"] for card in listed["data"]]
    assert ids == [*DEFAULT_MODELS, "my-local-model"]
    for wanted in ("mistral-embed", "mistral-moderation-latest", "mistral-ocr-latest",
                   "codestral-latest", "mistral-medium-2508"):  # fmt: skip
        assert wanted in ids
    cards = {card["id"]: card for card in listed["data"]}
    assert cards["codestral-latest"]["capabilities"]["completion_fim"] is True
    assert cards["mistral-small-latest"]["aliases"] == ["mistral-small-2506"]
    assert cards["mistral-embed"]["capabilities"]["completion_chat"] is False


def test_retrieve_a_base_a_fine_tuned_and_an_unknown_model(url: str):
    """GET /v1/models/{id}: a base card, a fine-tuned card (root, job), a 404 error object."""
    base = httpx.get(f"{url}/v1/models/mistral-large-latest", headers=HEADERS).json()
    assert (base["id"], base["type"]) == ("mistral-large-latest", "base")
    assert errors("BaseModelCard", base) == []
    tuned = httpx.get(f"{url}/v1/models/{FINE_TUNED}", headers=HEADERS).json()
    assert (tuned["type"], tuned["root"], tuned["archived"]) == (
        "fine-tuned",
        "open-mistral-7b",
        False,
    )
    assert errors("FTModelCard", tuned) == []
    missing = httpx.get(f"{url}/v1/models/nope", headers=HEADERS)
    assert (missing.status_code, missing.json()["object"]) == (404, "error")


def test_delete_only_fine_tuned_models():
    """DELETE /v1/models/{id}: a fine-tuned model goes (then is unknown), a base model stays."""
    model = "ft:mistral-small-latest:0badc0de:20250101:1234abcd"
    with running_server() as url:
        gone = httpx.delete(f"{url}/v1/models/{model}", headers=HEADERS)
        assert gone.json() == {"id": model, "object": "model", "deleted": True}
        assert chat(url, model).status_code == 400
        assert httpx.get(f"{url}/v1/models/{model}", headers=HEADERS).status_code == 404
        assert httpx.delete(f"{url}/v1/models/{model}", headers=HEADERS).status_code == 404
        base = httpx.delete(f"{url}/v1/models/mistral-small-latest", headers=HEADERS)
        assert base.status_code == 403
        assert "fine-tuned" in base.json()["message"]
        assert chat(url, "mistral-small-latest").status_code == 200


def test_models_endpoints_require_a_key(url: str):
    """List, retrieve and delete answer 401 without a bearer key."""
    for method in ("GET", "DELETE"):
        assert httpx.request(method, f"{url}/v1/models/{FINE_TUNED}").status_code == 401
    assert httpx.get(f"{url}/v1/models").status_code == 401


def test_official_sdk_lists_retrieves_and_deletes(url: str):
    """Mistral's own SDK decodes the list, a card, and a deletion."""
    official = pytest.importorskip("mistralai.client")
    sdk = official.Mistral(api_key="k", server_url=url)
    assert "mistral-small-latest" in [m.id for m in sdk.models.list().data or []]
    assert sdk.models.retrieve(model_id="codestral-latest").capabilities.completion_fim
    assert sdk.models.delete(model_id="ft:codestral-latest:1:2:3").deleted is True
