"""The only module that touches generated endpoint code: method and path of each operation.

Each operation's `_get_kwargs` (private in the generated code) is called once, on first use,
so the method and path come from the spec while the overlay owns sending. The files and batch
operations, which are not on a hot path, call it per request: it also quotes their path ids,
serialises their query parameters and lays out the multipart upload (an `Operation`). The
generator is pinned, and `make check-generated` plus the contract tests fail if this ever
changes shape.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from _mistral_api.models import FilesApiRoutesUploadFileMultiPartBodyParams


@cache
def chat_completion() -> tuple[str, str]:
    """(method, path) of POST /v1/chat/completions."""
    from _mistral_api.api.chat import chat_completion_v1_chat_completions_post as operation
    from _mistral_api.models import ChatCompletionRequest

    kwargs = operation._get_kwargs(body=ChatCompletionRequest(model="", messages=[]))
    return str(kwargs["method"]).upper(), str(kwargs["url"])


@attrs.frozen
class Operation:
    """One request of the files and batch endpoints, as the generated `_get_kwargs` builds it.

    The path parameters are quoted there, the query parameters serialised (lists, dates,
    enums), and a multipart body laid out as httpx `files=`; the overlay sends it.
    """

    method: str
    url: str
    params: dict[str, Any] = attrs.field(factory=dict)
    files: Any = None


def _operation(kwargs: dict[str, Any]) -> Operation:
    # `headers` is dropped: for multipart it would fix a `boundary=+++` of its own, while
    # httpx writes the boundary it used.
    return Operation(
        method=str(kwargs["method"]).upper(),
        url=str(kwargs["url"]),
        params=dict(kwargs.get("params") or {}),
        files=kwargs.get("files"),
    )


def files_upload(body: FilesApiRoutesUploadFileMultiPartBodyParams) -> Operation:
    """POST /v1/files (multipart)."""
    from _mistral_api.api.files import files_api_routes_upload_file as operation

    return _operation(operation._get_kwargs(body=body))


def files_list(**query: Any) -> Operation:
    """GET /v1/files."""
    from _mistral_api.api.files import files_api_routes_list_files as operation

    return _operation(operation._get_kwargs(**query))


def files_retrieve(file_id: str) -> Operation:
    """GET /v1/files/{file_id}."""
    from _mistral_api.api.files import files_api_routes_retrieve_file as operation

    return _operation(operation._get_kwargs(file_id))


def files_delete(file_id: str) -> Operation:
    """DELETE /v1/files/{file_id}."""
    from _mistral_api.api.files import files_api_routes_delete_file as operation

    return _operation(operation._get_kwargs(file_id))


def files_download(file_id: str) -> Operation:
    """GET /v1/files/{file_id}/content (bytes)."""
    from _mistral_api.api.files import files_api_routes_download_file as operation

    return _operation(operation._get_kwargs(file_id))


@cache
def batch_create() -> tuple[str, str]:
    """(method, path) of POST /v1/batch/jobs; the JSON body is the overlay's."""
    from _mistral_api.api.batch import jobs_api_routes_batch_create_batch_job as operation
    from _mistral_api.models import ApiEndpoint, BatchJobIn

    kwargs = operation._get_kwargs(body=BatchJobIn(endpoint=ApiEndpoint("/v1/chat/completions")))
    return str(kwargs["method"]).upper(), str(kwargs["url"])


def batch_list(**query: Any) -> Operation:
    """GET /v1/batch/jobs."""
    from _mistral_api.api.batch import jobs_api_routes_batch_get_batch_jobs as operation

    return _operation(operation._get_kwargs(**query))


def batch_get(job_id: str, **query: Any) -> Operation:
    """GET /v1/batch/jobs/{job_id}."""
    from _mistral_api.api.batch import jobs_api_routes_batch_get_batch_job as operation

    return _operation(operation._get_kwargs(job_id, **query))


def batch_cancel(job_id: str) -> Operation:
    """POST /v1/batch/jobs/{job_id}/cancel."""
    from _mistral_api.api.batch import jobs_api_routes_batch_cancel_batch_job as operation

    return _operation(operation._get_kwargs(job_id))
