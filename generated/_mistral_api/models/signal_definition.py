from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.signal_definition_input_schema import SignalDefinitionInputSchema
else:
    SignalDefinitionInputSchema = _Lazy(globals(), "signal_definition_input_schema", "SignalDefinitionInputSchema")


T = TypeVar("T", bound="SignalDefinition")


class SignalDefinition:
    """
    Attributes:
        name (str): Name of the signal
        input_schema (SignalDefinitionInputSchema): Input JSON schema of the signal's model
        description (None | str | Unset): Description of the signal
    """

    __slots__ = ("additional_properties", "description", "input_schema", "name")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "input_schema",
        "description",
    )

    name: str
    input_schema: SignalDefinitionInputSchema
    description: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        input_schema: SignalDefinitionInputSchema,
        description: None | str | Unset = UNSET,
    ) -> None:
        self.name = name
        self.input_schema = input_schema
        self.description = description
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            try:
                input_schema = self.input_schema.to_dict()
            except AttributeError:
                if isinstance(self.input_schema, SignalDefinitionInputSchema):
                    raise
                input_schema = _as_dict(self.input_schema, "SignalDefinitionInputSchema")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "input_schema")
            raise

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        input_schema = SignalDefinitionInputSchema.from_dict(d.pop("input_schema"))

        description: None | str | Unset = d.pop("description", UNSET)

        signal_definition = cls(
            name,
            input_schema,
            description,
        )

        signal_definition.additional_properties = d
        return signal_definition

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
