from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.tool_type import ToolType
    from ..models.turbine_tool_locale import TurbineToolLocale
else:
    ToolType = _Lazy(globals(), "tool_type", "ToolType")
    TurbineToolLocale = _Lazy(globals(), "turbine_tool_locale", "TurbineToolLocale")


T = TypeVar("T", bound="TurbineToolMeta")


class TurbineToolMeta:
    """
    Attributes:
        locale (None | TurbineToolLocale | Unset):
        tool_type (None | ToolType | Unset):
        timeout (float | None | Unset):
        private_execution (bool | None | Unset):
    """

    __slots__ = ("additional_properties", "locale", "private_execution", "timeout", "tool_type")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "locale",
        "tool_type",
        "timeout",
        "private_execution",
    )

    locale: None | TurbineToolLocale | Unset
    tool_type: None | ToolType | Unset
    timeout: float | None | Unset
    private_execution: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        locale: None | TurbineToolLocale | Unset = UNSET,
        tool_type: None | ToolType | Unset = UNSET,
        timeout: float | None | Unset = UNSET,
        private_execution: bool | None | Unset = UNSET,
    ) -> None:
        self.locale = locale
        self.tool_type = tool_type
        self.timeout = timeout
        self.private_execution = private_execution
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            locale: dict[str, Any] | None | Unset
            if isinstance(self.locale, Unset):
                locale = UNSET
            elif isinstance(self.locale, TurbineToolLocale):
                locale = self.locale.to_dict()
            else:
                locale = self.locale
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "locale")
            raise

        tool_type: None | str | Unset
        if isinstance(self.tool_type, Unset):
            tool_type = UNSET
        elif isinstance(self.tool_type, ToolType):
            tool_type = str(self.tool_type)
        else:
            tool_type = self.tool_type

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        private_execution: bool | None | Unset
        if isinstance(self.private_execution, Unset):
            private_execution = UNSET
        else:
            private_execution = self.private_execution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locale is not UNSET:
            field_dict["locale"] = locale
        if tool_type is not UNSET:
            field_dict["tool_type"] = tool_type
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if private_execution is not UNSET:
            field_dict["private_execution"] = private_execution

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
        _locale_data = d.pop("locale", UNSET)
        locale: None | TurbineToolLocale | Unset
        while True:  # one pass; each break is the generator's `return`
            if _locale_data is None:
                locale = _locale_data
                break
            if isinstance(_locale_data, Unset):
                locale = _locale_data
                break
            if isinstance(_locale_data, dict):
                try:
                    locale_type_0 = TurbineToolLocale.from_dict(_locale_data)

                    locale = locale_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            locale = cast("None | TurbineToolLocale | Unset", _locale_data)
            break

        _tool_type_data = d.pop("tool_type", UNSET)
        tool_type: None | ToolType | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tool_type_data is None:
                tool_type = _tool_type_data
                break
            if isinstance(_tool_type_data, Unset):
                tool_type = _tool_type_data
                break
            if isinstance(_tool_type_data, str):
                try:
                    tool_type_type_0 = ToolType(_tool_type_data)

                    tool_type = tool_type_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tool_type = cast("None | ToolType | Unset", _tool_type_data)
            break

        timeout: float | None | Unset = d.pop("timeout", UNSET)

        private_execution: bool | None | Unset = d.pop("private_execution", UNSET)

        turbine_tool_meta = cls(
            locale,
            tool_type,
            timeout,
            private_execution,
        )

        turbine_tool_meta.additional_properties = d
        return turbine_tool_meta

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
