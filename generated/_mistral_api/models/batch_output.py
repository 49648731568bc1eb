from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, InvalidFieldError, Unset
from ..types import dump_json as _dump_json
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="BatchOutput")


@_attrs_define(repr=False)
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

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        try:
            response: dict[str, Any] | None | Unset
            if isinstance(self.response, Unset):
                response = UNSET
            elif isinstance(self.response, BatchOutputResponse):
                response = self.response.to_dict()
            else:
                response = self.response
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "response")
            raise

        try:
            error: dict[str, Any] | None | Unset
            if isinstance(self.error, Unset):
                error = UNSET
            elif isinstance(self.error, BatchOutputErrorType0):
                error = self.error.to_dict()
            else:
                error = self.error
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "error")
            raise

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

    def model_dump(self) -> dict[str, Any]:
        """This model as JSON-ready data: to_dict(), under the name pydantic and Mistral's SDK use."""
        return self.to_dict()

    def model_dump_json(self, *, indent: int | None = None) -> str:
        """This model as JSON text: compact, or indented by `indent` spaces (pydantic's name)."""
        return _dump_json(self.to_dict(), indent)

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
