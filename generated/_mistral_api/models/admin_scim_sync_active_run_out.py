from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.scim_sync_run_status import ScimSyncRunStatus
else:
    ScimSyncRunStatus = _Lazy(globals(), "scim_sync_run_status", "ScimSyncRunStatus")


T = TypeVar("T", bound="AdminScimSyncActiveRunOUT")


class AdminScimSyncActiveRunOUT:
    """
    Attributes:
        run_id (UUID): Unique identifier of the already active SCIM synchronization run.
        status (ScimSyncRunStatus):
    """

    __slots__ = ("additional_properties", "run_id", "status")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "run_id",
        "status",
    )

    run_id: UUID
    status: ScimSyncRunStatus
    additional_properties: dict[str, Any]

    def __init__(
        self,
        run_id: UUID,
        status: ScimSyncRunStatus,
    ) -> None:
        self.run_id = run_id
        self.status = status
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        run_id = str(self.run_id)

        status = str(self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "status": status,
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
        run_id = UUID(d.pop("run_id"))

        status = ScimSyncRunStatus(d.pop("status"))

        admin_scim_sync_active_run_out = cls(
            run_id,
            status,
        )

        admin_scim_sync_active_run_out.additional_properties = d
        return admin_scim_sync_active_run_out

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
