"""Type-checked, never executed: code written with the names Mistral's SDK users import.

`make typecheck` runs `mypy --strict` on this file. Each name comes from spec/sdk_names.yaml
through the generated `_mistral_api.sdk_names`; mypy must see the class or union it stands for
(`assert_type`), not `Any`, and must reject a name the table does not declare.
"""

from __future__ import annotations

from typing import assert_type

from mistral_client import Mistral, errors, models
from mistral_client.models import (
    AssistantMessage,
    BaseModelCard,
    BatchJob,
    BatchJobOut,
    BatchRequest,
    ChatCompletionRequestMessage,
    ContentChunk,
    CreateBatchJobRequest,
    CreateFileResponse,
    EmbeddingRequestInputs,
    File,
    FTModelCard,
    JSONSchema,
    JsonSchema,
    Messages,
    ModelListData,
    SystemMessage,
    TextChunk,
    ThinkChunk,
    ToolMessage,
    UploadFileOut,
    UserMessage,
)


def aliases_are_the_generated_classes(job: BatchJobOut, up: UploadFileOut) -> None:
    assert_type(job, BatchJob)
    assert_type(up, CreateFileResponse)
    assert_type(JSONSchema.from_dict({"name": "book", "schema": {}}), JsonSchema)
    endpoint = models.APIEndpoint("/v1/chat/completions")
    assert_type(models.BatchJobIn(endpoint=endpoint), CreateBatchJobRequest)
    assert_type(File(payload=open("in.jsonl", "rb")), File)  # noqa: SIM115


def unions_hold_their_members(message: Messages, chunk: ContentChunk) -> None:
    assert_type(message, SystemMessage | UserMessage | AssistantMessage | ToolMessage)
    sdk_2: ChatCompletionRequestMessage = message
    if isinstance(chunk, TextChunk | ThinkChunk):
        print(chunk.type_)
    inputs: EmbeddingRequestInputs = ["a", "b"]
    print(sdk_2, inputs)


def client_calls_take_and_return_them(client: Mistral) -> None:
    history: list[Messages] = [SystemMessage(content="Be brief."), UserMessage(content="Hi")]
    client.chat.complete(model="mistral-small-latest", messages=history)
    job: BatchJobOut = client.batch.jobs.create(
        endpoint="/v1/chat/completions",
        # Dicts type-check where a model goes in a call's keywords; a model's own fields
        # take models (BatchRequest(body=...) accepts a dict at run time only).
        requests=[BatchRequest.from_dict({"custom_id": "0", "body": {}}), {"body": {}}],
    )
    print(job.status, job.output_file)
    for card in client.models.list().data or []:
        one: ModelListData = card
        assert_type(one, BaseModelCard | FTModelCard)


def errors_by_the_sdk_names(client: Mistral) -> None:
    try:
        client.models.list()
    except errors.HTTPValidationError as exc:
        print(exc.detail)
    except models.SDKError as exc:
        print(exc.status_code, exc.body)
    except errors.NoResponseError as exc:
        assert_type(exc, errors.APIConnectionError)
    except errors.ObservabilityError as exc:
        assert_type(exc, errors.BadRequestError)
    except models.MistralError:
        pass


def undeclared_names_are_rejected() -> None:
    # mypy --strict warns of an unused ignore: this line fails the gate if the name type-checks.
    print(models.NotAnSdkName)  # type: ignore[attr-defined]
