from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.annotations_audience_type_0_item import AnnotationsAudienceType0Item
else:
    AnnotationsAudienceType0Item = _Lazy(globals(), "annotations_audience_type_0_item", "AnnotationsAudienceType0Item")


T = TypeVar("T", bound="Annotations")


class Annotations:
    """
    Attributes:
        audience (list[AnnotationsAudienceType0Item] | None | Unset):
        priority (float | None | Unset):
    """

    __slots__ = ("additional_properties", "audience", "priority")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "audience",
        "priority",
    )

    audience: list[AnnotationsAudienceType0Item] | None | Unset
    priority: float | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        audience: list[AnnotationsAudienceType0Item] | None | Unset = UNSET,
        priority: float | None | Unset = UNSET,
    ) -> None:
        self.audience = audience
        self.priority = priority
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        audience: list[str] | None | Unset
        if isinstance(self.audience, Unset):
            audience = UNSET
        elif isinstance(self.audience, list):
            audience = []
            for audience_type_0_item_data in self.audience:
                audience_type_0_item = str(audience_type_0_item_data)
                audience.append(audience_type_0_item)

        else:
            audience = self.audience

        priority: float | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audience is not UNSET:
            field_dict["audience"] = audience
        if priority is not UNSET:
            field_dict["priority"] = priority

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
        _audience_data = d.pop("audience", UNSET)
        audience: list[AnnotationsAudienceType0Item] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _audience_data is None:
                audience = _audience_data
                break
            if isinstance(_audience_data, Unset):
                audience = _audience_data
                break
            if isinstance(_audience_data, list):
                try:
                    audience_type_0 = []
                    _audience_type_0 = _audience_data
                    for audience_type_0_item_data in _audience_type_0:
                        audience_type_0_item = AnnotationsAudienceType0Item(audience_type_0_item_data)

                        audience_type_0.append(audience_type_0_item)

                    audience = audience_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            audience = cast("list[AnnotationsAudienceType0Item] | None | Unset", _audience_data)
            break

        priority: float | None | Unset = d.pop("priority", UNSET)

        annotations = cls(
            audience,
            priority,
        )

        annotations.additional_properties = d
        return annotations

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
