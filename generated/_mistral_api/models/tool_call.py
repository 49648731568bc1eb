from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.function_call import FunctionCall
    from ..models.tool_types import ToolTypes
else:
    FunctionCall = _Lazy(globals(), "function_call", "FunctionCall")
    ToolTypes = _Lazy(globals(), "tool_types", "ToolTypes")


T = TypeVar("T", bound="ToolCall")


class ToolCall:
    """
    Attributes:
        function (FunctionCall):
        id (str | Unset):  Default: 'null'.
        type_ (ToolTypes | Unset):
        index (int | Unset):  Default: 0.
    """

    __slots__ = ("additional_properties", "function", "id", "index", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "function",
        "id",
        "type_",
        "index",
    )

    function: FunctionCall
    id: str | Unset
    type_: ToolTypes | Unset
    index: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        function: FunctionCall,
        id: str | Unset = UNSET,
        type_: ToolTypes | Unset = UNSET,
        index: int | Unset = UNSET,
    ) -> None:
        self.function = function
        self.id = id
        self.type_ = type_
        self.index = index
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                function = self.function.to_dict()
            except AttributeError:
                if isinstance(self.function, FunctionCall):
                    raise
                function = _as_dict(self.function, "FunctionCall")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "function")
            raise

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if index is not UNSET:
            field_dict["index"] = index

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
        function = FunctionCall.from_dict(d.pop("function"))

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ToolTypes | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ToolTypes(_type_)

        index = d.pop("index", UNSET)

        tool_call = cls(
            function,
            id,
            type_,
            index,
        )

        tool_call.additional_properties = d
        return tool_call

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
