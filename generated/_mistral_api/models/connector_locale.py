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
    from ..models.connector_locale_description import ConnectorLocaleDescription
    from ..models.connector_locale_name import ConnectorLocaleName
    from ..models.connector_locale_usage_sentence import ConnectorLocaleUsageSentence
else:
    ConnectorLocaleDescription = _Lazy(globals(), "connector_locale_description", "ConnectorLocaleDescription")
    ConnectorLocaleName = _Lazy(globals(), "connector_locale_name", "ConnectorLocaleName")
    ConnectorLocaleUsageSentence = _Lazy(globals(), "connector_locale_usage_sentence", "ConnectorLocaleUsageSentence")


T = TypeVar("T", bound="ConnectorLocale")


class ConnectorLocale:
    """
    Attributes:
        name (ConnectorLocaleName):
        description (ConnectorLocaleDescription):
        usage_sentence (ConnectorLocaleUsageSentence):
    """

    __slots__ = ("additional_properties", "description", "name", "usage_sentence")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "description",
        "usage_sentence",
    )

    name: ConnectorLocaleName
    description: ConnectorLocaleDescription
    usage_sentence: ConnectorLocaleUsageSentence
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: ConnectorLocaleName,
        description: ConnectorLocaleDescription,
        usage_sentence: ConnectorLocaleUsageSentence,
    ) -> None:
        self.name = name
        self.description = description
        self.usage_sentence = usage_sentence
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                name = self.name.to_dict()
            except AttributeError:
                if isinstance(self.name, ConnectorLocaleName):
                    raise
                name = _as_dict(self.name, "ConnectorLocaleName")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "name")
            raise

        try:
            try:
                description = self.description.to_dict()
            except AttributeError:
                if isinstance(self.description, ConnectorLocaleDescription):
                    raise
                description = _as_dict(self.description, "ConnectorLocaleDescription")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "description")
            raise

        try:
            try:
                usage_sentence = self.usage_sentence.to_dict()
            except AttributeError:
                if isinstance(self.usage_sentence, ConnectorLocaleUsageSentence):
                    raise
                usage_sentence = _as_dict(self.usage_sentence, "ConnectorLocaleUsageSentence")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "usage_sentence")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "usage_sentence": usage_sentence,
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
        name = ConnectorLocaleName.from_dict(d.pop("name"))

        description = ConnectorLocaleDescription.from_dict(d.pop("description"))

        usage_sentence = ConnectorLocaleUsageSentence.from_dict(d.pop("usage_sentence"))

        connector_locale = cls(
            name,
            description,
            usage_sentence,
        )

        connector_locale.additional_properties = d
        return connector_locale

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
