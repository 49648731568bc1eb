from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ImportDatasetFromDatasetRequest")


class ImportDatasetFromDatasetRequest:
    """
    Attributes:
        dataset_record_ids (list[UUID]):
    """

    __slots__ = ("additional_properties", "dataset_record_ids")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("dataset_record_ids",)

    dataset_record_ids: list[UUID]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        dataset_record_ids: list[UUID],
    ) -> None:
        self.dataset_record_ids = dataset_record_ids
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        dataset_record_ids = []
        for dataset_record_ids_item_data in self.dataset_record_ids:
            dataset_record_ids_item = str(dataset_record_ids_item_data)
            dataset_record_ids.append(dataset_record_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_record_ids": dataset_record_ids,
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
        dataset_record_ids = []
        _dataset_record_ids = d.pop("dataset_record_ids")
        for dataset_record_ids_item_data in _dataset_record_ids:
            dataset_record_ids_item = UUID(dataset_record_ids_item_data)

            dataset_record_ids.append(dataset_record_ids_item)

        import_dataset_from_dataset_request = cls(
            dataset_record_ids,
        )

        import_dataset_from_dataset_request.additional_properties = d
        return import_dataset_from_dataset_request

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
