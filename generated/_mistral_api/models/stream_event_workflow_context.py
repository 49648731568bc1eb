from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="StreamEventWorkflowContext")


class StreamEventWorkflowContext:
    """
    Attributes:
        namespace (str):
        workflow_name (str):
        workflow_exec_id (str):
        parent_workflow_exec_id (None | str | Unset):
        root_workflow_exec_id (None | str | Unset):
    """

    __slots__ = (
        "additional_properties",
        "namespace",
        "parent_workflow_exec_id",
        "root_workflow_exec_id",
        "workflow_exec_id",
        "workflow_name",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "namespace",
        "workflow_name",
        "workflow_exec_id",
        "parent_workflow_exec_id",
        "root_workflow_exec_id",
    )

    namespace: str
    workflow_name: str
    workflow_exec_id: str
    parent_workflow_exec_id: None | str | Unset
    root_workflow_exec_id: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        namespace: str,
        workflow_name: str,
        workflow_exec_id: str,
        parent_workflow_exec_id: None | str | Unset = UNSET,
        root_workflow_exec_id: None | str | Unset = UNSET,
    ) -> None:
        self.namespace = namespace
        self.workflow_name = workflow_name
        self.workflow_exec_id = workflow_exec_id
        self.parent_workflow_exec_id = parent_workflow_exec_id
        self.root_workflow_exec_id = root_workflow_exec_id
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        workflow_name = self.workflow_name

        workflow_exec_id = self.workflow_exec_id

        parent_workflow_exec_id: None | str | Unset
        if isinstance(self.parent_workflow_exec_id, Unset):
            parent_workflow_exec_id = UNSET
        else:
            parent_workflow_exec_id = self.parent_workflow_exec_id

        root_workflow_exec_id: None | str | Unset
        if isinstance(self.root_workflow_exec_id, Unset):
            root_workflow_exec_id = UNSET
        else:
            root_workflow_exec_id = self.root_workflow_exec_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "workflow_name": workflow_name,
                "workflow_exec_id": workflow_exec_id,
            }
        )
        if parent_workflow_exec_id is not UNSET:
            field_dict["parent_workflow_exec_id"] = parent_workflow_exec_id
        if root_workflow_exec_id is not UNSET:
            field_dict["root_workflow_exec_id"] = root_workflow_exec_id

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
        namespace = d.pop("namespace")

        workflow_name = d.pop("workflow_name")

        workflow_exec_id = d.pop("workflow_exec_id")

        parent_workflow_exec_id: None | str | Unset = d.pop("parent_workflow_exec_id", UNSET)

        root_workflow_exec_id: None | str | Unset = d.pop("root_workflow_exec_id", UNSET)

        stream_event_workflow_context = cls(
            namespace,
            workflow_name,
            workflow_exec_id,
            parent_workflow_exec_id,
            root_workflow_exec_id,
        )

        stream_event_workflow_context.additional_properties = d
        return stream_event_workflow_context

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
