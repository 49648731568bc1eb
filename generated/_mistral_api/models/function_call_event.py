from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.function_call_event_confirmation_status_type_0 import FunctionCallEventConfirmationStatusType0
else:
    FunctionCallEventConfirmationStatusType0 = _Lazy(
        globals(), "function_call_event_confirmation_status_type_0", "FunctionCallEventConfirmationStatusType0"
    )


T = TypeVar("T", bound="FunctionCallEvent")


class FunctionCallEvent:
    """
    Attributes:
        id (str):
        name (str):
        tool_call_id (str):
        arguments (str):
        type_ (Literal['function.call.delta'] | Unset):  Default: 'function.call.delta'.
        created_at (datetime.datetime | Unset):
        output_index (int | Unset):  Default: 0.
        model (None | str | Unset):
        agent_id (None | str | Unset):
        confirmation_status (FunctionCallEventConfirmationStatusType0 | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "agent_id",
        "arguments",
        "confirmation_status",
        "created_at",
        "id",
        "model",
        "name",
        "output_index",
        "tool_call_id",
        "type_",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "name",
        "tool_call_id",
        "arguments",
        "type_",
        "created_at",
        "output_index",
        "model",
        "agent_id",
        "confirmation_status",
    )

    id: str
    name: str
    tool_call_id: str
    arguments: str
    type_: Literal["function.call.delta"] | Unset
    created_at: datetime.datetime | Unset
    output_index: int | Unset
    model: None | str | Unset
    agent_id: None | str | Unset
    confirmation_status: FunctionCallEventConfirmationStatusType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        name: str,
        tool_call_id: str,
        arguments: str,
        type_: Literal["function.call.delta"] | Unset = "function.call.delta",
        created_at: datetime.datetime | Unset = UNSET,
        output_index: int | Unset = UNSET,
        model: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        confirmation_status: FunctionCallEventConfirmationStatusType0 | None | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.tool_call_id = tool_call_id
        self.arguments = arguments
        self.type_ = type_
        self.created_at = created_at
        self.output_index = output_index
        self.model = model
        self.agent_id = agent_id
        self.confirmation_status = confirmation_status
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tool_call_id = self.tool_call_id

        arguments = self.arguments

        type_ = self.type_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        output_index = self.output_index

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        confirmation_status: None | str | Unset
        if isinstance(self.confirmation_status, Unset):
            confirmation_status = UNSET
        elif isinstance(self.confirmation_status, FunctionCallEventConfirmationStatusType0):
            confirmation_status = str(self.confirmation_status)
        else:
            confirmation_status = self.confirmation_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "tool_call_id": tool_call_id,
                "arguments": arguments,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if model is not UNSET:
            field_dict["model"] = model
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if confirmation_status is not UNSET:
            field_dict["confirmation_status"] = confirmation_status

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
        id = d.pop("id")

        name = d.pop("name")

        tool_call_id = d.pop("tool_call_id")

        arguments = d.pop("arguments")

        type_ = cast(Literal["function.call.delta"] | Unset, d.pop("type", UNSET))
        if type_ != "function.call.delta" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'function.call.delta', got '{type_}'")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        output_index = d.pop("output_index", UNSET)

        model: None | str | Unset = d.pop("model", UNSET)

        agent_id: None | str | Unset = d.pop("agent_id", UNSET)

        _confirmation_status_data = d.pop("confirmation_status", UNSET)
        confirmation_status: FunctionCallEventConfirmationStatusType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _confirmation_status_data is None:
                confirmation_status = _confirmation_status_data
                break
            if isinstance(_confirmation_status_data, Unset):
                confirmation_status = _confirmation_status_data
                break
            if isinstance(_confirmation_status_data, str):
                try:
                    confirmation_status_type_0 = FunctionCallEventConfirmationStatusType0(_confirmation_status_data)

                    confirmation_status = confirmation_status_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            confirmation_status = cast(
                "FunctionCallEventConfirmationStatusType0 | None | Unset", _confirmation_status_data
            )
            break

        function_call_event = cls(
            id,
            name,
            tool_call_id,
            arguments,
            type_,
            created_at,
            output_index,
            model,
            agent_id,
            confirmation_status,
        )

        function_call_event.additional_properties = d
        return function_call_event

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
