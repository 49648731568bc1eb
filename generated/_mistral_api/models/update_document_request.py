from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.update_document_request_attributes_type_0 import UpdateDocumentRequestAttributesType0
else:
    UpdateDocumentRequestAttributesType0 = _Lazy(
        globals(), "update_document_request_attributes_type_0", "UpdateDocumentRequestAttributesType0"
    )


T = TypeVar("T", bound="UpdateDocumentRequest")


class UpdateDocumentRequest:
    """
    Attributes:
        name (str | Unset):
        attributes (None | Unset | UpdateDocumentRequestAttributesType0):
        expires_at (datetime.datetime | None | Unset): If set, the document will be automatically deleted after this
            date.
    """

    __slots__ = ("additional_properties", "attributes", "expires_at", "name")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "attributes",
        "expires_at",
    )

    name: str | Unset
    attributes: None | Unset | UpdateDocumentRequestAttributesType0
    expires_at: datetime.datetime | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str | Unset = UNSET,
        attributes: None | Unset | UpdateDocumentRequestAttributesType0 = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self.name = name
        self.attributes = attributes
        self.expires_at = expires_at
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            attributes: dict[str, Any] | None | Unset
            if isinstance(self.attributes, Unset):
                attributes = UNSET
            elif isinstance(self.attributes, UpdateDocumentRequestAttributesType0):
                attributes = self.attributes.to_dict()
            else:
                attributes = self.attributes
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "attributes")
            raise

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat().replace("+00:00", "Z")
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

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
        name = d.pop("name", UNSET)

        _attributes_data = d.pop("attributes", UNSET)
        attributes: None | Unset | UpdateDocumentRequestAttributesType0
        while True:  # one pass; each break is the generator's `return`
            if _attributes_data is None:
                attributes = _attributes_data
                break
            if isinstance(_attributes_data, Unset):
                attributes = _attributes_data
                break
            if isinstance(_attributes_data, dict):
                try:
                    attributes_type_0 = UpdateDocumentRequestAttributesType0.from_dict(_attributes_data)

                    attributes = attributes_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            attributes = cast("None | Unset | UpdateDocumentRequestAttributesType0", _attributes_data)
            break

        _expires_at_data = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _expires_at_data is None:
                expires_at = _expires_at_data
                break
            if isinstance(_expires_at_data, Unset):
                expires_at = _expires_at_data
                break
            if isinstance(_expires_at_data, str):
                try:
                    expires_at_type_0 = datetime.datetime.fromisoformat(_expires_at_data)

                    expires_at = expires_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            expires_at = cast("datetime.datetime | None | Unset", _expires_at_data)
            break

        update_document_request = cls(
            name,
            attributes,
            expires_at,
        )

        update_document_request.additional_properties = d
        return update_document_request

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
