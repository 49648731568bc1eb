from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.dataset_record_payload import DatasetRecordPayload
    from ..models.dataset_record_properties import DatasetRecordProperties
    from ..models.dataset_record_source import DatasetRecordSource
else:
    DatasetRecordPayload = _Lazy(globals(), "dataset_record_payload", "DatasetRecordPayload")
    DatasetRecordProperties = _Lazy(globals(), "dataset_record_properties", "DatasetRecordProperties")
    DatasetRecordSource = _Lazy(globals(), "dataset_record_source", "DatasetRecordSource")


T = TypeVar("T", bound="DatasetRecord")


class DatasetRecord:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        deleted_at (datetime.datetime | None):
        dataset_id (UUID):
        payload (DatasetRecordPayload): Caller-authored input object stored on a dataset record.
        properties (DatasetRecordProperties):
        source (DatasetRecordSource):
    """

    __slots__ = (
        "additional_properties",
        "created_at",
        "dataset_id",
        "deleted_at",
        "id",
        "payload",
        "properties",
        "source",
        "updated_at",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "dataset_id",
        "payload",
        "properties",
        "source",
    )

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    deleted_at: datetime.datetime | None
    dataset_id: UUID
    payload: DatasetRecordPayload
    properties: DatasetRecordProperties
    source: DatasetRecordSource
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        deleted_at: datetime.datetime | None,
        dataset_id: UUID,
        payload: DatasetRecordPayload,
        properties: DatasetRecordProperties,
        source: DatasetRecordSource,
    ) -> None:
        self.id = id
        self.created_at = created_at
        self.updated_at = updated_at
        self.deleted_at = deleted_at
        self.dataset_id = dataset_id
        self.payload = payload
        self.properties = properties
        self.source = source
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat().replace("+00:00", "Z")
        else:
            deleted_at = self.deleted_at

        dataset_id = str(self.dataset_id)

        try:
            try:
                payload = self.payload.to_dict()
            except AttributeError:
                if isinstance(self.payload, DatasetRecordPayload):
                    raise
                payload = _as_dict(self.payload, "DatasetRecordPayload")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "payload")
            raise

        try:
            try:
                properties = self.properties.to_dict()
            except AttributeError:
                if isinstance(self.properties, DatasetRecordProperties):
                    raise
                properties = _as_dict(self.properties, "DatasetRecordProperties")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "properties")
            raise

        source = str(self.source)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted_at": deleted_at,
                "dataset_id": dataset_id,
                "payload": payload,
                "properties": properties,
                "source": source,
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
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _deleted_at_data = d.pop("deleted_at")
        deleted_at: datetime.datetime | None
        while True:  # one pass; each break is the generator's `return`
            if _deleted_at_data is None:
                deleted_at = _deleted_at_data
                break
            if isinstance(_deleted_at_data, str):
                try:
                    deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at_data)

                    deleted_at = deleted_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            deleted_at = cast("datetime.datetime | None", _deleted_at_data)
            break

        dataset_id = UUID(d.pop("dataset_id"))

        payload = DatasetRecordPayload.from_dict(d.pop("payload"))

        properties = DatasetRecordProperties.from_dict(d.pop("properties"))

        source = DatasetRecordSource(d.pop("source"))

        dataset_record = cls(
            id,
            created_at,
            updated_at,
            deleted_at,
            dataset_id,
            payload,
            properties,
            source,
        )

        dataset_record.additional_properties = d
        return dataset_record

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
