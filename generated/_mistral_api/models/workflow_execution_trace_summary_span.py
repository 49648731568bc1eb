from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.workflow_execution_trace_event import WorkflowExecutionTraceEvent
    from ..models.workflow_execution_trace_summary_span_attributes import WorkflowExecutionTraceSummarySpanAttributes
else:
    WorkflowExecutionTraceEvent = _Lazy(globals(), "workflow_execution_trace_event", "WorkflowExecutionTraceEvent")
    WorkflowExecutionTraceSummarySpanAttributes = _Lazy(
        globals(), "workflow_execution_trace_summary_span_attributes", "WorkflowExecutionTraceSummarySpanAttributes"
    )


T = TypeVar("T", bound="WorkflowExecutionTraceSummarySpan")


class WorkflowExecutionTraceSummarySpan:
    """
    Attributes:
        span_id (str): The ID of the span
        name (str): The name of the span
        start_time_unix_nano (int): The start time of the span in nanoseconds since the Unix epoch
        end_time_unix_nano (int | None): The end time of the span in nanoseconds since the Unix epoch
        attributes (WorkflowExecutionTraceSummarySpanAttributes): The attributes of the span
        events (list[WorkflowExecutionTraceEvent]): The events of the span
        children (list[WorkflowExecutionTraceSummarySpan] | Unset): The child spans of the span
    """

    __slots__ = (
        "additional_properties",
        "attributes",
        "children",
        "end_time_unix_nano",
        "events",
        "name",
        "span_id",
        "start_time_unix_nano",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "span_id",
        "name",
        "start_time_unix_nano",
        "end_time_unix_nano",
        "attributes",
        "events",
        "children",
    )

    span_id: str
    name: str
    start_time_unix_nano: int
    end_time_unix_nano: int | None
    attributes: WorkflowExecutionTraceSummarySpanAttributes
    events: list[WorkflowExecutionTraceEvent]
    children: list[WorkflowExecutionTraceSummarySpan] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        span_id: str,
        name: str,
        start_time_unix_nano: int,
        end_time_unix_nano: int | None,
        attributes: WorkflowExecutionTraceSummarySpanAttributes,
        events: list[WorkflowExecutionTraceEvent],
        children: list[WorkflowExecutionTraceSummarySpan] | Unset = UNSET,
    ) -> None:
        self.span_id = span_id
        self.name = name
        self.start_time_unix_nano = start_time_unix_nano
        self.end_time_unix_nano = end_time_unix_nano
        self.attributes = attributes
        self.events = events
        self.children = children
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        span_id = self.span_id

        name = self.name

        start_time_unix_nano = self.start_time_unix_nano

        end_time_unix_nano: int | None
        end_time_unix_nano = self.end_time_unix_nano

        try:
            try:
                attributes = self.attributes.to_dict()
            except AttributeError:
                if isinstance(self.attributes, WorkflowExecutionTraceSummarySpanAttributes):
                    raise
                attributes = _as_dict(self.attributes, "WorkflowExecutionTraceSummarySpanAttributes")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "attributes")
            raise

        try:
            events = []
            try:
                for events_item_data in self.events:
                    try:
                        events_item = events_item_data.to_dict()
                    except AttributeError:
                        if isinstance(events_item_data, WorkflowExecutionTraceEvent):
                            raise
                        events_item = _as_dict(events_item_data, "WorkflowExecutionTraceEvent")
                    events.append(events_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(events))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "events")
            raise

        try:
            children: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.children, Unset):
                children = []
                try:
                    for children_item_data in self.children:
                        try:
                            children_item = children_item_data.to_dict()
                        except AttributeError:
                            if isinstance(children_item_data, WorkflowExecutionTraceSummarySpan):
                                raise
                            children_item = _as_dict(children_item_data, "WorkflowExecutionTraceSummarySpan")
                        children.append(children_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(children))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "children")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "span_id": span_id,
                "name": name,
                "start_time_unix_nano": start_time_unix_nano,
                "end_time_unix_nano": end_time_unix_nano,
                "attributes": attributes,
                "events": events,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children

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
        span_id = d.pop("span_id")

        name = d.pop("name")

        start_time_unix_nano = d.pop("start_time_unix_nano")

        end_time_unix_nano: int | None = d.pop("end_time_unix_nano")

        attributes = WorkflowExecutionTraceSummarySpanAttributes.from_dict(d.pop("attributes"))

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = WorkflowExecutionTraceEvent.from_dict(events_item_data)

            events.append(events_item)

        _children = d.pop("children", UNSET)
        children: list[WorkflowExecutionTraceSummarySpan] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = WorkflowExecutionTraceSummarySpan.from_dict(children_item_data)

                children.append(children_item)

        workflow_execution_trace_summary_span = cls(
            span_id,
            name,
            start_time_unix_nano,
            end_time_unix_nano,
            attributes,
            events,
            children,
        )

        workflow_execution_trace_summary_span.additional_properties = d
        return workflow_execution_trace_summary_span

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
