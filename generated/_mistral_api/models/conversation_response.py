from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.agent_handoff_entry import AgentHandoffEntry
    from ..models.conversation_response_guardrails_type_0_item import ConversationResponseGuardrailsType0Item
    from ..models.conversation_usage_info import ConversationUsageInfo
    from ..models.function_call_entry import FunctionCallEntry
    from ..models.message_output_entry import MessageOutputEntry
    from ..models.tool_execution_entry import ToolExecutionEntry
else:
    AgentHandoffEntry = _Lazy(globals(), "agent_handoff_entry", "AgentHandoffEntry")
    ConversationResponseGuardrailsType0Item = _Lazy(
        globals(), "conversation_response_guardrails_type_0_item", "ConversationResponseGuardrailsType0Item"
    )
    ConversationUsageInfo = _Lazy(globals(), "conversation_usage_info", "ConversationUsageInfo")
    FunctionCallEntry = _Lazy(globals(), "function_call_entry", "FunctionCallEntry")
    MessageOutputEntry = _Lazy(globals(), "message_output_entry", "MessageOutputEntry")
    ToolExecutionEntry = _Lazy(globals(), "tool_execution_entry", "ToolExecutionEntry")


T = TypeVar("T", bound="ConversationResponse")


class ConversationResponse:
    """The response after appending new entries to the conversation.

    Attributes:
        conversation_id (str):
        outputs (list[AgentHandoffEntry | FunctionCallEntry | MessageOutputEntry | ToolExecutionEntry]):
        usage (ConversationUsageInfo):
        object_ (Literal['conversation.response'] | Unset):  Default: 'conversation.response'.
        guardrails (list[ConversationResponseGuardrailsType0Item] | None | Unset):
    """

    __slots__ = ("additional_properties", "conversation_id", "guardrails", "object_", "outputs", "usage")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "conversation_id",
        "outputs",
        "usage",
        "object_",
        "guardrails",
    )

    conversation_id: str
    outputs: list[AgentHandoffEntry | FunctionCallEntry | MessageOutputEntry | ToolExecutionEntry]
    usage: ConversationUsageInfo
    object_: Literal["conversation.response"] | Unset
    guardrails: list[ConversationResponseGuardrailsType0Item] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        conversation_id: str,
        outputs: list[AgentHandoffEntry | FunctionCallEntry | MessageOutputEntry | ToolExecutionEntry],
        usage: ConversationUsageInfo,
        object_: Literal["conversation.response"] | Unset = "conversation.response",
        guardrails: list[ConversationResponseGuardrailsType0Item] | None | Unset = UNSET,
    ) -> None:
        self.conversation_id = conversation_id
        self.outputs = outputs
        self.usage = usage
        self.object_ = object_
        self.guardrails = guardrails
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        try:
            outputs = []
            try:
                for outputs_item_data in self.outputs:
                    outputs_item: dict[str, Any]
                    if (
                        isinstance(outputs_item_data, MessageOutputEntry)
                        or isinstance(outputs_item_data, ToolExecutionEntry)
                        or isinstance(outputs_item_data, FunctionCallEntry)
                    ):
                        outputs_item = outputs_item_data.to_dict()
                    else:
                        try:
                            outputs_item = outputs_item_data.to_dict()
                        except AttributeError:
                            if isinstance(outputs_item_data, AgentHandoffEntry):
                                raise
                            outputs_item = _as_dict(
                                outputs_item_data,
                                "AgentHandoffEntry | FunctionCallEntry | MessageOutputEntry | ToolExecutionEntry",
                            )
                    outputs.append(outputs_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(outputs))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "outputs")
            raise

        try:
            try:
                usage = self.usage.to_dict()
            except AttributeError:
                if isinstance(self.usage, ConversationUsageInfo):
                    raise
                usage = _as_dict(self.usage, "ConversationUsageInfo")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "usage")
            raise

        object_ = self.object_

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
                            if isinstance(guardrails_type_0_item_data, ConversationResponseGuardrailsType0Item):
                                raise
                            guardrails_type_0_item = _as_dict(
                                guardrails_type_0_item_data, "ConversationResponseGuardrailsType0Item"
                            )
                        guardrails.append(guardrails_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(guardrails))
                    raise
            else:
                guardrails = self.guardrails
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "guardrails")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "outputs": outputs,
                "usage": usage,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails

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
        conversation_id = d.pop("conversation_id")

        outputs = []
        _outputs = d.pop("outputs")
        for outputs_item_data in _outputs:
            _outputs_item_data = outputs_item_data
            outputs_item: AgentHandoffEntry | FunctionCallEntry | MessageOutputEntry | ToolExecutionEntry
            while True:  # one pass; each break is the generator's `return`
                if isinstance(_outputs_item_data, dict):
                    try:
                        outputs_item_type_0 = MessageOutputEntry.from_dict(_outputs_item_data)

                        outputs_item = outputs_item_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_outputs_item_data, dict):
                    try:
                        outputs_item_type_1 = ToolExecutionEntry.from_dict(_outputs_item_data)

                        outputs_item = outputs_item_type_1
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_outputs_item_data, dict):
                    try:
                        outputs_item_type_2 = FunctionCallEntry.from_dict(_outputs_item_data)

                        outputs_item = outputs_item_type_2
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(_outputs_item_data, dict):
                    raise TypeError()
                outputs_item_type_3 = AgentHandoffEntry.from_dict(_outputs_item_data)

                outputs_item = outputs_item_type_3
                break

            outputs.append(outputs_item)

        usage = ConversationUsageInfo.from_dict(d.pop("usage"))

        object_ = cast(Literal["conversation.response"] | Unset, d.pop("object", UNSET))
        if object_ != "conversation.response" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'conversation.response', got '{object_}'")

        _guardrails_data = d.pop("guardrails", UNSET)
        guardrails: list[ConversationResponseGuardrailsType0Item] | None | Unset
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
                        guardrails_type_0_item = ConversationResponseGuardrailsType0Item.from_dict(
                            guardrails_type_0_item_data
                        )

                        guardrails_type_0.append(guardrails_type_0_item)

                    guardrails = guardrails_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            guardrails = cast("list[ConversationResponseGuardrailsType0Item] | None | Unset", _guardrails_data)
            break

        conversation_response = cls(
            conversation_id,
            outputs,
            usage,
            object_,
            guardrails,
        )

        conversation_response.additional_properties = d
        return conversation_response

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
