from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SetNestedGroupsIn")


class SetNestedGroupsIn:
    """
    Attributes:
        child_group_uuids (list[UUID]): Full replacement list of UUIDs of groups to nest directly inside this group.
    """

    __slots__ = ("additional_properties", "child_group_uuids")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("child_group_uuids",)

    child_group_uuids: list[UUID]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        child_group_uuids: list[UUID],
    ) -> None:
        self.child_group_uuids = child_group_uuids
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        child_group_uuids = []
        for child_group_uuids_item_data in self.child_group_uuids:
            child_group_uuids_item = str(child_group_uuids_item_data)
            child_group_uuids.append(child_group_uuids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "child_group_uuids": child_group_uuids,
            }
        )

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
        child_group_uuids = []
        _child_group_uuids = d.pop("child_group_uuids")
        for child_group_uuids_item_data in _child_group_uuids:
            child_group_uuids_item = UUID(child_group_uuids_item_data)

            child_group_uuids.append(child_group_uuids_item)

        set_nested_groups_in = cls(
            child_group_uuids,
        )

        set_nested_groups_in.additional_properties = d
        return set_nested_groups_in

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
