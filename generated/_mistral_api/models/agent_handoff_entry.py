from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AgentHandoffEntry")


class AgentHandoffEntry:
    """
    Attributes:
        previous_agent_id (str):
        previous_agent_name (str):
        next_agent_id (str):
        next_agent_name (str):
        object_ (Literal['entry'] | Unset):  Default: 'entry'.
        type_ (Literal['agent.handoff'] | Unset):  Default: 'agent.handoff'.
        created_at (datetime.datetime | Unset):
        completed_at (datetime.datetime | None | Unset):
        id (str | Unset):
    """

    __slots__ = (
        "additional_properties",
        "completed_at",
        "created_at",
        "id",
        "next_agent_id",
        "next_agent_name",
        "object_",
        "previous_agent_id",
        "previous_agent_name",
        "type_",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "previous_agent_id",
        "previous_agent_name",
        "next_agent_id",
        "next_agent_name",
        "object_",
        "type_",
        "created_at",
        "completed_at",
        "id",
    )

    previous_agent_id: str
    previous_agent_name: str
    next_agent_id: str
    next_agent_name: str
    object_: Literal["entry"] | Unset
    type_: Literal["agent.handoff"] | Unset
    created_at: datetime.datetime | Unset
    completed_at: datetime.datetime | None | Unset
    id: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        previous_agent_id: str,
        previous_agent_name: str,
        next_agent_id: str,
        next_agent_name: str,
        object_: Literal["entry"] | Unset = "entry",
        type_: Literal["agent.handoff"] | Unset = "agent.handoff",
        created_at: datetime.datetime | Unset = UNSET,
        completed_at: datetime.datetime | None | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> None:
        self.previous_agent_id = previous_agent_id
        self.previous_agent_name = previous_agent_name
        self.next_agent_id = next_agent_id
        self.next_agent_name = next_agent_name
        self.object_ = object_
        self.type_ = type_
        self.created_at = created_at
        self.completed_at = completed_at
        self.id = id
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        previous_agent_id = self.previous_agent_id

        previous_agent_name = self.previous_agent_name

        next_agent_id = self.next_agent_id

        next_agent_name = self.next_agent_name

        object_ = self.object_

        type_ = self.type_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat().replace("+00:00", "Z")
        else:
            completed_at = self.completed_at

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "previous_agent_id": previous_agent_id,
                "previous_agent_name": previous_agent_name,
                "next_agent_id": next_agent_id,
                "next_agent_name": next_agent_name,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if id is not UNSET:
            field_dict["id"] = id

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
        previous_agent_id = d.pop("previous_agent_id")

        previous_agent_name = d.pop("previous_agent_name")

        next_agent_id = d.pop("next_agent_id")

        next_agent_name = d.pop("next_agent_name")

        object_ = cast(Literal["entry"] | Unset, d.pop("object", UNSET))
        if object_ != "entry" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'entry', got '{object_}'")

        type_ = cast(Literal["agent.handoff"] | Unset, d.pop("type", UNSET))
        if type_ != "agent.handoff" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'agent.handoff', got '{type_}'")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _completed_at_data = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _completed_at_data is None:
                completed_at = _completed_at_data
                break
            if isinstance(_completed_at_data, Unset):
                completed_at = _completed_at_data
                break
            if isinstance(_completed_at_data, str):
                try:
                    completed_at_type_0 = datetime.datetime.fromisoformat(_completed_at_data)

                    completed_at = completed_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            completed_at = cast("datetime.datetime | None | Unset", _completed_at_data)
            break

        id = d.pop("id", UNSET)

        agent_handoff_entry = cls(
            previous_agent_id,
            previous_agent_name,
            next_agent_id,
            next_agent_name,
            object_,
            type_,
            created_at,
            completed_at,
            id,
        )

        agent_handoff_entry.additional_properties = d
        return agent_handoff_entry

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
