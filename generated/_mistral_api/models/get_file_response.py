from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.file_purpose import FilePurpose
    from ..models.file_visibility import FileVisibility
    from ..models.sample_type import SampleType
    from ..models.source import Source
else:
    FilePurpose = _Lazy(globals(), "file_purpose", "FilePurpose")
    FileVisibility = _Lazy(globals(), "file_visibility", "FileVisibility")
    SampleType = _Lazy(globals(), "sample_type", "SampleType")
    Source = _Lazy(globals(), "source", "Source")


T = TypeVar("T", bound="GetFileResponse")


class GetFileResponse:
    """
    Attributes:
        id (UUID): The unique identifier of the file.
        object_ (str): The object type, which is always "file".
        bytes_ (int): The size of the file, in bytes.
        created_at (int): The UNIX timestamp (in seconds) of the event.
        filename (str): The name of the uploaded file.
        purpose (FilePurpose):
        sample_type (SampleType):
        source (Source):
        deleted (bool):
        num_lines (int | None | Unset):
        mimetype (None | str | Unset):
        signature (None | str | Unset):
        expires_at (int | None | Unset):
        visibility (FileVisibility | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "bytes_",
        "created_at",
        "deleted",
        "expires_at",
        "filename",
        "id",
        "mimetype",
        "num_lines",
        "object_",
        "purpose",
        "sample_type",
        "signature",
        "source",
        "visibility",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "object_",
        "bytes_",
        "created_at",
        "filename",
        "purpose",
        "sample_type",
        "source",
        "deleted",
        "num_lines",
        "mimetype",
        "signature",
        "expires_at",
        "visibility",
    )

    id: UUID
    object_: str
    bytes_: int
    created_at: int
    filename: str
    purpose: FilePurpose
    sample_type: SampleType
    source: Source
    deleted: bool
    num_lines: int | None | Unset
    mimetype: None | str | Unset
    signature: None | str | Unset
    expires_at: int | None | Unset
    visibility: FileVisibility | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        object_: str,
        bytes_: int,
        created_at: int,
        filename: str,
        purpose: FilePurpose,
        sample_type: SampleType,
        source: Source,
        deleted: bool,
        num_lines: int | None | Unset = UNSET,
        mimetype: None | str | Unset = UNSET,
        signature: None | str | Unset = UNSET,
        expires_at: int | None | Unset = UNSET,
        visibility: FileVisibility | None | Unset = UNSET,
    ) -> None:
        self.id = id
        self.object_ = object_
        self.bytes_ = bytes_
        self.created_at = created_at
        self.filename = filename
        self.purpose = purpose
        self.sample_type = sample_type
        self.source = source
        self.deleted = deleted
        self.num_lines = num_lines
        self.mimetype = mimetype
        self.signature = signature
        self.expires_at = expires_at
        self.visibility = visibility
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_

        bytes_ = self.bytes_

        created_at = self.created_at

        filename = self.filename

        purpose = str(self.purpose)

        sample_type = str(self.sample_type)

        source = str(self.source)

        deleted = self.deleted

        num_lines: int | None | Unset
        if isinstance(self.num_lines, Unset):
            num_lines = UNSET
        else:
            num_lines = self.num_lines

        mimetype: None | str | Unset
        if isinstance(self.mimetype, Unset):
            mimetype = UNSET
        else:
            mimetype = self.mimetype

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        elif isinstance(self.visibility, FileVisibility):
            visibility = str(self.visibility)
        else:
            visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "bytes": bytes_,
                "created_at": created_at,
                "filename": filename,
                "purpose": purpose,
                "sample_type": sample_type,
                "source": source,
                "deleted": deleted,
            }
        )
        if num_lines is not UNSET:
            field_dict["num_lines"] = num_lines
        if mimetype is not UNSET:
            field_dict["mimetype"] = mimetype
        if signature is not UNSET:
            field_dict["signature"] = signature
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    def model_dump(self) -> dict[str, Any]:
        """This model as JSON-ready data: to_dict(), under the name pydantic and Mistral's SDK use."""
        return self.to_dict()

    def model_dump_json(self, *, indent: int | None = None) -> str:
        """This model as JSON text: compact, or indented by `indent` spaces (pydantic's name)."""
        return _dump_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = d.pop("object")

        bytes_ = d.pop("bytes")

        created_at = d.pop("created_at")

        filename = d.pop("filename")

        purpose = FilePurpose(d.pop("purpose"))

        sample_type = SampleType(d.pop("sample_type"))

        source = Source(d.pop("source"))

        deleted = d.pop("deleted")

        num_lines: int | None | Unset = d.pop("num_lines", UNSET)

        mimetype: None | str | Unset = d.pop("mimetype", UNSET)

        signature: None | str | Unset = d.pop("signature", UNSET)

        expires_at: int | None | Unset = d.pop("expires_at", UNSET)

        _visibility_data = d.pop("visibility", UNSET)
        visibility: FileVisibility | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _visibility_data is None:
                visibility = _visibility_data
                break
            if isinstance(_visibility_data, Unset):
                visibility = _visibility_data
                break
            if isinstance(_visibility_data, str):
                try:
                    visibility_type_0 = FileVisibility(_visibility_data)

                    visibility = visibility_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            visibility = cast("FileVisibility | None | Unset", _visibility_data)
            break

        get_file_response = cls(
            id,
            object_,
            bytes_,
            created_at,
            filename,
            purpose,
            sample_type,
            source,
            deleted,
            num_lines,
            mimetype,
            signature,
            expires_at,
            visibility,
        )

        get_file_response.additional_properties = d
        return get_file_response

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
