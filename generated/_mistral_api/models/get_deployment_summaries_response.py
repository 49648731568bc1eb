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
    from ..models.get_deployment_summaries_response_deployment import GetDeploymentSummariesResponseDeployment
else:
    GetDeploymentSummariesResponseDeployment = _Lazy(
        globals(), "get_deployment_summaries_response_deployment", "GetDeploymentSummariesResponseDeployment"
    )


T = TypeVar("T", bound="GetDeploymentSummariesResponse")


class GetDeploymentSummariesResponse:
    """
    Attributes:
        deployments (list[GetDeploymentSummariesResponseDeployment]):
    """

    __slots__ = ("additional_properties", "deployments")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("deployments",)

    deployments: list[GetDeploymentSummariesResponseDeployment]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        deployments: list[GetDeploymentSummariesResponseDeployment],
    ) -> None:
        self.deployments = deployments
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            deployments = []
            try:
                for deployments_item_data in self.deployments:
                    try:
                        deployments_item = deployments_item_data.to_dict()
                    except AttributeError:
                        if isinstance(deployments_item_data, GetDeploymentSummariesResponseDeployment):
                            raise
                        deployments_item = _as_dict(deployments_item_data, "GetDeploymentSummariesResponseDeployment")
                    deployments.append(deployments_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(deployments))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "deployments")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployments": deployments,
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
        deployments = []
        _deployments = d.pop("deployments")
        for deployments_item_data in _deployments:
            deployments_item = GetDeploymentSummariesResponseDeployment.from_dict(deployments_item_data)

            deployments.append(deployments_item)

        get_deployment_summaries_response = cls(
            deployments,
        )

        get_deployment_summaries_response.additional_properties = d
        return get_deployment_summaries_response

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
