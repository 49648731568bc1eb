from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ResetInvocationBody")


class ResetInvocationBody:
    """
    Attributes:
        event_id (int): The event ID to reset the workflow execution to
        reason (None | str | Unset): Reason for resetting the workflow execution
        exclude_signals (bool | Unset): Whether to exclude signals that happened after the reset point Default: False.
        exclude_updates (bool | Unset): Whether to exclude updates that happened after the reset point Default: False.
    """

    __slots__ = ("additional_properties", "event_id", "exclude_signals", "exclude_updates", "reason")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "event_id",
        "reason",
        "exclude_signals",
        "exclude_updates",
    )

    event_id: int
    reason: None | str | Unset
    exclude_signals: bool | Unset
    exclude_updates: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        event_id: int,
        reason: None | str | Unset = UNSET,
        exclude_signals: bool | Unset = UNSET,
        exclude_updates: bool | Unset = UNSET,
    ) -> None:
        self.event_id = event_id
        self.reason = reason
        self.exclude_signals = exclude_signals
        self.exclude_updates = exclude_updates
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        exclude_signals = self.exclude_signals

        exclude_updates = self.exclude_updates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if exclude_signals is not UNSET:
            field_dict["exclude_signals"] = exclude_signals
        if exclude_updates is not UNSET:
            field_dict["exclude_updates"] = exclude_updates

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
        event_id = d.pop("event_id")

        reason: None | str | Unset = d.pop("reason", UNSET)

        exclude_signals = d.pop("exclude_signals", UNSET)

        exclude_updates = d.pop("exclude_updates", UNSET)

        reset_invocation_body = cls(
            event_id,
            reason,
            exclude_signals,
            exclude_updates,
        )

        reset_invocation_body.additional_properties = d
        return reset_invocation_body

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
