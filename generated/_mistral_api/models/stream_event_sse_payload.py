from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.activity_task_completed_response import ActivityTaskCompletedResponse
    from ..models.activity_task_failed_response import ActivityTaskFailedResponse
    from ..models.activity_task_retrying_response import ActivityTaskRetryingResponse
    from ..models.activity_task_started_response import ActivityTaskStartedResponse
    from ..models.custom_task_canceled_response import CustomTaskCanceledResponse
    from ..models.custom_task_completed_response import CustomTaskCompletedResponse
    from ..models.custom_task_failed_response import CustomTaskFailedResponse
    from ..models.custom_task_in_progress_response import CustomTaskInProgressResponse
    from ..models.custom_task_started_response import CustomTaskStartedResponse
    from ..models.custom_task_timed_out_response import CustomTaskTimedOutResponse
    from ..models.stream_event_sse_payload_metadata import StreamEventSsePayloadMetadata
    from ..models.stream_event_workflow_context import StreamEventWorkflowContext
    from ..models.workflow_execution_canceled_response import WorkflowExecutionCanceledResponse
    from ..models.workflow_execution_completed_response import WorkflowExecutionCompletedResponse
    from ..models.workflow_execution_continued_as_new_response import WorkflowExecutionContinuedAsNewResponse
    from ..models.workflow_execution_failed_response import WorkflowExecutionFailedResponse
    from ..models.workflow_execution_started_response import WorkflowExecutionStartedResponse
    from ..models.workflow_task_failed_response import WorkflowTaskFailedResponse
    from ..models.workflow_task_timed_out_response import WorkflowTaskTimedOutResponse
else:
    ActivityTaskCompletedResponse = _Lazy(
        globals(), "activity_task_completed_response", "ActivityTaskCompletedResponse"
    )
    ActivityTaskFailedResponse = _Lazy(globals(), "activity_task_failed_response", "ActivityTaskFailedResponse")
    ActivityTaskRetryingResponse = _Lazy(globals(), "activity_task_retrying_response", "ActivityTaskRetryingResponse")
    ActivityTaskStartedResponse = _Lazy(globals(), "activity_task_started_response", "ActivityTaskStartedResponse")
    CustomTaskCanceledResponse = _Lazy(globals(), "custom_task_canceled_response", "CustomTaskCanceledResponse")
    CustomTaskCompletedResponse = _Lazy(globals(), "custom_task_completed_response", "CustomTaskCompletedResponse")
    CustomTaskFailedResponse = _Lazy(globals(), "custom_task_failed_response", "CustomTaskFailedResponse")
    CustomTaskInProgressResponse = _Lazy(globals(), "custom_task_in_progress_response", "CustomTaskInProgressResponse")
    CustomTaskStartedResponse = _Lazy(globals(), "custom_task_started_response", "CustomTaskStartedResponse")
    CustomTaskTimedOutResponse = _Lazy(globals(), "custom_task_timed_out_response", "CustomTaskTimedOutResponse")
    StreamEventSsePayloadMetadata = _Lazy(
        globals(), "stream_event_sse_payload_metadata", "StreamEventSsePayloadMetadata"
    )
    StreamEventWorkflowContext = _Lazy(globals(), "stream_event_workflow_context", "StreamEventWorkflowContext")
    WorkflowExecutionCanceledResponse = _Lazy(
        globals(), "workflow_execution_canceled_response", "WorkflowExecutionCanceledResponse"
    )
    WorkflowExecutionCompletedResponse = _Lazy(
        globals(), "workflow_execution_completed_response", "WorkflowExecutionCompletedResponse"
    )
    WorkflowExecutionContinuedAsNewResponse = _Lazy(
        globals(), "workflow_execution_continued_as_new_response", "WorkflowExecutionContinuedAsNewResponse"
    )
    WorkflowExecutionFailedResponse = _Lazy(
        globals(), "workflow_execution_failed_response", "WorkflowExecutionFailedResponse"
    )
    WorkflowExecutionStartedResponse = _Lazy(
        globals(), "workflow_execution_started_response", "WorkflowExecutionStartedResponse"
    )
    WorkflowTaskFailedResponse = _Lazy(globals(), "workflow_task_failed_response", "WorkflowTaskFailedResponse")
    WorkflowTaskTimedOutResponse = _Lazy(globals(), "workflow_task_timed_out_response", "WorkflowTaskTimedOutResponse")


T = TypeVar("T", bound="StreamEventSsePayload")


class StreamEventSsePayload:
    """
    Attributes:
        stream (str):
        data (ActivityTaskCompletedResponse | ActivityTaskFailedResponse | ActivityTaskRetryingResponse |
            ActivityTaskStartedResponse | CustomTaskCanceledResponse | CustomTaskCompletedResponse |
            CustomTaskFailedResponse | CustomTaskInProgressResponse | CustomTaskStartedResponse | CustomTaskTimedOutResponse
            | WorkflowExecutionCanceledResponse | WorkflowExecutionCompletedResponse |
            WorkflowExecutionContinuedAsNewResponse | WorkflowExecutionFailedResponse | WorkflowExecutionStartedResponse |
            WorkflowTaskFailedResponse | WorkflowTaskTimedOutResponse):
        workflow_context (StreamEventWorkflowContext):
        broker_sequence (int):
        timestamp (datetime.datetime | Unset):
        metadata (StreamEventSsePayloadMetadata | Unset):
    """

    __slots__ = (
        "additional_properties",
        "broker_sequence",
        "data",
        "metadata",
        "stream",
        "timestamp",
        "workflow_context",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "stream",
        "data",
        "workflow_context",
        "broker_sequence",
        "timestamp",
        "metadata",
    )

    stream: str
    data: (
        ActivityTaskCompletedResponse
        | ActivityTaskFailedResponse
        | ActivityTaskRetryingResponse
        | ActivityTaskStartedResponse
        | CustomTaskCanceledResponse
        | CustomTaskCompletedResponse
        | CustomTaskFailedResponse
        | CustomTaskInProgressResponse
        | CustomTaskStartedResponse
        | CustomTaskTimedOutResponse
        | WorkflowExecutionCanceledResponse
        | WorkflowExecutionCompletedResponse
        | WorkflowExecutionContinuedAsNewResponse
        | WorkflowExecutionFailedResponse
        | WorkflowExecutionStartedResponse
        | WorkflowTaskFailedResponse
        | WorkflowTaskTimedOutResponse
    )
    workflow_context: StreamEventWorkflowContext
    broker_sequence: int
    timestamp: datetime.datetime | Unset
    metadata: StreamEventSsePayloadMetadata | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        stream: str,
        data: ActivityTaskCompletedResponse
        | ActivityTaskFailedResponse
        | ActivityTaskRetryingResponse
        | ActivityTaskStartedResponse
        | CustomTaskCanceledResponse
        | CustomTaskCompletedResponse
        | CustomTaskFailedResponse
        | CustomTaskInProgressResponse
        | CustomTaskStartedResponse
        | CustomTaskTimedOutResponse
        | WorkflowExecutionCanceledResponse
        | WorkflowExecutionCompletedResponse
        | WorkflowExecutionContinuedAsNewResponse
        | WorkflowExecutionFailedResponse
        | WorkflowExecutionStartedResponse
        | WorkflowTaskFailedResponse
        | WorkflowTaskTimedOutResponse,
        workflow_context: StreamEventWorkflowContext,
        broker_sequence: int,
        timestamp: datetime.datetime | Unset = UNSET,
        metadata: StreamEventSsePayloadMetadata | Unset = UNSET,
    ) -> None:
        self.stream = stream
        self.data = data
        self.workflow_context = workflow_context
        self.broker_sequence = broker_sequence
        self.timestamp = timestamp
        self.metadata = metadata
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        stream = self.stream

        try:
            data: dict[str, Any]
            if (
                isinstance(self.data, WorkflowExecutionStartedResponse)
                or isinstance(self.data, WorkflowExecutionCompletedResponse)
                or isinstance(self.data, WorkflowExecutionFailedResponse)
                or isinstance(self.data, WorkflowExecutionCanceledResponse)
                or isinstance(self.data, WorkflowExecutionContinuedAsNewResponse)
                or isinstance(self.data, WorkflowTaskTimedOutResponse)
                or isinstance(self.data, WorkflowTaskFailedResponse)
                or isinstance(self.data, CustomTaskStartedResponse)
                or isinstance(self.data, CustomTaskInProgressResponse)
                or isinstance(self.data, CustomTaskCompletedResponse)
                or isinstance(self.data, CustomTaskFailedResponse)
                or isinstance(self.data, CustomTaskTimedOutResponse)
                or isinstance(self.data, CustomTaskCanceledResponse)
                or isinstance(self.data, ActivityTaskStartedResponse)
                or isinstance(self.data, ActivityTaskCompletedResponse)
                or isinstance(self.data, ActivityTaskRetryingResponse)
            ):
                data = self.data.to_dict()
            else:
                try:
                    data = self.data.to_dict()
                except AttributeError:
                    if isinstance(self.data, ActivityTaskFailedResponse):
                        raise
                    data = _as_dict(
                        self.data,
                        "ActivityTaskCompletedResponse | ActivityTaskFailedResponse | ActivityTaskRetryingResponse | ActivityTaskStartedResponse | CustomTaskCanceledResponse | CustomTaskCompletedResponse | CustomTaskFailedResponse | CustomTaskInProgressResponse | CustomTaskStartedResponse | CustomTaskTimedOutResponse | WorkflowExecutionCanceledResponse | WorkflowExecutionCompletedResponse | WorkflowExecutionContinuedAsNewResponse | WorkflowExecutionFailedResponse | WorkflowExecutionStartedResponse | WorkflowTaskFailedResponse | WorkflowTaskTimedOutResponse",
                    )
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "data")
            raise

        try:
            try:
                workflow_context = self.workflow_context.to_dict()
            except AttributeError:
                if isinstance(self.workflow_context, StreamEventWorkflowContext):
                    raise
                workflow_context = _as_dict(self.workflow_context, "StreamEventWorkflowContext")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "workflow_context")
            raise

        broker_sequence = self.broker_sequence

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        try:
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.metadata, Unset):
                try:
                    metadata = self.metadata.to_dict()
                except AttributeError:
                    if isinstance(self.metadata, StreamEventSsePayloadMetadata):
                        raise
                    metadata = _as_dict(self.metadata, "StreamEventSsePayloadMetadata")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stream": stream,
                "data": data,
                "workflow_context": workflow_context,
                "broker_sequence": broker_sequence,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
        stream = d.pop("stream")

        _data_data = d.pop("data")
        data: (
            ActivityTaskCompletedResponse
            | ActivityTaskFailedResponse
            | ActivityTaskRetryingResponse
            | ActivityTaskStartedResponse
            | CustomTaskCanceledResponse
            | CustomTaskCompletedResponse
            | CustomTaskFailedResponse
            | CustomTaskInProgressResponse
            | CustomTaskStartedResponse
            | CustomTaskTimedOutResponse
            | WorkflowExecutionCanceledResponse
            | WorkflowExecutionCompletedResponse
            | WorkflowExecutionContinuedAsNewResponse
            | WorkflowExecutionFailedResponse
            | WorkflowExecutionStartedResponse
            | WorkflowTaskFailedResponse
            | WorkflowTaskTimedOutResponse
        )
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_data_data, dict):
                try:
                    data_type_0 = WorkflowExecutionStartedResponse.from_dict(_data_data)

                    data = data_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_1 = WorkflowExecutionCompletedResponse.from_dict(_data_data)

                    data = data_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_2 = WorkflowExecutionFailedResponse.from_dict(_data_data)

                    data = data_type_2
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_3 = WorkflowExecutionCanceledResponse.from_dict(_data_data)

                    data = data_type_3
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_4 = WorkflowExecutionContinuedAsNewResponse.from_dict(_data_data)

                    data = data_type_4
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_5 = WorkflowTaskTimedOutResponse.from_dict(_data_data)

                    data = data_type_5
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_6 = WorkflowTaskFailedResponse.from_dict(_data_data)

                    data = data_type_6
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_7 = CustomTaskStartedResponse.from_dict(_data_data)

                    data = data_type_7
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_8 = CustomTaskInProgressResponse.from_dict(_data_data)

                    data = data_type_8
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_9 = CustomTaskCompletedResponse.from_dict(_data_data)

                    data = data_type_9
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_10 = CustomTaskFailedResponse.from_dict(_data_data)

                    data = data_type_10
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_11 = CustomTaskTimedOutResponse.from_dict(_data_data)

                    data = data_type_11
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_12 = CustomTaskCanceledResponse.from_dict(_data_data)

                    data = data_type_12
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_13 = ActivityTaskStartedResponse.from_dict(_data_data)

                    data = data_type_13
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_14 = ActivityTaskCompletedResponse.from_dict(_data_data)

                    data = data_type_14
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_15 = ActivityTaskRetryingResponse.from_dict(_data_data)

                    data = data_type_15
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_data_data, dict):
                raise TypeError()
            data_type_16 = ActivityTaskFailedResponse.from_dict(_data_data)

            data = data_type_16
            break

        workflow_context = StreamEventWorkflowContext.from_dict(d.pop("workflow_context"))

        broker_sequence = d.pop("broker_sequence")

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _metadata = d.pop("metadata", UNSET)
        metadata: StreamEventSsePayloadMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StreamEventSsePayloadMetadata.from_dict(_metadata)

        stream_event_sse_payload = cls(
            stream,
            data,
            workflow_context,
            broker_sequence,
            timestamp,
            metadata,
        )

        stream_event_sse_payload.additional_properties = d
        return stream_event_sse_payload

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
