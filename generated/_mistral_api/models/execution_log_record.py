from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.execution_log_record_log_attributes import ExecutionLogRecordLogAttributes
else:
    ExecutionLogRecordLogAttributes = _Lazy(
        globals(), "execution_log_record_log_attributes", "ExecutionLogRecordLogAttributes"
    )


T = TypeVar("T", bound="ExecutionLogRecord")


class ExecutionLogRecord:
    """
    Attributes:
        timestamp (datetime.datetime):
        trace_id (str):
        span_id (str):
        severity_text (str):
        body (str):
        log_attributes (ExecutionLogRecordLogAttributes):
    """

    __slots__ = ("additional_properties", "body", "log_attributes", "severity_text", "span_id", "timestamp", "trace_id")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "timestamp",
        "trace_id",
        "span_id",
        "severity_text",
        "body",
        "log_attributes",
    )

    timestamp: datetime.datetime
    trace_id: str
    span_id: str
    severity_text: str
    body: str
    log_attributes: ExecutionLogRecordLogAttributes
    additional_properties: dict[str, Any]

    def __init__(
        self,
        timestamp: datetime.datetime,
        trace_id: str,
        span_id: str,
        severity_text: str,
        body: str,
        log_attributes: ExecutionLogRecordLogAttributes,
    ) -> None:
        self.timestamp = timestamp
        self.trace_id = trace_id
        self.span_id = span_id
        self.severity_text = severity_text
        self.body = body
        self.log_attributes = log_attributes
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        trace_id = self.trace_id

        span_id = self.span_id

        severity_text = self.severity_text

        body = self.body

        try:
            try:
                log_attributes = self.log_attributes.to_dict()
            except AttributeError:
                if isinstance(self.log_attributes, ExecutionLogRecordLogAttributes):
                    raise
                log_attributes = _as_dict(self.log_attributes, "ExecutionLogRecordLogAttributes")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "log_attributes")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "trace_id": trace_id,
                "span_id": span_id,
                "severity_text": severity_text,
                "body": body,
                "log_attributes": log_attributes,
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
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        trace_id = d.pop("trace_id")

        span_id = d.pop("span_id")

        severity_text = d.pop("severity_text")

        body = d.pop("body")

        log_attributes = ExecutionLogRecordLogAttributes.from_dict(d.pop("log_attributes"))

        execution_log_record = cls(
            timestamp,
            trace_id,
            span_id,
            severity_text,
            body,
            log_attributes,
        )

        execution_log_record.additional_properties = d
        return execution_log_record

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
