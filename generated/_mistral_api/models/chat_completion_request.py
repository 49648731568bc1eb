from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mistral_prompt_mode import MistralPromptMode
from ..models.reasoning_effort import ReasoningEffort
from ..models.tool_choice_enum import ToolChoiceEnum
from ..types import UNSET, InvalidFieldError, Unset
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ChatCompletionRequest")


@_attrs_define(repr=False)
class ChatCompletionRequest:
    """A chat completion request. Only the fields the caller sets are sent.

    Attributes:
        model (str): ID of the model to use, such as `mistral-large-latest`.
        messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The conversation so far, oldest
            first.
        temperature (float | None | Unset): Sampling temperature; lower is more deterministic. The default depends on
            the model.
        top_p (float | None | Unset): Nucleus sampling mass.
        max_tokens (int | None | Unset): The most tokens to generate.
        stream (bool | None | Unset): Stream partial results as server-sent events, ended by `data: [DONE]`.
        stop (list[str] | None | str | Unset): Stop when this string, or one of these strings, is generated.
        random_seed (int | None | Unset): Seed for sampling, for repeatable results.
        metadata (None | RequestMetadata | Unset):
        response_format (None | ResponseFormat | Unset):
        tools (list[Tool] | None | Unset): Functions the model may call.
        tool_choice (None | ToolChoice | ToolChoiceEnum | Unset): Whether and which tool the model must call.
        presence_penalty (float | None | Unset):
        frequency_penalty (float | None | Unset):
        n (int | None | Unset): Number of completions to return.
        prediction (None | Prediction | Unset):
        parallel_tool_calls (bool | None | Unset):
        reasoning_effort (None | ReasoningEffort | Unset):
        prompt_mode (MistralPromptMode | None | Unset):
        guardrails (list[GuardrailConfig] | None | Unset):
        prompt_cache_key (None | str | Unset): Groups requests that share a prefix, to reuse the server's prompt cache.
        safe_prompt (bool | None | Unset): Prepend Mistral's safety prompt.
    """

    model: str
    messages: list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    random_seed: int | None | Unset = UNSET
    metadata: None | RequestMetadata | Unset = UNSET
    response_format: None | ResponseFormat | Unset = UNSET
    tools: list[Tool] | None | Unset = UNSET
    tool_choice: None | ToolChoice | ToolChoiceEnum | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    n: int | None | Unset = UNSET
    prediction: None | Prediction | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    reasoning_effort: None | ReasoningEffort | Unset = UNSET
    prompt_mode: MistralPromptMode | None | Unset = UNSET
    guardrails: list[GuardrailConfig] | None | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    safe_prompt: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        try:
            messages = []
            try:
                for messages_item_data in self.messages:
                    messages_item: dict[str, Any]
                    if (
                        isinstance(messages_item_data, SystemMessage)
                        or isinstance(messages_item_data, UserMessage)
                        or isinstance(messages_item_data, AssistantMessage)
                    ):
                        messages_item = messages_item_data.to_dict()
                    else:
                        try:
                            messages_item = messages_item_data.to_dict()
                        except AttributeError:
                            if isinstance(messages_item_data, ToolMessage):
                                raise
                            messages_item = _as_dict(
                                messages_item_data, "AssistantMessage | SystemMessage | ToolMessage | UserMessage"
                            )
                    messages.append(messages_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(messages))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "messages")
            raise

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

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        random_seed: int | None | Unset
        if isinstance(self.random_seed, Unset):
            random_seed = UNSET
        else:
            random_seed = self.random_seed

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, RequestMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
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

        try:
            tools: list[dict[str, Any]] | None | Unset
            if isinstance(self.tools, Unset):
                tools = UNSET
            elif isinstance(self.tools, list):
                tools = []
                try:
                    for tools_type_0_item_data in self.tools:
                        try:
                            tools_type_0_item = tools_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(tools_type_0_item_data, Tool):
                                raise
                            tools_type_0_item = _as_dict(tools_type_0_item_data, "Tool")
                        tools.append(tools_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(tools))
                    raise
            else:
                tools = self.tools
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tools")
            raise

        try:
            tool_choice: dict[str, Any] | None | str | Unset
            if isinstance(self.tool_choice, Unset):
                tool_choice = UNSET
            elif isinstance(self.tool_choice, ToolChoice):
                tool_choice = self.tool_choice.to_dict()
            elif isinstance(self.tool_choice, ToolChoiceEnum):
                tool_choice = str(self.tool_choice)
            else:
                tool_choice = self.tool_choice
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tool_choice")
            raise

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

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

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

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, ReasoningEffort):
            reasoning_effort = str(self.reasoning_effort)
        else:
            reasoning_effort = self.reasoning_effort

        prompt_mode: None | str | Unset
        if isinstance(self.prompt_mode, Unset):
            prompt_mode = UNSET
        elif isinstance(self.prompt_mode, MistralPromptMode):
            prompt_mode = str(self.prompt_mode)
        else:
            prompt_mode = self.prompt_mode

        try:
            guardrails: list[dict[str, Any]] | None | Unset
            if isinstance(self.guardrails, Unset):
                guardrails = UNSET
            elif isinstance(self.guardrails, list):
                guardrails = []
                try:
                    for guardrails_type_0_item_data in self.guardrails:
                        try:
                            guardrails_type_0_item = guardrails_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(guardrails_type_0_item_data, GuardrailConfig):
                                raise
                            guardrails_type_0_item = _as_dict(guardrails_type_0_item_data, "GuardrailConfig")
                        guardrails.append(guardrails_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(guardrails))
                    raise
            else:
                guardrails = self.guardrails
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "guardrails")
            raise

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        safe_prompt: bool | None | Unset
        if isinstance(self.safe_prompt, Unset):
            safe_prompt = UNSET
        else:
            safe_prompt = self.safe_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stop is not UNSET:
            field_dict["stop"] = stop
        if random_seed is not UNSET:
            field_dict["random_seed"] = random_seed
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if n is not UNSET:
            field_dict["n"] = n
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if prompt_mode is not UNSET:
            field_dict["prompt_mode"] = prompt_mode
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if safe_prompt is not UNSET:
            field_dict["safe_prompt"] = safe_prompt

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
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            _messages_item_data = messages_item_data
            messages_item: AssistantMessage | SystemMessage | ToolMessage | UserMessage
            while True:  # one pass; each break is the generator's `return`
                if isinstance(_messages_item_data, dict):
                    try:
                        componentsschemas_messages_type_0 = SystemMessage.from_dict(_messages_item_data)

                        messages_item = componentsschemas_messages_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_messages_item_data, dict):
                    try:
                        componentsschemas_messages_type_1 = UserMessage.from_dict(_messages_item_data)

                        messages_item = componentsschemas_messages_type_1
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_messages_item_data, dict):
                    try:
                        componentsschemas_messages_type_2 = AssistantMessage.from_dict(_messages_item_data)

                        messages_item = componentsschemas_messages_type_2
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(_messages_item_data, dict):
                    raise TypeError()
                componentsschemas_messages_type_3 = ToolMessage.from_dict(_messages_item_data)

                messages_item = componentsschemas_messages_type_3
                break

            messages.append(messages_item)

        temperature: float | None | Unset = d.pop("temperature", UNSET)

        top_p: float | None | Unset = d.pop("top_p", UNSET)

        max_tokens: int | None | Unset = d.pop("max_tokens", UNSET)

        stream: bool | None | Unset = d.pop("stream", UNSET)

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
                    stop_type_1 = cast(list[str], _stop_data)

                    stop = stop_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            stop = cast("list[str] | None | str | Unset", _stop_data)
            break

        random_seed: int | None | Unset = d.pop("random_seed", UNSET)

        _metadata_data = d.pop("metadata", UNSET)
        metadata: None | RequestMetadata | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = RequestMetadata.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("None | RequestMetadata | Unset", _metadata_data)
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

        _tools_data = d.pop("tools", UNSET)
        tools: list[Tool] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tools_data is None:
                tools = _tools_data
                break
            if isinstance(_tools_data, Unset):
                tools = _tools_data
                break
            if isinstance(_tools_data, list):
                try:
                    tools_type_0 = []
                    _tools_type_0 = _tools_data
                    for tools_type_0_item_data in _tools_type_0:
                        tools_type_0_item = Tool.from_dict(tools_type_0_item_data)

                        tools_type_0.append(tools_type_0_item)

                    tools = tools_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tools = cast("list[Tool] | None | Unset", _tools_data)
            break

        _tool_choice_data = d.pop("tool_choice", UNSET)
        tool_choice: None | ToolChoice | ToolChoiceEnum | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tool_choice_data is None:
                tool_choice = _tool_choice_data
                break
            if isinstance(_tool_choice_data, Unset):
                tool_choice = _tool_choice_data
                break
            if isinstance(_tool_choice_data, dict):
                try:
                    tool_choice_type_0 = ToolChoice.from_dict(_tool_choice_data)

                    tool_choice = tool_choice_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_tool_choice_data, str):
                try:
                    tool_choice_type_1 = ToolChoiceEnum(_tool_choice_data)

                    tool_choice = tool_choice_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tool_choice = cast("None | ToolChoice | ToolChoiceEnum | Unset", _tool_choice_data)
            break

        presence_penalty: float | None | Unset = d.pop("presence_penalty", UNSET)

        frequency_penalty: float | None | Unset = d.pop("frequency_penalty", UNSET)

        n: int | None | Unset = d.pop("n", UNSET)

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

        parallel_tool_calls: bool | None | Unset = d.pop("parallel_tool_calls", UNSET)

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

        _prompt_mode_data = d.pop("prompt_mode", UNSET)
        prompt_mode: MistralPromptMode | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _prompt_mode_data is None:
                prompt_mode = _prompt_mode_data
                break
            if isinstance(_prompt_mode_data, Unset):
                prompt_mode = _prompt_mode_data
                break
            if isinstance(_prompt_mode_data, str):
                try:
                    prompt_mode_type_0 = MistralPromptMode(_prompt_mode_data)

                    prompt_mode = prompt_mode_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            prompt_mode = cast("MistralPromptMode | None | Unset", _prompt_mode_data)
            break

        _guardrails_data = d.pop("guardrails", UNSET)
        guardrails: list[GuardrailConfig] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _guardrails_data is None:
                guardrails = _guardrails_data
                break
            if isinstance(_guardrails_data, Unset):
                guardrails = _guardrails_data
                break
            if isinstance(_guardrails_data, list):
                try:
                    guardrails_type_0 = []
                    _guardrails_type_0 = _guardrails_data
                    for guardrails_type_0_item_data in _guardrails_type_0:
                        guardrails_type_0_item = GuardrailConfig.from_dict(guardrails_type_0_item_data)

                        guardrails_type_0.append(guardrails_type_0_item)

                    guardrails = guardrails_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            guardrails = cast("list[GuardrailConfig] | None | Unset", _guardrails_data)
            break

        prompt_cache_key: None | str | Unset = d.pop("prompt_cache_key", UNSET)

        safe_prompt: bool | None | Unset = d.pop("safe_prompt", UNSET)

        chat_completion_request = cls(
            model,
            messages,
            temperature,
            top_p,
            max_tokens,
            stream,
            stop,
            random_seed,
            metadata,
            response_format,
            tools,
            tool_choice,
            presence_penalty,
            frequency_penalty,
            n,
            prediction,
            parallel_tool_calls,
            reasoning_effort,
            prompt_mode,
            guardrails,
            prompt_cache_key,
            safe_prompt,
        )

        chat_completion_request.additional_properties = d
        return chat_completion_request

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


# Imported here, once the class above exists: see templates/model.py.jinja.
from ..models.assistant_message import AssistantMessage
from ..models.guardrail_config import GuardrailConfig
from ..models.prediction import Prediction
from ..models.request_metadata import RequestMetadata
from ..models.response_format import ResponseFormat
from ..models.system_message import SystemMessage
from ..models.tool import Tool
from ..models.tool_choice import ToolChoice
from ..models.tool_message import ToolMessage
from ..models.user_message import UserMessage
