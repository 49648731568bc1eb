from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.deployment_response import DeploymentResponse
else:
    DeploymentResponse = _Lazy(globals(), "deployment_response", "DeploymentResponse")


T = TypeVar("T", bound="DeploymentListResponse")


class DeploymentListResponse:
    """
    Attributes:
        deployments (list[DeploymentResponse]): List of deployments
        next_cursor (None | str): Cursor for the next page of results
        workspace_id (UUID): Workspace ID the results are scoped to
    """

    __slots__ = ("additional_properties", "deployments", "next_cursor", "workspace_id")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "deployments",
        "next_cursor",
        "workspace_id",
    )

    deployments: list[DeploymentResponse]
    next_cursor: None | str
    workspace_id: UUID
    additional_properties: dict[str, Any]

    def __init__(
        self,
        deployments: list[DeploymentResponse],
        next_cursor: None | str,
        workspace_id: UUID,
    ) -> None:
        self.deployments = deployments
        self.next_cursor = next_cursor
        self.workspace_id = workspace_id
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
                        if isinstance(deployments_item_data, DeploymentResponse):
                            raise
                        deployments_item = _as_dict(deployments_item_data, "DeploymentResponse")
                    deployments.append(deployments_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(deployments))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "deployments")
            raise

        next_cursor: None | str
        next_cursor = self.next_cursor

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployments": deployments,
                "next_cursor": next_cursor,
                "workspace_id": workspace_id,
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
            deployments_item = DeploymentResponse.from_dict(deployments_item_data)

            deployments.append(deployments_item)

        next_cursor: None | str = d.pop("next_cursor")

        workspace_id = UUID(d.pop("workspace_id"))

        deployment_list_response = cls(
            deployments,
            next_cursor,
            workspace_id,
        )

        deployment_list_response.additional_properties = d
        return deployment_list_response

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
