from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.prediction import Prediction
    from ..models.reasoning_effort import ReasoningEffort
    from ..models.response_format import ResponseFormat
    from ..models.tool_choice_enum import ToolChoiceEnum
else:
    Prediction = _Lazy(globals(), "prediction", "Prediction")
    ReasoningEffort = _Lazy(globals(), "reasoning_effort", "ReasoningEffort")
    ResponseFormat = _Lazy(globals(), "response_format", "ResponseFormat")
    ToolChoiceEnum = _Lazy(globals(), "tool_choice_enum", "ToolChoiceEnum")


T = TypeVar("T", bound="CompletionArgs")


class CompletionArgs:
    """White-listed arguments from the completion API

    Attributes:
        stop (list[str] | None | str | Unset):
        presence_penalty (float | None | Unset):
        frequency_penalty (float | None | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        max_tokens (int | None | Unset):
        random_seed (int | None | Unset):
        prediction (None | Prediction | Unset):
        response_format (None | ResponseFormat | Unset):
        tool_choice (ToolChoiceEnum | Unset):
        reasoning_effort (None | ReasoningEffort | Unset):
    """

    __slots__ = (
        "additional_properties",
        "frequency_penalty",
        "max_tokens",
        "prediction",
        "presence_penalty",
        "random_seed",
        "reasoning_effort",
        "response_format",
        "stop",
        "temperature",
        "tool_choice",
        "top_p",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "stop",
        "presence_penalty",
        "frequency_penalty",
        "temperature",
        "top_p",
        "max_tokens",
        "random_seed",
        "prediction",
        "response_format",
        "tool_choice",
        "reasoning_effort",
    )

    stop: list[str] | None | str | Unset
    presence_penalty: float | None | Unset
    frequency_penalty: float | None | Unset
    temperature: float | None | Unset
    top_p: float | None | Unset
    max_tokens: int | None | Unset
    random_seed: int | None | Unset
    prediction: None | Prediction | Unset
    response_format: None | ResponseFormat | Unset
    tool_choice: ToolChoiceEnum | Unset
    reasoning_effort: None | ReasoningEffort | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        stop: list[str] | None | str | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        prediction: None | Prediction | Unset = UNSET,
        response_format: None | ResponseFormat | Unset = UNSET,
        tool_choice: ToolChoiceEnum | Unset = UNSET,
        reasoning_effort: None | ReasoningEffort | Unset = UNSET,
    ) -> None:
        self.stop = stop
        self.presence_penalty = presence_penalty
        self.frequency_penalty = frequency_penalty
        self.temperature = temperature
        self.top_p = top_p
        self.max_tokens = max_tokens
        self.random_seed = random_seed
        self.prediction = prediction
        self.response_format = response_format
        self.tool_choice = tool_choice
        self.reasoning_effort = reasoning_effort
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        random_seed: int | None | Unset
        if isinstance(self.random_seed, Unset):
            random_seed = UNSET
        else:
            random_seed = self.random_seed

        try:
            prediction: dict[str, Any] | None | Unset
            if isinstance(self.prediction, Unset):
                prediction = UNSET
            elif isinstance(self.prediction, Prediction):
                prediction = self.prediction.to_dict()
            else:
                prediction = self.prediction
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "prediction")
            raise

        try:
            response_format: dict[str, Any] | None | Unset
            if isinstance(self.response_format, Unset):
                response_format = UNSET
            elif isinstance(self.response_format, ResponseFormat):
                response_format = self.response_format.to_dict()
            else:
                response_format = self.response_format
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "response_format")
            raise

        tool_choice: str | Unset = UNSET
        if not isinstance(self.tool_choice, Unset):
            tool_choice = str(self.tool_choice)

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, ReasoningEffort):
            reasoning_effort = str(self.reasoning_effort)
        else:
            reasoning_effort = self.reasoning_effort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stop is not UNSET:
            field_dict["stop"] = stop
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if random_seed is not UNSET:
            field_dict["random_seed"] = random_seed
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort

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
        _stop_data = d.pop("stop", UNSET)
        stop: list[str] | None | str | Unset
        while True:  # one pass; each break is the generator's `return`
            if _stop_data is None:
                stop = _stop_data
                break
            if isinstance(_stop_data, Unset):
                stop = _stop_data
                break
            if isinstance(_stop_data, list):
                try:
                    componentsschemas_completion_args_stop_type_1 = cast(list[str], _stop_data)

                    stop = componentsschemas_completion_args_stop_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            stop = cast("list[str] | None | str | Unset", _stop_data)
            break

        presence_penalty: float | None | Unset = d.pop("presence_penalty", UNSET)

        frequency_penalty: float | None | Unset = d.pop("frequency_penalty", UNSET)

        temperature: float | None | Unset = d.pop("temperature", UNSET)

        top_p: float | None | Unset = d.pop("top_p", UNSET)

        max_tokens: int | None | Unset = d.pop("max_tokens", UNSET)

        random_seed: int | None | Unset = d.pop("random_seed", UNSET)

        _prediction_data = d.pop("prediction", UNSET)
        prediction: None | Prediction | Unset
        while True:  # one pass; each break is the generator's `return`
            if _prediction_data is None:
                prediction = _prediction_data
                break
            if isinstance(_prediction_data, Unset):
                prediction = _prediction_data
                break
            if isinstance(_prediction_data, dict):
                try:
                    prediction_type_0 = Prediction.from_dict(_prediction_data)

                    prediction = prediction_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            prediction = cast("None | Prediction | Unset", _prediction_data)
            break

        _response_format_data = d.pop("response_format", UNSET)
        response_format: None | ResponseFormat | Unset
        while True:  # one pass; each break is the generator's `return`
            if _response_format_data is None:
                response_format = _response_format_data
                break
            if isinstance(_response_format_data, Unset):
                response_format = _response_format_data
                break
            if isinstance(_response_format_data, dict):
                try:
                    response_format_type_0 = ResponseFormat.from_dict(_response_format_data)

                    response_format = response_format_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            response_format = cast("None | ResponseFormat | Unset", _response_format_data)
            break

        _tool_choice = d.pop("tool_choice", UNSET)
        tool_choice: ToolChoiceEnum | Unset
        if isinstance(_tool_choice, Unset):
            tool_choice = UNSET
        else:
            tool_choice = ToolChoiceEnum(_tool_choice)

        _reasoning_effort_data = d.pop("reasoning_effort", UNSET)
        reasoning_effort: None | ReasoningEffort | Unset
        while True:  # one pass; each break is the generator's `return`
            if _reasoning_effort_data is None:
                reasoning_effort = _reasoning_effort_data
                break
            if isinstance(_reasoning_effort_data, Unset):
                reasoning_effort = _reasoning_effort_data
                break
            if isinstance(_reasoning_effort_data, str):
                try:
                    reasoning_effort_type_0 = ReasoningEffort(_reasoning_effort_data)

                    reasoning_effort = reasoning_effort_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            reasoning_effort = cast("None | ReasoningEffort | Unset", _reasoning_effort_data)
            break

        completion_args = cls(
            stop,
            presence_penalty,
            frequency_penalty,
            temperature,
            top_p,
            max_tokens,
            random_seed,
            prediction,
            response_format,
            tool_choice,
            reasoning_effort,
        )

        completion_args.additional_properties = d
        return completion_args

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
