from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.ingestion_pipeline_configuration_pipeline_composition_type_0 import (
        IngestionPipelineConfigurationPipelineCompositionType0,
    )
else:
    IngestionPipelineConfigurationPipelineCompositionType0 = _Lazy(
        globals(),
        "ingestion_pipeline_configuration_pipeline_composition_type_0",
        "IngestionPipelineConfigurationPipelineCompositionType0",
    )


T = TypeVar("T", bound="IngestionPipelineConfiguration")


class IngestionPipelineConfiguration:
    """
    Attributes:
        id (UUID):
        author_id (str):
        name (str):
        created_at (datetime.datetime):
        modified_at (datetime.datetime):
        last_run_time (datetime.datetime | None):
        last_run_chunks_count (int):
        total_chunks_count (int):
        pipeline_composition (IngestionPipelineConfigurationPipelineCompositionType0 | None):
    """

    __slots__ = (
        "additional_properties",
        "author_id",
        "created_at",
        "id",
        "last_run_chunks_count",
        "last_run_time",
        "modified_at",
        "name",
        "pipeline_composition",
        "total_chunks_count",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "author_id",
        "name",
        "created_at",
        "modified_at",
        "last_run_time",
        "last_run_chunks_count",
        "total_chunks_count",
        "pipeline_composition",
    )

    id: UUID
    author_id: str
    name: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    last_run_time: datetime.datetime | None
    last_run_chunks_count: int
    total_chunks_count: int
    pipeline_composition: IngestionPipelineConfigurationPipelineCompositionType0 | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        author_id: str,
        name: str,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
        last_run_time: datetime.datetime | None,
        last_run_chunks_count: int,
        total_chunks_count: int,
        pipeline_composition: IngestionPipelineConfigurationPipelineCompositionType0 | None,
    ) -> None:
        self.id = id
        self.author_id = author_id
        self.name = name
        self.created_at = created_at
        self.modified_at = modified_at
        self.last_run_time = last_run_time
        self.last_run_chunks_count = last_run_chunks_count
        self.total_chunks_count = total_chunks_count
        self.pipeline_composition = pipeline_composition
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        author_id = self.author_id

        name = self.name

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        modified_at = self.modified_at.isoformat().replace("+00:00", "Z")

        last_run_time: None | str
        if isinstance(self.last_run_time, datetime.datetime):
            last_run_time = self.last_run_time.isoformat().replace("+00:00", "Z")
        else:
            last_run_time = self.last_run_time

        last_run_chunks_count = self.last_run_chunks_count

        total_chunks_count = self.total_chunks_count

        try:
            pipeline_composition: dict[str, Any] | None
            if isinstance(self.pipeline_composition, IngestionPipelineConfigurationPipelineCompositionType0):
                pipeline_composition = self.pipeline_composition.to_dict()
            else:
                pipeline_composition = self.pipeline_composition
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "pipeline_composition")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "author_id": author_id,
                "name": name,
                "created_at": created_at,
                "modified_at": modified_at,
                "last_run_time": last_run_time,
                "last_run_chunks_count": last_run_chunks_count,
                "total_chunks_count": total_chunks_count,
                "pipeline_composition": pipeline_composition,
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

        author_id = d.pop("author_id")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        _last_run_time_data = d.pop("last_run_time")
        last_run_time: datetime.datetime | None
        while True:  # one pass; each break is the generator's `return`
            if _last_run_time_data is None:
                last_run_time = _last_run_time_data
                break
            if isinstance(_last_run_time_data, str):
                try:
                    last_run_time_type_0 = datetime.datetime.fromisoformat(_last_run_time_data)

                    last_run_time = last_run_time_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            last_run_time = cast("datetime.datetime | None", _last_run_time_data)
            break

        last_run_chunks_count = d.pop("last_run_chunks_count")

        total_chunks_count = d.pop("total_chunks_count")

        _pipeline_composition_data = d.pop("pipeline_composition")
        pipeline_composition: IngestionPipelineConfigurationPipelineCompositionType0 | None
        while True:  # one pass; each break is the generator's `return`
            if _pipeline_composition_data is None:
                pipeline_composition = _pipeline_composition_data
                break
            if isinstance(_pipeline_composition_data, dict):
                try:
                    pipeline_composition_type_0 = IngestionPipelineConfigurationPipelineCompositionType0.from_dict(
                        _pipeline_composition_data
                    )

                    pipeline_composition = pipeline_composition_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            pipeline_composition = cast(
                "IngestionPipelineConfigurationPipelineCompositionType0 | None", _pipeline_composition_data
            )
            break

        ingestion_pipeline_configuration = cls(
            id,
            author_id,
            name,
            created_at,
            modified_at,
            last_run_time,
            last_run_chunks_count,
            total_chunks_count,
            pipeline_composition,
        )

        ingestion_pipeline_configuration.additional_properties = d
        return ingestion_pipeline_configuration

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
