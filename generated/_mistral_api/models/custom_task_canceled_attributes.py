from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomTaskCanceledAttributes")


class CustomTaskCanceledAttributes:
    """Attributes for custom task canceled events.

    Attributes:
        custom_task_id (str): Unique identifier for the custom task within the workflow.
        custom_task_type (str): The type/category of the custom task (e.g., 'llm_call', 'api_request').
        reason (None | str | Unset): Optional reason provided for the cancellation.
    """

    __slots__ = ("additional_properties", "custom_task_id", "custom_task_type", "reason")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "custom_task_id",
        "custom_task_type",
        "reason",
    )

    custom_task_id: str
    custom_task_type: str
    reason: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        custom_task_id: str,
        custom_task_type: str,
        reason: None | str | Unset = UNSET,
    ) -> None:
        self.custom_task_id = custom_task_id
        self.custom_task_type = custom_task_type
        self.reason = reason
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        custom_task_id = self.custom_task_id

        custom_task_type = self.custom_task_type

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_task_id": custom_task_id,
                "custom_task_type": custom_task_type,
            }
        )
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
        custom_task_id = d.pop("custom_task_id")

        custom_task_type = d.pop("custom_task_type")

        reason: None | str | Unset = d.pop("reason", UNSET)

        custom_task_canceled_attributes = cls(
            custom_task_id,
            custom_task_type,
            reason,
        )

        custom_task_canceled_attributes.additional_properties = d
        return custom_task_canceled_attributes

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
