from __future__ import annotations

import datetime
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
    from ..models.get_deployment_summaries_response_deployment_status import (
        GetDeploymentSummariesResponseDeploymentStatus,
    )
    from ..models.get_deployment_summaries_response_vespa_deployment import (
        GetDeploymentSummariesResponseVespaDeployment,
    )
else:
    GetDeploymentSummariesResponseDeploymentStatus = _Lazy(
        globals(),
        "get_deployment_summaries_response_deployment_status",
        "GetDeploymentSummariesResponseDeploymentStatus",
    )
    GetDeploymentSummariesResponseVespaDeployment = _Lazy(
        globals(), "get_deployment_summaries_response_vespa_deployment", "GetDeploymentSummariesResponseVespaDeployment"
    )


T = TypeVar("T", bound="GetDeploymentSummariesResponseDeployment")


class GetDeploymentSummariesResponseDeployment:
    """
    Attributes:
        id (UUID):
        name (str):
        creator_id (str):
        document_count (int):
        status (GetDeploymentSummariesResponseDeploymentStatus):
        created_at (datetime.datetime):
        modified_at (datetime.datetime):
        deployment (GetDeploymentSummariesResponseVespaDeployment):
    """

    __slots__ = (
        "additional_properties",
        "created_at",
        "creator_id",
        "deployment",
        "document_count",
        "id",
        "modified_at",
        "name",
        "status",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "name",
        "creator_id",
        "document_count",
        "status",
        "created_at",
        "modified_at",
        "deployment",
    )

    id: UUID
    name: str
    creator_id: str
    document_count: int
    status: GetDeploymentSummariesResponseDeploymentStatus
    created_at: datetime.datetime
    modified_at: datetime.datetime
    deployment: GetDeploymentSummariesResponseVespaDeployment
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        name: str,
        creator_id: str,
        document_count: int,
        status: GetDeploymentSummariesResponseDeploymentStatus,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
        deployment: GetDeploymentSummariesResponseVespaDeployment,
    ) -> None:
        self.id = id
        self.name = name
        self.creator_id = creator_id
        self.document_count = document_count
        self.status = status
        self.created_at = created_at
        self.modified_at = modified_at
        self.deployment = deployment
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        creator_id = self.creator_id

        document_count = self.document_count

        status = str(self.status)

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        modified_at = self.modified_at.isoformat().replace("+00:00", "Z")

        try:
            try:
                deployment = self.deployment.to_dict()
            except AttributeError:
                if isinstance(self.deployment, GetDeploymentSummariesResponseVespaDeployment):
                    raise
                deployment = _as_dict(self.deployment, "GetDeploymentSummariesResponseVespaDeployment")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "deployment")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "creator_id": creator_id,
                "document_count": document_count,
                "status": status,
                "created_at": created_at,
                "modified_at": modified_at,
                "deployment": deployment,
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

        name = d.pop("name")

        creator_id = d.pop("creator_id")

        document_count = d.pop("document_count")

        status = GetDeploymentSummariesResponseDeploymentStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        deployment = GetDeploymentSummariesResponseVespaDeployment.from_dict(d.pop("deployment"))

        get_deployment_summaries_response_deployment = cls(
            id,
            name,
            creator_id,
            document_count,
            status,
            created_at,
            modified_at,
            deployment,
        )

        get_deployment_summaries_response_deployment.additional_properties = d
        return get_deployment_summaries_response_deployment

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
