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
    from ..models.nested_group_ref import NestedGroupRef
else:
    NestedGroupRef = _Lazy(globals(), "nested_group_ref", "NestedGroupRef")


T = TypeVar("T", bound="NestedGroupsOut")


class NestedGroupsOut:
    """
    Attributes:
        children (list[NestedGroupRef]): Groups directly nested inside this group (its direct children).
    """

    __slots__ = ("additional_properties", "children")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("children",)

    children: list[NestedGroupRef]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        children: list[NestedGroupRef],
    ) -> None:
        self.children = children
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            children = []
            try:
                for children_item_data in self.children:
                    try:
                        children_item = children_item_data.to_dict()
                    except AttributeError:
                        if isinstance(children_item_data, NestedGroupRef):
                            raise
                        children_item = _as_dict(children_item_data, "NestedGroupRef")
                    children.append(children_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(children))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "children")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "children": children,
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
        children = []
        _children = d.pop("children")
        for children_item_data in _children:
            children_item = NestedGroupRef.from_dict(children_item_data)

            children.append(children_item)

        nested_groups_out = cls(
            children,
        )

        nested_groups_out.additional_properties = d
        return nested_groups_out

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
