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
    from ..models.function_call_entry import FunctionCallEntry
    from ..models.function_result_entry import FunctionResultEntry
    from ..models.message_input_entry import MessageInputEntry
    from ..models.message_output_entry import MessageOutputEntry
    from ..models.tool_execution_entry import ToolExecutionEntry
else:
    AgentHandoffEntry = _Lazy(globals(), "agent_handoff_entry", "AgentHandoffEntry")
    FunctionCallEntry = _Lazy(globals(), "function_call_entry", "FunctionCallEntry")
    FunctionResultEntry = _Lazy(globals(), "function_result_entry", "FunctionResultEntry")
    MessageInputEntry = _Lazy(globals(), "message_input_entry", "MessageInputEntry")
    MessageOutputEntry = _Lazy(globals(), "message_output_entry", "MessageOutputEntry")
    ToolExecutionEntry = _Lazy(globals(), "tool_execution_entry", "ToolExecutionEntry")


T = TypeVar("T", bound="ConversationHistory")


class ConversationHistory:
    """Retrieve all entries in a conversation.

    Attributes:
        conversation_id (str):
        entries (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry |
            MessageOutputEntry | ToolExecutionEntry]):
        object_ (Literal['conversation.history'] | Unset):  Default: 'conversation.history'.
    """

    __slots__ = ("additional_properties", "conversation_id", "entries", "object_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "conversation_id",
        "entries",
        "object_",
    )

    conversation_id: str
    entries: list[
        AgentHandoffEntry
        | FunctionCallEntry
        | FunctionResultEntry
        | MessageInputEntry
        | MessageOutputEntry
        | ToolExecutionEntry
    ]
    object_: Literal["conversation.history"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        conversation_id: str,
        entries: list[
            AgentHandoffEntry
            | FunctionCallEntry
            | FunctionResultEntry
            | MessageInputEntry
            | MessageOutputEntry
            | ToolExecutionEntry
        ],
        object_: Literal["conversation.history"] | Unset = "conversation.history",
    ) -> None:
        self.conversation_id = conversation_id
        self.entries = entries
        self.object_ = object_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        try:
            entries = []
            try:
                for entries_item_data in self.entries:
                    entries_item: dict[str, Any]
                    if (
                        isinstance(entries_item_data, MessageInputEntry)
                        or isinstance(entries_item_data, MessageOutputEntry)
                        or isinstance(entries_item_data, FunctionResultEntry)
                        or isinstance(entries_item_data, FunctionCallEntry)
                        or isinstance(entries_item_data, ToolExecutionEntry)
                    ):
                        entries_item = entries_item_data.to_dict()
                    else:
                        try:
                            entries_item = entries_item_data.to_dict()
                        except AttributeError:
                            if isinstance(entries_item_data, AgentHandoffEntry):
                                raise
                            entries_item = _as_dict(
                                entries_item_data,
                                "AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry",
                            )
                    entries.append(entries_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(entries))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "entries")
            raise

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "entries": entries,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

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

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            _entries_item_data = entries_item_data
            entries_item: (
                AgentHandoffEntry
                | FunctionCallEntry
                | FunctionResultEntry
                | MessageInputEntry
                | MessageOutputEntry
                | ToolExecutionEntry
            )
            while True:  # one pass; each break is the generator's `return`
                if isinstance(_entries_item_data, dict):
                    try:
                        entries_item_type_0 = MessageInputEntry.from_dict(_entries_item_data)

                        entries_item = entries_item_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_entries_item_data, dict):
                    try:
                        entries_item_type_1 = MessageOutputEntry.from_dict(_entries_item_data)

                        entries_item = entries_item_type_1
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_entries_item_data, dict):
                    try:
                        entries_item_type_2 = FunctionResultEntry.from_dict(_entries_item_data)

                        entries_item = entries_item_type_2
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_entries_item_data, dict):
                    try:
                        entries_item_type_3 = FunctionCallEntry.from_dict(_entries_item_data)

                        entries_item = entries_item_type_3
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_entries_item_data, dict):
                    try:
                        entries_item_type_4 = ToolExecutionEntry.from_dict(_entries_item_data)

                        entries_item = entries_item_type_4
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(_entries_item_data, dict):
                    raise TypeError()
                entries_item_type_5 = AgentHandoffEntry.from_dict(_entries_item_data)

                entries_item = entries_item_type_5
                break

            entries.append(entries_item)

        object_ = cast(Literal["conversation.history"] | Unset, d.pop("object", UNSET))
        if object_ != "conversation.history" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'conversation.history', got '{object_}'")

        conversation_history = cls(
            conversation_id,
            entries,
            object_,
        )

        conversation_history.additional_properties = d
        return conversation_history

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
