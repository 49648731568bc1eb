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
    from ..models.execution_log_record import ExecutionLogRecord
    from ..models.stream_error import StreamError
    from ..models.stream_workflow_execution_logs_response_200_event import StreamWorkflowExecutionLogsResponse200Event
else:
    ExecutionLogRecord = _Lazy(globals(), "execution_log_record", "ExecutionLogRecord")
    StreamError = _Lazy(globals(), "stream_error", "StreamError")
    StreamWorkflowExecutionLogsResponse200Event = _Lazy(
        globals(), "stream_workflow_execution_logs_response_200_event", "StreamWorkflowExecutionLogsResponse200Event"
    )


T = TypeVar("T", bound="StreamWorkflowExecutionLogsResponse200")


class StreamWorkflowExecutionLogsResponse200:
    """
    Attributes:
        event (StreamWorkflowExecutionLogsResponse200Event | Unset):
        id (str | Unset):
        data (ExecutionLogRecord | StreamError | Unset):
    """

    __slots__ = ("additional_properties", "data", "event", "id")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "event",
        "id",
        "data",
    )

    event: StreamWorkflowExecutionLogsResponse200Event | Unset
    id: str | Unset
    data: ExecutionLogRecord | StreamError | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        event: StreamWorkflowExecutionLogsResponse200Event | Unset = UNSET,
        id: str | Unset = UNSET,
        data: ExecutionLogRecord | StreamError | Unset = UNSET,
    ) -> None:
        self.event = event
        self.id = id
        self.data = data
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = str(self.event)

        id = self.id

        try:
            data: dict[str, Any] | Unset
            if isinstance(self.data, Unset):
                data = UNSET
            elif isinstance(self.data, ExecutionLogRecord):
                data = self.data.to_dict()
            else:
                try:
                    data = self.data.to_dict()
                except AttributeError:
                    if isinstance(self.data, StreamError):
                        raise
                    data = _as_dict(self.data, "ExecutionLogRecord | StreamError")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "data")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if id is not UNSET:
            field_dict["id"] = id
        if data is not UNSET:
            field_dict["data"] = data

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
        _event = d.pop("event", UNSET)
        event: StreamWorkflowExecutionLogsResponse200Event | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = StreamWorkflowExecutionLogsResponse200Event(_event)

        id = d.pop("id", UNSET)

        _data_data = d.pop("data", UNSET)
        data: ExecutionLogRecord | StreamError | Unset
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_data_data, Unset):
                data = _data_data
                break
            if isinstance(_data_data, dict):
                try:
                    data_type_0 = ExecutionLogRecord.from_dict(_data_data)

                    data = data_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_data_data, dict):
                raise TypeError()
            data_type_1 = StreamError.from_dict(_data_data)

            data = data_type_1
            break

        stream_workflow_execution_logs_response_200 = cls(
            event,
            id,
            data,
        )

        stream_workflow_execution_logs_response_200.additional_properties = d
        return stream_workflow_execution_logs_response_200

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
