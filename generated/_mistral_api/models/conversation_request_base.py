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
    from ..models.agent_handoff_entry import AgentHandoffEntry
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.completion_args import CompletionArgs
    from ..models.conversation_request_base_handoff_execution_type_0 import ConversationRequestBaseHandoffExecutionType0
    from ..models.custom_connector import CustomConnector
    from ..models.document_library_tool import DocumentLibraryTool
    from ..models.function_call_entry import FunctionCallEntry
    from ..models.function_result_entry import FunctionResultEntry
    from ..models.function_tool import FunctionTool
    from ..models.guardrail_config import GuardrailConfig
    from ..models.image_generation_tool import ImageGenerationTool
    from ..models.message_input_entry import MessageInputEntry
    from ..models.message_output_entry import MessageOutputEntry
    from ..models.metadata_dict import MetadataDict
    from ..models.tool_execution_entry import ToolExecutionEntry
    from ..models.web_search_premium_tool import WebSearchPremiumTool
    from ..models.web_search_tool import WebSearchTool
else:
    AgentHandoffEntry = _Lazy(globals(), "agent_handoff_entry", "AgentHandoffEntry")
    CodeInterpreterTool = _Lazy(globals(), "code_interpreter_tool", "CodeInterpreterTool")
    CompletionArgs = _Lazy(globals(), "completion_args", "CompletionArgs")
    ConversationRequestBaseHandoffExecutionType0 = _Lazy(
        globals(), "conversation_request_base_handoff_execution_type_0", "ConversationRequestBaseHandoffExecutionType0"
    )
    CustomConnector = _Lazy(globals(), "custom_connector", "CustomConnector")
    DocumentLibraryTool = _Lazy(globals(), "document_library_tool", "DocumentLibraryTool")
    FunctionCallEntry = _Lazy(globals(), "function_call_entry", "FunctionCallEntry")
    FunctionResultEntry = _Lazy(globals(), "function_result_entry", "FunctionResultEntry")
    FunctionTool = _Lazy(globals(), "function_tool", "FunctionTool")
    GuardrailConfig = _Lazy(globals(), "guardrail_config", "GuardrailConfig")
    ImageGenerationTool = _Lazy(globals(), "image_generation_tool", "ImageGenerationTool")
    MessageInputEntry = _Lazy(globals(), "message_input_entry", "MessageInputEntry")
    MessageOutputEntry = _Lazy(globals(), "message_output_entry", "MessageOutputEntry")
    MetadataDict = _Lazy(globals(), "metadata_dict", "MetadataDict")
    ToolExecutionEntry = _Lazy(globals(), "tool_execution_entry", "ToolExecutionEntry")
    WebSearchPremiumTool = _Lazy(globals(), "web_search_premium_tool", "WebSearchPremiumTool")
    WebSearchTool = _Lazy(globals(), "web_search_tool", "WebSearchTool")


T = TypeVar("T", bound="ConversationRequestBase")


class ConversationRequestBase:
    """
    Attributes:
        inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry |
            MessageOutputEntry | ToolExecutionEntry] | str):
        stream (bool | None | Unset):
        store (bool | None | Unset):
        handoff_execution (ConversationRequestBaseHandoffExecutionType0 | None | Unset):
        instructions (None | str | Unset):
        tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool |
            WebSearchPremiumTool | WebSearchTool] | None | Unset):
        completion_args (CompletionArgs | None | Unset):
        guardrails (list[GuardrailConfig] | None | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        metadata (MetadataDict | None | Unset):
        agent_id (None | str | Unset):
        agent_version (int | None | str | Unset):
        model (None | str | Unset):
    """

    __slots__ = (
        "additional_properties",
        "agent_id",
        "agent_version",
        "completion_args",
        "description",
        "guardrails",
        "handoff_execution",
        "inputs",
        "instructions",
        "metadata",
        "model",
        "name",
        "store",
        "stream",
        "tools",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "inputs",
        "stream",
        "store",
        "handoff_execution",
        "instructions",
        "tools",
        "completion_args",
        "guardrails",
        "name",
        "description",
        "metadata",
        "agent_id",
        "agent_version",
        "model",
    )

    inputs: (
        list[
            AgentHandoffEntry
            | FunctionCallEntry
            | FunctionResultEntry
            | MessageInputEntry
            | MessageOutputEntry
            | ToolExecutionEntry
        ]
        | str
    )
    stream: bool | None | Unset
    store: bool | None | Unset
    handoff_execution: ConversationRequestBaseHandoffExecutionType0 | None | Unset
    instructions: None | str | Unset
    tools: (
        list[
            CodeInterpreterTool
            | CustomConnector
            | DocumentLibraryTool
            | FunctionTool
            | ImageGenerationTool
            | WebSearchPremiumTool
            | WebSearchTool
        ]
        | None
        | Unset
    )
    completion_args: CompletionArgs | None | Unset
    guardrails: list[GuardrailConfig] | None | Unset
    name: None | str | Unset
    description: None | str | Unset
    metadata: MetadataDict | None | Unset
    agent_id: None | str | Unset
    agent_version: int | None | str | Unset
    model: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        inputs: list[
            AgentHandoffEntry
            | FunctionCallEntry
            | FunctionResultEntry
            | MessageInputEntry
            | MessageOutputEntry
            | ToolExecutionEntry
        ]
        | str,
        stream: bool | None | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        handoff_execution: ConversationRequestBaseHandoffExecutionType0 | None | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        tools: list[
            CodeInterpreterTool
            | CustomConnector
            | DocumentLibraryTool
            | FunctionTool
            | ImageGenerationTool
            | WebSearchPremiumTool
            | WebSearchTool
        ]
        | None
        | Unset = UNSET,
        completion_args: CompletionArgs | None | Unset = UNSET,
        guardrails: list[GuardrailConfig] | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        metadata: MetadataDict | None | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        agent_version: int | None | str | Unset = UNSET,
        model: None | str | Unset = UNSET,
    ) -> None:
        self.inputs = inputs
        self.stream = stream
        self.store = store
        self.handoff_execution = handoff_execution
        self.instructions = instructions
        self.tools = tools
        self.completion_args = completion_args
        self.guardrails = guardrails
        self.name = name
        self.description = description
        self.metadata = metadata
        self.agent_id = agent_id
        self.agent_version = agent_version
        self.model = model
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            inputs: list[dict[str, Any]] | str
            if isinstance(self.inputs, list):
                inputs = []
                try:
                    for componentsschemas_input_entries_item_data in self.inputs:
                        componentsschemas_input_entries_item: dict[str, Any]
                        if (
                            isinstance(componentsschemas_input_entries_item_data, MessageInputEntry)
                            or isinstance(componentsschemas_input_entries_item_data, MessageOutputEntry)
                            or isinstance(componentsschemas_input_entries_item_data, FunctionResultEntry)
                            or isinstance(componentsschemas_input_entries_item_data, FunctionCallEntry)
                            or isinstance(componentsschemas_input_entries_item_data, ToolExecutionEntry)
                        ):
                            componentsschemas_input_entries_item = componentsschemas_input_entries_item_data.to_dict()
                        else:
                            try:
                                componentsschemas_input_entries_item = (
                                    componentsschemas_input_entries_item_data.to_dict()
                                )
                            except AttributeError:
                                if isinstance(componentsschemas_input_entries_item_data, AgentHandoffEntry):
                                    raise
                                componentsschemas_input_entries_item = _as_dict(
                                    componentsschemas_input_entries_item_data,
                                    "AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry",
                                )
                        inputs.append(componentsschemas_input_entries_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(inputs))
                    raise
            else:
                inputs = self.inputs
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "inputs")
            raise

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        handoff_execution: None | str | Unset
        if isinstance(self.handoff_execution, Unset):
            handoff_execution = UNSET
        elif isinstance(self.handoff_execution, ConversationRequestBaseHandoffExecutionType0):
            handoff_execution = str(self.handoff_execution)
        else:
            handoff_execution = self.handoff_execution

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

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
                            isinstance(tools_type_0_item_data, FunctionTool)
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
                                    "CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool",
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
            completion_args: dict[str, Any] | None | Unset
            if isinstance(self.completion_args, Unset):
                completion_args = UNSET
            elif isinstance(self.completion_args, CompletionArgs):
                completion_args = self.completion_args.to_dict()
            else:
                completion_args = self.completion_args
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "completion_args")
            raise

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, MetadataDict):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        agent_version: int | None | str | Unset
        if isinstance(self.agent_version, Unset):
            agent_version = UNSET
        else:
            agent_version = self.agent_version

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputs": inputs,
            }
        )
        if stream is not UNSET:
            field_dict["stream"] = stream
        if store is not UNSET:
            field_dict["store"] = store
        if handoff_execution is not UNSET:
            field_dict["handoff_execution"] = handoff_execution
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if tools is not UNSET:
            field_dict["tools"] = tools
        if completion_args is not UNSET:
            field_dict["completion_args"] = completion_args
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_version is not UNSET:
            field_dict["agent_version"] = agent_version
        if model is not UNSET:
            field_dict["model"] = model

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
        _inputs_data = d.pop("inputs")
        inputs: (
            list[
                AgentHandoffEntry
                | FunctionCallEntry
                | FunctionResultEntry
                | MessageInputEntry
                | MessageOutputEntry
                | ToolExecutionEntry
            ]
            | str
        )
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_inputs_data, list):
                try:
                    componentsschemas_conversation_inputs_type_1 = []
                    _componentsschemas_conversation_inputs_type_1 = _inputs_data
                    for componentsschemas_input_entries_item_data in _componentsschemas_conversation_inputs_type_1:
                        _componentsschemas_input_entries_item_data = componentsschemas_input_entries_item_data
                        componentsschemas_input_entries_item: (
                            AgentHandoffEntry
                            | FunctionCallEntry
                            | FunctionResultEntry
                            | MessageInputEntry
                            | MessageOutputEntry
                            | ToolExecutionEntry
                        )
                        while True:  # one pass; each break is the generator's `return`
                            if isinstance(_componentsschemas_input_entries_item_data, dict):
                                try:
                                    componentsschemas_input_entries_item_type_0 = MessageInputEntry.from_dict(
                                        _componentsschemas_input_entries_item_data
                                    )

                                    componentsschemas_input_entries_item = componentsschemas_input_entries_item_type_0
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_componentsschemas_input_entries_item_data, dict):
                                try:
                                    componentsschemas_input_entries_item_type_1 = MessageOutputEntry.from_dict(
                                        _componentsschemas_input_entries_item_data
                                    )

                                    componentsschemas_input_entries_item = componentsschemas_input_entries_item_type_1
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_componentsschemas_input_entries_item_data, dict):
                                try:
                                    componentsschemas_input_entries_item_type_2 = FunctionResultEntry.from_dict(
                                        _componentsschemas_input_entries_item_data
                                    )

                                    componentsschemas_input_entries_item = componentsschemas_input_entries_item_type_2
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_componentsschemas_input_entries_item_data, dict):
                                try:
                                    componentsschemas_input_entries_item_type_3 = FunctionCallEntry.from_dict(
                                        _componentsschemas_input_entries_item_data
                                    )

                                    componentsschemas_input_entries_item = componentsschemas_input_entries_item_type_3
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_componentsschemas_input_entries_item_data, dict):
                                try:
                                    componentsschemas_input_entries_item_type_4 = ToolExecutionEntry.from_dict(
                                        _componentsschemas_input_entries_item_data
                                    )

                                    componentsschemas_input_entries_item = componentsschemas_input_entries_item_type_4
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if not isinstance(_componentsschemas_input_entries_item_data, dict):
                                raise TypeError()
                            componentsschemas_input_entries_item_type_5 = AgentHandoffEntry.from_dict(
                                _componentsschemas_input_entries_item_data
                            )

                            componentsschemas_input_entries_item = componentsschemas_input_entries_item_type_5
                            break

                        componentsschemas_conversation_inputs_type_1.append(componentsschemas_input_entries_item)

                    inputs = componentsschemas_conversation_inputs_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            inputs = cast(
                "list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str",
                _inputs_data,
            )
            break

        stream: bool | None | Unset = d.pop("stream", UNSET)

        store: bool | None | Unset = d.pop("store", UNSET)

        _handoff_execution_data = d.pop("handoff_execution", UNSET)
        handoff_execution: ConversationRequestBaseHandoffExecutionType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _handoff_execution_data is None:
                handoff_execution = _handoff_execution_data
                break
            if isinstance(_handoff_execution_data, Unset):
                handoff_execution = _handoff_execution_data
                break
            if isinstance(_handoff_execution_data, str):
                try:
                    handoff_execution_type_0 = ConversationRequestBaseHandoffExecutionType0(_handoff_execution_data)

                    handoff_execution = handoff_execution_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            handoff_execution = cast(
                "ConversationRequestBaseHandoffExecutionType0 | None | Unset", _handoff_execution_data
            )
            break

        instructions: None | str | Unset = d.pop("instructions", UNSET)

        _tools_data = d.pop("tools", UNSET)
        tools: (
            list[
                CodeInterpreterTool
                | CustomConnector
                | DocumentLibraryTool
                | FunctionTool
                | ImageGenerationTool
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
                            | FunctionTool
                            | ImageGenerationTool
                            | WebSearchPremiumTool
                            | WebSearchTool
                        )
                        while True:  # one pass; each break is the generator's `return`
                            if isinstance(_tools_type_0_item_data, dict):
                                try:
                                    tools_type_0_item_type_0 = FunctionTool.from_dict(_tools_type_0_item_data)

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
                "list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | None | Unset",
                _tools_data,
            )
            break

        _completion_args_data = d.pop("completion_args", UNSET)
        completion_args: CompletionArgs | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _completion_args_data is None:
                completion_args = _completion_args_data
                break
            if isinstance(_completion_args_data, Unset):
                completion_args = _completion_args_data
                break
            if isinstance(_completion_args_data, dict):
                try:
                    completion_args_type_0 = CompletionArgs.from_dict(_completion_args_data)

                    completion_args = completion_args_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            completion_args = cast("CompletionArgs | None | Unset", _completion_args_data)
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

        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        _metadata_data = d.pop("metadata", UNSET)
        metadata: MetadataDict | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = MetadataDict.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("MetadataDict | None | Unset", _metadata_data)
            break

        agent_id: None | str | Unset = d.pop("agent_id", UNSET)

        agent_version: int | None | str | Unset = d.pop("agent_version", UNSET)

        model: None | str | Unset = d.pop("model", UNSET)

        conversation_request_base = cls(
            inputs,
            stream,
            store,
            handoff_execution,
            instructions,
            tools,
            completion_args,
            guardrails,
            name,
            description,
            metadata,
            agent_id,
            agent_version,
            model,
        )

        conversation_request_base.additional_properties = d
        return conversation_request_base

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
