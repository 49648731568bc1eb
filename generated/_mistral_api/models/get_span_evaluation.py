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
    from ..models.get_span_evaluation_metadata import GetSpanEvaluationMetadata
else:
    GetSpanEvaluationMetadata = _Lazy(globals(), "get_span_evaluation_metadata", "GetSpanEvaluationMetadata")


T = TypeVar("T", bound="GetSpanEvaluation")


class GetSpanEvaluation:
    """
    Attributes:
        customer_id (str):
        organization_id (str):
        workspace_id (str):
        user_id (str):
        trace_id (str):
        span_id (str):
        response_id (str):
        conversation_id (str):
        timestamp (datetime.datetime):
        evaluation_name (str):
        score_value (float):
        score_label (str):
        explanation (str):
        metadata (GetSpanEvaluationMetadata):
    """

    __slots__ = (
        "additional_properties",
        "conversation_id",
        "customer_id",
        "evaluation_name",
        "explanation",
        "metadata",
        "organization_id",
        "response_id",
        "score_label",
        "score_value",
        "span_id",
        "timestamp",
        "trace_id",
        "user_id",
        "workspace_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "customer_id",
        "organization_id",
        "workspace_id",
        "user_id",
        "trace_id",
        "span_id",
        "response_id",
        "conversation_id",
        "timestamp",
        "evaluation_name",
        "score_value",
        "score_label",
        "explanation",
        "metadata",
    )

    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    span_id: str
    response_id: str
    conversation_id: str
    timestamp: datetime.datetime
    evaluation_name: str
    score_value: float
    score_label: str
    explanation: str
    metadata: GetSpanEvaluationMetadata
    additional_properties: dict[str, Any]

    def __init__(
        self,
        customer_id: str,
        organization_id: str,
        workspace_id: str,
        user_id: str,
        trace_id: str,
        span_id: str,
        response_id: str,
        conversation_id: str,
        timestamp: datetime.datetime,
        evaluation_name: str,
        score_value: float,
        score_label: str,
        explanation: str,
        metadata: GetSpanEvaluationMetadata,
    ) -> None:
        self.customer_id = customer_id
        self.organization_id = organization_id
        self.workspace_id = workspace_id
        self.user_id = user_id
        self.trace_id = trace_id
        self.span_id = span_id
        self.response_id = response_id
        self.conversation_id = conversation_id
        self.timestamp = timestamp
        self.evaluation_name = evaluation_name
        self.score_value = score_value
        self.score_label = score_label
        self.explanation = explanation
        self.metadata = metadata
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        organization_id = self.organization_id

        workspace_id = self.workspace_id

        user_id = self.user_id

        trace_id = self.trace_id

        span_id = self.span_id

        response_id = self.response_id

        conversation_id = self.conversation_id

        timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        evaluation_name = self.evaluation_name

        score_value = self.score_value

        score_label = self.score_label

        explanation = self.explanation

        try:
            try:
                metadata = self.metadata.to_dict()
            except AttributeError:
                if isinstance(self.metadata, GetSpanEvaluationMetadata):
                    raise
                metadata = _as_dict(self.metadata, "GetSpanEvaluationMetadata")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "organization_id": organization_id,
                "workspace_id": workspace_id,
                "user_id": user_id,
                "trace_id": trace_id,
                "span_id": span_id,
                "response_id": response_id,
                "conversation_id": conversation_id,
                "timestamp": timestamp,
                "evaluation_name": evaluation_name,
                "score_value": score_value,
                "score_label": score_label,
                "explanation": explanation,
                "metadata": metadata,
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
        customer_id = d.pop("customer_id")

        organization_id = d.pop("organization_id")

        workspace_id = d.pop("workspace_id")

        user_id = d.pop("user_id")

        trace_id = d.pop("trace_id")

        span_id = d.pop("span_id")

        response_id = d.pop("response_id")

        conversation_id = d.pop("conversation_id")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        evaluation_name = d.pop("evaluation_name")

        score_value = d.pop("score_value")

        score_label = d.pop("score_label")

        explanation = d.pop("explanation")

        metadata = GetSpanEvaluationMetadata.from_dict(d.pop("metadata"))

        get_span_evaluation = cls(
            customer_id,
            organization_id,
            workspace_id,
            user_id,
            trace_id,
            span_id,
            response_id,
            conversation_id,
            timestamp,
            evaluation_name,
            score_value,
            score_label,
            explanation,
            metadata,
        )

        get_span_evaluation.additional_properties = d
        return get_span_evaluation

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
