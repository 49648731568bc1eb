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


T = TypeVar("T", bound="ListWorkflowEventResponse")


class ListWorkflowEventResponse:
    """
    Attributes:
        events (list[ActivityTaskCompletedResponse | ActivityTaskFailedResponse | ActivityTaskRetryingResponse |
            ActivityTaskStartedResponse | CustomTaskCanceledResponse | CustomTaskCompletedResponse |
            CustomTaskFailedResponse | CustomTaskInProgressResponse | CustomTaskStartedResponse | CustomTaskTimedOutResponse
            | WorkflowExecutionCanceledResponse | WorkflowExecutionCompletedResponse |
            WorkflowExecutionContinuedAsNewResponse | WorkflowExecutionFailedResponse | WorkflowExecutionStartedResponse |
            WorkflowTaskFailedResponse | WorkflowTaskTimedOutResponse]): List of workflow events.
        next_cursor (None | str | Unset): Cursor for pagination.
    """

    __slots__ = ("additional_properties", "events", "next_cursor")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "events",
        "next_cursor",
    )

    events: list[
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
    ]
    next_cursor: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        events: list[
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
        ],
        next_cursor: None | str | Unset = UNSET,
    ) -> None:
        self.events = events
        self.next_cursor = next_cursor
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            events = []
            try:
                for events_item_data in self.events:
                    events_item: dict[str, Any]
                    if (
                        isinstance(events_item_data, WorkflowExecutionStartedResponse)
                        or isinstance(events_item_data, WorkflowExecutionCompletedResponse)
                        or isinstance(events_item_data, WorkflowExecutionFailedResponse)
                        or isinstance(events_item_data, WorkflowExecutionCanceledResponse)
                        or isinstance(events_item_data, WorkflowExecutionContinuedAsNewResponse)
                        or isinstance(events_item_data, WorkflowTaskTimedOutResponse)
                        or isinstance(events_item_data, WorkflowTaskFailedResponse)
                        or isinstance(events_item_data, CustomTaskStartedResponse)
                        or isinstance(events_item_data, CustomTaskInProgressResponse)
                        or isinstance(events_item_data, CustomTaskCompletedResponse)
                        or isinstance(events_item_data, CustomTaskFailedResponse)
                        or isinstance(events_item_data, CustomTaskTimedOutResponse)
                        or isinstance(events_item_data, CustomTaskCanceledResponse)
                        or isinstance(events_item_data, ActivityTaskStartedResponse)
                        or isinstance(events_item_data, ActivityTaskCompletedResponse)
                        or isinstance(events_item_data, ActivityTaskRetryingResponse)
                    ):
                        events_item = events_item_data.to_dict()
                    else:
                        try:
                            events_item = events_item_data.to_dict()
                        except AttributeError:
                            if isinstance(events_item_data, ActivityTaskFailedResponse):
                                raise
                            events_item = _as_dict(
                                events_item_data,
                                "ActivityTaskCompletedResponse | ActivityTaskFailedResponse | ActivityTaskRetryingResponse | ActivityTaskStartedResponse | CustomTaskCanceledResponse | CustomTaskCompletedResponse | CustomTaskFailedResponse | CustomTaskInProgressResponse | CustomTaskStartedResponse | CustomTaskTimedOutResponse | WorkflowExecutionCanceledResponse | WorkflowExecutionCompletedResponse | WorkflowExecutionContinuedAsNewResponse | WorkflowExecutionFailedResponse | WorkflowExecutionStartedResponse | WorkflowTaskFailedResponse | WorkflowTaskTimedOutResponse",
                            )
                    events.append(events_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(events))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "events")
            raise

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

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
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            _events_item_data = events_item_data
            events_item: (
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
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_0 = WorkflowExecutionStartedResponse.from_dict(_events_item_data)

                        events_item = events_item_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_1 = WorkflowExecutionCompletedResponse.from_dict(_events_item_data)

                        events_item = events_item_type_1
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_2 = WorkflowExecutionFailedResponse.from_dict(_events_item_data)

                        events_item = events_item_type_2
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_3 = WorkflowExecutionCanceledResponse.from_dict(_events_item_data)

                        events_item = events_item_type_3
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_4 = WorkflowExecutionContinuedAsNewResponse.from_dict(_events_item_data)

                        events_item = events_item_type_4
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_5 = WorkflowTaskTimedOutResponse.from_dict(_events_item_data)

                        events_item = events_item_type_5
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_6 = WorkflowTaskFailedResponse.from_dict(_events_item_data)

                        events_item = events_item_type_6
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_7 = CustomTaskStartedResponse.from_dict(_events_item_data)

                        events_item = events_item_type_7
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_8 = CustomTaskInProgressResponse.from_dict(_events_item_data)

                        events_item = events_item_type_8
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_9 = CustomTaskCompletedResponse.from_dict(_events_item_data)

                        events_item = events_item_type_9
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_10 = CustomTaskFailedResponse.from_dict(_events_item_data)

                        events_item = events_item_type_10
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_11 = CustomTaskTimedOutResponse.from_dict(_events_item_data)

                        events_item = events_item_type_11
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_12 = CustomTaskCanceledResponse.from_dict(_events_item_data)

                        events_item = events_item_type_12
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_13 = ActivityTaskStartedResponse.from_dict(_events_item_data)

                        events_item = events_item_type_13
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_14 = ActivityTaskCompletedResponse.from_dict(_events_item_data)

                        events_item = events_item_type_14
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_events_item_data, dict):
                    try:
                        events_item_type_15 = ActivityTaskRetryingResponse.from_dict(_events_item_data)

                        events_item = events_item_type_15
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(_events_item_data, dict):
                    raise TypeError()
                events_item_type_16 = ActivityTaskFailedResponse.from_dict(_events_item_data)

                events_item = events_item_type_16
                break

            events.append(events_item)

        next_cursor: None | str | Unset = d.pop("next_cursor", UNSET)

        list_workflow_event_response = cls(
            events,
            next_cursor,
        )

        list_workflow_event_response.additional_properties = d
        return list_workflow_event_response

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
