from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_error_code import ObservabilityErrorCode
from ..types import dump_json as _dump_json
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ObservabilityErrorDetail")


@_attrs_define(repr=False)
class ObservabilityErrorDetail:
    """
    Attributes:
        message (str):
        error_code (None | ObservabilityErrorCode):
    """

    message: str
    error_code: None | ObservabilityErrorCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        error_code: None | str
        if isinstance(self.error_code, ObservabilityErrorCode):
            error_code = str(self.error_code)
        else:
            error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "error_code": error_code,
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
        message = d.pop("message")

        _error_code_data = d.pop("error_code")
        error_code: None | ObservabilityErrorCode
        while True:  # one pass; each break is the generator's `return`
            if _error_code_data is None:
                error_code = _error_code_data
                break
            if isinstance(_error_code_data, str):
                try:
                    error_code_type_0 = ObservabilityErrorCode(_error_code_data)

                    error_code = error_code_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            error_code = cast("None | ObservabilityErrorCode", _error_code_data)
            break

        observability_error_detail = cls(
            message,
            error_code,
        )

        observability_error_detail.additional_properties = d
        return observability_error_detail

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
