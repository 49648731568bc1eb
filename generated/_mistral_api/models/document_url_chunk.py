from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DocumentURLChunk")


class DocumentURLChunk:
    """
    Attributes:
        document_url (str):
        type_ (Literal['document_url'] | Unset):  Default: 'document_url'.
        document_name (None | str | Unset): The filename of the document
    """

    __slots__ = ("additional_properties", "document_name", "document_url", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "document_url",
        "type_",
        "document_name",
    )

    document_url: str
    type_: Literal["document_url"] | Unset
    document_name: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        document_url: str,
        type_: Literal["document_url"] | Unset = "document_url",
        document_name: None | str | Unset = UNSET,
    ) -> None:
        self.document_url = document_url
        self.type_ = type_
        self.document_name = document_name
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        document_url = self.document_url

        type_ = self.type_

        document_name: None | str | Unset
        if isinstance(self.document_name, Unset):
            document_name = UNSET
        else:
            document_name = self.document_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_url": document_url,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if document_name is not UNSET:
            field_dict["document_name"] = document_name

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
        document_url = d.pop("document_url")

        type_ = cast(Literal["document_url"] | Unset, d.pop("type", UNSET))
        if type_ != "document_url" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'document_url', got '{type_}'")

        document_name: None | str | Unset = d.pop("document_name", UNSET)

        document_url_chunk = cls(
            document_url,
            type_,
            document_name,
        )

        document_url_chunk.additional_properties = d
        return document_url_chunk

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
