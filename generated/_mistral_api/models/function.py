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
    from ..models.function_parameters import FunctionParameters
else:
    FunctionParameters = _Lazy(globals(), "function_parameters", "FunctionParameters")


T = TypeVar("T", bound="Function")


class Function:
    """
    Attributes:
        name (str):
        parameters (FunctionParameters):
        description (str | Unset):  Default: ''.
        strict (bool | Unset):  Default: False.
    """

    __slots__ = ("additional_properties", "description", "name", "parameters", "strict")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "parameters",
        "description",
        "strict",
    )

    name: str
    parameters: FunctionParameters
    description: str | Unset
    strict: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        parameters: FunctionParameters,
        description: str | Unset = UNSET,
        strict: bool | Unset = UNSET,
    ) -> None:
        self.name = name
        self.parameters = parameters
        self.description = description
        self.strict = strict
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            try:
                parameters = self.parameters.to_dict()
            except AttributeError:
                if isinstance(self.parameters, FunctionParameters):
                    raise
                parameters = _as_dict(self.parameters, "FunctionParameters")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "parameters")
            raise

        description = self.description

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "parameters": parameters,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

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

        parameters = FunctionParameters.from_dict(d.pop("parameters"))

        description = d.pop("description", UNSET)

        strict = d.pop("strict", UNSET)

        function = cls(
            name,
            parameters,
            description,
            strict,
        )

        function.additional_properties = d
        return function

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
