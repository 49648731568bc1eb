from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="JudgeRegressionOutput")


class JudgeRegressionOutput:
    """
    Attributes:
        min_description (str):
        max_description (str):
        type_ (Literal['REGRESSION'] | Unset):  Default: 'REGRESSION'.
        min_ (float | Unset):  Default: 0.0.
        max_ (float | Unset):  Default: 1.0.
    """

    __slots__ = ("additional_properties", "max_", "max_description", "min_", "min_description", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "min_description",
        "max_description",
        "type_",
        "min_",
        "max_",
    )

    min_description: str
    max_description: str
    type_: Literal["REGRESSION"] | Unset
    min_: float | Unset
    max_: float | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        min_description: str,
        max_description: str,
        type_: Literal["REGRESSION"] | Unset = "REGRESSION",
        min_: float | Unset = UNSET,
        max_: float | Unset = UNSET,
    ) -> None:
        self.min_description = min_description
        self.max_description = max_description
        self.type_ = type_
        self.min_ = min_
        self.max_ = max_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        min_description = self.min_description

        max_description = self.max_description

        type_ = self.type_

        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min_description": min_description,
                "max_description": max_description,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

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
        min_description = d.pop("min_description")

        max_description = d.pop("max_description")

        type_ = cast(Literal["REGRESSION"] | Unset, d.pop("type", UNSET))
        if type_ != "REGRESSION" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'REGRESSION', got '{type_}'")

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        judge_regression_output = cls(
            min_description,
            max_description,
            type_,
            min_,
            max_,
        )

        judge_regression_output.additional_properties = d
        return judge_regression_output

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
