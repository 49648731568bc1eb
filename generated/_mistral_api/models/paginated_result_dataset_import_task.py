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
    from ..models.dataset_import_task import DatasetImportTask
else:
    DatasetImportTask = _Lazy(globals(), "dataset_import_task", "DatasetImportTask")


T = TypeVar("T", bound="PaginatedResultDatasetImportTask")


class PaginatedResultDatasetImportTask:
    """
    Attributes:
        count (int):
        results (list[DatasetImportTask] | Unset):
        next_ (None | str | Unset):
        previous (None | str | Unset):
    """

    __slots__ = ("additional_properties", "count", "next_", "previous", "results")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "count",
        "results",
        "next_",
        "previous",
    )

    count: int
    results: list[DatasetImportTask] | Unset
    next_: None | str | Unset
    previous: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        count: int,
        results: list[DatasetImportTask] | Unset = UNSET,
        next_: None | str | Unset = UNSET,
        previous: None | str | Unset = UNSET,
    ) -> None:
        self.count = count
        self.results = results
        self.next_ = next_
        self.previous = previous
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        try:
            results: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.results, Unset):
                results = []
                try:
                    for results_item_data in self.results:
                        try:
                            results_item = results_item_data.to_dict()
                        except AttributeError:
                            if isinstance(results_item_data, DatasetImportTask):
                                raise
                            results_item = _as_dict(results_item_data, "DatasetImportTask")
                        results.append(results_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(results))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "results")
            raise

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )
        if results is not UNSET:
            field_dict["results"] = results
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

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
        count = d.pop("count")

        _results = d.pop("results", UNSET)
        results: list[DatasetImportTask] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = DatasetImportTask.from_dict(results_item_data)

                results.append(results_item)

        next_: None | str | Unset = d.pop("next", UNSET)

        previous: None | str | Unset = d.pop("previous", UNSET)

        paginated_result_dataset_import_task = cls(
            count,
            results,
            next_,
            previous,
        )

        paginated_result_dataset_import_task.additional_properties = d
        return paginated_result_dataset_import_task

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
