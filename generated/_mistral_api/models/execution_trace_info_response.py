from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ExecutionTraceInfoResponse")


class ExecutionTraceInfoResponse:
    """
    Attributes:
        otel_trace_id (None | str | Unset): The ID of the trace, if available
        has_trace_data (bool | Unset): Whether trace data is available in the trace backend for this execution Default:
            False.
    """

    __slots__ = ("additional_properties", "has_trace_data", "otel_trace_id")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "otel_trace_id",
        "has_trace_data",
    )

    otel_trace_id: None | str | Unset
    has_trace_data: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        otel_trace_id: None | str | Unset = UNSET,
        has_trace_data: bool | Unset = UNSET,
    ) -> None:
        self.otel_trace_id = otel_trace_id
        self.has_trace_data = has_trace_data
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        otel_trace_id: None | str | Unset
        if isinstance(self.otel_trace_id, Unset):
            otel_trace_id = UNSET
        else:
            otel_trace_id = self.otel_trace_id

        has_trace_data = self.has_trace_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if otel_trace_id is not UNSET:
            field_dict["otel_trace_id"] = otel_trace_id
        if has_trace_data is not UNSET:
            field_dict["has_trace_data"] = has_trace_data

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
        otel_trace_id: None | str | Unset = d.pop("otel_trace_id", UNSET)

        has_trace_data = d.pop("has_trace_data", UNSET)

        execution_trace_info_response = cls(
            otel_trace_id,
            has_trace_data,
        )

        execution_trace_info_response.additional_properties = d
        return execution_trace_info_response

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
