from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.admin_scim_sync_config import AdminScimSyncConfig
else:
    AdminScimSyncConfig = _Lazy(globals(), "admin_scim_sync_config", "AdminScimSyncConfig")


T = TypeVar("T", bound="AdminScimSyncTriggerIN")


class AdminScimSyncTriggerIN:
    """
    Attributes:
        dry_run (bool | Unset): Preview all synchronization changes without applying them. Default: True.
        sync_config (AdminScimSyncConfig | None | Unset): Categories to synchronize. Required when dry_run is false;
            ignored for dry runs.
    """

    __slots__ = ("additional_properties", "dry_run", "sync_config")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "dry_run",
        "sync_config",
    )

    dry_run: bool | Unset
    sync_config: AdminScimSyncConfig | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        dry_run: bool | Unset = UNSET,
        sync_config: AdminScimSyncConfig | None | Unset = UNSET,
    ) -> None:
        self.dry_run = dry_run
        self.sync_config = sync_config
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        dry_run = self.dry_run

        try:
            sync_config: dict[str, Any] | None | Unset
            if isinstance(self.sync_config, Unset):
                sync_config = UNSET
            elif isinstance(self.sync_config, AdminScimSyncConfig):
                sync_config = self.sync_config.to_dict()
            else:
                sync_config = self.sync_config
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "sync_config")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if sync_config is not UNSET:
            field_dict["sync_config"] = sync_config

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
        dry_run = d.pop("dry_run", UNSET)

        _sync_config_data = d.pop("sync_config", UNSET)
        sync_config: AdminScimSyncConfig | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _sync_config_data is None:
                sync_config = _sync_config_data
                break
            if isinstance(_sync_config_data, Unset):
                sync_config = _sync_config_data
                break
            if isinstance(_sync_config_data, dict):
                try:
                    sync_config_type_0 = AdminScimSyncConfig.from_dict(_sync_config_data)

                    sync_config = sync_config_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            sync_config = cast("AdminScimSyncConfig | None | Unset", _sync_config_data)
            break

        admin_scim_sync_trigger_in = cls(
            dry_run,
            sync_config,
        )

        admin_scim_sync_trigger_in.additional_properties = d
        return admin_scim_sync_trigger_in

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
