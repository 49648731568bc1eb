from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="RemoveWorkspaceMembersOUT")


class RemoveWorkspaceMembersOUT:
    """
    Attributes:
        deleted_members_count (int): Number of Workspace members removed.
        not_deleted_members (list[UUID] | None | Unset): Users that could not be removed.
    """

    __slots__ = ("additional_properties", "deleted_members_count", "not_deleted_members")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "deleted_members_count",
        "not_deleted_members",
    )

    deleted_members_count: int
    not_deleted_members: list[UUID] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        deleted_members_count: int,
        not_deleted_members: list[UUID] | None | Unset = UNSET,
    ) -> None:
        self.deleted_members_count = deleted_members_count
        self.not_deleted_members = not_deleted_members
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        deleted_members_count = self.deleted_members_count

        not_deleted_members: list[str] | None | Unset
        if isinstance(self.not_deleted_members, Unset):
            not_deleted_members = UNSET
        elif isinstance(self.not_deleted_members, list):
            not_deleted_members = []
            for not_deleted_members_type_0_item_data in self.not_deleted_members:
                not_deleted_members_type_0_item = str(not_deleted_members_type_0_item_data)
                not_deleted_members.append(not_deleted_members_type_0_item)

        else:
            not_deleted_members = self.not_deleted_members

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted_members_count": deleted_members_count,
            }
        )
        if not_deleted_members is not UNSET:
            field_dict["not_deleted_members"] = not_deleted_members

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
        deleted_members_count = d.pop("deleted_members_count")

        _not_deleted_members_data = d.pop("not_deleted_members", UNSET)
        not_deleted_members: list[UUID] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _not_deleted_members_data is None:
                not_deleted_members = _not_deleted_members_data
                break
            if isinstance(_not_deleted_members_data, Unset):
                not_deleted_members = _not_deleted_members_data
                break
            if isinstance(_not_deleted_members_data, list):
                try:
                    not_deleted_members_type_0 = []
                    _not_deleted_members_type_0 = _not_deleted_members_data
                    for not_deleted_members_type_0_item_data in _not_deleted_members_type_0:
                        not_deleted_members_type_0_item = UUID(not_deleted_members_type_0_item_data)

                        not_deleted_members_type_0.append(not_deleted_members_type_0_item)

                    not_deleted_members = not_deleted_members_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            not_deleted_members = cast("list[UUID] | None | Unset", _not_deleted_members_data)
            break

        remove_workspace_members_out = cls(
            deleted_members_count,
            not_deleted_members,
        )

        remove_workspace_members_out.additional_properties = d
        return remove_workspace_members_out

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
