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
    from ..models.paginated_result_dataset_import_task import PaginatedResultDatasetImportTask
else:
    PaginatedResultDatasetImportTask = _Lazy(
        globals(), "paginated_result_dataset_import_task", "PaginatedResultDatasetImportTask"
    )


T = TypeVar("T", bound="ListDatasetImportTasksResponse")


class ListDatasetImportTasksResponse:
    """
    Attributes:
        tasks (PaginatedResultDatasetImportTask):
    """

    __slots__ = ("additional_properties", "tasks")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("tasks",)

    tasks: PaginatedResultDatasetImportTask
    additional_properties: dict[str, Any]

    def __init__(
        self,
        tasks: PaginatedResultDatasetImportTask,
    ) -> None:
        self.tasks = tasks
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                tasks = self.tasks.to_dict()
            except AttributeError:
                if isinstance(self.tasks, PaginatedResultDatasetImportTask):
                    raise
                tasks = _as_dict(self.tasks, "PaginatedResultDatasetImportTask")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tasks")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tasks": tasks,
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
        tasks = PaginatedResultDatasetImportTask.from_dict(d.pop("tasks"))

        list_dataset_import_tasks_response = cls(
            tasks,
        )

        list_dataset_import_tasks_response.additional_properties = d
        return list_dataset_import_tasks_response

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
