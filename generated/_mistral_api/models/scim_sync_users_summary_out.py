from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.scim_sync_user_action_out import ScimSyncUserActionOut
else:
    ScimSyncUserActionOut = _Lazy(globals(), "scim_sync_user_action_out", "ScimSyncUserActionOut")


T = TypeVar("T", bound="ScimSyncUsersSummaryOut")


class ScimSyncUsersSummaryOut:
    """
    Attributes:
        provision (list[ScimSyncUserActionOut]):
        deprovision (list[ScimSyncUserActionOut]):
    """

    __slots__ = ("additional_properties", "deprovision", "provision")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "provision",
        "deprovision",
    )

    provision: list[ScimSyncUserActionOut]
    deprovision: list[ScimSyncUserActionOut]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        provision: list[ScimSyncUserActionOut],
        deprovision: list[ScimSyncUserActionOut],
    ) -> None:
        self.provision = provision
        self.deprovision = deprovision
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            provision = []
            try:
                for provision_item_data in self.provision:
                    try:
                        provision_item = provision_item_data.to_dict()
                    except AttributeError:
                        if isinstance(provision_item_data, ScimSyncUserActionOut):
                            raise
                        provision_item = _as_dict(provision_item_data, "ScimSyncUserActionOut")
                    provision.append(provision_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(provision))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "provision")
            raise

        try:
            deprovision = []
            try:
                for deprovision_item_data in self.deprovision:
                    try:
                        deprovision_item = deprovision_item_data.to_dict()
                    except AttributeError:
                        if isinstance(deprovision_item_data, ScimSyncUserActionOut):
                            raise
                        deprovision_item = _as_dict(deprovision_item_data, "ScimSyncUserActionOut")
                    deprovision.append(deprovision_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(deprovision))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "deprovision")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provision": provision,
                "deprovision": deprovision,
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
        provision = []
        _provision = d.pop("provision")
        for provision_item_data in _provision:
            provision_item = ScimSyncUserActionOut.from_dict(provision_item_data)

            provision.append(provision_item)

        deprovision = []
        _deprovision = d.pop("deprovision")
        for deprovision_item_data in _deprovision:
            deprovision_item = ScimSyncUserActionOut.from_dict(deprovision_item_data)

            deprovision.append(deprovision_item)

        scim_sync_users_summary_out = cls(
            provision,
            deprovision,
        )

        scim_sync_users_summary_out.additional_properties = d
        return scim_sync_users_summary_out

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
