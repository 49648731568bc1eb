from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.ft_classifier_loss_function import FTClassifierLossFunction
else:
    FTClassifierLossFunction = _Lazy(globals(), "ft_classifier_loss_function", "FTClassifierLossFunction")


T = TypeVar("T", bound="ClassifierTargetResult")


class ClassifierTargetResult:
    """
    Attributes:
        name (str):
        labels (list[str]):
        weight (float):
        loss_function (FTClassifierLossFunction):
    """

    __slots__ = ("additional_properties", "labels", "loss_function", "name", "weight")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "labels",
        "weight",
        "loss_function",
    )

    name: str
    labels: list[str]
    weight: float
    loss_function: FTClassifierLossFunction
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        labels: list[str],
        weight: float,
        loss_function: FTClassifierLossFunction,
    ) -> None:
        self.name = name
        self.labels = labels
        self.weight = weight
        self.loss_function = loss_function
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        labels = self.labels

        weight = self.weight

        loss_function = str(self.loss_function)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "labels": labels,
                "weight": weight,
                "loss_function": loss_function,
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
        name = d.pop("name")

        labels = cast(list[str], d.pop("labels"))

        weight = d.pop("weight")

        loss_function = FTClassifierLossFunction(d.pop("loss_function"))

        classifier_target_result = cls(
            name,
            labels,
            weight,
            loss_function,
        )

        classifier_target_result.additional_properties = d
        return classifier_target_result

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
