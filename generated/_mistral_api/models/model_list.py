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
    from ..models.base_model_card import BaseModelCard
    from ..models.ft_model_card import FTModelCard
else:
    BaseModelCard = _Lazy(globals(), "base_model_card", "BaseModelCard")
    FTModelCard = _Lazy(globals(), "ft_model_card", "FTModelCard")


T = TypeVar("T", bound="ModelList")


class ModelList:
    """
    Attributes:
        object_ (str | Unset):  Default: 'list'.
        data (list[BaseModelCard | FTModelCard] | Unset):
    """

    __slots__ = ("additional_properties", "data", "object_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "object_",
        "data",
    )

    object_: str | Unset
    data: list[BaseModelCard | FTModelCard] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        object_: str | Unset = UNSET,
        data: list[BaseModelCard | FTModelCard] | Unset = UNSET,
    ) -> None:
        self.object_ = object_
        self.data = data
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        try:
            data: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.data, Unset):
                data = []
                try:
                    for data_item_data in self.data:
                        data_item: dict[str, Any]
                        if isinstance(data_item_data, BaseModelCard):
                            data_item = data_item_data.to_dict()
                        else:
                            try:
                                data_item = data_item_data.to_dict()
                            except AttributeError:
                                if isinstance(data_item_data, FTModelCard):
                                    raise
                                data_item = _as_dict(data_item_data, "BaseModelCard | FTModelCard")
                        data.append(data_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(data))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "data")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if data is not UNSET:
            field_dict["data"] = data

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
        object_ = d.pop("object", UNSET)

        _data = d.pop("data", UNSET)
        data: list[BaseModelCard | FTModelCard] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                _data_item_data = data_item_data
                data_item: BaseModelCard | FTModelCard
                while True:  # one pass; each break is the generator's `return`
                    if isinstance(_data_item_data, dict):
                        try:
                            data_item_type_0 = BaseModelCard.from_dict(_data_item_data)

                            data_item = data_item_type_0
                            break
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if not isinstance(_data_item_data, dict):
                        raise TypeError()
                    data_item_type_1 = FTModelCard.from_dict(_data_item_data)

                    data_item = data_item_type_1
                    break

                data.append(data_item)

        model_list = cls(
            object_,
            data,
        )

        model_list.additional_properties = d
        return model_list

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
