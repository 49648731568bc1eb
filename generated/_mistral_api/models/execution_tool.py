from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.execution_config import ExecutionConfig
else:
    ExecutionConfig = _Lazy(globals(), "execution_config", "ExecutionConfig")


T = TypeVar("T", bound="ExecutionTool")


class ExecutionTool:
    """
    Attributes:
        name (str):
        integration_id (UUID):
        execution_config (ExecutionConfig | None):
    """

    __slots__ = ("additional_properties", "execution_config", "integration_id", "name")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "integration_id",
        "execution_config",
    )

    name: str
    integration_id: UUID
    execution_config: ExecutionConfig | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        integration_id: UUID,
        execution_config: ExecutionConfig | None,
    ) -> None:
        self.name = name
        self.integration_id = integration_id
        self.execution_config = execution_config
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        integration_id = str(self.integration_id)

        try:
            execution_config: dict[str, Any] | None
            if isinstance(self.execution_config, ExecutionConfig):
                execution_config = self.execution_config.to_dict()
            else:
                execution_config = self.execution_config
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "execution_config")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "integration_id": integration_id,
                "execution_config": execution_config,
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

        integration_id = UUID(d.pop("integration_id"))

        _execution_config_data = d.pop("execution_config")
        execution_config: ExecutionConfig | None
        while True:  # one pass; each break is the generator's `return`
            if _execution_config_data is None:
                execution_config = _execution_config_data
                break
            if isinstance(_execution_config_data, dict):
                try:
                    execution_config_type_0 = ExecutionConfig.from_dict(_execution_config_data)

                    execution_config = execution_config_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            execution_config = cast("ExecutionConfig | None", _execution_config_data)
            break

        execution_tool = cls(
            name,
            integration_id,
            execution_config,
        )

        execution_tool.additional_properties = d
        return execution_tool

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
