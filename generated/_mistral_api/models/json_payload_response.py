from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.encoded_payload_options import EncodedPayloadOptions
else:
    EncodedPayloadOptions = _Lazy(globals(), "encoded_payload_options", "EncodedPayloadOptions")


T = TypeVar("T", bound="JSONPayloadResponse")


class JSONPayloadResponse:
    """A payload containing arbitrary JSON data.

    Used for complete state snapshots or final results.
    When encrypted, the value field contains base64-encoded encrypted data
    and encoding_options indicates the type of encryption applied.

        Attributes:
            type_ (Literal['json']): Discriminator indicating this is a raw JSON payload. Default: 'json'.
            value (Any): The JSON-serializable payload value. When encrypted, contains base64-encoded data.
            encoding_options (list[EncodedPayloadOptions] | None | Unset): Encoding options applied to the payload.
    """

    __slots__ = ("additional_properties", "encoding_options", "type_", "value")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "value",
        "type_",
        "encoding_options",
    )

    value: Any
    type_: Literal["json"]
    encoding_options: list[EncodedPayloadOptions] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        value: Any,
        type_: Literal["json"] = "json",
        encoding_options: list[EncodedPayloadOptions] | None | Unset = UNSET,
    ) -> None:
        self.value = value
        self.type_ = type_
        self.encoding_options = encoding_options
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        encoding_options: list[str] | None | Unset
        if isinstance(self.encoding_options, Unset):
            encoding_options = UNSET
        elif isinstance(self.encoding_options, list):
            encoding_options = []
            for encoding_options_type_0_item_data in self.encoding_options:
                encoding_options_type_0_item = str(encoding_options_type_0_item_data)
                encoding_options.append(encoding_options_type_0_item)

        else:
            encoding_options = self.encoding_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if encoding_options is not UNSET:
            field_dict["encoding_options"] = encoding_options

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
        type_ = cast(Literal["json"], d.pop("type"))
        if type_ != "json":
            raise ValueError(f"type must match const 'json', got '{type_}'")

        value = d.pop("value")

        _encoding_options_data = d.pop("encoding_options", UNSET)
        encoding_options: list[EncodedPayloadOptions] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _encoding_options_data is None:
                encoding_options = _encoding_options_data
                break
            if isinstance(_encoding_options_data, Unset):
                encoding_options = _encoding_options_data
                break
            if isinstance(_encoding_options_data, list):
                try:
                    encoding_options_type_0 = []
                    _encoding_options_type_0 = _encoding_options_data
                    for encoding_options_type_0_item_data in _encoding_options_type_0:
                        encoding_options_type_0_item = EncodedPayloadOptions(encoding_options_type_0_item_data)

                        encoding_options_type_0.append(encoding_options_type_0_item)

                    encoding_options = encoding_options_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            encoding_options = cast("list[EncodedPayloadOptions] | None | Unset", _encoding_options_data)
            break

        json_payload_response = cls(
            value,
            type_,
            encoding_options,
        )

        json_payload_response.additional_properties = d
        return json_payload_response

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
