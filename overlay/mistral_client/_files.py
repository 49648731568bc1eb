"""`client.files`: the generated files resource, with an upload that takes what users have.

Every operation (list, retrieve, delete, download, ...) is the generated one. `upload` adds
what the generator cannot know: a path, bytes, a binary file or Mistral's SDK's
``{"file_name", "content"}`` dict, the stored name taken from the path or file object, and the
closing of a file it opened itself.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Unpack, cast

from _mistral_api.client import RequestOptions
from _mistral_api.types import UNSET, File, Unset

from ._exceptions import InvalidRequestError
from ._resources import FilesResource

if TYPE_CHECKING:
    from ._resources import UploadedFile

__all__ = ["FileParam", "Files"]

FileParam = bytes | str | os.PathLike[str] | IO[bytes] | File | Mapping[str, Any]
"""What ``files.upload`` takes: bytes, a path, a binary file, or ``{"file_name", "content"}``."""


@contextmanager
def upload_file(file: Any, file_name: Any) -> Iterator[File]:
    """FILE as the generated upload takes it, named; a path is opened here and closed after."""
    if isinstance(file, File):
        yield file if file_name is None else File(file.payload, file_name, file.mime_type)
        return
    name = file_name
    if isinstance(file, Mapping):  # Mistral's SDK: {"file_name": ..., "content": ...}
        name = name or file.get("file_name") or file.get("fileName")
        file = file.get("content")
    if name is not None and not isinstance(name, str):
        raise InvalidRequestError("expected a string", param="file_name")
    if isinstance(file, bytes | bytearray):
        yield File(payload=io.BytesIO(bytes(file)), file_name=name or "upload")
    elif isinstance(file, str | os.PathLike):
        path = os.fspath(file)
        if not os.path.isfile(path):
            raise InvalidRequestError(f"no such file: {path!r}", param="file")
        with open(path, "rb") as opened:
            yield File(payload=opened, file_name=name or os.path.basename(path))
    elif hasattr(file, "read"):
        name = name or os.path.basename(str(getattr(file, "name", "") or "")) or "upload"
        yield File(payload=cast(BinaryIO, file), file_name=name)
    else:
        raise InvalidRequestError(
            f"expected bytes, a path, a binary file or {{'file_name', 'content'}}, "
            f"got {type(file).__name__}",
            param="file",
        )


class Files(FilesResource):
    """Files: ``client.files``. Batch jobs read their input from files and write results to files.

    Usage:
        ```python
        uploaded = client.files.upload("requests.jsonl", purpose="batch")
        data = client.files.download(file_id=job.output_file)
        ```
    """

    def upload(
        self,
        file: FileParam,
        *,
        purpose: str | Unset = UNSET,
        file_name: str | None = None,
        expiry: int | Unset | None = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedFile:
        """Upload a file (at most 512 MB; batch input files are JSONL).

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
            InvalidRequestError: ``file`` is not readable content (nothing was sent).
            SDKError: the server answered with an error status (a subclass per status).
            APIConnectionError: no response arrived, after retries.
        """
        with upload_file(file, file_name) as content:
            return super().upload(
                file=content,
                purpose=cast(Any, purpose),  # a plain string is sent as given (open enum)
                expiry=expiry,
                visibility=cast(Any, visibility),
                **options,
            )

    async def upload_async(
        self,
        file: FileParam,
        *,
        purpose: str | Unset = UNSET,
        file_name: str | None = None,
        expiry: int | Unset | None = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedFile:
        """Async :meth:`upload`."""
        with upload_file(file, file_name) as content:
            return await super().upload_async(
                file=content,
                purpose=cast(Any, purpose),
                expiry=expiry,
                visibility=cast(Any, visibility),
                **options,
            )
