from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DeleteModelResponse")


class DeleteModelResponse:
    """
    Attributes:
        id (str): The ID of the deleted model.
        object_ (str | Unset): The object type that was deleted. Default: 'model'.
        deleted (bool | Unset): The deletion status. Default: True.
    """

    __slots__ = ("additional_properties", "deleted", "id", "object_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "object_",
        "deleted",
    )

    id: str
    object_: str | Unset
    deleted: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        object_: str | Unset = UNSET,
        deleted: bool | Unset = UNSET,
    ) -> None:
        self.id = id
        self.object_ = object_
        self.deleted = deleted
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

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
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        deleted = d.pop("deleted", UNSET)

        delete_model_response = cls(
            id,
            object_,
            deleted,
        )

        delete_model_response.additional_properties = d
        return delete_model_response

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
