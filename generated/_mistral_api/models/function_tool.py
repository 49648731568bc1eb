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
    from ..models.function import Function
    from ..models.function_tool_type import FunctionToolType
else:
    Function = _Lazy(globals(), "function", "Function")
    FunctionToolType = _Lazy(globals(), "function_tool_type", "FunctionToolType")


T = TypeVar("T", bound="FunctionTool")


class FunctionTool:
    """
    Attributes:
        function (Function):
        type_ (FunctionToolType | Unset):  Default: FunctionToolType.FUNCTION.
    """

    __slots__ = ("additional_properties", "function", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "function",
        "type_",
    )

    function: Function
    type_: FunctionToolType | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        function: Function,
        type_: FunctionToolType | Unset = FunctionToolType.FUNCTION,
    ) -> None:
        self.function = function
        self.type_ = type_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                function = self.function.to_dict()
            except AttributeError:
                if isinstance(self.function, Function):
                    raise
                function = _as_dict(self.function, "Function")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "function")
            raise

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        function = Function.from_dict(d.pop("function"))

        _type_ = d.pop("type", UNSET)
        type_: FunctionToolType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FunctionToolType(_type_)

        function_tool = cls(
            function,
            type_,
        )

        function_tool.additional_properties = d
        return function_tool

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
