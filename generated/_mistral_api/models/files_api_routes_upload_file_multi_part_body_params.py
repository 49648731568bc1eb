from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, Self, TypeVar

from .. import types
from ..types import UNSET, File, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.file_purpose import FilePurpose
    from ..models.files_api_routes_upload_file_multi_part_body_params_visibility import (
        FilesApiRoutesUploadFileMultiPartBodyParamsVisibility,
    )
else:
    FilePurpose = _Lazy(globals(), "file_purpose", "FilePurpose")
    FilesApiRoutesUploadFileMultiPartBodyParamsVisibility = _Lazy(
        globals(),
        "files_api_routes_upload_file_multi_part_body_params_visibility",
        "FilesApiRoutesUploadFileMultiPartBodyParamsVisibility",
    )


T = TypeVar("T", bound="FilesApiRoutesUploadFileMultiPartBodyParams")


class FilesApiRoutesUploadFileMultiPartBodyParams:
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
        expiry (int | None | Unset):
        visibility (FilesApiRoutesUploadFileMultiPartBodyParamsVisibility | Unset):  Default:
            FilesApiRoutesUploadFileMultiPartBodyParamsVisibility.WORKSPACE.
        purpose (FilePurpose | Unset):
    """

    __slots__ = ("additional_properties", "expiry", "file", "purpose", "visibility")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "file",
        "expiry",
        "visibility",
        "purpose",
    )

    file: File
    expiry: int | None | Unset
    visibility: FilesApiRoutesUploadFileMultiPartBodyParamsVisibility | Unset
    purpose: FilePurpose | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        file: File,
        expiry: int | None | Unset = UNSET,
        visibility: FilesApiRoutesUploadFileMultiPartBodyParamsVisibility | Unset = UNSET,
        purpose: FilePurpose | Unset = UNSET,
    ) -> None:
        self.file = file
        self.expiry = expiry
        self.visibility = visibility
        self.purpose = purpose
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        expiry: int | None | Unset
        if isinstance(self.expiry, Unset):
            expiry = UNSET
        else:
            expiry = self.expiry

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = str(self.visibility)

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = str(self.purpose)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

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

        if not isinstance(self.expiry, Unset):
            if isinstance(self.expiry, int):
                files.append(("expiry", (None, str(self.expiry).encode(), "text/plain")))
            else:
                files.append(("expiry", (None, str(self.expiry).encode(), "text/plain")))

        if not isinstance(self.visibility, Unset):
            files.append(("visibility", (None, str(self.visibility).encode(), "text/plain")))

        if not isinstance(self.purpose, Unset):
            files.append(("purpose", (None, str(self.purpose).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        expiry: int | None | Unset = d.pop("expiry", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: FilesApiRoutesUploadFileMultiPartBodyParamsVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = FilesApiRoutesUploadFileMultiPartBodyParamsVisibility(_visibility)

        _purpose = d.pop("purpose", UNSET)
        purpose: FilePurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = FilePurpose(_purpose)

        files_api_routes_upload_file_multi_part_body_params = cls(
            file,
            expiry,
            visibility,
            purpose,
        )

        files_api_routes_upload_file_multi_part_body_params.additional_properties = d
        return files_api_routes_upload_file_multi_part_body_params

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
