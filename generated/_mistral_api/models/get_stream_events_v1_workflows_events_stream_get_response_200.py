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
    from ..models.stream_event_sse_error_data import StreamEventSseErrorData
    from ..models.stream_event_sse_payload import StreamEventSsePayload
else:
    StreamEventSseErrorData = _Lazy(globals(), "stream_event_sse_error_data", "StreamEventSseErrorData")
    StreamEventSsePayload = _Lazy(globals(), "stream_event_sse_payload", "StreamEventSsePayload")


T = TypeVar("T", bound="GetStreamEventsV1WorkflowsEventsStreamGetResponse200")


class GetStreamEventsV1WorkflowsEventsStreamGetResponse200:
    """
    Attributes:
        event (str | Unset):
        data (StreamEventSseErrorData | StreamEventSsePayload | Unset):
        id (str | Unset):
        retry (int | Unset):
    """

    __slots__ = ("additional_properties", "data", "event", "id", "retry")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "event",
        "data",
        "id",
        "retry",
    )

    event: str | Unset
    data: StreamEventSseErrorData | StreamEventSsePayload | Unset
    id: str | Unset
    retry: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        event: str | Unset = UNSET,
        data: StreamEventSseErrorData | StreamEventSsePayload | Unset = UNSET,
        id: str | Unset = UNSET,
        retry: int | Unset = UNSET,
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        try:
            data: dict[str, Any] | Unset
            if isinstance(self.data, Unset):
                data = UNSET
            elif isinstance(self.data, StreamEventSsePayload):
                data = self.data.to_dict()
            else:
                try:
                    data = self.data.to_dict()
                except AttributeError:
                    if isinstance(self.data, StreamEventSseErrorData):
                        raise
                    data = _as_dict(self.data, "StreamEventSseErrorData | StreamEventSsePayload")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "data")
            raise

        id = self.id

        retry = self.retry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if data is not UNSET:
            field_dict["data"] = data
        if id is not UNSET:
            field_dict["id"] = id
        if retry is not UNSET:
            field_dict["retry"] = retry

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
        event = d.pop("event", UNSET)

        _data_data = d.pop("data", UNSET)
        data: StreamEventSseErrorData | StreamEventSsePayload | Unset
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_data_data, Unset):
                data = _data_data
                break
            if isinstance(_data_data, dict):
                try:
                    data_type_0 = StreamEventSsePayload.from_dict(_data_data)

                    data = data_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_data_data, dict):
                raise TypeError()
            data_type_1 = StreamEventSseErrorData.from_dict(_data_data)

            data = data_type_1
            break

        id = d.pop("id", UNSET)

        retry = d.pop("retry", UNSET)

        get_stream_events_v1_workflows_events_stream_get_response_200 = cls(
            event,
            data,
            id,
            retry,
        )

        get_stream_events_v1_workflows_events_stream_get_response_200.additional_properties = d
        return get_stream_events_v1_workflows_events_stream_get_response_200

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
