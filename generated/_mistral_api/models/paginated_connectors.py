from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.connector import Connector
    from ..models.pagination_response import PaginationResponse
else:
    Connector = _Lazy(globals(), "connector", "Connector")
    PaginationResponse = _Lazy(globals(), "pagination_response", "PaginationResponse")


T = TypeVar("T", bound="PaginatedConnectors")


class PaginatedConnectors:
    """
    Attributes:
        items (list[Connector]):
        pagination (PaginationResponse):
    """

    __slots__ = ("additional_properties", "items", "pagination")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "items",
        "pagination",
    )

    items: list[Connector]
    pagination: PaginationResponse
    additional_properties: dict[str, Any]

    def __init__(
        self,
        items: list[Connector],
        pagination: PaginationResponse,
    ) -> None:
        self.items = items
        self.pagination = pagination
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            items = []
            try:
                for items_item_data in self.items:
                    try:
                        items_item = items_item_data.to_dict()
                    except AttributeError:
                        if isinstance(items_item_data, Connector):
                            raise
                        items_item = _as_dict(items_item_data, "Connector")
                    items.append(items_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(items))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "items")
            raise

        try:
            try:
                pagination = self.pagination.to_dict()
            except AttributeError:
                if isinstance(self.pagination, PaginationResponse):
                    raise
                pagination = _as_dict(self.pagination, "PaginationResponse")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "pagination")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "pagination": pagination,
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
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Connector.from_dict(items_item_data)

            items.append(items_item)

        pagination = PaginationResponse.from_dict(d.pop("pagination"))

        paginated_connectors = cls(
            items,
            pagination,
        )

        paginated_connectors.additional_properties = d
        return paginated_connectors

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
