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
    from ..models.tempo_trace_attribute import TempoTraceAttribute
    from ..models.tempo_trace_event import TempoTraceEvent
    from ..models.tempo_trace_scope_kind import TempoTraceScopeKind
else:
    TempoTraceAttribute = _Lazy(globals(), "tempo_trace_attribute", "TempoTraceAttribute")
    TempoTraceEvent = _Lazy(globals(), "tempo_trace_event", "TempoTraceEvent")
    TempoTraceScopeKind = _Lazy(globals(), "tempo_trace_scope_kind", "TempoTraceScopeKind")


T = TypeVar("T", bound="TempoTraceSpan")


class TempoTraceSpan:
    """
    Attributes:
        trace_id (str): The trace ID of the scope
        span_id (str): The span ID of the scope
        name (str): The name of the scope
        kind (TempoTraceScopeKind):
        start_time_unix_nano (str): The start time of the scope in Unix nano
        end_time_unix_nano (str): The end time of the scope in Unix nano
        parent_span_id (None | str | Unset): The parent span ID of the scope
        attributes (list[TempoTraceAttribute] | Unset): The attributes of the scope
        events (list[TempoTraceEvent] | Unset): The events of the scope
    """

    __slots__ = (
        "additional_properties",
        "attributes",
        "end_time_unix_nano",
        "events",
        "kind",
        "name",
        "parent_span_id",
        "span_id",
        "start_time_unix_nano",
        "trace_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "trace_id",
        "span_id",
        "name",
        "kind",
        "start_time_unix_nano",
        "end_time_unix_nano",
        "parent_span_id",
        "attributes",
        "events",
    )

    trace_id: str
    span_id: str
    name: str
    kind: TempoTraceScopeKind
    start_time_unix_nano: str
    end_time_unix_nano: str
    parent_span_id: None | str | Unset
    attributes: list[TempoTraceAttribute] | Unset
    events: list[TempoTraceEvent] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        trace_id: str,
        span_id: str,
        name: str,
        kind: TempoTraceScopeKind,
        start_time_unix_nano: str,
        end_time_unix_nano: str,
        parent_span_id: None | str | Unset = UNSET,
        attributes: list[TempoTraceAttribute] | Unset = UNSET,
        events: list[TempoTraceEvent] | Unset = UNSET,
    ) -> None:
        self.trace_id = trace_id
        self.span_id = span_id
        self.name = name
        self.kind = kind
        self.start_time_unix_nano = start_time_unix_nano
        self.end_time_unix_nano = end_time_unix_nano
        self.parent_span_id = parent_span_id
        self.attributes = attributes
        self.events = events
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        span_id = self.span_id

        name = self.name

        kind = str(self.kind)

        start_time_unix_nano = self.start_time_unix_nano

        end_time_unix_nano = self.end_time_unix_nano

        parent_span_id: None | str | Unset
        if isinstance(self.parent_span_id, Unset):
            parent_span_id = UNSET
        else:
            parent_span_id = self.parent_span_id

        try:
            attributes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = []
                try:
                    for attributes_item_data in self.attributes:
                        try:
                            attributes_item = attributes_item_data.to_dict()
                        except AttributeError:
                            if isinstance(attributes_item_data, TempoTraceAttribute):
                                raise
                            attributes_item = _as_dict(attributes_item_data, "TempoTraceAttribute")
                        attributes.append(attributes_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(attributes))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "attributes")
            raise

        try:
            events: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.events, Unset):
                events = []
                try:
                    for events_item_data in self.events:
                        try:
                            events_item = events_item_data.to_dict()
                        except AttributeError:
                            if isinstance(events_item_data, TempoTraceEvent):
                                raise
                            events_item = _as_dict(events_item_data, "TempoTraceEvent")
                        events.append(events_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(events))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "events")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "traceId": trace_id,
                "spanId": span_id,
                "name": name,
                "kind": kind,
                "startTimeUnixNano": start_time_unix_nano,
                "endTimeUnixNano": end_time_unix_nano,
            }
        )
        if parent_span_id is not UNSET:
            field_dict["parentSpanId"] = parent_span_id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if events is not UNSET:
            field_dict["events"] = events

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
        trace_id = d.pop("traceId")

        span_id = d.pop("spanId")

        name = d.pop("name")

        kind = TempoTraceScopeKind(d.pop("kind"))

        start_time_unix_nano = d.pop("startTimeUnixNano")

        end_time_unix_nano = d.pop("endTimeUnixNano")

        parent_span_id: None | str | Unset = d.pop("parentSpanId", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[TempoTraceAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = TempoTraceAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _events = d.pop("events", UNSET)
        events: list[TempoTraceEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = TempoTraceEvent.from_dict(events_item_data)

                events.append(events_item)

        tempo_trace_span = cls(
            trace_id,
            span_id,
            name,
            kind,
            start_time_unix_nano,
            end_time_unix_nano,
            parent_span_id,
            attributes,
            events,
        )

        tempo_trace_span.additional_properties = d
        return tempo_trace_span

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
