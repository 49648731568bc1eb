from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.assistant_message import AssistantMessage
    from ..models.system_message import SystemMessage
    from ..models.tool_message import ToolMessage
    from ..models.user_message import UserMessage
else:
    AssistantMessage = _Lazy(globals(), "assistant_message", "AssistantMessage")
    SystemMessage = _Lazy(globals(), "system_message", "SystemMessage")
    ToolMessage = _Lazy(globals(), "tool_message", "ToolMessage")
    UserMessage = _Lazy(globals(), "user_message", "UserMessage")


T = TypeVar("T", bound="InstructRequest")


class InstructRequest:
    """
    Attributes:
        messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]):
    """

    __slots__ = ("additional_properties", "messages")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("messages",)

    messages: list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        messages: list[AssistantMessage | SystemMessage | ToolMessage | UserMessage],
    ) -> None:
        self.messages = messages
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
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

        instruct_request = cls(
            messages,
        )

        instruct_request.additional_properties = d
        return instruct_request

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
