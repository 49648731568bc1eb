from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, InvalidFieldError, Unset
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="GetDeploymentSummariesResponseVespaDeployment")


@_attrs_define(repr=False)
class GetDeploymentSummariesResponseVespaDeployment:
    """
    Attributes:
        indexes (list[GetDeploymentSummariesResponseVespaIndex]):
        type_ (Literal['vespa'] | Unset):  Default: 'vespa'.
    """

    indexes: list[GetDeploymentSummariesResponseVespaIndex]
    type_: Literal["vespa"] | Unset = "vespa"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            indexes = []
            try:
                for indexes_item_data in self.indexes:
                    try:
                        indexes_item = indexes_item_data.to_dict()
                    except AttributeError:
                        if isinstance(indexes_item_data, GetDeploymentSummariesResponseVespaIndex):
                            raise
                        indexes_item = _as_dict(indexes_item_data, "GetDeploymentSummariesResponseVespaIndex")
                    indexes.append(indexes_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(indexes))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "indexes")
            raise

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indexes": indexes,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        indexes = []
        _indexes = d.pop("indexes")
        for indexes_item_data in _indexes:
            indexes_item = GetDeploymentSummariesResponseVespaIndex.from_dict(indexes_item_data)

            indexes.append(indexes_item)

        type_ = cast(Literal["vespa"] | Unset, d.pop("type", UNSET))
        if type_ != "vespa" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'vespa', got '{type_}'")

        get_deployment_summaries_response_vespa_deployment = cls(
            indexes,
            type_,
        )

        get_deployment_summaries_response_vespa_deployment.additional_properties = d
        return get_deployment_summaries_response_vespa_deployment

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


# Imported here, once the class above exists: see templates/model.py.jinja.
from ..models.get_deployment_summaries_response_vespa_index import GetDeploymentSummariesResponseVespaIndex
