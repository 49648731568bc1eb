from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.actor_type import ActorType
    from ..models.audit_log_event_type import AuditLogEventType
    from ..models.audit_log_out_actor_metadata import AuditLogOutActorMetadata
    from ..models.audit_log_out_event_metadata import AuditLogOutEventMetadata
    from ..models.audit_log_out_target_metadata import AuditLogOutTargetMetadata
    from ..models.target_type import TargetType
else:
    ActorType = _Lazy(globals(), "actor_type", "ActorType")
    AuditLogEventType = _Lazy(globals(), "audit_log_event_type", "AuditLogEventType")
    AuditLogOutActorMetadata = _Lazy(globals(), "audit_log_out_actor_metadata", "AuditLogOutActorMetadata")
    AuditLogOutEventMetadata = _Lazy(globals(), "audit_log_out_event_metadata", "AuditLogOutEventMetadata")
    AuditLogOutTargetMetadata = _Lazy(globals(), "audit_log_out_target_metadata", "AuditLogOutTargetMetadata")
    TargetType = _Lazy(globals(), "target_type", "TargetType")


T = TypeVar("T", bound="AuditLogOut")


class AuditLogOut:
    """
    Attributes:
        created_at (datetime.datetime): Time when the audit log entry was created.
        actor_type (ActorType):
        actor_metadata (AuditLogOutActorMetadata): Details about who performed the action.
        event_type (AuditLogEventType):
        event_metadata (AuditLogOutEventMetadata): Details about the recorded action.
        target_type (TargetType):
        target_metadata (AuditLogOutTargetMetadata): Details about the affected resource.
        log_id (int): Audit log entry ID.
        organization_uuid (None | Unset | UUID): Organization ID for the audit log entry.
        workspace_uuid (None | Unset | UUID): Workspace ID for the audit log entry.
    """

    __slots__ = (
        "actor_metadata",
        "actor_type",
        "additional_properties",
        "created_at",
        "event_metadata",
        "event_type",
        "log_id",
        "organization_uuid",
        "target_metadata",
        "target_type",
        "workspace_uuid",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "created_at",
        "actor_type",
        "actor_metadata",
        "event_type",
        "event_metadata",
        "target_type",
        "target_metadata",
        "log_id",
        "organization_uuid",
        "workspace_uuid",
    )

    created_at: datetime.datetime
    actor_type: ActorType
    actor_metadata: AuditLogOutActorMetadata
    event_type: AuditLogEventType
    event_metadata: AuditLogOutEventMetadata
    target_type: TargetType
    target_metadata: AuditLogOutTargetMetadata
    log_id: int
    organization_uuid: None | Unset | UUID
    workspace_uuid: None | Unset | UUID
    additional_properties: dict[str, Any]

    def __init__(
        self,
        created_at: datetime.datetime,
        actor_type: ActorType,
        actor_metadata: AuditLogOutActorMetadata,
        event_type: AuditLogEventType,
        event_metadata: AuditLogOutEventMetadata,
        target_type: TargetType,
        target_metadata: AuditLogOutTargetMetadata,
        log_id: int,
        organization_uuid: None | Unset | UUID = UNSET,
        workspace_uuid: None | Unset | UUID = UNSET,
    ) -> None:
        self.created_at = created_at
        self.actor_type = actor_type
        self.actor_metadata = actor_metadata
        self.event_type = event_type
        self.event_metadata = event_metadata
        self.target_type = target_type
        self.target_metadata = target_metadata
        self.log_id = log_id
        self.organization_uuid = organization_uuid
        self.workspace_uuid = workspace_uuid
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        actor_type = str(self.actor_type)

        try:
            try:
                actor_metadata = self.actor_metadata.to_dict()
            except AttributeError:
                if isinstance(self.actor_metadata, AuditLogOutActorMetadata):
                    raise
                actor_metadata = _as_dict(self.actor_metadata, "AuditLogOutActorMetadata")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "actor_metadata")
            raise

        event_type = str(self.event_type)

        try:
            try:
                event_metadata = self.event_metadata.to_dict()
            except AttributeError:
                if isinstance(self.event_metadata, AuditLogOutEventMetadata):
                    raise
                event_metadata = _as_dict(self.event_metadata, "AuditLogOutEventMetadata")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "event_metadata")
            raise

        target_type = str(self.target_type)

        try:
            try:
                target_metadata = self.target_metadata.to_dict()
            except AttributeError:
                if isinstance(self.target_metadata, AuditLogOutTargetMetadata):
                    raise
                target_metadata = _as_dict(self.target_metadata, "AuditLogOutTargetMetadata")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "target_metadata")
            raise

        log_id = self.log_id

        organization_uuid: None | str | Unset
        if isinstance(self.organization_uuid, Unset):
            organization_uuid = UNSET
        elif isinstance(self.organization_uuid, UUID):
            organization_uuid = str(self.organization_uuid)
        else:
            organization_uuid = self.organization_uuid

        workspace_uuid: None | str | Unset
        if isinstance(self.workspace_uuid, Unset):
            workspace_uuid = UNSET
        elif isinstance(self.workspace_uuid, UUID):
            workspace_uuid = str(self.workspace_uuid)
        else:
            workspace_uuid = self.workspace_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "actor_type": actor_type,
                "actor_metadata": actor_metadata,
                "event_type": event_type,
                "event_metadata": event_metadata,
                "target_type": target_type,
                "target_metadata": target_metadata,
                "log_id": log_id,
            }
        )
        if organization_uuid is not UNSET:
            field_dict["organization_uuid"] = organization_uuid
        if workspace_uuid is not UNSET:
            field_dict["workspace_uuid"] = workspace_uuid

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
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        actor_type = ActorType(d.pop("actor_type"))

        actor_metadata = AuditLogOutActorMetadata.from_dict(d.pop("actor_metadata"))

        event_type = AuditLogEventType(d.pop("event_type"))

        event_metadata = AuditLogOutEventMetadata.from_dict(d.pop("event_metadata"))

        target_type = TargetType(d.pop("target_type"))

        target_metadata = AuditLogOutTargetMetadata.from_dict(d.pop("target_metadata"))

        log_id = d.pop("log_id")

        _organization_uuid_data = d.pop("organization_uuid", UNSET)
        organization_uuid: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _organization_uuid_data is None:
                organization_uuid = _organization_uuid_data
                break
            if isinstance(_organization_uuid_data, Unset):
                organization_uuid = _organization_uuid_data
                break
            if isinstance(_organization_uuid_data, str):
                try:
                    organization_uuid_type_0 = UUID(_organization_uuid_data)

                    organization_uuid = organization_uuid_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            organization_uuid = cast("None | Unset | UUID", _organization_uuid_data)
            break

        _workspace_uuid_data = d.pop("workspace_uuid", UNSET)
        workspace_uuid: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _workspace_uuid_data is None:
                workspace_uuid = _workspace_uuid_data
                break
            if isinstance(_workspace_uuid_data, Unset):
                workspace_uuid = _workspace_uuid_data
                break
            if isinstance(_workspace_uuid_data, str):
                try:
                    workspace_uuid_type_0 = UUID(_workspace_uuid_data)

                    workspace_uuid = workspace_uuid_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            workspace_uuid = cast("None | Unset | UUID", _workspace_uuid_data)
            break

        audit_log_out = cls(
            created_at,
            actor_type,
            actor_metadata,
            event_type,
            event_metadata,
            target_type,
            target_metadata,
            log_id,
            organization_uuid,
            workspace_uuid,
        )

        audit_log_out.additional_properties = d
        return audit_log_out

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
