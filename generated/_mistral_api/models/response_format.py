from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.json_schema import JsonSchema
    from ..models.response_formats import ResponseFormats
else:
    JsonSchema = _Lazy(globals(), "json_schema", "JsonSchema")
    ResponseFormats = _Lazy(globals(), "response_formats", "ResponseFormats")


T = TypeVar("T", bound="ResponseFormat")


class ResponseFormat:
    """Specify the format that the model must output. By default it will use `{ "type": "text" }`. Setting to `{ "type":
    "json_object" }` enables JSON mode, which guarantees the message the model generates is in JSON. When using JSON
    mode you MUST also instruct the model to produce JSON yourself with a system or a user message. Setting to `{
    "type": "json_schema" }` enables JSON schema mode, which guarantees the message the model generates is in JSON and
    follows the schema you provide.

        Attributes:
            type_ (ResponseFormats | Unset):
            json_schema (JsonSchema | None | Unset):
    """

    __slots__ = ("additional_properties", "json_schema", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "type_",
        "json_schema",
    )

    type_: ResponseFormats | Unset
    json_schema: JsonSchema | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: ResponseFormats | Unset = UNSET,
        json_schema: JsonSchema | None | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.json_schema = json_schema
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        try:
            json_schema: dict[str, Any] | None | Unset
            if isinstance(self.json_schema, Unset):
                json_schema = UNSET
            elif isinstance(self.json_schema, JsonSchema):
                json_schema = self.json_schema.to_dict()
            else:
                json_schema = self.json_schema
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "json_schema")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

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
        _type_ = d.pop("type", UNSET)
        type_: ResponseFormats | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ResponseFormats(_type_)

        _json_schema_data = d.pop("json_schema", UNSET)
        json_schema: JsonSchema | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _json_schema_data is None:
                json_schema = _json_schema_data
                break
            if isinstance(_json_schema_data, Unset):
                json_schema = _json_schema_data
                break
            if isinstance(_json_schema_data, dict):
                try:
                    json_schema_type_0 = JsonSchema.from_dict(_json_schema_data)

                    json_schema = json_schema_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            json_schema = cast("JsonSchema | None | Unset", _json_schema_data)
            break

        response_format = cls(
            type_,
            json_schema,
        )

        response_format.additional_properties = d
        return response_format

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
