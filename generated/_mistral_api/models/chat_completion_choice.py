from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import InvalidFieldError
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ChatCompletionChoice")


@_attrs_define(repr=False)
class ChatCompletionChoice:
    """
    Attributes:
        index (int):
        message (AssistantMessage): A message written by the model; also the `message` of every response choice.
        finish_reason (FinishReason):
    """

    index: int
    message: AssistantMessage
    finish_reason: FinishReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        try:
            try:
                message = self.message.to_dict()
            except AttributeError:
                if isinstance(self.message, AssistantMessage):
                    raise
                message = _as_dict(self.message, "AssistantMessage")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "message")
            raise

        finish_reason = str(self.finish_reason)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "message": message,
                "finish_reason": finish_reason,
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
        index = d.pop("index")

        message = AssistantMessage.from_dict(d.pop("message"))

        finish_reason = FinishReason(d.pop("finish_reason"))

        chat_completion_choice = cls(
            index,
            message,
            finish_reason,
        )

        chat_completion_choice.additional_properties = d
        return chat_completion_choice

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
