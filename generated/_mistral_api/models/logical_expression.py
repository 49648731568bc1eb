from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.logical_expression_type import LogicalExpressionType
    from ..models.tool_properties import ToolProperties
else:
    LogicalExpressionType = _Lazy(globals(), "logical_expression_type", "LogicalExpressionType")
    ToolProperties = _Lazy(globals(), "tool_properties", "ToolProperties")


T = TypeVar("T", bound="LogicalExpression")


class LogicalExpression:
    """
    Attributes:
        type_ (LogicalExpressionType):
        expressions (list[list[str] | LogicalExpression | ToolProperties]):
    """

    __slots__ = ("additional_properties", "expressions", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "type_",
        "expressions",
    )

    type_: LogicalExpressionType
    expressions: list[list[str] | LogicalExpression | ToolProperties]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: LogicalExpressionType,
        expressions: list[list[str] | LogicalExpression | ToolProperties],
    ) -> None:
        self.type_ = type_
        self.expressions = expressions
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        try:
            expressions = []
            try:
                for expressions_item_data in self.expressions:
                    expressions_item: dict[str, Any] | list[str]
                    if isinstance(expressions_item_data, list):
                        expressions_item = expressions_item_data
                    elif isinstance(expressions_item_data, LogicalExpression):
                        expressions_item = expressions_item_data.to_dict()
                    else:
                        try:
                            expressions_item = expressions_item_data.to_dict()
                        except AttributeError:
                            if isinstance(expressions_item_data, ToolProperties):
                                raise
                            expressions_item = _as_dict(
                                expressions_item_data, "list[str] | LogicalExpression | ToolProperties"
                            )
                    expressions.append(expressions_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(expressions))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "expressions")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "expressions": expressions,
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
        type_ = LogicalExpressionType(d.pop("type"))

        expressions = []
        _expressions = d.pop("expressions")
        for expressions_item_data in _expressions:
            _expressions_item_data = expressions_item_data
            expressions_item: list[str] | LogicalExpression | ToolProperties
            while True:  # one pass; each break is the generator's `return`
                if isinstance(_expressions_item_data, list):
                    try:
                        expressions_item_type_0 = cast(list[str], _expressions_item_data)

                        expressions_item = expressions_item_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_expressions_item_data, dict):
                    try:
                        expressions_item_type_1 = LogicalExpression.from_dict(_expressions_item_data)

                        expressions_item = expressions_item_type_1
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(_expressions_item_data, dict):
                    raise TypeError()
                expressions_item_type_2 = ToolProperties.from_dict(_expressions_item_data)

                expressions_item = expressions_item_type_2
                break

            expressions.append(expressions_item)

        logical_expression = cls(
            type_,
            expressions,
        )

        logical_expression.additional_properties = d
        return logical_expression

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
