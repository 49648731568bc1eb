from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.agents_completion_request_metadata_type_0 import AgentsCompletionRequestMetadataType0
    from ..models.assistant_message import AssistantMessage
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.custom_connector import CustomConnector
    from ..models.document_library_tool import DocumentLibraryTool
    from ..models.guardrail_config import GuardrailConfig
    from ..models.image_generation_tool import ImageGenerationTool
    from ..models.mistral_prompt_mode import MistralPromptMode
    from ..models.prediction import Prediction
    from ..models.reasoning_effort import ReasoningEffort
    from ..models.requested_service_tier import RequestedServiceTier
    from ..models.response_format import ResponseFormat
    from ..models.system_message import SystemMessage
    from ..models.tool import Tool
    from ..models.tool_choice import ToolChoice
    from ..models.tool_choice_enum import ToolChoiceEnum
    from ..models.tool_message import ToolMessage
    from ..models.user_message import UserMessage
    from ..models.web_search_premium_tool import WebSearchPremiumTool
    from ..models.web_search_tool import WebSearchTool
else:
    AgentsCompletionRequestMetadataType0 = _Lazy(
        globals(), "agents_completion_request_metadata_type_0", "AgentsCompletionRequestMetadataType0"
    )
    AssistantMessage = _Lazy(globals(), "assistant_message", "AssistantMessage")
    CodeInterpreterTool = _Lazy(globals(), "code_interpreter_tool", "CodeInterpreterTool")
    CustomConnector = _Lazy(globals(), "custom_connector", "CustomConnector")
    DocumentLibraryTool = _Lazy(globals(), "document_library_tool", "DocumentLibraryTool")
    GuardrailConfig = _Lazy(globals(), "guardrail_config", "GuardrailConfig")
    ImageGenerationTool = _Lazy(globals(), "image_generation_tool", "ImageGenerationTool")
    MistralPromptMode = _Lazy(globals(), "mistral_prompt_mode", "MistralPromptMode")
    Prediction = _Lazy(globals(), "prediction", "Prediction")
    ReasoningEffort = _Lazy(globals(), "reasoning_effort", "ReasoningEffort")
    RequestedServiceTier = _Lazy(globals(), "requested_service_tier", "RequestedServiceTier")
    ResponseFormat = _Lazy(globals(), "response_format", "ResponseFormat")
    SystemMessage = _Lazy(globals(), "system_message", "SystemMessage")
    Tool = _Lazy(globals(), "tool", "Tool")
    ToolChoice = _Lazy(globals(), "tool_choice", "ToolChoice")
    ToolChoiceEnum = _Lazy(globals(), "tool_choice_enum", "ToolChoiceEnum")
    ToolMessage = _Lazy(globals(), "tool_message", "ToolMessage")
    UserMessage = _Lazy(globals(), "user_message", "UserMessage")
    WebSearchPremiumTool = _Lazy(globals(), "web_search_premium_tool", "WebSearchPremiumTool")
    WebSearchTool = _Lazy(globals(), "web_search_tool", "WebSearchTool")


T = TypeVar("T", bound="AgentsCompletionRequest")


class AgentsCompletionRequest:
    """
    Attributes:
        messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The prompt(s) to generate
            completions for, encoded as a list of dict with role and content.
        agent_id (str): The ID of the agent to use for this completion.
        max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion. The token count of
            your prompt plus `max_tokens` cannot exceed the model's context length.
        stream (bool | Unset): Whether to stream back partial progress. If set, tokens will be sent as data-only server-
            side events as they become available, with the stream terminated by a data: [DONE] message. Otherwise, the
            server will hold the request open until the timeout or until completion, with the response containing the full
            result as JSON. Default: False.
        stop (list[str] | None | str | Unset): Stop generation if this token is detected. Or if one of these tokens is
            detected when providing an array
        random_seed (int | None | Unset): The seed to use for random sampling. If set, different calls will generate
            deterministic results.
        metadata (AgentsCompletionRequestMetadataType0 | None | Unset):
        response_format (ResponseFormat | Unset): Specify the format that the model must output. By default it will use
            `{ "type": "text" }`. Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the
            model generates is in JSON. When using JSON mode you MUST also instruct the model to produce JSON yourself with
            a system or a user message. Setting to `{ "type": "json_schema" }` enables JSON schema mode, which guarantees
            the message the model generates is in JSON and follows the schema you provide.
        tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | ImageGenerationTool | Tool |
            WebSearchPremiumTool | WebSearchTool] | None | Unset):
        tool_choice (ToolChoice | ToolChoiceEnum | Unset):  Default: ToolChoiceEnum.AUTO.
        presence_penalty (float | None | Unset): The `presence_penalty` determines how much the model penalizes the
            repetition of words or phrases. A higher presence penalty encourages the model to use a wider variety of words
            and phrases, making the output more diverse and creative.
        frequency_penalty (float | None | Unset): The `frequency_penalty` penalizes the repetition of words based on
            their frequency in the generated text. A higher frequency penalty discourages the model from repeating words
            that have already appeared frequently in the output, promoting diversity and reducing repetition.
        n (int | None | Unset): Number of completions to return for each request, input tokens are only billed once.
        prediction (Prediction | Unset): Enable users to specify an expected completion, optimizing response times by
            leveraging known or predictable content.
        parallel_tool_calls (bool | Unset):  Default: True.
        reasoning_effort (None | ReasoningEffort | Unset):
        prompt_mode (MistralPromptMode | None | Unset): Allows toggling between the reasoning mode and no system prompt.
            When set to `reasoning` the system prompt for reasoning models will be used.
        guardrails (list[GuardrailConfig] | None | Unset):
        prompt_cache_key (None | str | Unset):
        service_tier (None | RequestedServiceTier | Unset): Determines whether to serve the request using priority or
            standard capacity.
    """

    __slots__ = (
        "additional_properties",
        "agent_id",
        "frequency_penalty",
        "guardrails",
        "max_tokens",
        "messages",
        "metadata",
        "n",
        "parallel_tool_calls",
        "prediction",
        "presence_penalty",
        "prompt_cache_key",
        "prompt_mode",
        "random_seed",
        "reasoning_effort",
        "response_format",
        "service_tier",
        "stop",
        "stream",
        "tool_choice",
        "tools",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "messages",
        "agent_id",
        "max_tokens",
        "stream",
        "stop",
        "random_seed",
        "metadata",
        "response_format",
        "tools",
        "tool_choice",
        "presence_penalty",
        "frequency_penalty",
        "n",
        "prediction",
        "parallel_tool_calls",
        "reasoning_effort",
        "prompt_mode",
        "guardrails",
        "prompt_cache_key",
        "service_tier",
    )

    messages: list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]
    agent_id: str
    max_tokens: int | None | Unset
    stream: bool | Unset
    stop: list[str] | None | str | Unset
    random_seed: int | None | Unset
    metadata: AgentsCompletionRequestMetadataType0 | None | Unset
    response_format: ResponseFormat | Unset
    tools: (
        list[
            CodeInterpreterTool
            | CustomConnector
            | DocumentLibraryTool
            | ImageGenerationTool
            | Tool
            | WebSearchPremiumTool
            | WebSearchTool
        ]
        | None
        | Unset
    )
    tool_choice: ToolChoice | ToolChoiceEnum | Unset
    presence_penalty: float | None | Unset
    frequency_penalty: float | None | Unset
    n: int | None | Unset
    prediction: Prediction | Unset
    parallel_tool_calls: bool | Unset
    reasoning_effort: None | ReasoningEffort | Unset
    prompt_mode: MistralPromptMode | None | Unset
    guardrails: list[GuardrailConfig] | None | Unset
    prompt_cache_key: None | str | Unset
    service_tier: None | RequestedServiceTier | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        messages: list[AssistantMessage | SystemMessage | ToolMessage | UserMessage],
        agent_id: str,
        max_tokens: int | None | Unset = UNSET,
        stream: bool | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: AgentsCompletionRequestMetadataType0 | None | Unset = UNSET,
        response_format: ResponseFormat | Unset = UNSET,
        tools: list[
            CodeInterpreterTool
            | CustomConnector
            | DocumentLibraryTool
            | ImageGenerationTool
            | Tool
            | WebSearchPremiumTool
            | WebSearchTool
        ]
        | None
        | Unset = UNSET,
        tool_choice: ToolChoice | ToolChoiceEnum | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        prediction: Prediction | Unset = UNSET,
        parallel_tool_calls: bool | Unset = UNSET,
        reasoning_effort: None | ReasoningEffort | Unset = UNSET,
        prompt_mode: MistralPromptMode | None | Unset = UNSET,
        guardrails: list[GuardrailConfig] | None | Unset = UNSET,
        prompt_cache_key: None | str | Unset = UNSET,
        service_tier: None | RequestedServiceTier | Unset = UNSET,
    ) -> None:
        self.messages = messages
        self.agent_id = agent_id
        self.max_tokens = max_tokens
        self.stream = stream
        self.stop = stop
        self.random_seed = random_seed
        self.metadata = metadata
        self.response_format = response_format
        self.tools = tools
        self.tool_choice = tool_choice
        self.presence_penalty = presence_penalty
        self.frequency_penalty = frequency_penalty
        self.n = n
        self.prediction = prediction
        self.parallel_tool_calls = parallel_tool_calls
        self.reasoning_effort = reasoning_effort
        self.prompt_mode = prompt_mode
        self.guardrails = guardrails
        self.prompt_cache_key = prompt_cache_key
        self.service_tier = service_tier
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
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

        agent_id = self.agent_id

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

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
            elif isinstance(self.metadata, AgentsCompletionRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

        try:
            response_format: dict[str, Any] | Unset = UNSET
            if not isinstance(self.response_format, Unset):
                try:
                    response_format = self.response_format.to_dict()
                except AttributeError:
                    if isinstance(self.response_format, ResponseFormat):
                        raise
                    response_format = _as_dict(self.response_format, "ResponseFormat")
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
                        tools_type_0_item: dict[str, Any]
                        if (
                            isinstance(tools_type_0_item_data, Tool)
                            or isinstance(tools_type_0_item_data, WebSearchTool)
                            or isinstance(tools_type_0_item_data, WebSearchPremiumTool)
                            or isinstance(tools_type_0_item_data, CodeInterpreterTool)
                            or isinstance(tools_type_0_item_data, ImageGenerationTool)
                            or isinstance(tools_type_0_item_data, DocumentLibraryTool)
                        ):
                            tools_type_0_item = tools_type_0_item_data.to_dict()
                        else:
                            try:
                                tools_type_0_item = tools_type_0_item_data.to_dict()
                            except AttributeError:
                                if isinstance(tools_type_0_item_data, CustomConnector):
                                    raise
                                tools_type_0_item = _as_dict(
                                    tools_type_0_item_data,
                                    "CodeInterpreterTool | CustomConnector | DocumentLibraryTool | ImageGenerationTool | Tool | WebSearchPremiumTool | WebSearchTool",
                                )
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
            tool_choice: dict[str, Any] | str | Unset
            if isinstance(self.tool_choice, Unset):
                tool_choice = UNSET
            elif isinstance(self.tool_choice, ToolChoice):
                tool_choice = self.tool_choice.to_dict()
            elif isinstance(self.tool_choice, ToolChoiceEnum) or not isinstance(self.tool_choice, Mapping):
                tool_choice = str(self.tool_choice)
            else:
                tool_choice = _as_dict(self.tool_choice, "ToolChoice | ToolChoiceEnum")
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
            prediction: dict[str, Any] | Unset = UNSET
            if not isinstance(self.prediction, Unset):
                try:
                    prediction = self.prediction.to_dict()
                except AttributeError:
                    if isinstance(self.prediction, Prediction):
                        raise
                    prediction = _as_dict(self.prediction, "Prediction")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "prediction")
            raise

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

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, RequestedServiceTier):
            service_tier = str(self.service_tier)
        else:
            service_tier = self.service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "agent_id": agent_id,
            }
        )
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
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

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
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            _messages_item_data = messages_item_data
            messages_item: AssistantMessage | SystemMessage | ToolMessage | UserMessage
            while True:  # one pass; each break is the generator's `return`
                if isinstance(_messages_item_data, dict):
                    try:
                        messages_item_type_0 = SystemMessage.from_dict(_messages_item_data)

                        messages_item = messages_item_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_messages_item_data, dict):
                    try:
                        messages_item_type_1 = UserMessage.from_dict(_messages_item_data)

                        messages_item = messages_item_type_1
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_messages_item_data, dict):
                    try:
                        messages_item_type_2 = AssistantMessage.from_dict(_messages_item_data)

                        messages_item = messages_item_type_2
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(_messages_item_data, dict):
                    raise TypeError()
                messages_item_type_3 = ToolMessage.from_dict(_messages_item_data)

                messages_item = messages_item_type_3
                break

            messages.append(messages_item)

        agent_id = d.pop("agent_id")

        max_tokens: int | None | Unset = d.pop("max_tokens", UNSET)

        stream = d.pop("stream", UNSET)

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
        metadata: AgentsCompletionRequestMetadataType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = AgentsCompletionRequestMetadataType0.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("AgentsCompletionRequestMetadataType0 | None | Unset", _metadata_data)
            break

        _response_format = d.pop("response_format", UNSET)
        response_format: ResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = ResponseFormat.from_dict(_response_format)

        _tools_data = d.pop("tools", UNSET)
        tools: (
            list[
                CodeInterpreterTool
                | CustomConnector
                | DocumentLibraryTool
                | ImageGenerationTool
                | Tool
                | WebSearchPremiumTool
                | WebSearchTool
            ]
            | None
            | Unset
        )
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
                        _tools_type_0_item_data = tools_type_0_item_data
                        tools_type_0_item: (
                            CodeInterpreterTool
                            | CustomConnector
                            | DocumentLibraryTool
                            | ImageGenerationTool
                            | Tool
                            | WebSearchPremiumTool
                            | WebSearchTool
                        )
                        while True:  # one pass; each break is the generator's `return`
                            if isinstance(_tools_type_0_item_data, dict):
                                try:
                                    tools_type_0_item_type_0 = Tool.from_dict(_tools_type_0_item_data)

                                    tools_type_0_item = tools_type_0_item_type_0
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_tools_type_0_item_data, dict):
                                try:
                                    tools_type_0_item_type_1 = WebSearchTool.from_dict(_tools_type_0_item_data)

                                    tools_type_0_item = tools_type_0_item_type_1
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_tools_type_0_item_data, dict):
                                try:
                                    tools_type_0_item_type_2 = WebSearchPremiumTool.from_dict(_tools_type_0_item_data)

                                    tools_type_0_item = tools_type_0_item_type_2
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_tools_type_0_item_data, dict):
                                try:
                                    tools_type_0_item_type_3 = CodeInterpreterTool.from_dict(_tools_type_0_item_data)

                                    tools_type_0_item = tools_type_0_item_type_3
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_tools_type_0_item_data, dict):
                                try:
                                    tools_type_0_item_type_4 = ImageGenerationTool.from_dict(_tools_type_0_item_data)

                                    tools_type_0_item = tools_type_0_item_type_4
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_tools_type_0_item_data, dict):
                                try:
                                    tools_type_0_item_type_5 = DocumentLibraryTool.from_dict(_tools_type_0_item_data)

                                    tools_type_0_item = tools_type_0_item_type_5
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if not isinstance(_tools_type_0_item_data, dict):
                                raise TypeError()
                            tools_type_0_item_type_6 = CustomConnector.from_dict(_tools_type_0_item_data)

                            tools_type_0_item = tools_type_0_item_type_6
                            break

                        tools_type_0.append(tools_type_0_item)

                    tools = tools_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tools = cast(
                "list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | ImageGenerationTool | Tool | WebSearchPremiumTool | WebSearchTool] | None | Unset",
                _tools_data,
            )
            break

        _tool_choice_data = d.pop("tool_choice", UNSET)
        tool_choice: ToolChoice | ToolChoiceEnum | Unset
        while True:  # one pass; each break is the generator's `return`
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
            if not isinstance(_tool_choice_data, str):
                raise TypeError()
            tool_choice_type_1 = ToolChoiceEnum(_tool_choice_data)

            tool_choice = tool_choice_type_1
            break

        presence_penalty: float | None | Unset = d.pop("presence_penalty", UNSET)

        frequency_penalty: float | None | Unset = d.pop("frequency_penalty", UNSET)

        n: int | None | Unset = d.pop("n", UNSET)

        _prediction = d.pop("prediction", UNSET)
        prediction: Prediction | Unset
        if isinstance(_prediction, Unset):
            prediction = UNSET
        else:
            prediction = Prediction.from_dict(_prediction)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

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

        _service_tier_data = d.pop("service_tier", UNSET)
        service_tier: None | RequestedServiceTier | Unset
        while True:  # one pass; each break is the generator's `return`
            if _service_tier_data is None:
                service_tier = _service_tier_data
                break
            if isinstance(_service_tier_data, Unset):
                service_tier = _service_tier_data
                break
            if isinstance(_service_tier_data, str):
                try:
                    service_tier_type_0 = RequestedServiceTier(_service_tier_data)

                    service_tier = service_tier_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            service_tier = cast("None | RequestedServiceTier | Unset", _service_tier_data)
            break

        agents_completion_request = cls(
            messages,
            agent_id,
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
            service_tier,
        )

        agents_completion_request.additional_properties = d
        return agents_completion_request

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
