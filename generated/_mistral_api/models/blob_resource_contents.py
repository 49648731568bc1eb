from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.blob_resource_contents_meta_type_0 import BlobResourceContentsMetaType0
else:
    BlobResourceContentsMetaType0 = _Lazy(
        globals(), "blob_resource_contents_meta_type_0", "BlobResourceContentsMetaType0"
    )


T = TypeVar("T", bound="BlobResourceContents")


class BlobResourceContents:
    """Binary contents of a resource.

    Attributes:
        uri (str):
        blob (str):
        mime_type (None | str | Unset):
        field_meta (BlobResourceContentsMetaType0 | None | Unset):
    """

    __slots__ = ("additional_properties", "blob", "field_meta", "mime_type", "uri")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "uri",
        "blob",
        "mime_type",
        "field_meta",
    )

    uri: str
    blob: str
    mime_type: None | str | Unset
    field_meta: BlobResourceContentsMetaType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        uri: str,
        blob: str,
        mime_type: None | str | Unset = UNSET,
        field_meta: BlobResourceContentsMetaType0 | None | Unset = UNSET,
    ) -> None:
        self.uri = uri
        self.blob = blob
        self.mime_type = mime_type
        self.field_meta = field_meta
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        blob = self.blob

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        try:
            field_meta: dict[str, Any] | None | Unset
            if isinstance(self.field_meta, Unset):
                field_meta = UNSET
            elif isinstance(self.field_meta, BlobResourceContentsMetaType0):
                field_meta = self.field_meta.to_dict()
            else:
                field_meta = self.field_meta
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "field_meta")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uri": uri,
                "blob": blob,
            }
        )
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta

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
        uri = d.pop("uri")

        blob = d.pop("blob")

        mime_type: None | str | Unset = d.pop("mimeType", UNSET)

        _field_meta_data = d.pop("_meta", UNSET)
        field_meta: BlobResourceContentsMetaType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _field_meta_data is None:
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, Unset):
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, dict):
                try:
                    field_meta_type_0 = BlobResourceContentsMetaType0.from_dict(_field_meta_data)

                    field_meta = field_meta_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            field_meta = cast("BlobResourceContentsMetaType0 | None | Unset", _field_meta_data)
            break

        blob_resource_contents = cls(
            uri,
            blob,
            mime_type,
            field_meta,
        )

        blob_resource_contents.additional_properties = d
        return blob_resource_contents

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
