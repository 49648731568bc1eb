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
    from ..models.agent_handoff_done_event import AgentHandoffDoneEvent
    from ..models.agent_handoff_started_event import AgentHandoffStartedEvent
    from ..models.function_call_event import FunctionCallEvent
    from ..models.message_output_event import MessageOutputEvent
    from ..models.response_done_event import ResponseDoneEvent
    from ..models.response_error_event import ResponseErrorEvent
    from ..models.response_started_event import ResponseStartedEvent
    from ..models.sse_types import SSETypes
    from ..models.tool_execution_delta_event import ToolExecutionDeltaEvent
    from ..models.tool_execution_done_event import ToolExecutionDoneEvent
    from ..models.tool_execution_started_event import ToolExecutionStartedEvent
else:
    AgentHandoffDoneEvent = _Lazy(globals(), "agent_handoff_done_event", "AgentHandoffDoneEvent")
    AgentHandoffStartedEvent = _Lazy(globals(), "agent_handoff_started_event", "AgentHandoffStartedEvent")
    FunctionCallEvent = _Lazy(globals(), "function_call_event", "FunctionCallEvent")
    MessageOutputEvent = _Lazy(globals(), "message_output_event", "MessageOutputEvent")
    ResponseDoneEvent = _Lazy(globals(), "response_done_event", "ResponseDoneEvent")
    ResponseErrorEvent = _Lazy(globals(), "response_error_event", "ResponseErrorEvent")
    ResponseStartedEvent = _Lazy(globals(), "response_started_event", "ResponseStartedEvent")
    SSETypes = _Lazy(globals(), "sse_types", "SSETypes")
    ToolExecutionDeltaEvent = _Lazy(globals(), "tool_execution_delta_event", "ToolExecutionDeltaEvent")
    ToolExecutionDoneEvent = _Lazy(globals(), "tool_execution_done_event", "ToolExecutionDoneEvent")
    ToolExecutionStartedEvent = _Lazy(globals(), "tool_execution_started_event", "ToolExecutionStartedEvent")


T = TypeVar("T", bound="ConversationEvents")


class ConversationEvents:
    """
    Attributes:
        event (SSETypes): Server side events sent when streaming a conversation response.
        data (AgentHandoffDoneEvent | AgentHandoffStartedEvent | FunctionCallEvent | MessageOutputEvent |
            ResponseDoneEvent | ResponseErrorEvent | ResponseStartedEvent | ToolExecutionDeltaEvent | ToolExecutionDoneEvent
            | ToolExecutionStartedEvent):
    """

    __slots__ = ("additional_properties", "data", "event")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "event",
        "data",
    )

    event: SSETypes
    data: (
        AgentHandoffDoneEvent
        | AgentHandoffStartedEvent
        | FunctionCallEvent
        | MessageOutputEvent
        | ResponseDoneEvent
        | ResponseErrorEvent
        | ResponseStartedEvent
        | ToolExecutionDeltaEvent
        | ToolExecutionDoneEvent
        | ToolExecutionStartedEvent
    )
    additional_properties: dict[str, Any]

    def __init__(
        self,
        event: SSETypes,
        data: AgentHandoffDoneEvent
        | AgentHandoffStartedEvent
        | FunctionCallEvent
        | MessageOutputEvent
        | ResponseDoneEvent
        | ResponseErrorEvent
        | ResponseStartedEvent
        | ToolExecutionDeltaEvent
        | ToolExecutionDoneEvent
        | ToolExecutionStartedEvent,
    ) -> None:
        self.event = event
        self.data = data
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        event = str(self.event)

        try:
            data: dict[str, Any]
            if (
                isinstance(self.data, ResponseStartedEvent)
                or isinstance(self.data, ResponseDoneEvent)
                or isinstance(self.data, ResponseErrorEvent)
                or isinstance(self.data, ToolExecutionStartedEvent)
                or isinstance(self.data, ToolExecutionDeltaEvent)
                or isinstance(self.data, ToolExecutionDoneEvent)
                or isinstance(self.data, MessageOutputEvent)
                or isinstance(self.data, FunctionCallEvent)
                or isinstance(self.data, AgentHandoffStartedEvent)
            ):
                data = self.data.to_dict()
            else:
                try:
                    data = self.data.to_dict()
                except AttributeError:
                    if isinstance(self.data, AgentHandoffDoneEvent):
                        raise
                    data = _as_dict(
                        self.data,
                        "AgentHandoffDoneEvent | AgentHandoffStartedEvent | FunctionCallEvent | MessageOutputEvent | ResponseDoneEvent | ResponseErrorEvent | ResponseStartedEvent | ToolExecutionDeltaEvent | ToolExecutionDoneEvent | ToolExecutionStartedEvent",
                    )
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "data")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
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
        event = SSETypes(d.pop("event"))

        _data_data = d.pop("data")
        data: (
            AgentHandoffDoneEvent
            | AgentHandoffStartedEvent
            | FunctionCallEvent
            | MessageOutputEvent
            | ResponseDoneEvent
            | ResponseErrorEvent
            | ResponseStartedEvent
            | ToolExecutionDeltaEvent
            | ToolExecutionDoneEvent
            | ToolExecutionStartedEvent
        )
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_data_data, dict):
                try:
                    data_type_0 = ResponseStartedEvent.from_dict(_data_data)

                    data = data_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_1 = ResponseDoneEvent.from_dict(_data_data)

                    data = data_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_2 = ResponseErrorEvent.from_dict(_data_data)

                    data = data_type_2
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_3 = ToolExecutionStartedEvent.from_dict(_data_data)

                    data = data_type_3
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_4 = ToolExecutionDeltaEvent.from_dict(_data_data)

                    data = data_type_4
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_5 = ToolExecutionDoneEvent.from_dict(_data_data)

                    data = data_type_5
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_6 = MessageOutputEvent.from_dict(_data_data)

                    data = data_type_6
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_7 = FunctionCallEvent.from_dict(_data_data)

                    data = data_type_7
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_8 = AgentHandoffStartedEvent.from_dict(_data_data)

                    data = data_type_8
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_data_data, dict):
                raise TypeError()
            data_type_9 = AgentHandoffDoneEvent.from_dict(_data_data)

            data = data_type_9
            break

        conversation_events = cls(
            event,
            data,
        )

        conversation_events.additional_properties = d
        return conversation_events

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
