from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="JSONPatchAdd")


class JSONPatchAdd:
    """
    Attributes:
        path (str): A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string path
            (e.g., '/foo/bar'), '/', '', or an empty list [] for root-level operations.
        value (Any): The value to use for the operation
        op (Literal['add']): Add operation
    """

    __slots__ = ("additional_properties", "op", "path", "value")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "path",
        "value",
        "op",
    )

    path: str
    value: Any
    op: Literal["add"]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        path: str,
        value: Any,
        op: Literal["add"],
    ) -> None:
        self.path = path
        self.value = value
        self.op = op
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        value = self.value

        op = self.op

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "value": value,
                "op": op,
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
        path = d.pop("path")

        value = d.pop("value")

        op = cast(Literal["add"], d.pop("op"))
        if op != "add":
            raise ValueError(f"op must match const 'add', got '{op}'")

        json_patch_add = cls(
            path,
            value,
            op,
        )

        json_patch_add.additional_properties = d
        return json_patch_add

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
