from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.filter_condition_op import FilterConditionOp
else:
    FilterConditionOp = _Lazy(globals(), "filter_condition_op", "FilterConditionOp")


T = TypeVar("T", bound="FilterCondition")


class FilterCondition:
    """
    Attributes:
        field (str):
        op (FilterConditionOp):
        value (Any):
    """

    __slots__ = ("additional_properties", "field", "op", "value")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "field",
        "op",
        "value",
    )

    field: str
    op: FilterConditionOp
    value: Any
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field: str,
        op: FilterConditionOp,
        value: Any,
    ) -> None:
        self.field = field
        self.op = op
        self.value = value
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        op = str(self.op)

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "op": op,
                "value": value,
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
        field = d.pop("field")

        op = FilterConditionOp(d.pop("op"))

        value = d.pop("value")

        filter_condition = cls(
            field,
            op,
            value,
        )

        filter_condition.additional_properties = d
        return filter_condition

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
