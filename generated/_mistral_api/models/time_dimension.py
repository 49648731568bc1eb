from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.granularity import Granularity
else:
    Granularity = _Lazy(globals(), "granularity", "Granularity")


T = TypeVar("T", bound="TimeDimension")


class TimeDimension:
    """
    Attributes:
        granularity (Granularity | Unset):
    """

    __slots__ = ("additional_properties", "granularity")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("granularity",)

    granularity: Granularity | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        granularity: Granularity | Unset = UNSET,
    ) -> None:
        self.granularity = granularity
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        granularity: str | Unset = UNSET
        if not isinstance(self.granularity, Unset):
            granularity = str(self.granularity)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if granularity is not UNSET:
            field_dict["granularity"] = granularity

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
        _granularity = d.pop("granularity", UNSET)
        granularity: Granularity | Unset
        if isinstance(_granularity, Unset):
            granularity = UNSET
        else:
            granularity = Granularity(_granularity)

        time_dimension = cls(
            granularity,
        )

        time_dimension.additional_properties = d
        return time_dimension

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
