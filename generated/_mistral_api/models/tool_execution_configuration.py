from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.logical_expression import LogicalExpression
    from ..models.tool_properties import ToolProperties
else:
    LogicalExpression = _Lazy(globals(), "logical_expression", "LogicalExpression")
    ToolProperties = _Lazy(globals(), "tool_properties", "ToolProperties")


T = TypeVar("T", bound="ToolExecutionConfiguration")


class ToolExecutionConfiguration:
    """
    Attributes:
        requires_confirmation (list[str] | LogicalExpression | None | ToolProperties | Unset):
        skip_confirmation (list[str] | LogicalExpression | None | ToolProperties | Unset):
        include (list[str] | None | Unset):
        exclude (list[str] | None | Unset):
    """

    __slots__ = ("additional_properties", "exclude", "include", "requires_confirmation", "skip_confirmation")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "requires_confirmation",
        "skip_confirmation",
        "include",
        "exclude",
    )

    requires_confirmation: list[str] | LogicalExpression | None | ToolProperties | Unset
    skip_confirmation: list[str] | LogicalExpression | None | ToolProperties | Unset
    include: list[str] | None | Unset
    exclude: list[str] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        requires_confirmation: list[str] | LogicalExpression | None | ToolProperties | Unset = UNSET,
        skip_confirmation: list[str] | LogicalExpression | None | ToolProperties | Unset = UNSET,
        include: list[str] | None | Unset = UNSET,
        exclude: list[str] | None | Unset = UNSET,
    ) -> None:
        self.requires_confirmation = requires_confirmation
        self.skip_confirmation = skip_confirmation
        self.include = include
        self.exclude = exclude
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            requires_confirmation: dict[str, Any] | list[str] | None | Unset
            if isinstance(self.requires_confirmation, Unset):
                requires_confirmation = UNSET
            elif isinstance(self.requires_confirmation, list):
                requires_confirmation = self.requires_confirmation
            elif isinstance(self.requires_confirmation, LogicalExpression) or isinstance(
                self.requires_confirmation, ToolProperties
            ):
                requires_confirmation = self.requires_confirmation.to_dict()
            else:
                requires_confirmation = self.requires_confirmation
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "requires_confirmation")
            raise

        try:
            skip_confirmation: dict[str, Any] | list[str] | None | Unset
            if isinstance(self.skip_confirmation, Unset):
                skip_confirmation = UNSET
            elif isinstance(self.skip_confirmation, list):
                skip_confirmation = self.skip_confirmation
            elif isinstance(self.skip_confirmation, LogicalExpression) or isinstance(
                self.skip_confirmation, ToolProperties
            ):
                skip_confirmation = self.skip_confirmation.to_dict()
            else:
                skip_confirmation = self.skip_confirmation
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "skip_confirmation")
            raise

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = self.include

        else:
            include = self.include

        exclude: list[str] | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        elif isinstance(self.exclude, list):
            exclude = self.exclude

        else:
            exclude = self.exclude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requires_confirmation is not UNSET:
            field_dict["requires_confirmation"] = requires_confirmation
        if skip_confirmation is not UNSET:
            field_dict["skip_confirmation"] = skip_confirmation
        if include is not UNSET:
            field_dict["include"] = include
        if exclude is not UNSET:
            field_dict["exclude"] = exclude

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
        _requires_confirmation_data = d.pop("requires_confirmation", UNSET)
        requires_confirmation: list[str] | LogicalExpression | None | ToolProperties | Unset
        while True:  # one pass; each break is the generator's `return`
            if _requires_confirmation_data is None:
                requires_confirmation = _requires_confirmation_data
                break
            if isinstance(_requires_confirmation_data, Unset):
                requires_confirmation = _requires_confirmation_data
                break
            if isinstance(_requires_confirmation_data, list):
                try:
                    requires_confirmation_type_0 = cast(list[str], _requires_confirmation_data)

                    requires_confirmation = requires_confirmation_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_requires_confirmation_data, dict):
                try:
                    requires_confirmation_type_1 = LogicalExpression.from_dict(_requires_confirmation_data)

                    requires_confirmation = requires_confirmation_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_requires_confirmation_data, dict):
                try:
                    requires_confirmation_type_2 = ToolProperties.from_dict(_requires_confirmation_data)

                    requires_confirmation = requires_confirmation_type_2
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            requires_confirmation = cast(
                "list[str] | LogicalExpression | None | ToolProperties | Unset", _requires_confirmation_data
            )
            break

        _skip_confirmation_data = d.pop("skip_confirmation", UNSET)
        skip_confirmation: list[str] | LogicalExpression | None | ToolProperties | Unset
        while True:  # one pass; each break is the generator's `return`
            if _skip_confirmation_data is None:
                skip_confirmation = _skip_confirmation_data
                break
            if isinstance(_skip_confirmation_data, Unset):
                skip_confirmation = _skip_confirmation_data
                break
            if isinstance(_skip_confirmation_data, list):
                try:
                    skip_confirmation_type_0 = cast(list[str], _skip_confirmation_data)

                    skip_confirmation = skip_confirmation_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_skip_confirmation_data, dict):
                try:
                    skip_confirmation_type_1 = LogicalExpression.from_dict(_skip_confirmation_data)

                    skip_confirmation = skip_confirmation_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_skip_confirmation_data, dict):
                try:
                    skip_confirmation_type_2 = ToolProperties.from_dict(_skip_confirmation_data)

                    skip_confirmation = skip_confirmation_type_2
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            skip_confirmation = cast(
                "list[str] | LogicalExpression | None | ToolProperties | Unset", _skip_confirmation_data
            )
            break

        _include_data = d.pop("include", UNSET)
        include: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _include_data is None:
                include = _include_data
                break
            if isinstance(_include_data, Unset):
                include = _include_data
                break
            if isinstance(_include_data, list):
                try:
                    include_type_0 = cast(list[str], _include_data)

                    include = include_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            include = cast("list[str] | None | Unset", _include_data)
            break

        _exclude_data = d.pop("exclude", UNSET)
        exclude: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _exclude_data is None:
                exclude = _exclude_data
                break
            if isinstance(_exclude_data, Unset):
                exclude = _exclude_data
                break
            if isinstance(_exclude_data, list):
                try:
                    exclude_type_0 = cast(list[str], _exclude_data)

                    exclude = exclude_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            exclude = cast("list[str] | None | Unset", _exclude_data)
            break

        tool_execution_configuration = cls(
            requires_confirmation,
            skip_confirmation,
            include,
            exclude,
        )

        tool_execution_configuration.additional_properties = d
        return tool_execution_configuration

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
