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
    from ..models.classification_response_results_item import ClassificationResponseResultsItem
else:
    ClassificationResponseResultsItem = _Lazy(
        globals(), "classification_response_results_item", "ClassificationResponseResultsItem"
    )


T = TypeVar("T", bound="ClassificationResponse")


class ClassificationResponse:
    """
    Attributes:
        id (str):  Example: mod-e5cc70bb28c444948073e77776eb30ef.
        model (str):
        results (list[ClassificationResponseResultsItem]):
    """

    __slots__ = ("additional_properties", "id", "model", "results")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "model",
        "results",
    )

    id: str
    model: str
    results: list[ClassificationResponseResultsItem]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        model: str,
        results: list[ClassificationResponseResultsItem],
    ) -> None:
        self.id = id
        self.model = model
        self.results = results
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model = self.model

        try:
            results = []
            try:
                for results_item_data in self.results:
                    try:
                        results_item = results_item_data.to_dict()
                    except AttributeError:
                        if isinstance(results_item_data, ClassificationResponseResultsItem):
                            raise
                        results_item = _as_dict(results_item_data, "ClassificationResponseResultsItem")
                    results.append(results_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(results))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "results")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "results": results,
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
        id = d.pop("id")

        model = d.pop("model")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = ClassificationResponseResultsItem.from_dict(results_item_data)

            results.append(results_item)

        classification_response = cls(
            id,
            model,
            results,
        )

        classification_response.additional_properties = d
        return classification_response

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
