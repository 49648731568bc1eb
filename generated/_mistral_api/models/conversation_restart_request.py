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
    from ..models.completion_args import CompletionArgs
    from ..models.conversation_restart_request_handoff_execution import ConversationRestartRequestHandoffExecution
    from ..models.function_call_entry import FunctionCallEntry
    from ..models.function_result_entry import FunctionResultEntry
    from ..models.guardrail_config import GuardrailConfig
    from ..models.message_input_entry import MessageInputEntry
    from ..models.message_output_entry import MessageOutputEntry
    from ..models.metadata_dict import MetadataDict
    from ..models.tool_execution_entry import ToolExecutionEntry
else:
    AgentHandoffEntry = _Lazy(globals(), "agent_handoff_entry", "AgentHandoffEntry")
    CompletionArgs = _Lazy(globals(), "completion_args", "CompletionArgs")
    ConversationRestartRequestHandoffExecution = _Lazy(
        globals(), "conversation_restart_request_handoff_execution", "ConversationRestartRequestHandoffExecution"
    )
    FunctionCallEntry = _Lazy(globals(), "function_call_entry", "FunctionCallEntry")
    FunctionResultEntry = _Lazy(globals(), "function_result_entry", "FunctionResultEntry")
    GuardrailConfig = _Lazy(globals(), "guardrail_config", "GuardrailConfig")
    MessageInputEntry = _Lazy(globals(), "message_input_entry", "MessageInputEntry")
    MessageOutputEntry = _Lazy(globals(), "message_output_entry", "MessageOutputEntry")
    MetadataDict = _Lazy(globals(), "metadata_dict", "MetadataDict")
    ToolExecutionEntry = _Lazy(globals(), "tool_execution_entry", "ToolExecutionEntry")


T = TypeVar("T", bound="ConversationRestartRequest")


class ConversationRestartRequest:
    """
    Attributes:
        from_entry_id (str):
        inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry |
            MessageOutputEntry | ToolExecutionEntry] | str | Unset):
        stream (bool | Unset):  Default: False.
        store (bool | Unset): Whether to store the results into our servers or not. Default: True.
        handoff_execution (ConversationRestartRequestHandoffExecution | Unset):  Default:
            ConversationRestartRequestHandoffExecution.SERVER.
        completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
        guardrails (list[GuardrailConfig] | None | Unset):
        metadata (MetadataDict | None | Unset): Custom metadata for the conversation.
        agent_version (int | None | str | Unset): Specific version of the agent to use when restarting. If not provided,
            uses the current version.
    """

    __slots__ = (
        "additional_properties",
        "agent_version",
        "completion_args",
        "from_entry_id",
        "guardrails",
        "handoff_execution",
        "inputs",
        "metadata",
        "store",
        "stream",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "from_entry_id",
        "inputs",
        "stream",
        "store",
        "handoff_execution",
        "completion_args",
        "guardrails",
        "metadata",
        "agent_version",
    )

    from_entry_id: str
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
        | Unset
    )
    stream: bool | Unset
    store: bool | Unset
    handoff_execution: ConversationRestartRequestHandoffExecution | Unset
    completion_args: CompletionArgs | Unset
    guardrails: list[GuardrailConfig] | None | Unset
    metadata: MetadataDict | None | Unset
    agent_version: int | None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        from_entry_id: str,
        inputs: list[
            AgentHandoffEntry
            | FunctionCallEntry
            | FunctionResultEntry
            | MessageInputEntry
            | MessageOutputEntry
            | ToolExecutionEntry
        ]
        | str
        | Unset = UNSET,
        stream: bool | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: ConversationRestartRequestHandoffExecution | Unset = UNSET,
        completion_args: CompletionArgs | Unset = UNSET,
        guardrails: list[GuardrailConfig] | None | Unset = UNSET,
        metadata: MetadataDict | None | Unset = UNSET,
        agent_version: int | None | str | Unset = UNSET,
    ) -> None:
        self.from_entry_id = from_entry_id
        self.inputs = inputs
        self.stream = stream
        self.store = store
        self.handoff_execution = handoff_execution
        self.completion_args = completion_args
        self.guardrails = guardrails
        self.metadata = metadata
        self.agent_version = agent_version
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        from_entry_id = self.from_entry_id

        try:
            inputs: list[dict[str, Any]] | str | Unset
            if isinstance(self.inputs, Unset):
                inputs = UNSET
            elif isinstance(self.inputs, list):
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

        stream = self.stream

        store = self.store

        handoff_execution: str | Unset = UNSET
        if not isinstance(self.handoff_execution, Unset):
            handoff_execution = str(self.handoff_execution)

        try:
            completion_args: dict[str, Any] | Unset = UNSET
            if not isinstance(self.completion_args, Unset):
                try:
                    completion_args = self.completion_args.to_dict()
                except AttributeError:
                    if isinstance(self.completion_args, CompletionArgs):
                        raise
                    completion_args = _as_dict(self.completion_args, "CompletionArgs")
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

        agent_version: int | None | str | Unset
        if isinstance(self.agent_version, Unset):
            agent_version = UNSET
        else:
            agent_version = self.agent_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_entry_id": from_entry_id,
            }
        )
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if stream is not UNSET:
            field_dict["stream"] = stream
        if store is not UNSET:
            field_dict["store"] = store
        if handoff_execution is not UNSET:
            field_dict["handoff_execution"] = handoff_execution
        if completion_args is not UNSET:
            field_dict["completion_args"] = completion_args
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if agent_version is not UNSET:
            field_dict["agent_version"] = agent_version

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
        from_entry_id = d.pop("from_entry_id")

        _inputs_data = d.pop("inputs", UNSET)
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
            | Unset
        )
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_inputs_data, Unset):
                inputs = _inputs_data
                break
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
                "list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str | Unset",
                _inputs_data,
            )
            break

        stream = d.pop("stream", UNSET)

        store = d.pop("store", UNSET)

        _handoff_execution = d.pop("handoff_execution", UNSET)
        handoff_execution: ConversationRestartRequestHandoffExecution | Unset
        if isinstance(_handoff_execution, Unset):
            handoff_execution = UNSET
        else:
            handoff_execution = ConversationRestartRequestHandoffExecution(_handoff_execution)

        _completion_args = d.pop("completion_args", UNSET)
        completion_args: CompletionArgs | Unset
        if isinstance(_completion_args, Unset):
            completion_args = UNSET
        else:
            completion_args = CompletionArgs.from_dict(_completion_args)

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

        agent_version: int | None | str | Unset = d.pop("agent_version", UNSET)

        conversation_restart_request = cls(
            from_entry_id,
            inputs,
            stream,
            store,
            handoff_execution,
            completion_args,
            guardrails,
            metadata,
            agent_version,
        )

        conversation_restart_request.additional_properties = d
        return conversation_restart_request

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
