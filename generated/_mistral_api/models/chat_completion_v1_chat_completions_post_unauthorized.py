from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ChatCompletionV1ChatCompletionsPostUnauthorized")


class ChatCompletionV1ChatCompletionsPostUnauthorized:
    """
    Attributes:
        message (str | Unset):
        request_id (str | Unset):
        detail (str | Unset):
    """

    __slots__ = ("additional_properties", "detail", "message", "request_id")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "message",
        "request_id",
        "detail",
    )

    message: str | Unset
    request_id: str | Unset
    detail: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        message: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        detail: str | Unset = UNSET,
    ) -> None:
        self.message = message
        self.request_id = request_id
        self.detail = detail
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        request_id = self.request_id

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if detail is not UNSET:
            field_dict["detail"] = detail

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
        message = d.pop("message", UNSET)

        request_id = d.pop("request_id", UNSET)

        detail = d.pop("detail", UNSET)

        chat_completion_v1_chat_completions_post_unauthorized = cls(
            message,
            request_id,
            detail,
        )

        chat_completion_v1_chat_completions_post_unauthorized.additional_properties = d
        return chat_completion_v1_chat_completions_post_unauthorized

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
