from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.update_definition_input_schema import UpdateDefinitionInputSchema
    from ..models.update_definition_output_schema_type_0 import UpdateDefinitionOutputSchemaType0
else:
    UpdateDefinitionInputSchema = _Lazy(globals(), "update_definition_input_schema", "UpdateDefinitionInputSchema")
    UpdateDefinitionOutputSchemaType0 = _Lazy(
        globals(), "update_definition_output_schema_type_0", "UpdateDefinitionOutputSchemaType0"
    )


T = TypeVar("T", bound="UpdateDefinition")


class UpdateDefinition:
    """
    Attributes:
        name (str): Name of the update
        input_schema (UpdateDefinitionInputSchema): Input JSON schema of the update's model
        description (None | str | Unset): Description of the update
        output_schema (None | Unset | UpdateDefinitionOutputSchemaType0): Output JSON schema of the update's model
    """

    __slots__ = ("additional_properties", "description", "input_schema", "name", "output_schema")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "input_schema",
        "description",
        "output_schema",
    )

    name: str
    input_schema: UpdateDefinitionInputSchema
    description: None | str | Unset
    output_schema: None | Unset | UpdateDefinitionOutputSchemaType0
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        input_schema: UpdateDefinitionInputSchema,
        description: None | str | Unset = UNSET,
        output_schema: None | Unset | UpdateDefinitionOutputSchemaType0 = UNSET,
    ) -> None:
        self.name = name
        self.input_schema = input_schema
        self.description = description
        self.output_schema = output_schema
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            try:
                input_schema = self.input_schema.to_dict()
            except AttributeError:
                if isinstance(self.input_schema, UpdateDefinitionInputSchema):
                    raise
                input_schema = _as_dict(self.input_schema, "UpdateDefinitionInputSchema")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "input_schema")
            raise

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        try:
            output_schema: dict[str, Any] | None | Unset
            if isinstance(self.output_schema, Unset):
                output_schema = UNSET
            elif isinstance(self.output_schema, UpdateDefinitionOutputSchemaType0):
                output_schema = self.output_schema.to_dict()
            else:
                output_schema = self.output_schema
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "output_schema")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "input_schema": input_schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema

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

        input_schema = UpdateDefinitionInputSchema.from_dict(d.pop("input_schema"))

        description: None | str | Unset = d.pop("description", UNSET)

        _output_schema_data = d.pop("output_schema", UNSET)
        output_schema: None | Unset | UpdateDefinitionOutputSchemaType0
        while True:  # one pass; each break is the generator's `return`
            if _output_schema_data is None:
                output_schema = _output_schema_data
                break
            if isinstance(_output_schema_data, Unset):
                output_schema = _output_schema_data
                break
            if isinstance(_output_schema_data, dict):
                try:
                    output_schema_type_0 = UpdateDefinitionOutputSchemaType0.from_dict(_output_schema_data)

                    output_schema = output_schema_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            output_schema = cast("None | Unset | UpdateDefinitionOutputSchemaType0", _output_schema_data)
            break

        update_definition = cls(
            name,
            input_schema,
            description,
            output_schema,
        )

        update_definition.additional_properties = d
        return update_definition

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
