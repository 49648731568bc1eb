from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ReferenceChunk")


class ReferenceChunk:
    """
    Attributes:
        reference_ids (list[int | str]):
        type_ (Literal['reference'] | Unset):  Default: 'reference'.
    """

    __slots__ = ("additional_properties", "reference_ids", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "reference_ids",
        "type_",
    )

    reference_ids: list[int | str]
    type_: Literal["reference"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        reference_ids: list[int | str],
        type_: Literal["reference"] | Unset = "reference",
    ) -> None:
        self.reference_ids = reference_ids
        self.type_ = type_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        reference_ids = []
        for reference_ids_item_data in self.reference_ids:
            reference_ids_item: int | str
            reference_ids_item = reference_ids_item_data
            reference_ids.append(reference_ids_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference_ids": reference_ids,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        reference_ids = []
        _reference_ids = d.pop("reference_ids")
        for reference_ids_item_data in _reference_ids:
            reference_ids_item: int | str = reference_ids_item_data

            reference_ids.append(reference_ids_item)

        type_ = cast(Literal["reference"] | Unset, d.pop("type", UNSET))
        if type_ != "reference" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'reference', got '{type_}'")

        reference_chunk = cls(
            reference_ids,
            type_,
        )

        reference_chunk.additional_properties = d
        return reference_chunk

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
