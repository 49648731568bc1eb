from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionChunk")


@_attrs_define
class CompletionChunk:
    """
    Attributes:
        id (str):
        model (str):
        choices (list[CompletionResponseStreamChoice]):
        object_ (str | Unset): `chat.completion.chunk`
        created (int | Unset):
        usage (UsageInfo | Unset):
        p (None | str | Unset):
    """

    id: str
    model: str
    choices: list[CompletionResponseStreamChoice]
    object_: str | Unset = UNSET
    created: int | Unset = UNSET
    usage: UsageInfo | Unset = UNSET
    p: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        object_ = self.object_

        created = self.created

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        p: None | str | Unset
        if isinstance(self.p, Unset):
            p = UNSET
        else:
            p = self.p

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "choices": choices,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created is not UNSET:
            field_dict["created"] = created
        if usage is not UNSET:
            field_dict["usage"] = usage
        if p is not UNSET:
            field_dict["p"] = p

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = CompletionResponseStreamChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        object_ = d.pop("object", UNSET)

        created = d.pop("created", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: UsageInfo | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = UsageInfo.from_dict(_usage)

        p: None | str | Unset = d.pop("p", UNSET)

        completion_chunk = cls(
            id,
            model,
            choices,
            object_,
            created,
            usage,
            p,
        )

        completion_chunk.additional_properties = d
        return completion_chunk

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
from ..models.completion_response_stream_choice import CompletionResponseStreamChoice
from ..models.usage_info import UsageInfo
