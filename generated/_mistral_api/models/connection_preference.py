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
    from ..models.consumer_type import ConsumerType
    from ..models.tool_execution_configuration import ToolExecutionConfiguration
else:
    ConsumerType = _Lazy(globals(), "consumer_type", "ConsumerType")
    ToolExecutionConfiguration = _Lazy(globals(), "tool_execution_configuration", "ToolExecutionConfiguration")


T = TypeVar("T", bound="ConnectionPreference")


class ConnectionPreference:
    """
    Attributes:
        name (str):
        tool_configuration (ToolExecutionConfiguration):
        is_default (bool | None | Unset):
        consumer_type (ConsumerType | None | Unset):
    """

    __slots__ = ("additional_properties", "consumer_type", "is_default", "name", "tool_configuration")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "tool_configuration",
        "is_default",
        "consumer_type",
    )

    name: str
    tool_configuration: ToolExecutionConfiguration
    is_default: bool | None | Unset
    consumer_type: ConsumerType | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        tool_configuration: ToolExecutionConfiguration,
        is_default: bool | None | Unset = UNSET,
        consumer_type: ConsumerType | None | Unset = UNSET,
    ) -> None:
        self.name = name
        self.tool_configuration = tool_configuration
        self.is_default = is_default
        self.consumer_type = consumer_type
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            try:
                tool_configuration = self.tool_configuration.to_dict()
            except AttributeError:
                if isinstance(self.tool_configuration, ToolExecutionConfiguration):
                    raise
                tool_configuration = _as_dict(self.tool_configuration, "ToolExecutionConfiguration")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tool_configuration")
            raise

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        consumer_type: None | str | Unset
        if isinstance(self.consumer_type, Unset):
            consumer_type = UNSET
        elif isinstance(self.consumer_type, ConsumerType):
            consumer_type = str(self.consumer_type)
        else:
            consumer_type = self.consumer_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "tool_configuration": tool_configuration,
            }
        )
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if consumer_type is not UNSET:
            field_dict["consumer_type"] = consumer_type

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

        tool_configuration = ToolExecutionConfiguration.from_dict(d.pop("tool_configuration"))

        is_default: bool | None | Unset = d.pop("is_default", UNSET)

        _consumer_type_data = d.pop("consumer_type", UNSET)
        consumer_type: ConsumerType | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _consumer_type_data is None:
                consumer_type = _consumer_type_data
                break
            if isinstance(_consumer_type_data, Unset):
                consumer_type = _consumer_type_data
                break
            if isinstance(_consumer_type_data, str):
                try:
                    consumer_type_type_0 = ConsumerType(_consumer_type_data)

                    consumer_type = consumer_type_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            consumer_type = cast("ConsumerType | None | Unset", _consumer_type_data)
            break

        connection_preference = cls(
            name,
            tool_configuration,
            is_default,
            consumer_type,
        )

        connection_preference.additional_properties = d
        return connection_preference

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
