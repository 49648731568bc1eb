from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.delete_unavailable_reason import DeleteUnavailableReason
else:
    DeleteUnavailableReason = _Lazy(globals(), "delete_unavailable_reason", "DeleteUnavailableReason")


T = TypeVar("T", bound="ActionUnavailableDeleteUnavailableReason")


class ActionUnavailableDeleteUnavailableReason:
    """
    Attributes:
        status (Literal['unavailable'] | Unset):  Default: 'unavailable'.
        reason (DeleteUnavailableReason | None | Unset):
    """

    __slots__ = ("additional_properties", "reason", "status")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "status",
        "reason",
    )

    status: Literal["unavailable"] | Unset
    reason: DeleteUnavailableReason | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status: Literal["unavailable"] | Unset = "unavailable",
        reason: DeleteUnavailableReason | None | Unset = UNSET,
    ) -> None:
        self.status = status
        self.reason = reason
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, DeleteUnavailableReason):
            reason = str(self.reason)
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason

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
        status = cast(Literal["unavailable"] | Unset, d.pop("status", UNSET))
        if status != "unavailable" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'unavailable', got '{status}'")

        _reason_data = d.pop("reason", UNSET)
        reason: DeleteUnavailableReason | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _reason_data is None:
                reason = _reason_data
                break
            if isinstance(_reason_data, Unset):
                reason = _reason_data
                break
            if isinstance(_reason_data, str):
                try:
                    reason_type_0 = DeleteUnavailableReason(_reason_data)

                    reason = reason_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            reason = cast("DeleteUnavailableReason | None | Unset", _reason_data)
            break

        action_unavailable_delete_unavailable_reason = cls(
            status,
            reason,
        )

        action_unavailable_delete_unavailable_reason.additional_properties = d
        return action_unavailable_delete_unavailable_reason

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
