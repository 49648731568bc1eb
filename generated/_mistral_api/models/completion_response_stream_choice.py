from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.completion_response_stream_choice_finish_reason_type_1 import (
        CompletionResponseStreamChoiceFinishReasonType1,
    )
    from ..models.completion_response_stream_choice_finish_reason_type_2_type_1 import (
        CompletionResponseStreamChoiceFinishReasonType2Type1,
    )
    from ..models.completion_response_stream_choice_finish_reason_type_3_type_1 import (
        CompletionResponseStreamChoiceFinishReasonType3Type1,
    )
    from ..models.delta_message import DeltaMessage
else:
    CompletionResponseStreamChoiceFinishReasonType1 = _Lazy(
        globals(),
        "completion_response_stream_choice_finish_reason_type_1",
        "CompletionResponseStreamChoiceFinishReasonType1",
    )
    CompletionResponseStreamChoiceFinishReasonType2Type1 = _Lazy(
        globals(),
        "completion_response_stream_choice_finish_reason_type_2_type_1",
        "CompletionResponseStreamChoiceFinishReasonType2Type1",
    )
    CompletionResponseStreamChoiceFinishReasonType3Type1 = _Lazy(
        globals(),
        "completion_response_stream_choice_finish_reason_type_3_type_1",
        "CompletionResponseStreamChoiceFinishReasonType3Type1",
    )
    DeltaMessage = _Lazy(globals(), "delta_message", "DeltaMessage")


T = TypeVar("T", bound="CompletionResponseStreamChoice")


class CompletionResponseStreamChoice:
    """
    Attributes:
        index (int):
        delta (DeltaMessage):
        finish_reason (CompletionResponseStreamChoiceFinishReasonType1 |
            CompletionResponseStreamChoiceFinishReasonType2Type1 | CompletionResponseStreamChoiceFinishReasonType3Type1 |
            None):
    """

    __slots__ = ("additional_properties", "delta", "finish_reason", "index")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "index",
        "delta",
        "finish_reason",
    )

    index: int
    delta: DeltaMessage
    finish_reason: (
        CompletionResponseStreamChoiceFinishReasonType1
        | CompletionResponseStreamChoiceFinishReasonType2Type1
        | CompletionResponseStreamChoiceFinishReasonType3Type1
        | None
    )
    additional_properties: dict[str, Any]

    def __init__(
        self,
        index: int,
        delta: DeltaMessage,
        finish_reason: CompletionResponseStreamChoiceFinishReasonType1
        | CompletionResponseStreamChoiceFinishReasonType2Type1
        | CompletionResponseStreamChoiceFinishReasonType3Type1
        | None,
    ) -> None:
        self.index = index
        self.delta = delta
        self.finish_reason = finish_reason
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        try:
            try:
                delta = self.delta.to_dict()
            except AttributeError:
                if isinstance(self.delta, DeltaMessage):
                    raise
                delta = _as_dict(self.delta, "DeltaMessage")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "delta")
            raise

        finish_reason: None | str
        if (
            isinstance(self.finish_reason, CompletionResponseStreamChoiceFinishReasonType1)
            or isinstance(self.finish_reason, CompletionResponseStreamChoiceFinishReasonType2Type1)
            or isinstance(self.finish_reason, CompletionResponseStreamChoiceFinishReasonType3Type1)
        ):
            finish_reason = str(self.finish_reason)
        else:
            finish_reason = self.finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "delta": delta,
                "finish_reason": finish_reason,
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
        index = d.pop("index")

        delta = DeltaMessage.from_dict(d.pop("delta"))

        _finish_reason_data = d.pop("finish_reason")
        finish_reason: (
            CompletionResponseStreamChoiceFinishReasonType1
            | CompletionResponseStreamChoiceFinishReasonType2Type1
            | CompletionResponseStreamChoiceFinishReasonType3Type1
            | None
        )
        while True:  # one pass; each break is the generator's `return`
            if _finish_reason_data is None:
                finish_reason = _finish_reason_data
                break
            if isinstance(_finish_reason_data, str):
                try:
                    finish_reason_type_1 = CompletionResponseStreamChoiceFinishReasonType1(_finish_reason_data)

                    finish_reason = finish_reason_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_finish_reason_data, str):
                try:
                    finish_reason_type_2_type_1 = CompletionResponseStreamChoiceFinishReasonType2Type1(
                        _finish_reason_data
                    )

                    finish_reason = finish_reason_type_2_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_finish_reason_data, str):
                try:
                    finish_reason_type_3_type_1 = CompletionResponseStreamChoiceFinishReasonType3Type1(
                        _finish_reason_data
                    )

                    finish_reason = finish_reason_type_3_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            finish_reason = cast(
                "CompletionResponseStreamChoiceFinishReasonType1 | CompletionResponseStreamChoiceFinishReasonType2Type1 | CompletionResponseStreamChoiceFinishReasonType3Type1 | None",
                _finish_reason_data,
            )
            break

        completion_response_stream_choice = cls(
            index,
            delta,
            finish_reason,
        )

        completion_response_stream_choice.additional_properties = d
        return completion_response_stream_choice

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
