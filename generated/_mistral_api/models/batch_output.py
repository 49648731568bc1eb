from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchOutput")


@_attrs_define
class BatchOutput:
    """
    Attributes:
        id (str | Unset):
        custom_id (None | str | Unset):
        response (BatchOutputResponse | None | Unset):
        error (BatchOutputErrorType0 | None | Unset):
    """

    id: str | Unset = UNSET
    custom_id: None | str | Unset = UNSET
    response: BatchOutputResponse | None | Unset = UNSET
    error: BatchOutputErrorType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, BatchOutputResponse):
            response = self.response.to_dict()
        else:
            response = self.response

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, BatchOutputErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if response is not UNSET:
            field_dict["response"] = response
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        custom_id: None | str | Unset = d.pop("custom_id", UNSET)

        _response_data = d.pop("response", UNSET)
        response: BatchOutputResponse | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _response_data is None:
                response = _response_data
                break
            if isinstance(_response_data, Unset):
                response = _response_data
                break
            if isinstance(_response_data, dict):
                try:
                    response_type_0 = BatchOutputResponse.from_dict(_response_data)

                    response = response_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            response = cast("BatchOutputResponse | None | Unset", _response_data)
            break

        _error_data = d.pop("error", UNSET)
        error: BatchOutputErrorType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _error_data is None:
                error = _error_data
                break
            if isinstance(_error_data, Unset):
                error = _error_data
                break
            if isinstance(_error_data, dict):
                try:
                    error_type_0 = BatchOutputErrorType0.from_dict(_error_data)

                    error = error_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            error = cast("BatchOutputErrorType0 | None | Unset", _error_data)
            break

        batch_output = cls(
            id,
            custom_id,
            response,
            error,
        )

        batch_output.additional_properties = d
        return batch_output

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


# Imported here, once the class above exists: see templates/model.py.jinja.
from ..models.batch_output_error_type_0 import BatchOutputErrorType0
from ..models.batch_output_response import BatchOutputResponse
