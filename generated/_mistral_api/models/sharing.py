from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Sharing")


class Sharing:
    """
    Attributes:
        library_id (UUID):
        org_id (UUID):
        role (str):
        share_with_type (str):
        share_with_uuid (None | UUID):
        user_id (None | Unset | UUID):
    """

    __slots__ = (
        "additional_properties",
        "library_id",
        "org_id",
        "role",
        "share_with_type",
        "share_with_uuid",
        "user_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "library_id",
        "org_id",
        "role",
        "share_with_type",
        "share_with_uuid",
        "user_id",
    )

    library_id: UUID
    org_id: UUID
    role: str
    share_with_type: str
    share_with_uuid: None | UUID
    user_id: None | Unset | UUID
    additional_properties: dict[str, Any]

    def __init__(
        self,
        library_id: UUID,
        org_id: UUID,
        role: str,
        share_with_type: str,
        share_with_uuid: None | UUID,
        user_id: None | Unset | UUID = UNSET,
    ) -> None:
        self.library_id = library_id
        self.org_id = org_id
        self.role = role
        self.share_with_type = share_with_type
        self.share_with_uuid = share_with_uuid
        self.user_id = user_id
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        library_id = str(self.library_id)

        org_id = str(self.org_id)

        role = self.role

        share_with_type = self.share_with_type

        share_with_uuid: None | str
        if isinstance(self.share_with_uuid, UUID):
            share_with_uuid = str(self.share_with_uuid)
        else:
            share_with_uuid = self.share_with_uuid

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "library_id": library_id,
                "org_id": org_id,
                "role": role,
                "share_with_type": share_with_type,
                "share_with_uuid": share_with_uuid,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
        library_id = UUID(d.pop("library_id"))

        org_id = UUID(d.pop("org_id"))

        role = d.pop("role")

        share_with_type = d.pop("share_with_type")

        _share_with_uuid_data = d.pop("share_with_uuid")
        share_with_uuid: None | UUID
        while True:  # one pass; each break is the generator's `return`
            if _share_with_uuid_data is None:
                share_with_uuid = _share_with_uuid_data
                break
            if isinstance(_share_with_uuid_data, str):
                try:
                    share_with_uuid_type_0 = UUID(_share_with_uuid_data)

                    share_with_uuid = share_with_uuid_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            share_with_uuid = cast("None | UUID", _share_with_uuid_data)
            break

        _user_id_data = d.pop("user_id", UNSET)
        user_id: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _user_id_data is None:
                user_id = _user_id_data
                break
            if isinstance(_user_id_data, Unset):
                user_id = _user_id_data
                break
            if isinstance(_user_id_data, str):
                try:
                    user_id_type_0 = UUID(_user_id_data)

                    user_id = user_id_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            user_id = cast("None | Unset | UUID", _user_id_data)
            break

        sharing = cls(
            library_id,
            org_id,
            role,
            share_with_type,
            share_with_uuid,
            user_id,
        )

        sharing.additional_properties = d
        return sharing

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
