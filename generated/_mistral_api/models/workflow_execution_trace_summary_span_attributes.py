from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WorkflowExecutionTraceSummarySpanAttributes")


class WorkflowExecutionTraceSummarySpanAttributes:
    """The attributes of the span"""

    __slots__ = ("additional_properties",)
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ()

    additional_properties: dict[str, bool | float | int | list[Any] | None | str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

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
        workflow_execution_trace_summary_span_attributes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property_data = prop_dict
            additional_property: bool | float | int | list[Any] | None | str
            while True:  # one pass; each break is the generator's `return`
                if _additional_property_data is None:
                    additional_property = _additional_property_data
                    break
                if isinstance(_additional_property_data, list):
                    try:
                        componentsschemas_workflow_execution_trace_summary_attributes_values_type_4 = (
                            _additional_property_data
                        )

                        additional_property = (
                            componentsschemas_workflow_execution_trace_summary_attributes_values_type_4
                        )
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                additional_property = cast("bool | float | int | list[Any] | None | str", _additional_property_data)
                break

            additional_properties[prop_name] = additional_property

        workflow_execution_trace_summary_span_attributes.additional_properties = additional_properties
        return workflow_execution_trace_summary_span_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | int | list[Any] | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | list[Any] | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
