from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingRequest")


@_attrs_define
class EmbeddingRequest:
    """
    Attributes:
        model (str): `mistral-embed`, for instance.
        input_ (list[str] | str):
        output_dimension (int | None | Unset):
        output_dtype (str | Unset):
        encoding_format (str | Unset):
    """

    model: str
    input_: list[str] | str
    output_dimension: int | None | Unset = UNSET
    output_dtype: str | Unset = UNSET
    encoding_format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_: list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        output_dimension: int | None | Unset
        if isinstance(self.output_dimension, Unset):
            output_dimension = UNSET
        else:
            output_dimension = self.output_dimension

        output_dtype = self.output_dtype

        encoding_format = self.encoding_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if output_dimension is not UNSET:
            field_dict["output_dimension"] = output_dimension
        if output_dtype is not UNSET:
            field_dict["output_dtype"] = output_dtype
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        def _parse_input_(data: object) -> list[str] | str:
            if isinstance(data, list):
                try:
                    input_type_1 = cast(list[str], data)

                    return input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(list[str] | str, data)

        input_ = _parse_input_(d.pop("input"))

        def _parse_output_dimension(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        output_dimension = _parse_output_dimension(d.pop("output_dimension", UNSET))

        output_dtype = d.pop("output_dtype", UNSET)

        encoding_format = d.pop("encoding_format", UNSET)

        embedding_request = cls(
            model=model,
            input_=input_,
            output_dimension=output_dimension,
            output_dtype=output_dtype,
            encoding_format=encoding_format,
        )

        embedding_request.additional_properties = d
        return embedding_request

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
