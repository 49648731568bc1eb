from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AdminCreateAPIKeyIN")


class AdminCreateAPIKeyIN:
    """
    Attributes:
        workspace_uuid (UUID): Workspace ID for the API key.
        user_id (UUID): ID of the user the API key is created for.
        name (None | str | Unset): Optional name for the API key.
        expiration (datetime.date | None | Unset): Date when the API key should expire.
    """

    __slots__ = ("additional_properties", "expiration", "name", "user_id", "workspace_uuid")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "workspace_uuid",
        "user_id",
        "name",
        "expiration",
    )

    workspace_uuid: UUID
    user_id: UUID
    name: None | str | Unset
    expiration: datetime.date | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        workspace_uuid: UUID,
        user_id: UUID,
        name: None | str | Unset = UNSET,
        expiration: datetime.date | None | Unset = UNSET,
    ) -> None:
        self.workspace_uuid = workspace_uuid
        self.user_id = user_id
        self.name = name
        self.expiration = expiration
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        workspace_uuid = str(self.workspace_uuid)

        user_id = str(self.user_id)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        elif isinstance(self.expiration, datetime.date):
            expiration = self.expiration.isoformat()
        else:
            expiration = self.expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_uuid": workspace_uuid,
                "user_id": user_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if expiration is not UNSET:
            field_dict["expiration"] = expiration

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
        workspace_uuid = UUID(d.pop("workspace_uuid"))

        user_id = UUID(d.pop("user_id"))

        name: None | str | Unset = d.pop("name", UNSET)

        _expiration_data = d.pop("expiration", UNSET)
        expiration: datetime.date | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _expiration_data is None:
                expiration = _expiration_data
                break
            if isinstance(_expiration_data, Unset):
                expiration = _expiration_data
                break
            if isinstance(_expiration_data, str):
                try:
                    expiration_type_0 = datetime.date.fromisoformat(_expiration_data)

                    expiration = expiration_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            expiration = cast("datetime.date | None | Unset", _expiration_data)
            break

        admin_create_api_key_in = cls(
            workspace_uuid,
            user_id,
            name,
            expiration,
        )

        admin_create_api_key_in.additional_properties = d
        return admin_create_api_key_in

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
