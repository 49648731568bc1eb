from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ResponseStartedEvent")


class ResponseStartedEvent:
    """
    Attributes:
        conversation_id (str):
        type_ (Literal['conversation.response.started'] | Unset):  Default: 'conversation.response.started'.
        created_at (datetime.datetime | Unset):
    """

    __slots__ = ("additional_properties", "conversation_id", "created_at", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "conversation_id",
        "type_",
        "created_at",
    )

    conversation_id: str
    type_: Literal["conversation.response.started"] | Unset
    created_at: datetime.datetime | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        conversation_id: str,
        type_: Literal["conversation.response.started"] | Unset = "conversation.response.started",
        created_at: datetime.datetime | Unset = UNSET,
    ) -> None:
        self.conversation_id = conversation_id
        self.type_ = type_
        self.created_at = created_at
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        type_ = self.type_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
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
        conversation_id = d.pop("conversation_id")

        type_ = cast(Literal["conversation.response.started"] | Unset, d.pop("type", UNSET))
        if type_ != "conversation.response.started" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'conversation.response.started', got '{type_}'")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        response_started_event = cls(
            conversation_id,
            type_,
            created_at,
        )

        response_started_event.additional_properties = d
        return response_started_event

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
