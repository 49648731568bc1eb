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
    from ..models.public_execution_connection_config import PublicExecutionConnectionConfig
else:
    PublicExecutionConnectionConfig = _Lazy(
        globals(), "public_execution_connection_config", "PublicExecutionConnectionConfig"
    )


T = TypeVar("T", bound="PublicExecutionConnector")


class PublicExecutionConnector:
    """
    Attributes:
        id (UUID):
        name (str):
        connection_config (None | PublicExecutionConnectionConfig):
    """

    __slots__ = ("additional_properties", "connection_config", "id", "name")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "name",
        "connection_config",
    )

    id: UUID
    name: str
    connection_config: None | PublicExecutionConnectionConfig
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        name: str,
        connection_config: None | PublicExecutionConnectionConfig,
    ) -> None:
        self.id = id
        self.name = name
        self.connection_config = connection_config
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        try:
            connection_config: dict[str, Any] | None
            if isinstance(self.connection_config, PublicExecutionConnectionConfig):
                connection_config = self.connection_config.to_dict()
            else:
                connection_config = self.connection_config
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "connection_config")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "connection_config": connection_config,
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
        id = UUID(d.pop("id"))

        name = d.pop("name")

        _connection_config_data = d.pop("connection_config")
        connection_config: None | PublicExecutionConnectionConfig
        while True:  # one pass; each break is the generator's `return`
            if _connection_config_data is None:
                connection_config = _connection_config_data
                break
            if isinstance(_connection_config_data, dict):
                try:
                    connection_config_type_0 = PublicExecutionConnectionConfig.from_dict(_connection_config_data)

                    connection_config = connection_config_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            connection_config = cast("None | PublicExecutionConnectionConfig", _connection_config_data)
            break

        public_execution_connector = cls(
            id,
            name,
            connection_config,
        )

        public_execution_connector.additional_properties = d
        return public_execution_connector

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
