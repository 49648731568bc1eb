from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.conversation_usage_info import ConversationUsageInfo
else:
    ConversationUsageInfo = _Lazy(globals(), "conversation_usage_info", "ConversationUsageInfo")


T = TypeVar("T", bound="ResponseDoneEvent")


class ResponseDoneEvent:
    """
    Attributes:
        usage (ConversationUsageInfo):
        type_ (Literal['conversation.response.done'] | Unset):  Default: 'conversation.response.done'.
        created_at (datetime.datetime | Unset):
    """

    __slots__ = ("additional_properties", "created_at", "type_", "usage")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "usage",
        "type_",
        "created_at",
    )

    usage: ConversationUsageInfo
    type_: Literal["conversation.response.done"] | Unset
    created_at: datetime.datetime | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        usage: ConversationUsageInfo,
        type_: Literal["conversation.response.done"] | Unset = "conversation.response.done",
        created_at: datetime.datetime | Unset = UNSET,
    ) -> None:
        self.usage = usage
        self.type_ = type_
        self.created_at = created_at
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
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

        type_ = self.type_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usage": usage,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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
        usage = ConversationUsageInfo.from_dict(d.pop("usage"))

        type_ = cast(Literal["conversation.response.done"] | Unset, d.pop("type", UNSET))
        if type_ != "conversation.response.done" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'conversation.response.done', got '{type_}'")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        response_done_event = cls(
            usage,
            type_,
            created_at,
        )

        response_done_event.additional_properties = d
        return response_done_event

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
