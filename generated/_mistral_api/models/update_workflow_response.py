from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UpdateWorkflowResponse")


class UpdateWorkflowResponse:
    """
    Attributes:
        update_name (str):
        result (Any): The result of the Update workflow call
    """

    __slots__ = ("additional_properties", "result", "update_name")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "update_name",
        "result",
    )

    update_name: str
    result: Any
    additional_properties: dict[str, Any]

    def __init__(
        self,
        update_name: str,
        result: Any,
    ) -> None:
        self.update_name = update_name
        self.result = result
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        update_name = self.update_name

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update_name": update_name,
                "result": result,
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
        update_name = d.pop("update_name")

        result = d.pop("result")

        update_workflow_response = cls(
            update_name,
            result,
        )

        update_workflow_response.additional_properties = d
        return update_workflow_response

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
