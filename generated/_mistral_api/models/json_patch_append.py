from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.encrypted_patch_value import EncryptedPatchValue
else:
    EncryptedPatchValue = _Lazy(globals(), "encrypted_patch_value", "EncryptedPatchValue")


T = TypeVar("T", bound="JSONPatchAppend")


class JSONPatchAppend:
    """
    Attributes:
        path (str): A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string path
            (e.g., '/foo/bar'), '/', '', or an empty list [] for root-level operations.
        value (EncryptedPatchValue | str): The value to use for the operation. A string to append to the existing value,
            or an EncryptedPatchValue wrapper when encryption is applied.
        op (Literal['append']): 'append' is an extension for efficient string concatenation in streaming scenarios.
    """

    __slots__ = ("additional_properties", "op", "path", "value")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "path",
        "value",
        "op",
    )

    path: str
    value: EncryptedPatchValue | str
    op: Literal["append"]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        path: str,
        value: EncryptedPatchValue | str,
        op: Literal["append"],
    ) -> None:
        self.path = path
        self.value = value
        self.op = op
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        try:
            value: dict[str, Any] | str
            if isinstance(self.value, EncryptedPatchValue):
                value = self.value.to_dict()
            else:
                value = self.value
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "value")
            raise

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

        _value_data = d.pop("value")
        value: EncryptedPatchValue | str
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_value_data, dict):
                try:
                    value_type_1 = EncryptedPatchValue.from_dict(_value_data)

                    value = value_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            value = cast("EncryptedPatchValue | str", _value_data)
            break

        op = cast(Literal["append"], d.pop("op"))
        if op != "append":
            raise ValueError(f"op must match const 'append', got '{op}'")

        json_patch_append = cls(
            path,
            value,
            op,
        )

        json_patch_append.additional_properties = d
        return json_patch_append

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
