from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.filter_condition import FilterCondition
else:
    FilterCondition = _Lazy(globals(), "filter_condition", "FilterCondition")


T = TypeVar("T", bound="FilterGroup")


class FilterGroup:
    """
    Attributes:
        and_ (list[FilterCondition | FilterGroup] | None | Unset):
        or_ (list[FilterCondition | FilterGroup] | None | Unset):
    """

    __slots__ = ("additional_properties", "and_", "or_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "and_",
        "or_",
    )

    and_: list[FilterCondition | FilterGroup] | None | Unset
    or_: list[FilterCondition | FilterGroup] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        and_: list[FilterCondition | FilterGroup] | None | Unset = UNSET,
        or_: list[FilterCondition | FilterGroup] | None | Unset = UNSET,
    ) -> None:
        self.and_ = and_
        self.or_ = or_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            and_: list[dict[str, Any]] | None | Unset
            if isinstance(self.and_, Unset):
                and_ = UNSET
            elif isinstance(self.and_, list):
                and_ = []
                try:
                    for and_type_0_item_data in self.and_:
                        and_type_0_item: dict[str, Any]
                        if isinstance(and_type_0_item_data, FilterGroup):
                            and_type_0_item = and_type_0_item_data.to_dict()
                        else:
                            try:
                                and_type_0_item = and_type_0_item_data.to_dict()
                            except AttributeError:
                                if isinstance(and_type_0_item_data, FilterCondition):
                                    raise
                                and_type_0_item = _as_dict(and_type_0_item_data, "FilterCondition | FilterGroup")
                        and_.append(and_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(and_))
                    raise
            else:
                and_ = self.and_
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "and_")
            raise

        try:
            or_: list[dict[str, Any]] | None | Unset
            if isinstance(self.or_, Unset):
                or_ = UNSET
            elif isinstance(self.or_, list):
                or_ = []
                try:
                    for or_type_0_item_data in self.or_:
                        or_type_0_item: dict[str, Any]
                        if isinstance(or_type_0_item_data, FilterGroup):
                            or_type_0_item = or_type_0_item_data.to_dict()
                        else:
                            try:
                                or_type_0_item = or_type_0_item_data.to_dict()
                            except AttributeError:
                                if isinstance(or_type_0_item_data, FilterCondition):
                                    raise
                                or_type_0_item = _as_dict(or_type_0_item_data, "FilterCondition | FilterGroup")
                        or_.append(or_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(or_))
                    raise
            else:
                or_ = self.or_
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "or_")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if and_ is not UNSET:
            field_dict["AND"] = and_
        if or_ is not UNSET:
            field_dict["OR"] = or_

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
        _and__data = d.pop("AND", UNSET)
        and_: list[FilterCondition | FilterGroup] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _and__data is None:
                and_ = _and__data
                break
            if isinstance(_and__data, Unset):
                and_ = _and__data
                break
            if isinstance(_and__data, list):
                try:
                    and_type_0 = []
                    _and_type_0 = _and__data
                    for and_type_0_item_data in _and_type_0:
                        _and_type_0_item_data = and_type_0_item_data
                        and_type_0_item: FilterCondition | FilterGroup
                        while True:  # one pass; each break is the generator's `return`
                            if isinstance(_and_type_0_item_data, dict):
                                try:
                                    and_type_0_item_type_0 = FilterGroup.from_dict(_and_type_0_item_data)

                                    and_type_0_item = and_type_0_item_type_0
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if not isinstance(_and_type_0_item_data, dict):
                                raise TypeError()
                            and_type_0_item_type_1 = FilterCondition.from_dict(_and_type_0_item_data)

                            and_type_0_item = and_type_0_item_type_1
                            break

                        and_type_0.append(and_type_0_item)

                    and_ = and_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            and_ = cast("list[FilterCondition | FilterGroup] | None | Unset", _and__data)
            break

        _or__data = d.pop("OR", UNSET)
        or_: list[FilterCondition | FilterGroup] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _or__data is None:
                or_ = _or__data
                break
            if isinstance(_or__data, Unset):
                or_ = _or__data
                break
            if isinstance(_or__data, list):
                try:
                    or_type_0 = []
                    _or_type_0 = _or__data
                    for or_type_0_item_data in _or_type_0:
                        _or_type_0_item_data = or_type_0_item_data
                        or_type_0_item: FilterCondition | FilterGroup
                        while True:  # one pass; each break is the generator's `return`
                            if isinstance(_or_type_0_item_data, dict):
                                try:
                                    or_type_0_item_type_0 = FilterGroup.from_dict(_or_type_0_item_data)

                                    or_type_0_item = or_type_0_item_type_0
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if not isinstance(_or_type_0_item_data, dict):
                                raise TypeError()
                            or_type_0_item_type_1 = FilterCondition.from_dict(_or_type_0_item_data)

                            or_type_0_item = or_type_0_item_type_1
                            break

                        or_type_0.append(or_type_0_item)

                    or_ = or_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            or_ = cast("list[FilterCondition | FilterGroup] | None | Unset", _or__data)
            break

        filter_group = cls(
            and_,
            or_,
        )

        filter_group.additional_properties = d
        return filter_group

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
