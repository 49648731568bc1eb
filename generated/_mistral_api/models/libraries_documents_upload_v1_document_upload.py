from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from .. import types
from ..types import File
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="LibrariesDocumentsUploadV1DocumentUpload")


class LibrariesDocumentsUploadV1DocumentUpload:
    """
    Attributes:
        file (File): The File object (not file name) to be uploaded.
             To upload a file and specify a custom file name you should format your request as such:
             ```bash
             file=@path/to/your/file.jsonl;filename=custom_name.jsonl
             ```
             Otherwise, you can just keep the original file name:
             ```bash
             file=@path/to/your/file.jsonl
             ```
    """

    __slots__ = ("additional_properties", "file")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("file",)

    file: File
    additional_properties: dict[str, Any]

    def __init__(
        self,
        file: File,
    ) -> None:
        self.file = file
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )

        return field_dict

    def model_dump(self) -> dict[str, Any]:
        """This model as JSON-ready data: to_dict(), under the name pydantic and Mistral's SDK use."""
        return self.to_dict()

    def model_dump_json(self, *, indent: int | None = None) -> str:
        """This model as JSON text: compact, or indented by `indent` spaces (pydantic's name)."""
        return _dump_json(self.to_dict(), indent)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        libraries_documents_upload_v1_document_upload = cls(
            file,
        )

        libraries_documents_upload_v1_document_upload.additional_properties = d
        return libraries_documents_upload_v1_document_upload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
