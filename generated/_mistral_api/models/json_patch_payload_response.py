from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.encoded_payload_options import EncodedPayloadOptions
    from ..models.json_patch_add import JSONPatchAdd
    from ..models.json_patch_append import JSONPatchAppend
    from ..models.json_patch_remove import JSONPatchRemove
    from ..models.json_patch_replace import JSONPatchReplace
else:
    EncodedPayloadOptions = _Lazy(globals(), "encoded_payload_options", "EncodedPayloadOptions")
    JSONPatchAdd = _Lazy(globals(), "json_patch_add", "JSONPatchAdd")
    JSONPatchAppend = _Lazy(globals(), "json_patch_append", "JSONPatchAppend")
    JSONPatchRemove = _Lazy(globals(), "json_patch_remove", "JSONPatchRemove")
    JSONPatchReplace = _Lazy(globals(), "json_patch_replace", "JSONPatchReplace")


T = TypeVar("T", bound="JSONPatchPayloadResponse")


class JSONPatchPayloadResponse:
    """A payload containing a list of JSON Patch operations.

    Used for streaming incremental updates to workflow state.
    When encrypted, the value field contains base64-encoded encrypted data
    and encoding_options indicates the type of encryption applied.

        Attributes:
            type_ (Literal['json_patch']): Discriminator indicating this is a JSON Patch payload. Default: 'json_patch'.
            value (list[JSONPatchAdd | JSONPatchAppend | JSONPatchRemove | JSONPatchReplace] | str):
            encoding_options (list[EncodedPayloadOptions] | None | Unset): Encoding options applied to the payload.
    """

    __slots__ = ("additional_properties", "encoding_options", "type_", "value")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "value",
        "type_",
        "encoding_options",
    )

    value: list[JSONPatchAdd | JSONPatchAppend | JSONPatchRemove | JSONPatchReplace] | str
    type_: Literal["json_patch"]
    encoding_options: list[EncodedPayloadOptions] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        value: list[JSONPatchAdd | JSONPatchAppend | JSONPatchRemove | JSONPatchReplace] | str,
        type_: Literal["json_patch"] = "json_patch",
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

        try:
            value: list[dict[str, Any]] | str
            if isinstance(self.value, list):
                value = []
                try:
                    for componentsschemas_json_patch_payload_value_response_type_0_item_data in self.value:
                        componentsschemas_json_patch_payload_value_response_type_0_item: dict[str, Any]
                        if (
                            isinstance(
                                componentsschemas_json_patch_payload_value_response_type_0_item_data, JSONPatchAppend
                            )
                            or isinstance(
                                componentsschemas_json_patch_payload_value_response_type_0_item_data, JSONPatchAdd
                            )
                            or isinstance(
                                componentsschemas_json_patch_payload_value_response_type_0_item_data, JSONPatchReplace
                            )
                        ):
                            componentsschemas_json_patch_payload_value_response_type_0_item = (
                                componentsschemas_json_patch_payload_value_response_type_0_item_data.to_dict()
                            )
                        else:
                            try:
                                componentsschemas_json_patch_payload_value_response_type_0_item = (
                                    componentsschemas_json_patch_payload_value_response_type_0_item_data.to_dict()
                                )
                            except AttributeError:
                                if isinstance(
                                    componentsschemas_json_patch_payload_value_response_type_0_item_data,
                                    JSONPatchRemove,
                                ):
                                    raise
                                componentsschemas_json_patch_payload_value_response_type_0_item = _as_dict(
                                    componentsschemas_json_patch_payload_value_response_type_0_item_data,
                                    "JSONPatchAdd | JSONPatchAppend | JSONPatchRemove | JSONPatchReplace",
                                )
                        value.append(componentsschemas_json_patch_payload_value_response_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(value))
                    raise
            else:
                value = self.value
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "value")
            raise

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
        type_ = cast(Literal["json_patch"], d.pop("type"))
        if type_ != "json_patch":
            raise ValueError(f"type must match const 'json_patch', got '{type_}'")

        _value_data = d.pop("value")
        value: list[JSONPatchAdd | JSONPatchAppend | JSONPatchRemove | JSONPatchReplace] | str
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_value_data, list):
                try:
                    componentsschemas_json_patch_payload_value_response_type_0 = []
                    _componentsschemas_json_patch_payload_value_response_type_0 = _value_data
                    for (
                        componentsschemas_json_patch_payload_value_response_type_0_item_data
                    ) in _componentsschemas_json_patch_payload_value_response_type_0:
                        _componentsschemas_json_patch_payload_value_response_type_0_item_data = (
                            componentsschemas_json_patch_payload_value_response_type_0_item_data
                        )
                        componentsschemas_json_patch_payload_value_response_type_0_item: (
                            JSONPatchAdd | JSONPatchAppend | JSONPatchRemove | JSONPatchReplace
                        )
                        while True:  # one pass; each break is the generator's `return`
                            if isinstance(_componentsschemas_json_patch_payload_value_response_type_0_item_data, dict):
                                try:
                                    componentsschemas_json_patch_type_0 = JSONPatchAppend.from_dict(
                                        _componentsschemas_json_patch_payload_value_response_type_0_item_data
                                    )

                                    componentsschemas_json_patch_payload_value_response_type_0_item = (
                                        componentsschemas_json_patch_type_0
                                    )
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_componentsschemas_json_patch_payload_value_response_type_0_item_data, dict):
                                try:
                                    componentsschemas_json_patch_type_1 = JSONPatchAdd.from_dict(
                                        _componentsschemas_json_patch_payload_value_response_type_0_item_data
                                    )

                                    componentsschemas_json_patch_payload_value_response_type_0_item = (
                                        componentsschemas_json_patch_type_1
                                    )
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_componentsschemas_json_patch_payload_value_response_type_0_item_data, dict):
                                try:
                                    componentsschemas_json_patch_type_2 = JSONPatchReplace.from_dict(
                                        _componentsschemas_json_patch_payload_value_response_type_0_item_data
                                    )

                                    componentsschemas_json_patch_payload_value_response_type_0_item = (
                                        componentsschemas_json_patch_type_2
                                    )
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if not isinstance(
                                _componentsschemas_json_patch_payload_value_response_type_0_item_data, dict
                            ):
                                raise TypeError()
                            componentsschemas_json_patch_type_3 = JSONPatchRemove.from_dict(
                                _componentsschemas_json_patch_payload_value_response_type_0_item_data
                            )

                            componentsschemas_json_patch_payload_value_response_type_0_item = (
                                componentsschemas_json_patch_type_3
                            )
                            break

                        componentsschemas_json_patch_payload_value_response_type_0.append(
                            componentsschemas_json_patch_payload_value_response_type_0_item
                        )

                    value = componentsschemas_json_patch_payload_value_response_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            value = cast("list[JSONPatchAdd | JSONPatchAppend | JSONPatchRemove | JSONPatchReplace] | str", _value_data)
            break

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

        json_patch_payload_response = cls(
            value,
            type_,
            encoding_options,
        )

        json_patch_payload_response.additional_properties = d
        return json_patch_payload_response

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
