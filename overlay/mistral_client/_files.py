"""`client.files`: upload, list, retrieve, download and delete files (batch inputs and outputs).

Each request is laid out by the generated `_get_kwargs` (`_endpoints`) and sent on the same
wire as chat: the client's auth headers, retries, timeouts and typed errors. Arguments are
checked before anything is sent.
"""

from __future__ import annotations

import io
import os
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Final,
    Generic,
    TypeVar,
    Unpack,
    cast,
)

import attrs

from . import _endpoints
from ._exceptions import InvalidRequestError, unknown_parameter
from ._http import APIClient, Call, asend, decode, send
from ._lazy import models
from ._types import RequestOptions

if TYPE_CHECKING:
    from _mistral_api.models import DeleteFileOut, ListFilesOut, RetrieveFileOut, UploadFileOut

__all__ = ["FileParam", "Files", "RequestOptions"]

T = TypeVar("T")

FileParam = bytes | str | os.PathLike[str] | IO[bytes] | Mapping[str, Any]
"""What ``files.upload`` takes: bytes, a path, a binary file, or ``{"file_name", "content"}``."""


OPTIONS = frozenset(RequestOptions.__annotations__)
# files.list()'s query parameters, in the order of its signature.
LIST_PARAMS: Final = (
    "page",
    "page_size",
    "include_total",
    "sample_type",
    "source",
    "search",
    "purpose",
    "mimetypes",
)


@attrs.frozen
class Step:
    """One I/O step of a plan: CALL in the sync shell, its twin ACALL awaited in the async one."""

    call: Callable[..., Any]
    acall: Callable[..., Awaitable[Any]]
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = attrs.field(factory=dict)


Plan = Generator[Step, Any, T]
"""The decisions of a call, as a generator: it yields each I/O Step and is sent its result (or
thrown its exception); its return value is the call's. `drive` and `adrive` are the shells."""


@attrs.frozen
class _Done(Generic[T]):
    """A plan's return value."""

    value: T


def _resume(plan: Plan[T], value: Any, error: BaseException | None) -> Step | _Done[T]:
    """PLAN's next step, given the last one's VALUE or ERROR; or what PLAN returned."""
    try:
        return plan.send(value) if error is None else plan.throw(error)
    except StopIteration as stop:
        return _Done(stop.value)


def drive(plan: Plan[T]) -> T:
    """Run PLAN's steps with their sync functions; return what PLAN returns."""
    step = _resume(plan, None, None)
    while isinstance(step, Step):
        try:
            value = step.call(*step.args, **step.kwargs)
        except BaseException as exc:  # the plan's to handle (Ctrl-C cancels a batch job)
            step = _resume(plan, None, exc)
        else:
            step = _resume(plan, value, None)
    return step.value


async def adrive(plan: Plan[T]) -> T:
    """Run PLAN's steps with their async functions; return what PLAN returns."""
    step = _resume(plan, None, None)
    while isinstance(step, Step):
        try:
            value = await step.acall(*step.args, **step.kwargs)
        except BaseException as exc:  # as in drive: task cancellation included
            step = _resume(plan, None, exc)
        else:
            step = _resume(plan, value, None)
    return step.value


def check_options(options: Mapping[str, Any]) -> None:
    for name in options:
        if name not in OPTIONS:
            raise unknown_parameter(name, OPTIONS, f"the options are {', '.join(sorted(OPTIONS))}")


def check_id(value: Any, param: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequestError(f"expected a non-empty id string, got {value!r:.60}", param=param)
    return value


def prepare(
    client: APIClient,
    operation: _endpoints.Operation,
    options: Mapping[str, Any],
    body: Any = None,
    *,
    stream: bool = False,
) -> Call:
    """The Call for OPERATION: the client's headers, retries and timeout, with its query/files."""
    check_options(options)
    call = client._call(operation.method, operation.url, body, options, stream=stream)
    return attrs.evolve(call, params=operation.params or None, files=operation.files)


def by_id(
    client: APIClient,
    endpoint: Callable[[str], _endpoints.Operation],
    value: Any,
    param: str,
    options: Mapping[str, Any],
) -> Call:
    """The Call of ENDPOINT for the id VALUE (checked, as argument PARAM)."""
    return prepare(client, endpoint(check_id(value, param)), options)


def _query(**given: Any) -> dict[str, Any]:
    """The query parameters the caller gave (None means not given)."""
    return {name: value for name, value in given.items() if value is not None}


def _strings(value: Any, param: str) -> list[str] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, Sequence) or not all(isinstance(v, str) for v in items):
        raise InvalidRequestError("expected a string or a list of strings", param=param)
    return list(items)


def upload_body(
    file: Any, purpose: Any, file_name: Any, expiry: Any, visibility: Any
) -> tuple[Any, IO[bytes] | None]:
    """The generated multipart body, and the file this call opened (to close after sending)."""
    opened: IO[bytes] | None = None
    name = file_name
    if isinstance(file, Mapping):
        content = file.get("content")
        name = name or file.get("file_name") or file.get("fileName")
        file = content
    if isinstance(file, bytes | bytearray):
        payload: IO[bytes] = io.BytesIO(bytes(file))
    elif isinstance(file, str | os.PathLike):
        path = os.fspath(file)
        if not os.path.isfile(path):
            raise InvalidRequestError(f"no such file: {path!r}", param="file")
        payload = opened = open(path, "rb")  # noqa: SIM115 - closed by the caller after sending
        name = name or os.path.basename(path)
    elif hasattr(file, "read"):
        payload = file
        name = name or os.path.basename(str(getattr(file, "name", "") or "")) or None
    else:
        raise InvalidRequestError(
            f"expected bytes, a path, a binary file or {{'file_name', 'content'}}, "
            f"got {type(file).__name__}",
            param="file",
        )
    if name is not None and not isinstance(name, str):
        raise InvalidRequestError("expected a string", param="file_name")
    for value, param in ((purpose, "purpose"), (visibility, "visibility")):
        if value is not None and not isinstance(value, str):
            raise InvalidRequestError(f"expected a string, got {value!r:.60}", param=param)
    if expiry is not None and (not isinstance(expiry, int) or isinstance(expiry, bool)):
        raise InvalidRequestError(
            f"expected hours as an integer, got {expiry!r:.60}", param="expiry"
        )
    from _mistral_api.types import UNSET, File

    body = models.FilesApiRoutesUploadFileMultiPartBodyParams(
        file=File(payload=cast(BinaryIO, payload), file_name=name or "upload"),
        purpose=UNSET if purpose is None else models.FilePurpose(purpose),
        expiry=UNSET if expiry is None else expiry,
    )
    if visibility is not None:
        # A plain form field: Mistral's spec declares this one as an inline allOf, which the
        # generator turns into an object model sent as JSON; extra fields go out as text.
        body.additional_properties["visibility"] = visibility
    return body, opened


class Files:
    """Files: ``client.files``. Batch jobs read their input from files and write results to files.

    Usage:
        ```python
        uploaded = client.files.upload(open("requests.jsonl", "rb"), purpose="batch")
        data = client.files.download(job.output_file)
        ```
    """

    def __init__(self, client: APIClient) -> None:
        self._client = client

    def _send(self, call: Call, parse: Callable[[Any], T]) -> T:
        return decode(send(self._client._sync_client(), call), parse)

    async def _asend(self, call: Call, parse: Callable[[Any], T]) -> T:
        return decode(await asend(self._client._async_client(), call), parse)

    def _upload(
        self,
        file: Any,
        purpose: Any,
        file_name: Any,
        expiry: Any,
        visibility: Any,
        options: Mapping[str, Any],
    ) -> Plan[UploadFileOut]:
        check_options(options)
        body, opened = upload_body(file, purpose, file_name, expiry, visibility)
        try:
            call = prepare(self._client, _endpoints.files_upload(body), options)
            uploaded = yield Step(self._send, self._asend, (call, models.UploadFileOut.from_dict))
            return cast("UploadFileOut", uploaded)
        finally:
            if opened is not None:
                opened.close()

    def upload(
        self,
        file: FileParam,
        *,
        purpose: str | None = None,
        file_name: str | None = None,
        expiry: int | None = None,
        visibility: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> UploadFileOut:
        """Upload a file.

        Args:
            file: The content: bytes, a path, a binary file object, or a dict
                ``{"file_name": ..., "content": ...}`` as Mistral's SDK takes.
            purpose: ``"batch"`` for batch input, ``"fine-tune"``, ``"ocr"``, ...
            file_name: The name to store; defaults to the path's or file object's name.
            expiry: Hours until the server deletes the file.
            visibility: ``"workspace"`` (the default) or ``"user"``.
            **options: ``retries=RetryConfig(...)``, ``timeout=...``, ``extra_headers={...}``.

        Returns:
            The stored file: ``.id``, ``.bytes_`` (the size), ``.num_lines``, ...

        Raises:
            InvalidRequestError: an argument is wrong (nothing was sent).
            SDKError: the server answered with an error status (a subclass per status).
            APIConnectionError: no response arrived, after retries.
        """
        return drive(self._upload(file, purpose, file_name, expiry, visibility, options))

    async def upload_async(
        self,
        file: FileParam,
        *,
        purpose: str | None = None,
        file_name: str | None = None,
        expiry: int | None = None,
        visibility: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> UploadFileOut:
        """Async :meth:`upload`."""
        return await adrive(self._upload(file, purpose, file_name, expiry, visibility, options))

    def _list_call(self, options: Mapping[str, Any], *values: Any) -> Call:
        """The list call; VALUES are list()'s arguments, in its order."""
        query = dict(zip(LIST_PARAMS, values, strict=True))
        for name in ("sample_type", "source", "mimetypes"):
            query[name] = _strings(query.get(name), name)
        for name in ("page", "page_size"):
            value = query.get(name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise InvalidRequestError(f"expected an integer, got {value!r:.60}", param=name)
        return prepare(self._client, _endpoints.files_list(**_query(**query)), options)

    def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        include_total: bool | None = None,
        sample_type: str | Sequence[str] | None = None,
        source: str | Sequence[str] | None = None,
        search: str | None = None,
        purpose: str | None = None,
        mimetypes: str | Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> ListFilesOut:
        """List the files of your organisation, a page at a time.

        Args:
            page: The page, from 0.
            page_size: Files per page.
            include_total: Ask for ``total``.
            sample_type: Only these sample types (``"batch_result"``, ...).
            source: Only these sources (``"upload"``, ``"mistral"``, ...).
            search: Only files whose name contains this.
            purpose: Only files of this purpose.
            mimetypes: Only these MIME types.
            **options: As for :meth:`upload`.

        Returns:
            ``.data``, the files, and ``.total``.

        Raises:
            InvalidRequestError: an argument is wrong (nothing was sent).
            SDKError: the server answered with an error status.
            APIConnectionError: no response arrived, after retries.
        """
        values = (page, page_size, include_total, sample_type, source, search, purpose, mimetypes)
        return self._send(self._list_call(options, *values), models.ListFilesOut.from_dict)

    async def list_async(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        include_total: bool | None = None,
        sample_type: str | Sequence[str] | None = None,
        source: str | Sequence[str] | None = None,
        search: str | None = None,
        purpose: str | None = None,
        mimetypes: str | Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> ListFilesOut:
        """Async :meth:`list`."""
        values = (page, page_size, include_total, sample_type, source, search, purpose, mimetypes)
        return await self._asend(self._list_call(options, *values), models.ListFilesOut.from_dict)

    def retrieve(self, file_id: str, **options: Unpack[RequestOptions]) -> RetrieveFileOut:
        """A file's metadata.

        Raises:
            InvalidRequestError: ``file_id`` is not an id (nothing was sent).
            NotFoundError: no such file.
            SDKError: another error status.
        """
        call = by_id(self._client, _endpoints.files_retrieve, file_id, "file_id", options)
        return self._send(call, models.RetrieveFileOut.from_dict)

    async def retrieve_async(
        self, file_id: str, **options: Unpack[RequestOptions]
    ) -> RetrieveFileOut:
        """Async :meth:`retrieve`."""
        call = by_id(self._client, _endpoints.files_retrieve, file_id, "file_id", options)
        return await self._asend(call, models.RetrieveFileOut.from_dict)

    def delete(self, file_id: str, **options: Unpack[RequestOptions]) -> DeleteFileOut:
        """Delete a file.

        Raises:
            InvalidRequestError: ``file_id`` is not an id (nothing was sent).
            NotFoundError: no such file.
            SDKError: another error status.
        """
        call = by_id(self._client, _endpoints.files_delete, file_id, "file_id", options)
        return self._send(call, models.DeleteFileOut.from_dict)

    async def delete_async(self, file_id: str, **options: Unpack[RequestOptions]) -> DeleteFileOut:
        """Async :meth:`delete`."""
        call = by_id(self._client, _endpoints.files_delete, file_id, "file_id", options)
        return await self._asend(call, models.DeleteFileOut.from_dict)

    def download(self, file_id: str, **options: Unpack[RequestOptions]) -> bytes:
        """A file's content, as bytes (a batch output or error file is JSONL).

        Raises:
            InvalidRequestError: ``file_id`` is not an id (nothing was sent).
            NotFoundError: no such file.
            SDKError: another error status.
        """
        call = by_id(self._client, _endpoints.files_download, file_id, "file_id", options)
        return send(self._client._sync_client(), call).content

    async def download_async(self, file_id: str, **options: Unpack[RequestOptions]) -> bytes:
        """Async :meth:`download`."""
        call = by_id(self._client, _endpoints.files_download, file_id, "file_id", options)
        return (await asend(self._client._async_client(), call)).content
