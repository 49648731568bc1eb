from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.workspace_member_single_in import WorkspaceMemberSingleIN
else:
    WorkspaceMemberSingleIN = _Lazy(globals(), "workspace_member_single_in", "WorkspaceMemberSingleIN")


T = TypeVar("T", bound="WorkspaceMemberIN")


class WorkspaceMemberIN:
    """
    Attributes:
        members (list[WorkspaceMemberSingleIN] | None | Unset): Workspace members to add or update.
    """

    __slots__ = ("additional_properties", "members")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("members",)

    members: list[WorkspaceMemberSingleIN] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        members: list[WorkspaceMemberSingleIN] | None | Unset = UNSET,
    ) -> None:
        self.members = members
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            members: list[dict[str, Any]] | None | Unset
            if isinstance(self.members, Unset):
                members = UNSET
            elif isinstance(self.members, list):
                members = []
                try:
                    for members_type_0_item_data in self.members:
                        try:
                            members_type_0_item = members_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(members_type_0_item_data, WorkspaceMemberSingleIN):
                                raise
                            members_type_0_item = _as_dict(members_type_0_item_data, "WorkspaceMemberSingleIN")
                        members.append(members_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(members))
                    raise
            else:
                members = self.members
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "members")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if members is not UNSET:
            field_dict["members"] = members

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
        _members_data = d.pop("members", UNSET)
        members: list[WorkspaceMemberSingleIN] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _members_data is None:
                members = _members_data
                break
            if isinstance(_members_data, Unset):
                members = _members_data
                break
            if isinstance(_members_data, list):
                try:
                    members_type_0 = []
                    _members_type_0 = _members_data
                    for members_type_0_item_data in _members_type_0:
                        members_type_0_item = WorkspaceMemberSingleIN.from_dict(members_type_0_item_data)

                        members_type_0.append(members_type_0_item)

                    members = members_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            members = cast("list[WorkspaceMemberSingleIN] | None | Unset", _members_data)
            break

        workspace_member_in = cls(
            members,
        )

        workspace_member_in.additional_properties = d
        return workspace_member_in

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
