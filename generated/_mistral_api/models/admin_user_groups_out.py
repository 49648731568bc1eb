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
    from ..models.admin_user_group_out import AdminUserGroupOut
else:
    AdminUserGroupOut = _Lazy(globals(), "admin_user_group_out", "AdminUserGroupOut")


T = TypeVar("T", bound="AdminUserGroupsOut")


class AdminUserGroupsOut:
    """
    Attributes:
        total (int): Total number of user groups that match the request.
        items (list[AdminUserGroupOut]): User groups on this page.
        page (int): Page number returned.
        page_size (int): Maximum number of results per page.
    """

    __slots__ = ("additional_properties", "items", "page", "page_size", "total")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "total",
        "items",
        "page",
        "page_size",
    )

    total: int
    items: list[AdminUserGroupOut]
    page: int
    page_size: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        total: int,
        items: list[AdminUserGroupOut],
        page: int,
        page_size: int,
    ) -> None:
        self.total = total
        self.items = items
        self.page = page
        self.page_size = page_size
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        try:
            items = []
            try:
                for items_item_data in self.items:
                    try:
                        items_item = items_item_data.to_dict()
                    except AttributeError:
                        if isinstance(items_item_data, AdminUserGroupOut):
                            raise
                        items_item = _as_dict(items_item_data, "AdminUserGroupOut")
                    items.append(items_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(items))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "items")
            raise

        page = self.page

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "items": items,
                "page": page,
                "page_size": page_size,
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
        total = d.pop("total")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AdminUserGroupOut.from_dict(items_item_data)

            items.append(items_item)

        page = d.pop("page")

        page_size = d.pop("page_size")

        admin_user_groups_out = cls(
            total,
            items,
            page,
            page_size,
        )

        admin_user_groups_out.additional_properties = d
        return admin_user_groups_out

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
