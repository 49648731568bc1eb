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
    from ..models.built_in_connectors import BuiltInConnectors
    from ..models.tool_execution_info import ToolExecutionInfo
else:
    BuiltInConnectors = _Lazy(globals(), "built_in_connectors", "BuiltInConnectors")
    ToolExecutionInfo = _Lazy(globals(), "tool_execution_info", "ToolExecutionInfo")


T = TypeVar("T", bound="ToolExecutionEntry")


class ToolExecutionEntry:
    """
    Attributes:
        name (BuiltInConnectors | str):
        arguments (str):
        object_ (Literal['entry'] | Unset):  Default: 'entry'.
        type_ (Literal['tool.execution'] | Unset):  Default: 'tool.execution'.
        created_at (datetime.datetime | Unset):
        completed_at (datetime.datetime | None | Unset):
        agent_id (None | str | Unset):
        model (None | str | Unset):
        id (str | Unset):
        info (ToolExecutionInfo | Unset):
    """

    __slots__ = (
        "additional_properties",
        "agent_id",
        "arguments",
        "completed_at",
        "created_at",
        "id",
        "info",
        "model",
        "name",
        "object_",
        "type_",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "arguments",
        "object_",
        "type_",
        "created_at",
        "completed_at",
        "agent_id",
        "model",
        "id",
        "info",
    )

    name: BuiltInConnectors | str
    arguments: str
    object_: Literal["entry"] | Unset
    type_: Literal["tool.execution"] | Unset
    created_at: datetime.datetime | Unset
    completed_at: datetime.datetime | None | Unset
    agent_id: None | str | Unset
    model: None | str | Unset
    id: str | Unset
    info: ToolExecutionInfo | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: BuiltInConnectors | str,
        arguments: str,
        object_: Literal["entry"] | Unset = "entry",
        type_: Literal["tool.execution"] | Unset = "tool.execution",
        created_at: datetime.datetime | Unset = UNSET,
        completed_at: datetime.datetime | None | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        model: None | str | Unset = UNSET,
        id: str | Unset = UNSET,
        info: ToolExecutionInfo | Unset = UNSET,
    ) -> None:
        self.name = name
        self.arguments = arguments
        self.object_ = object_
        self.type_ = type_
        self.created_at = created_at
        self.completed_at = completed_at
        self.agent_id = agent_id
        self.model = model
        self.id = id
        self.info = info
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name: str
        if isinstance(self.name, BuiltInConnectors):
            name = str(self.name)
        else:
            name = self.name

        arguments = self.arguments

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

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        id = self.id

        try:
            info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.info, Unset):
                try:
                    info = self.info.to_dict()
                except AttributeError:
                    if isinstance(self.info, ToolExecutionInfo):
                        raise
                    info = _as_dict(self.info, "ToolExecutionInfo")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "info")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "arguments": arguments,
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
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if model is not UNSET:
            field_dict["model"] = model
        if id is not UNSET:
            field_dict["id"] = id
        if info is not UNSET:
            field_dict["info"] = info

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
        _name_data = d.pop("name")
        name: BuiltInConnectors | str
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_name_data, str):
                try:
                    name_type_0 = BuiltInConnectors(_name_data)

                    name = name_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            name = cast("BuiltInConnectors | str", _name_data)
            break

        arguments = d.pop("arguments")

        object_ = cast(Literal["entry"] | Unset, d.pop("object", UNSET))
        if object_ != "entry" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'entry', got '{object_}'")

        type_ = cast(Literal["tool.execution"] | Unset, d.pop("type", UNSET))
        if type_ != "tool.execution" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'tool.execution', got '{type_}'")

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

        agent_id: None | str | Unset = d.pop("agent_id", UNSET)

        model: None | str | Unset = d.pop("model", UNSET)

        id = d.pop("id", UNSET)

        _info = d.pop("info", UNSET)
        info: ToolExecutionInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = ToolExecutionInfo.from_dict(_info)

        tool_execution_entry = cls(
            name,
            arguments,
            object_,
            type_,
            created_at,
            completed_at,
            agent_id,
            model,
            id,
            info,
        )

        tool_execution_entry.additional_properties = d
        return tool_execution_entry

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
