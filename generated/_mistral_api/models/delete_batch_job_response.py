from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DeleteBatchJobResponse")


class DeleteBatchJobResponse:
    """
    Attributes:
        id (str):
        object_ (Literal['batch'] | Unset):  Default: 'batch'.
        deleted (bool | Unset):  Default: True.
    """

    __slots__ = ("additional_properties", "deleted", "id", "object_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "object_",
        "deleted",
    )

    id: str
    object_: Literal["batch"] | Unset
    deleted: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        object_: Literal["batch"] | Unset = "batch",
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

        object_ = cast(Literal["batch"] | Unset, d.pop("object", UNSET))
        if object_ != "batch" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'batch', got '{object_}'")

        deleted = d.pop("deleted", UNSET)

        delete_batch_job_response = cls(
            id,
            object_,
            deleted,
        )

        delete_batch_job_response.additional_properties = d
        return delete_batch_job_response

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
