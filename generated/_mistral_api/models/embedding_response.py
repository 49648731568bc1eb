from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmbeddingResponse")


@_attrs_define
class EmbeddingResponse:
    """
    Attributes:
        id (str):
        object_ (str):
        model (str):
        usage (UsageInfo):
        data (list[EmbeddingResponseData]):
    """

    id: str
    object_: str
    model: str
    usage: UsageInfo
    data: list[EmbeddingResponseData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        model = self.model

        usage = self.usage.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "model": model,
                "usage": usage,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        model = d.pop("model")

        usage = UsageInfo.from_dict(d.pop("usage"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = EmbeddingResponseData.from_dict(data_item_data)

            data.append(data_item)

        embedding_response = cls(
            id,
            object_,
            model,
            usage,
            data,
        )

        embedding_response.additional_properties = d
        return embedding_response

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


# Imported here, once the class above exists: see templates/model.py.jinja.
from ..models.embedding_response_data import EmbeddingResponseData
from ..models.usage_info import UsageInfo
