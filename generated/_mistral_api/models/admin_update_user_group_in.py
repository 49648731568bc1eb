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
    from ..models.user_group_target_type import UserGroupTargetType
else:
    UserGroupTargetType = _Lazy(globals(), "user_group_target_type", "UserGroupTargetType")


T = TypeVar("T", bound="AdminUpdateUserGroupIn")


class AdminUpdateUserGroupIn:
    """
    Attributes:
        name (None | str | Unset): Updated name of the user group.
        description (None | str | Unset): Updated description of the user group.
        target_type (None | Unset | UserGroupTargetType): Updated permission target type for this group.
        parent_group_ids (list[UUID] | None | Unset): Full replacement list of parent group UUIDs. Pass an empty list to
            remove all parents; omit the field to leave the parent groups unchanged.
    """

    __slots__ = ("additional_properties", "description", "name", "parent_group_ids", "target_type")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "description",
        "target_type",
        "parent_group_ids",
    )

    name: None | str | Unset
    description: None | str | Unset
    target_type: None | Unset | UserGroupTargetType
    parent_group_ids: list[UUID] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        target_type: None | Unset | UserGroupTargetType = UNSET,
        parent_group_ids: list[UUID] | None | Unset = UNSET,
    ) -> None:
        self.name = name
        self.description = description
        self.target_type = target_type
        self.parent_group_ids = parent_group_ids
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        target_type: None | str | Unset
        if isinstance(self.target_type, Unset):
            target_type = UNSET
        elif isinstance(self.target_type, UserGroupTargetType):
            target_type = str(self.target_type)
        else:
            target_type = self.target_type

        parent_group_ids: list[str] | None | Unset
        if isinstance(self.parent_group_ids, Unset):
            parent_group_ids = UNSET
        elif isinstance(self.parent_group_ids, list):
            parent_group_ids = []
            for parent_group_ids_type_0_item_data in self.parent_group_ids:
                parent_group_ids_type_0_item = str(parent_group_ids_type_0_item_data)
                parent_group_ids.append(parent_group_ids_type_0_item)

        else:
            parent_group_ids = self.parent_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if target_type is not UNSET:
            field_dict["target_type"] = target_type
        if parent_group_ids is not UNSET:
            field_dict["parent_group_ids"] = parent_group_ids

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
        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        _target_type_data = d.pop("target_type", UNSET)
        target_type: None | Unset | UserGroupTargetType
        while True:  # one pass; each break is the generator's `return`
            if _target_type_data is None:
                target_type = _target_type_data
                break
            if isinstance(_target_type_data, Unset):
                target_type = _target_type_data
                break
            if isinstance(_target_type_data, str):
                try:
                    target_type_type_0 = UserGroupTargetType(_target_type_data)

                    target_type = target_type_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            target_type = cast("None | Unset | UserGroupTargetType", _target_type_data)
            break

        _parent_group_ids_data = d.pop("parent_group_ids", UNSET)
        parent_group_ids: list[UUID] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _parent_group_ids_data is None:
                parent_group_ids = _parent_group_ids_data
                break
            if isinstance(_parent_group_ids_data, Unset):
                parent_group_ids = _parent_group_ids_data
                break
            if isinstance(_parent_group_ids_data, list):
                try:
                    parent_group_ids_type_0 = []
                    _parent_group_ids_type_0 = _parent_group_ids_data
                    for parent_group_ids_type_0_item_data in _parent_group_ids_type_0:
                        parent_group_ids_type_0_item = UUID(parent_group_ids_type_0_item_data)

                        parent_group_ids_type_0.append(parent_group_ids_type_0_item)

                    parent_group_ids = parent_group_ids_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            parent_group_ids = cast("list[UUID] | None | Unset", _parent_group_ids_data)
            break

        admin_update_user_group_in = cls(
            name,
            description,
            target_type,
            parent_group_ids,
        )

        admin_update_user_group_in.additional_properties = d
        return admin_update_user_group_in

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
