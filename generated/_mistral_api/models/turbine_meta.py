from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.server_locale import ServerLocale
else:
    ServerLocale = _Lazy(globals(), "server_locale", "ServerLocale")


T = TypeVar("T", bound="TurbineMeta")


class TurbineMeta:
    """
    Attributes:
        system_prompt_name (None | str | Unset):
        locale (None | ServerLocale | Unset):
    """

    __slots__ = ("additional_properties", "locale", "system_prompt_name")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "system_prompt_name",
        "locale",
    )

    system_prompt_name: None | str | Unset
    locale: None | ServerLocale | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        system_prompt_name: None | str | Unset = UNSET,
        locale: None | ServerLocale | Unset = UNSET,
    ) -> None:
        self.system_prompt_name = system_prompt_name
        self.locale = locale
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        system_prompt_name: None | str | Unset
        if isinstance(self.system_prompt_name, Unset):
            system_prompt_name = UNSET
        else:
            system_prompt_name = self.system_prompt_name

        try:
            locale: dict[str, Any] | None | Unset
            if isinstance(self.locale, Unset):
                locale = UNSET
            elif isinstance(self.locale, ServerLocale):
                locale = self.locale.to_dict()
            else:
                locale = self.locale
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "locale")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system_prompt_name is not UNSET:
            field_dict["system_prompt_name"] = system_prompt_name
        if locale is not UNSET:
            field_dict["locale"] = locale

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
        system_prompt_name: None | str | Unset = d.pop("system_prompt_name", UNSET)

        _locale_data = d.pop("locale", UNSET)
        locale: None | ServerLocale | Unset
        while True:  # one pass; each break is the generator's `return`
            if _locale_data is None:
                locale = _locale_data
                break
            if isinstance(_locale_data, Unset):
                locale = _locale_data
                break
            if isinstance(_locale_data, dict):
                try:
                    locale_type_0 = ServerLocale.from_dict(_locale_data)

                    locale = locale_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            locale = cast("None | ServerLocale | Unset", _locale_data)
            break

        turbine_meta = cls(
            system_prompt_name,
            locale,
        )

        turbine_meta.additional_properties = d
        return turbine_meta

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
