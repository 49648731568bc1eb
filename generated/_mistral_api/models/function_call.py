from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.function_call_arguments_type_0 import FunctionCallArgumentsType0
else:
    FunctionCallArgumentsType0 = _Lazy(globals(), "function_call_arguments_type_0", "FunctionCallArgumentsType0")


T = TypeVar("T", bound="FunctionCall")


class FunctionCall:
    """
    Attributes:
        name (str):
        arguments (FunctionCallArgumentsType0 | str):
    """

    __slots__ = ("additional_properties", "arguments", "name")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "arguments",
    )

    name: str
    arguments: FunctionCallArgumentsType0 | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        arguments: FunctionCallArgumentsType0 | str,
    ) -> None:
        self.name = name
        self.arguments = arguments
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            arguments: dict[str, Any] | str
            if isinstance(self.arguments, FunctionCallArgumentsType0):
                arguments = self.arguments.to_dict()
            else:
                arguments = self.arguments
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "arguments")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "arguments": arguments,
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
        name = d.pop("name")

        _arguments_data = d.pop("arguments")
        arguments: FunctionCallArgumentsType0 | str
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_arguments_data, dict):
                try:
                    arguments_type_0 = FunctionCallArgumentsType0.from_dict(_arguments_data)

                    arguments = arguments_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            arguments = cast("FunctionCallArgumentsType0 | str", _arguments_data)
            break

        function_call = cls(
            name,
            arguments,
        )

        function_call.additional_properties = d
        return function_call

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
