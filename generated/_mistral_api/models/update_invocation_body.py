from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.network_encoded_input import NetworkEncodedInput
    from ..models.update_invocation_body_input_type_1 import UpdateInvocationBodyInputType1
else:
    NetworkEncodedInput = _Lazy(globals(), "network_encoded_input", "NetworkEncodedInput")
    UpdateInvocationBodyInputType1 = _Lazy(
        globals(), "update_invocation_body_input_type_1", "UpdateInvocationBodyInputType1"
    )


T = TypeVar("T", bound="UpdateInvocationBody")


class UpdateInvocationBody:
    """
    Attributes:
        name (str): The name of the update to request
        input_ (NetworkEncodedInput | None | Unset | UpdateInvocationBodyInputType1): Input data for the update,
            matching its schema
    """

    __slots__ = ("additional_properties", "input_", "name")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "input_",
    )

    name: str
    input_: NetworkEncodedInput | None | Unset | UpdateInvocationBodyInputType1
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        input_: NetworkEncodedInput | None | Unset | UpdateInvocationBodyInputType1 = UNSET,
    ) -> None:
        self.name = name
        self.input_ = input_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            input_: dict[str, Any] | None | Unset
            if isinstance(self.input_, Unset):
                input_ = UNSET
            elif isinstance(self.input_, NetworkEncodedInput) or isinstance(
                self.input_, UpdateInvocationBodyInputType1
            ):
                input_ = self.input_.to_dict()
            else:
                input_ = self.input_
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "input_")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_

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
        name = d.pop("name")

        _input__data = d.pop("input", UNSET)
        input_: NetworkEncodedInput | None | Unset | UpdateInvocationBodyInputType1
        while True:  # one pass; each break is the generator's `return`
            if _input__data is None:
                input_ = _input__data
                break
            if isinstance(_input__data, Unset):
                input_ = _input__data
                break
            if isinstance(_input__data, dict):
                try:
                    input_type_0 = NetworkEncodedInput.from_dict(_input__data)

                    input_ = input_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_input__data, dict):
                try:
                    input_type_1 = UpdateInvocationBodyInputType1.from_dict(_input__data)

                    input_ = input_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            input_ = cast("NetworkEncodedInput | None | Unset | UpdateInvocationBodyInputType1", _input__data)
            break

        update_invocation_body = cls(
            name,
            input_,
        )

        update_invocation_body.additional_properties = d
        return update_invocation_body

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
