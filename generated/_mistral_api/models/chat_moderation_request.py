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


T = TypeVar("T", bound="ChatModerationRequest")


class ChatModerationRequest:
    """
    Attributes:
        input_ (list[AssistantMessage | list[AssistantMessage | SystemMessage | ToolMessage | UserMessage] |
            SystemMessage | ToolMessage | UserMessage]): Chat to classify
        model (str):
    """

    __slots__ = ("additional_properties", "input_", "model")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "input_",
        "model",
    )

    input_: list[
        AssistantMessage
        | list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]
        | SystemMessage
        | ToolMessage
        | UserMessage
    ]
    model: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        input_: list[
            AssistantMessage
            | list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]
            | SystemMessage
            | ToolMessage
            | UserMessage
        ],
        model: str,
    ) -> None:
        self.input_ = input_
        self.model = model
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            input_: list[dict[str, Any] | list[dict[str, Any]]]
            if isinstance(self.input_, list):
                input_ = []
                try:
                    for input_type_0_item_data in self.input_:
                        input_type_0_item: dict[str, Any] | list[dict[str, Any]]
                        if (
                            isinstance(input_type_0_item_data, SystemMessage)
                            or isinstance(input_type_0_item_data, UserMessage)
                            or isinstance(input_type_0_item_data, AssistantMessage)
                            or isinstance(input_type_0_item_data, ToolMessage)
                        ):
                            input_type_0_item = input_type_0_item_data.to_dict()
                        elif isinstance(input_type_0_item_data, list) or not isinstance(
                            input_type_0_item_data, Mapping
                        ):
                            input_type_0_item = []
                            try:
                                for input_type_0_item_type_1_item_data in input_type_0_item_data:
                                    input_type_0_item_type_1_item: dict[str, Any]
                                    if (
                                        isinstance(input_type_0_item_type_1_item_data, SystemMessage)
                                        or isinstance(input_type_0_item_type_1_item_data, UserMessage)
                                        or isinstance(input_type_0_item_type_1_item_data, AssistantMessage)
                                    ):
                                        input_type_0_item_type_1_item = input_type_0_item_type_1_item_data.to_dict()
                                    else:
                                        try:
                                            input_type_0_item_type_1_item = input_type_0_item_type_1_item_data.to_dict()
                                        except AttributeError:
                                            if isinstance(input_type_0_item_type_1_item_data, ToolMessage):
                                                raise
                                            input_type_0_item_type_1_item = _as_dict(
                                                input_type_0_item_type_1_item_data,
                                                "AssistantMessage | SystemMessage | ToolMessage | UserMessage",
                                            )
                                    input_type_0_item.append(input_type_0_item_type_1_item)
                            except InvalidFieldError as _field_error:
                                _field_error.path.insert(0, len(input_type_0_item))
                                raise
                        else:
                            input_type_0_item = _as_dict(
                                input_type_0_item_data,
                                "AssistantMessage | list[AssistantMessage | SystemMessage | ToolMessage | UserMessage] | SystemMessage | ToolMessage | UserMessage",
                            )
                        input_.append(input_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(input_))
                    raise
            else:
                input_ = _as_dict(
                    self.input_,
                    "list[AssistantMessage | list[AssistantMessage | SystemMessage | ToolMessage | UserMessage] | SystemMessage | ToolMessage | UserMessage]",
                )
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "input_")
            raise

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "model": model,
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
        _input__data = d.pop("input")
        input_: list[
            AssistantMessage
            | list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]
            | SystemMessage
            | ToolMessage
            | UserMessage
        ]
        while True:  # one pass; each break is the generator's `return`
            if not isinstance(_input__data, list):
                raise TypeError()
            input_type_0 = []
            _input_type_0 = _input__data
            for input_type_0_item_data in _input_type_0:
                _input_type_0_item_data = input_type_0_item_data
                input_type_0_item: (
                    AssistantMessage
                    | list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]
                    | SystemMessage
                    | ToolMessage
                    | UserMessage
                )
                while True:  # one pass; each break is the generator's `return`
                    if isinstance(_input_type_0_item_data, dict):
                        try:
                            input_type_0_item_type_0_type_0 = SystemMessage.from_dict(_input_type_0_item_data)

                            input_type_0_item = input_type_0_item_type_0_type_0
                            break
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(_input_type_0_item_data, dict):
                        try:
                            input_type_0_item_type_0_type_1 = UserMessage.from_dict(_input_type_0_item_data)

                            input_type_0_item = input_type_0_item_type_0_type_1
                            break
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(_input_type_0_item_data, dict):
                        try:
                            input_type_0_item_type_0_type_2 = AssistantMessage.from_dict(_input_type_0_item_data)

                            input_type_0_item = input_type_0_item_type_0_type_2
                            break
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(_input_type_0_item_data, dict):
                        try:
                            input_type_0_item_type_0_type_3 = ToolMessage.from_dict(_input_type_0_item_data)

                            input_type_0_item = input_type_0_item_type_0_type_3
                            break
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if not isinstance(_input_type_0_item_data, list):
                        raise TypeError()
                    input_type_0_item_type_1 = []
                    _input_type_0_item_type_1 = _input_type_0_item_data
                    for input_type_0_item_type_1_item_data in _input_type_0_item_type_1:
                        _input_type_0_item_type_1_item_data = input_type_0_item_type_1_item_data
                        input_type_0_item_type_1_item: AssistantMessage | SystemMessage | ToolMessage | UserMessage
                        while True:  # one pass; each break is the generator's `return`
                            if isinstance(_input_type_0_item_type_1_item_data, dict):
                                try:
                                    input_type_0_item_type_1_item_type_0 = SystemMessage.from_dict(
                                        _input_type_0_item_type_1_item_data
                                    )

                                    input_type_0_item_type_1_item = input_type_0_item_type_1_item_type_0
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_input_type_0_item_type_1_item_data, dict):
                                try:
                                    input_type_0_item_type_1_item_type_1 = UserMessage.from_dict(
                                        _input_type_0_item_type_1_item_data
                                    )

                                    input_type_0_item_type_1_item = input_type_0_item_type_1_item_type_1
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_input_type_0_item_type_1_item_data, dict):
                                try:
                                    input_type_0_item_type_1_item_type_2 = AssistantMessage.from_dict(
                                        _input_type_0_item_type_1_item_data
                                    )

                                    input_type_0_item_type_1_item = input_type_0_item_type_1_item_type_2
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if not isinstance(_input_type_0_item_type_1_item_data, dict):
                                raise TypeError()
                            input_type_0_item_type_1_item_type_3 = ToolMessage.from_dict(
                                _input_type_0_item_type_1_item_data
                            )

                            input_type_0_item_type_1_item = input_type_0_item_type_1_item_type_3
                            break

                        input_type_0_item_type_1.append(input_type_0_item_type_1_item)

                    input_type_0_item = input_type_0_item_type_1
                    break

                input_type_0.append(input_type_0_item)

            input_ = input_type_0
            break

        model = d.pop("model")

        chat_moderation_request = cls(
            input_,
            model,
        )

        chat_moderation_request.additional_properties = d
        return chat_moderation_request

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
