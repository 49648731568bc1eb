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
    from ..models.append_conversation_request_handoff_execution import AppendConversationRequestHandoffExecution
    from ..models.completion_args import CompletionArgs
    from ..models.function_call_entry import FunctionCallEntry
    from ..models.function_result_entry import FunctionResultEntry
    from ..models.message_input_entry import MessageInputEntry
    from ..models.message_output_entry import MessageOutputEntry
    from ..models.tool_call_confirmation import ToolCallConfirmation
    from ..models.tool_execution_entry import ToolExecutionEntry
else:
    AgentHandoffEntry = _Lazy(globals(), "agent_handoff_entry", "AgentHandoffEntry")
    AppendConversationRequestHandoffExecution = _Lazy(
        globals(), "append_conversation_request_handoff_execution", "AppendConversationRequestHandoffExecution"
    )
    CompletionArgs = _Lazy(globals(), "completion_args", "CompletionArgs")
    FunctionCallEntry = _Lazy(globals(), "function_call_entry", "FunctionCallEntry")
    FunctionResultEntry = _Lazy(globals(), "function_result_entry", "FunctionResultEntry")
    MessageInputEntry = _Lazy(globals(), "message_input_entry", "MessageInputEntry")
    MessageOutputEntry = _Lazy(globals(), "message_output_entry", "MessageOutputEntry")
    ToolCallConfirmation = _Lazy(globals(), "tool_call_confirmation", "ToolCallConfirmation")
    ToolExecutionEntry = _Lazy(globals(), "tool_execution_entry", "ToolExecutionEntry")


T = TypeVar("T", bound="AppendConversationRequest")


class AppendConversationRequest:
    """
    Attributes:
        inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry |
            MessageOutputEntry | ToolExecutionEntry] | str | Unset):
        stream (bool | Unset): Whether to stream back partial progress. Otherwise, the server will hold the request open
            until the timeout or until completion, with the response containing the full result as JSON. Default: False.
        store (bool | Unset): Whether to store the results into our servers or not. Default: True.
        handoff_execution (AppendConversationRequestHandoffExecution | Unset):  Default:
            AppendConversationRequestHandoffExecution.SERVER.
        completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
        tool_confirmations (list[ToolCallConfirmation] | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "completion_args",
        "handoff_execution",
        "inputs",
        "store",
        "stream",
        "tool_confirmations",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "inputs",
        "stream",
        "store",
        "handoff_execution",
        "completion_args",
        "tool_confirmations",
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
        | Unset
    )
    stream: bool | Unset
    store: bool | Unset
    handoff_execution: AppendConversationRequestHandoffExecution | Unset
    completion_args: CompletionArgs | Unset
    tool_confirmations: list[ToolCallConfirmation] | None | Unset
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
        | str
        | Unset = UNSET,
        stream: bool | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: AppendConversationRequestHandoffExecution | Unset = UNSET,
        completion_args: CompletionArgs | Unset = UNSET,
        tool_confirmations: list[ToolCallConfirmation] | None | Unset = UNSET,
    ) -> None:
        self.inputs = inputs
        self.stream = stream
        self.store = store
        self.handoff_execution = handoff_execution
        self.completion_args = completion_args
        self.tool_confirmations = tool_confirmations
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
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
            tool_confirmations: list[dict[str, Any]] | None | Unset
            if isinstance(self.tool_confirmations, Unset):
                tool_confirmations = UNSET
            elif isinstance(self.tool_confirmations, list):
                tool_confirmations = []
                try:
                    for tool_confirmations_type_0_item_data in self.tool_confirmations:
                        try:
                            tool_confirmations_type_0_item = tool_confirmations_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(tool_confirmations_type_0_item_data, ToolCallConfirmation):
                                raise
                            tool_confirmations_type_0_item = _as_dict(
                                tool_confirmations_type_0_item_data, "ToolCallConfirmation"
                            )
                        tool_confirmations.append(tool_confirmations_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(tool_confirmations))
                    raise
            else:
                tool_confirmations = self.tool_confirmations
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tool_confirmations")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if tool_confirmations is not UNSET:
            field_dict["tool_confirmations"] = tool_confirmations

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
        handoff_execution: AppendConversationRequestHandoffExecution | Unset
        if isinstance(_handoff_execution, Unset):
            handoff_execution = UNSET
        else:
            handoff_execution = AppendConversationRequestHandoffExecution(_handoff_execution)

        _completion_args = d.pop("completion_args", UNSET)
        completion_args: CompletionArgs | Unset
        if isinstance(_completion_args, Unset):
            completion_args = UNSET
        else:
            completion_args = CompletionArgs.from_dict(_completion_args)

        _tool_confirmations_data = d.pop("tool_confirmations", UNSET)
        tool_confirmations: list[ToolCallConfirmation] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tool_confirmations_data is None:
                tool_confirmations = _tool_confirmations_data
                break
            if isinstance(_tool_confirmations_data, Unset):
                tool_confirmations = _tool_confirmations_data
                break
            if isinstance(_tool_confirmations_data, list):
                try:
                    tool_confirmations_type_0 = []
                    _tool_confirmations_type_0 = _tool_confirmations_data
                    for tool_confirmations_type_0_item_data in _tool_confirmations_type_0:
                        tool_confirmations_type_0_item = ToolCallConfirmation.from_dict(
                            tool_confirmations_type_0_item_data
                        )

                        tool_confirmations_type_0.append(tool_confirmations_type_0_item)

                    tool_confirmations = tool_confirmations_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tool_confirmations = cast("list[ToolCallConfirmation] | None | Unset", _tool_confirmations_data)
            break

        append_conversation_request = cls(
            inputs,
            stream,
            store,
            handoff_execution,
            completion_args,
            tool_confirmations,
        )

        append_conversation_request.additional_properties = d
        return append_conversation_request

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
