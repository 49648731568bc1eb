from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.logs_request_order import LogsRequestOrder
else:
    LogsRequestOrder = _Lazy(globals(), "logs_request_order", "LogsRequestOrder")


T = TypeVar("T", bound="LogsRequest")


class LogsRequest:
    """
    Attributes:
        search_expression (None | str | Unset):
        order (LogsRequestOrder | Unset):  Default: LogsRequestOrder.DESC.
    """

    __slots__ = ("additional_properties", "order", "search_expression")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "search_expression",
        "order",
    )

    search_expression: None | str | Unset
    order: LogsRequestOrder | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        search_expression: None | str | Unset = UNSET,
        order: LogsRequestOrder | Unset = UNSET,
    ) -> None:
        self.search_expression = search_expression
        self.order = order
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        search_expression: None | str | Unset
        if isinstance(self.search_expression, Unset):
            search_expression = UNSET
        else:
            search_expression = self.search_expression

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = str(self.order)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_expression is not UNSET:
            field_dict["search_expression"] = search_expression
        if order is not UNSET:
            field_dict["order"] = order

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
        search_expression: None | str | Unset = d.pop("search_expression", UNSET)

        _order = d.pop("order", UNSET)
        order: LogsRequestOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = LogsRequestOrder(_order)

        logs_request = cls(
            search_expression,
            order,
        )

        logs_request.additional_properties = d
        return logs_request

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
