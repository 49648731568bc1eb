from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WorkflowBulkUnarchiveRequest")


class WorkflowBulkUnarchiveRequest:
    """
    Attributes:
        workflow_ids (list[UUID]): List of workflow IDs to unarchive
    """

    __slots__ = ("additional_properties", "workflow_ids")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("workflow_ids",)

    workflow_ids: list[UUID]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        workflow_ids: list[UUID],
    ) -> None:
        self.workflow_ids = workflow_ids
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        workflow_ids = []
        for workflow_ids_item_data in self.workflow_ids:
            workflow_ids_item = str(workflow_ids_item_data)
            workflow_ids.append(workflow_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_ids": workflow_ids,
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
        workflow_ids = []
        _workflow_ids = d.pop("workflow_ids")
        for workflow_ids_item_data in _workflow_ids:
            workflow_ids_item = UUID(workflow_ids_item_data)

            workflow_ids.append(workflow_ids_item)

        workflow_bulk_unarchive_request = cls(
            workflow_ids,
        )

        workflow_bulk_unarchive_request.additional_properties = d
        return workflow_bulk_unarchive_request

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
