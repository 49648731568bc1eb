from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.admin_scim_sync_config import AdminScimSyncConfig
    from ..models.scim_sync_run_status import ScimSyncRunStatus
    from ..models.scim_sync_summary_out import ScimSyncSummaryOut
else:
    AdminScimSyncConfig = _Lazy(globals(), "admin_scim_sync_config", "AdminScimSyncConfig")
    ScimSyncRunStatus = _Lazy(globals(), "scim_sync_run_status", "ScimSyncRunStatus")
    ScimSyncSummaryOut = _Lazy(globals(), "scim_sync_summary_out", "ScimSyncSummaryOut")


T = TypeVar("T", bound="AdminScimSyncRunOUT")


class AdminScimSyncRunOUT:
    """
    Attributes:
        run_id (UUID): Unique identifier of the SCIM synchronization run.
        status (ScimSyncRunStatus):
        dry_run (bool): Whether the run only previewed changes.
        sync_config (AdminScimSyncConfig | None): Categories selected for this synchronization run.
        created_at (datetime.datetime): Time at which the synchronization run was created.
        started_at (datetime.datetime | None): Time at which processing started, if it has started.
        finished_at (datetime.datetime | None): Time at which processing finished, if it has finished.
        summary (None | ScimSyncSummaryOut): Preview or result summary, available after the synchronization plan is
            built.
        error_message (None | str): Failure detail when the synchronization run could not complete.
    """

    __slots__ = (
        "additional_properties",
        "created_at",
        "dry_run",
        "error_message",
        "finished_at",
        "run_id",
        "started_at",
        "status",
        "summary",
        "sync_config",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "run_id",
        "status",
        "dry_run",
        "sync_config",
        "created_at",
        "started_at",
        "finished_at",
        "summary",
        "error_message",
    )

    run_id: UUID
    status: ScimSyncRunStatus
    dry_run: bool
    sync_config: AdminScimSyncConfig | None
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    summary: None | ScimSyncSummaryOut
    error_message: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        run_id: UUID,
        status: ScimSyncRunStatus,
        dry_run: bool,
        sync_config: AdminScimSyncConfig | None,
        created_at: datetime.datetime,
        started_at: datetime.datetime | None,
        finished_at: datetime.datetime | None,
        summary: None | ScimSyncSummaryOut,
        error_message: None | str,
    ) -> None:
        self.run_id = run_id
        self.status = status
        self.dry_run = dry_run
        self.sync_config = sync_config
        self.created_at = created_at
        self.started_at = started_at
        self.finished_at = finished_at
        self.summary = summary
        self.error_message = error_message
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        run_id = str(self.run_id)

        status = str(self.status)

        dry_run = self.dry_run

        try:
            sync_config: dict[str, Any] | None
            if isinstance(self.sync_config, AdminScimSyncConfig):
                sync_config = self.sync_config.to_dict()
            else:
                sync_config = self.sync_config
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "sync_config")
            raise

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat().replace("+00:00", "Z")
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat().replace("+00:00", "Z")
        else:
            finished_at = self.finished_at

        try:
            summary: dict[str, Any] | None
            if isinstance(self.summary, ScimSyncSummaryOut):
                summary = self.summary.to_dict()
            else:
                summary = self.summary
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "summary")
            raise

        error_message: None | str
        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "status": status,
                "dry_run": dry_run,
                "sync_config": sync_config,
                "created_at": created_at,
                "started_at": started_at,
                "finished_at": finished_at,
                "summary": summary,
                "error_message": error_message,
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

        dry_run = d.pop("dry_run")

        _sync_config_data = d.pop("sync_config")
        sync_config: AdminScimSyncConfig | None
        while True:  # one pass; each break is the generator's `return`
            if _sync_config_data is None:
                sync_config = _sync_config_data
                break
            if isinstance(_sync_config_data, dict):
                try:
                    sync_config_type_0 = AdminScimSyncConfig.from_dict(_sync_config_data)

                    sync_config = sync_config_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            sync_config = cast("AdminScimSyncConfig | None", _sync_config_data)
            break

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        _started_at_data = d.pop("started_at")
        started_at: datetime.datetime | None
        while True:  # one pass; each break is the generator's `return`
            if _started_at_data is None:
                started_at = _started_at_data
                break
            if isinstance(_started_at_data, str):
                try:
                    started_at_type_0 = datetime.datetime.fromisoformat(_started_at_data)

                    started_at = started_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            started_at = cast("datetime.datetime | None", _started_at_data)
            break

        _finished_at_data = d.pop("finished_at")
        finished_at: datetime.datetime | None
        while True:  # one pass; each break is the generator's `return`
            if _finished_at_data is None:
                finished_at = _finished_at_data
                break
            if isinstance(_finished_at_data, str):
                try:
                    finished_at_type_0 = datetime.datetime.fromisoformat(_finished_at_data)

                    finished_at = finished_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            finished_at = cast("datetime.datetime | None", _finished_at_data)
            break

        _summary_data = d.pop("summary")
        summary: None | ScimSyncSummaryOut
        while True:  # one pass; each break is the generator's `return`
            if _summary_data is None:
                summary = _summary_data
                break
            if isinstance(_summary_data, dict):
                try:
                    summary_type_0 = ScimSyncSummaryOut.from_dict(_summary_data)

                    summary = summary_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            summary = cast("None | ScimSyncSummaryOut", _summary_data)
            break

        error_message: None | str = d.pop("error_message")

        admin_scim_sync_run_out = cls(
            run_id,
            status,
            dry_run,
            sync_config,
            created_at,
            started_at,
            finished_at,
            summary,
            error_message,
        )

        admin_scim_sync_run_out.additional_properties = d
        return admin_scim_sync_run_out

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
