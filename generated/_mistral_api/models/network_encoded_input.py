from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.encoded_payload_options import EncodedPayloadOptions
else:
    EncodedPayloadOptions = _Lazy(globals(), "encoded_payload_options", "EncodedPayloadOptions")


T = TypeVar("T", bound="NetworkEncodedInput")


class NetworkEncodedInput:
    """
    Attributes:
        b64payload (str): The encoded payload
        encoding_options (list[EncodedPayloadOptions] | Unset): The encoding of the payload
        empty (bool | Unset): Whether the payload is empty Default: False.
    """

    __slots__ = ("additional_properties", "b64payload", "empty", "encoding_options")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "b64payload",
        "encoding_options",
        "empty",
    )

    b64payload: str
    encoding_options: list[EncodedPayloadOptions] | Unset
    empty: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        b64payload: str,
        encoding_options: list[EncodedPayloadOptions] | Unset = UNSET,
        empty: bool | Unset = UNSET,
    ) -> None:
        self.b64payload = b64payload
        self.encoding_options = encoding_options
        self.empty = empty
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        b64payload = self.b64payload

        encoding_options: list[str] | Unset = UNSET
        if not isinstance(self.encoding_options, Unset):
            encoding_options = []
            for encoding_options_item_data in self.encoding_options:
                encoding_options_item = str(encoding_options_item_data)
                encoding_options.append(encoding_options_item)

        empty = self.empty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "b64payload": b64payload,
            }
        )
        if encoding_options is not UNSET:
            field_dict["encoding_options"] = encoding_options
        if empty is not UNSET:
            field_dict["empty"] = empty

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
        b64payload = d.pop("b64payload")

        _encoding_options = d.pop("encoding_options", UNSET)
        encoding_options: list[EncodedPayloadOptions] | Unset = UNSET
        if _encoding_options is not UNSET:
            encoding_options = []
            for encoding_options_item_data in _encoding_options:
                encoding_options_item = EncodedPayloadOptions(encoding_options_item_data)

                encoding_options.append(encoding_options_item)

        empty = d.pop("empty", UNSET)

        network_encoded_input = cls(
            b64payload,
            encoding_options,
            empty,
        )

        network_encoded_input.additional_properties = d
        return network_encoded_input

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
