from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AddOrUpdateUsersToWorkspaceOUT")


class AddOrUpdateUsersToWorkspaceOUT:
    """
    Attributes:
        added_members_count (int): Number of users added to the Workspace.
        updated_members_count (int): Number of Workspace members updated.
    """

    __slots__ = ("added_members_count", "additional_properties", "updated_members_count")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "added_members_count",
        "updated_members_count",
    )

    added_members_count: int
    updated_members_count: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        added_members_count: int,
        updated_members_count: int,
    ) -> None:
        self.added_members_count = added_members_count
        self.updated_members_count = updated_members_count
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        added_members_count = self.added_members_count

        updated_members_count = self.updated_members_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added_members_count": added_members_count,
                "updated_members_count": updated_members_count,
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
        added_members_count = d.pop("added_members_count")

        updated_members_count = d.pop("updated_members_count")

        add_or_update_users_to_workspace_out = cls(
            added_members_count,
            updated_members_count,
        )

        add_or_update_users_to_workspace_out.additional_properties = d
        return add_or_update_users_to_workspace_out

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
