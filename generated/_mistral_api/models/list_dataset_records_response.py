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
    from ..models.paginated_result_dataset_record import PaginatedResultDatasetRecord
else:
    PaginatedResultDatasetRecord = _Lazy(globals(), "paginated_result_dataset_record", "PaginatedResultDatasetRecord")


T = TypeVar("T", bound="ListDatasetRecordsResponse")


class ListDatasetRecordsResponse:
    """
    Attributes:
        records (PaginatedResultDatasetRecord):
    """

    __slots__ = ("additional_properties", "records")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("records",)

    records: PaginatedResultDatasetRecord
    additional_properties: dict[str, Any]

    def __init__(
        self,
        records: PaginatedResultDatasetRecord,
    ) -> None:
        self.records = records
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                records = self.records.to_dict()
            except AttributeError:
                if isinstance(self.records, PaginatedResultDatasetRecord):
                    raise
                records = _as_dict(self.records, "PaginatedResultDatasetRecord")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "records")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
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
        records = PaginatedResultDatasetRecord.from_dict(d.pop("records"))

        list_dataset_records_response = cls(
            records,
        )

        list_dataset_records_response.additional_properties = d
        return list_dataset_records_response

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
