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


T = TypeVar("T", bound="ToolExecutionDoneEvent")


class ToolExecutionDoneEvent:
    """
    Attributes:
        id (str):
        name (BuiltInConnectors | str):
        type_ (Literal['tool.execution.done'] | Unset):  Default: 'tool.execution.done'.
        created_at (datetime.datetime | Unset):
        output_index (int | Unset):  Default: 0.
        info (ToolExecutionInfo | Unset):
    """

    __slots__ = ("additional_properties", "created_at", "id", "info", "name", "output_index", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "name",
        "type_",
        "created_at",
        "output_index",
        "info",
    )

    id: str
    name: BuiltInConnectors | str
    type_: Literal["tool.execution.done"] | Unset
    created_at: datetime.datetime | Unset
    output_index: int | Unset
    info: ToolExecutionInfo | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        name: BuiltInConnectors | str,
        type_: Literal["tool.execution.done"] | Unset = "tool.execution.done",
        created_at: datetime.datetime | Unset = UNSET,
        output_index: int | Unset = UNSET,
        info: ToolExecutionInfo | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.type_ = type_
        self.created_at = created_at
        self.output_index = output_index
        self.info = info
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: str
        if isinstance(self.name, BuiltInConnectors):
            name = str(self.name)
        else:
            name = self.name

        type_ = self.type_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        output_index = self.output_index

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
                "id": id,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
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
        id = d.pop("id")

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

        type_ = cast(Literal["tool.execution.done"] | Unset, d.pop("type", UNSET))
        if type_ != "tool.execution.done" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'tool.execution.done', got '{type_}'")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        output_index = d.pop("output_index", UNSET)

        _info = d.pop("info", UNSET)
        info: ToolExecutionInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = ToolExecutionInfo.from_dict(_info)

        tool_execution_done_event = cls(
            id,
            name,
            type_,
            created_at,
            output_index,
            info,
        )

        tool_execution_done_event.additional_properties = d
        return tool_execution_done_event

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
