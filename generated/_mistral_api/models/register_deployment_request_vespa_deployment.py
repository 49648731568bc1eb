from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.register_deployment_request_vespa_index import RegisterDeploymentRequestVespaIndex
else:
    RegisterDeploymentRequestVespaIndex = _Lazy(
        globals(), "register_deployment_request_vespa_index", "RegisterDeploymentRequestVespaIndex"
    )


T = TypeVar("T", bound="RegisterDeploymentRequestVespaDeployment")


class RegisterDeploymentRequestVespaDeployment:
    """
    Attributes:
        vespa_version (str):
        indexes (list[RegisterDeploymentRequestVespaIndex]):
        query_url (str):
        type_ (Literal['vespa'] | Unset):  Default: 'vespa'.
    """

    __slots__ = ("additional_properties", "indexes", "query_url", "type_", "vespa_version")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "vespa_version",
        "indexes",
        "query_url",
        "type_",
    )

    vespa_version: str
    indexes: list[RegisterDeploymentRequestVespaIndex]
    query_url: str
    type_: Literal["vespa"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        vespa_version: str,
        indexes: list[RegisterDeploymentRequestVespaIndex],
        query_url: str,
        type_: Literal["vespa"] | Unset = "vespa",
    ) -> None:
        self.vespa_version = vespa_version
        self.indexes = indexes
        self.query_url = query_url
        self.type_ = type_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        vespa_version = self.vespa_version

        try:
            indexes = []
            try:
                for indexes_item_data in self.indexes:
                    try:
                        indexes_item = indexes_item_data.to_dict()
                    except AttributeError:
                        if isinstance(indexes_item_data, RegisterDeploymentRequestVespaIndex):
                            raise
                        indexes_item = _as_dict(indexes_item_data, "RegisterDeploymentRequestVespaIndex")
                    indexes.append(indexes_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(indexes))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "indexes")
            raise

        query_url = self.query_url

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vespa_version": vespa_version,
                "indexes": indexes,
                "query_url": query_url,
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
        vespa_version = d.pop("vespa_version")

        indexes = []
        _indexes = d.pop("indexes")
        for indexes_item_data in _indexes:
            indexes_item = RegisterDeploymentRequestVespaIndex.from_dict(indexes_item_data)

            indexes.append(indexes_item)

        query_url = d.pop("query_url")

        type_ = cast(Literal["vespa"] | Unset, d.pop("type", UNSET))
        if type_ != "vespa" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'vespa', got '{type_}'")

        register_deployment_request_vespa_deployment = cls(
            vespa_version,
            indexes,
            query_url,
            type_,
        )

        register_deployment_request_vespa_deployment.additional_properties = d
        return register_deployment_request_vespa_deployment

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
