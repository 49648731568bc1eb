from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EncryptedPatchValue")


class EncryptedPatchValue:
    """Wrapper for encrypted patch values in selective json_patch encryption.

    When partial encryption mode is enabled and a patch targets an EncryptedStrField,
    the patch value is encrypted and wrapped in this structure.

    The type field acts as a discriminator to distinguish this from user data.

        Attributes:
            type_ (Literal['__encrypted__']):
            value (str):
    """

    __slots__ = ("additional_properties", "type_", "value")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "type_",
        "value",
    )

    type_: Literal["__encrypted__"]
    value: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: Literal["__encrypted__"],
        value: str,
    ) -> None:
        self.type_ = type_
        self.value = value
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
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
        type_ = cast(Literal["__encrypted__"], d.pop("type"))
        if type_ != "__encrypted__":
            raise ValueError(f"type must match const '__encrypted__', got '{type_}'")

        value = d.pop("value")

        encrypted_patch_value = cls(
            type_,
            value,
        )

        encrypted_patch_value.additional_properties = d
        return encrypted_patch_value

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
