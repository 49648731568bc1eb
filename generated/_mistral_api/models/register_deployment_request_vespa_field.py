from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.schema_field_data_type import SchemaFieldDataType
    from ..models.schema_field_index import SchemaFieldIndex
    from ..models.schema_field_ranking_type import SchemaFieldRankingType
    from ..models.schema_field_storage import SchemaFieldStorage
else:
    SchemaFieldDataType = _Lazy(globals(), "schema_field_data_type", "SchemaFieldDataType")
    SchemaFieldIndex = _Lazy(globals(), "schema_field_index", "SchemaFieldIndex")
    SchemaFieldRankingType = _Lazy(globals(), "schema_field_ranking_type", "SchemaFieldRankingType")
    SchemaFieldStorage = _Lazy(globals(), "schema_field_storage", "SchemaFieldStorage")


T = TypeVar("T", bound="RegisterDeploymentRequestVespaField")


class RegisterDeploymentRequestVespaField:
    """
    Attributes:
        name (str):
        type_ (SchemaFieldDataType):
        storage (SchemaFieldStorage):
        ranking (SchemaFieldRankingType):
        index_type (None | SchemaFieldIndex):
        multidimensional (bool):
    """

    __slots__ = ("additional_properties", "index_type", "multidimensional", "name", "ranking", "storage", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "type_",
        "storage",
        "ranking",
        "index_type",
        "multidimensional",
    )

    name: str
    type_: SchemaFieldDataType
    storage: SchemaFieldStorage
    ranking: SchemaFieldRankingType
    index_type: None | SchemaFieldIndex
    multidimensional: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        type_: SchemaFieldDataType,
        storage: SchemaFieldStorage,
        ranking: SchemaFieldRankingType,
        index_type: None | SchemaFieldIndex,
        multidimensional: bool,
    ) -> None:
        self.name = name
        self.type_ = type_
        self.storage = storage
        self.ranking = ranking
        self.index_type = index_type
        self.multidimensional = multidimensional
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = str(self.type_)

        storage = str(self.storage)

        ranking = str(self.ranking)

        index_type: None | str
        if isinstance(self.index_type, SchemaFieldIndex):
            index_type = str(self.index_type)
        else:
            index_type = self.index_type

        multidimensional = self.multidimensional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "storage": storage,
                "ranking": ranking,
                "index_type": index_type,
                "multidimensional": multidimensional,
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

        type_ = SchemaFieldDataType(d.pop("type"))

        storage = SchemaFieldStorage(d.pop("storage"))

        ranking = SchemaFieldRankingType(d.pop("ranking"))

        _index_type_data = d.pop("index_type")
        index_type: None | SchemaFieldIndex
        while True:  # one pass; each break is the generator's `return`
            if _index_type_data is None:
                index_type = _index_type_data
                break
            if isinstance(_index_type_data, str):
                try:
                    index_type_type_0 = SchemaFieldIndex(_index_type_data)

                    index_type = index_type_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            index_type = cast("None | SchemaFieldIndex", _index_type_data)
            break

        multidimensional = d.pop("multidimensional")

        register_deployment_request_vespa_field = cls(
            name,
            type_,
            storage,
            ranking,
            index_type,
            multidimensional,
        )

        register_deployment_request_vespa_field.additional_properties = d
        return register_deployment_request_vespa_field

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
