from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.register_deployment_request_vespa_field import RegisterDeploymentRequestVespaField
else:
    RegisterDeploymentRequestVespaField = _Lazy(
        globals(), "register_deployment_request_vespa_field", "RegisterDeploymentRequestVespaField"
    )


T = TypeVar("T", bound="RegisterDeploymentRequestVespaIndex")


class RegisterDeploymentRequestVespaIndex:
    """
    Attributes:
        name (str):
        fields (list[RegisterDeploymentRequestVespaField]):
        sd (str):
    """

    __slots__ = ("additional_properties", "fields", "name", "sd")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "fields",
        "sd",
    )

    name: str
    fields: list[RegisterDeploymentRequestVespaField]
    sd: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        fields: list[RegisterDeploymentRequestVespaField],
        sd: str,
    ) -> None:
        self.name = name
        self.fields = fields
        self.sd = sd
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            fields = []
            try:
                for fields_item_data in self.fields:
                    try:
                        fields_item = fields_item_data.to_dict()
                    except AttributeError:
                        if isinstance(fields_item_data, RegisterDeploymentRequestVespaField):
                            raise
                        fields_item = _as_dict(fields_item_data, "RegisterDeploymentRequestVespaField")
                    fields.append(fields_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(fields))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "fields")
            raise

        sd = self.sd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "fields": fields,
                "sd": sd,
            }
        )

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

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = RegisterDeploymentRequestVespaField.from_dict(fields_item_data)

            fields.append(fields_item)

        sd = d.pop("sd")

        register_deployment_request_vespa_index = cls(
            name,
            fields,
            sd,
        )

        register_deployment_request_vespa_index.additional_properties = d
        return register_deployment_request_vespa_index

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
