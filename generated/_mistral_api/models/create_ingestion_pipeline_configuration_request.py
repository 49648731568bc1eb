from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.create_ingestion_pipeline_configuration_request_pipeline_composition_type_0 import (
        CreateIngestionPipelineConfigurationRequestPipelineCompositionType0,
    )
else:
    CreateIngestionPipelineConfigurationRequestPipelineCompositionType0 = _Lazy(
        globals(),
        "create_ingestion_pipeline_configuration_request_pipeline_composition_type_0",
        "CreateIngestionPipelineConfigurationRequestPipelineCompositionType0",
    )


T = TypeVar("T", bound="CreateIngestionPipelineConfigurationRequest")


class CreateIngestionPipelineConfigurationRequest:
    """
    Attributes:
        name (str):
        pipeline_composition (CreateIngestionPipelineConfigurationRequestPipelineCompositionType0 | None | Unset):
    """

    __slots__ = ("additional_properties", "name", "pipeline_composition")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "pipeline_composition",
    )

    name: str
    pipeline_composition: CreateIngestionPipelineConfigurationRequestPipelineCompositionType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        pipeline_composition: CreateIngestionPipelineConfigurationRequestPipelineCompositionType0
        | None
        | Unset = UNSET,
    ) -> None:
        self.name = name
        self.pipeline_composition = pipeline_composition
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            pipeline_composition: dict[str, Any] | None | Unset
            if isinstance(self.pipeline_composition, Unset):
                pipeline_composition = UNSET
            elif isinstance(
                self.pipeline_composition, CreateIngestionPipelineConfigurationRequestPipelineCompositionType0
            ):
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
                "name": name,
            }
        )
        if pipeline_composition is not UNSET:
            field_dict["pipeline_composition"] = pipeline_composition

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

        _pipeline_composition_data = d.pop("pipeline_composition", UNSET)
        pipeline_composition: CreateIngestionPipelineConfigurationRequestPipelineCompositionType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _pipeline_composition_data is None:
                pipeline_composition = _pipeline_composition_data
                break
            if isinstance(_pipeline_composition_data, Unset):
                pipeline_composition = _pipeline_composition_data
                break
            if isinstance(_pipeline_composition_data, dict):
                try:
                    pipeline_composition_type_0 = (
                        CreateIngestionPipelineConfigurationRequestPipelineCompositionType0.from_dict(
                            _pipeline_composition_data
                        )
                    )

                    pipeline_composition = pipeline_composition_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            pipeline_composition = cast(
                "CreateIngestionPipelineConfigurationRequestPipelineCompositionType0 | None | Unset",
                _pipeline_composition_data,
            )
            break

        create_ingestion_pipeline_configuration_request = cls(
            name,
            pipeline_composition,
        )

        create_ingestion_pipeline_configuration_request.additional_properties = d
        return create_ingestion_pipeline_configuration_request

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
