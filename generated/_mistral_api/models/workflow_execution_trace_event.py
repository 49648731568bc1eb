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
    from ..models.event_type import EventType
    from ..models.workflow_execution_trace_event_attributes import WorkflowExecutionTraceEventAttributes
else:
    EventType = _Lazy(globals(), "event_type", "EventType")
    WorkflowExecutionTraceEventAttributes = _Lazy(
        globals(), "workflow_execution_trace_event_attributes", "WorkflowExecutionTraceEventAttributes"
    )


T = TypeVar("T", bound="WorkflowExecutionTraceEvent")


class WorkflowExecutionTraceEvent:
    """
    Attributes:
        name (str): Name of the event
        id (str): The ID of the event
        timestamp_unix_nano (int): The timestamp of the event in nanoseconds since the Unix epoch
        attributes (WorkflowExecutionTraceEventAttributes): The attributes of the event
        type_ (EventType | Unset):
        internal (bool | Unset): Whether the event is internal Default: False.
    """

    __slots__ = ("additional_properties", "attributes", "id", "internal", "name", "timestamp_unix_nano", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "id",
        "timestamp_unix_nano",
        "attributes",
        "type_",
        "internal",
    )

    name: str
    id: str
    timestamp_unix_nano: int
    attributes: WorkflowExecutionTraceEventAttributes
    type_: EventType | Unset
    internal: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        id: str,
        timestamp_unix_nano: int,
        attributes: WorkflowExecutionTraceEventAttributes,
        type_: EventType | Unset = UNSET,
        internal: bool | Unset = UNSET,
    ) -> None:
        self.name = name
        self.id = id
        self.timestamp_unix_nano = timestamp_unix_nano
        self.attributes = attributes
        self.type_ = type_
        self.internal = internal
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        timestamp_unix_nano = self.timestamp_unix_nano

        try:
            try:
                attributes = self.attributes.to_dict()
            except AttributeError:
                if isinstance(self.attributes, WorkflowExecutionTraceEventAttributes):
                    raise
                attributes = _as_dict(self.attributes, "WorkflowExecutionTraceEventAttributes")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "attributes")
            raise

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        internal = self.internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "timestamp_unix_nano": timestamp_unix_nano,
                "attributes": attributes,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if internal is not UNSET:
            field_dict["internal"] = internal

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
        name = d.pop("name")

        id = d.pop("id")

        timestamp_unix_nano = d.pop("timestamp_unix_nano")

        attributes = WorkflowExecutionTraceEventAttributes.from_dict(d.pop("attributes"))

        _type_ = d.pop("type", UNSET)
        type_: EventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = EventType(_type_)

        internal = d.pop("internal", UNSET)

        workflow_execution_trace_event = cls(
            name,
            id,
            timestamp_unix_nano,
            attributes,
            type_,
            internal,
        )

        workflow_execution_trace_event.additional_properties = d
        return workflow_execution_trace_event

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
