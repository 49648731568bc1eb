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
    from ..models.entity_type import EntityType
else:
    EntityType = _Lazy(globals(), "entity_type", "EntityType")


T = TypeVar("T", bound="SharingDelete")


class SharingDelete:
    """
    Attributes:
        share_with_uuid (UUID): The id of the entity (user, workspace or organization) to share with
        share_with_type (EntityType): The type of entity, used to share a library.
        org_id (None | Unset | UUID):
    """

    __slots__ = ("additional_properties", "org_id", "share_with_type", "share_with_uuid")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "share_with_uuid",
        "share_with_type",
        "org_id",
    )

    share_with_uuid: UUID
    share_with_type: EntityType
    org_id: None | Unset | UUID
    additional_properties: dict[str, Any]

    def __init__(
        self,
        share_with_uuid: UUID,
        share_with_type: EntityType,
        org_id: None | Unset | UUID = UNSET,
    ) -> None:
        self.share_with_uuid = share_with_uuid
        self.share_with_type = share_with_type
        self.org_id = org_id
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        share_with_uuid = str(self.share_with_uuid)

        share_with_type = str(self.share_with_type)

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        elif isinstance(self.org_id, UUID):
            org_id = str(self.org_id)
        else:
            org_id = self.org_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "share_with_uuid": share_with_uuid,
                "share_with_type": share_with_type,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id

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
        share_with_uuid = UUID(d.pop("share_with_uuid"))

        share_with_type = EntityType(d.pop("share_with_type"))

        _org_id_data = d.pop("org_id", UNSET)
        org_id: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _org_id_data is None:
                org_id = _org_id_data
                break
            if isinstance(_org_id_data, Unset):
                org_id = _org_id_data
                break
            if isinstance(_org_id_data, str):
                try:
                    org_id_type_0 = UUID(_org_id_data)

                    org_id = org_id_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            org_id = cast("None | Unset | UUID", _org_id_data)
            break

        sharing_delete = cls(
            share_with_uuid,
            share_with_type,
            org_id,
        )

        sharing_delete.additional_properties = d
        return sharing_delete

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
