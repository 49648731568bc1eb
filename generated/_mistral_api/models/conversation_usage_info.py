from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.conversation_usage_info_connectors_type_0 import ConversationUsageInfoConnectorsType0
else:
    ConversationUsageInfoConnectorsType0 = _Lazy(
        globals(), "conversation_usage_info_connectors_type_0", "ConversationUsageInfoConnectorsType0"
    )


T = TypeVar("T", bound="ConversationUsageInfo")


class ConversationUsageInfo:
    """
    Attributes:
        prompt_tokens (int | Unset):  Default: 0.
        completion_tokens (int | Unset):  Default: 0.
        total_tokens (int | Unset):  Default: 0.
        connector_tokens (int | None | Unset):
        connectors (ConversationUsageInfoConnectorsType0 | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "completion_tokens",
        "connector_tokens",
        "connectors",
        "prompt_tokens",
        "total_tokens",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "connector_tokens",
        "connectors",
    )

    prompt_tokens: int | Unset
    completion_tokens: int | Unset
    total_tokens: int | Unset
    connector_tokens: int | None | Unset
    connectors: ConversationUsageInfoConnectorsType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        prompt_tokens: int | Unset = UNSET,
        completion_tokens: int | Unset = UNSET,
        total_tokens: int | Unset = UNSET,
        connector_tokens: int | None | Unset = UNSET,
        connectors: ConversationUsageInfoConnectorsType0 | None | Unset = UNSET,
    ) -> None:
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens
        self.total_tokens = total_tokens
        self.connector_tokens = connector_tokens
        self.connectors = connectors
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        connector_tokens: int | None | Unset
        if isinstance(self.connector_tokens, Unset):
            connector_tokens = UNSET
        else:
            connector_tokens = self.connector_tokens

        try:
            connectors: dict[str, Any] | None | Unset
            if isinstance(self.connectors, Unset):
                connectors = UNSET
            elif isinstance(self.connectors, ConversationUsageInfoConnectorsType0):
                connectors = self.connectors.to_dict()
            else:
                connectors = self.connectors
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "connectors")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if connector_tokens is not UNSET:
            field_dict["connector_tokens"] = connector_tokens
        if connectors is not UNSET:
            field_dict["connectors"] = connectors

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
        prompt_tokens = d.pop("prompt_tokens", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        connector_tokens: int | None | Unset = d.pop("connector_tokens", UNSET)

        _connectors_data = d.pop("connectors", UNSET)
        connectors: ConversationUsageInfoConnectorsType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _connectors_data is None:
                connectors = _connectors_data
                break
            if isinstance(_connectors_data, Unset):
                connectors = _connectors_data
                break
            if isinstance(_connectors_data, dict):
                try:
                    connectors_type_0 = ConversationUsageInfoConnectorsType0.from_dict(_connectors_data)

                    connectors = connectors_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            connectors = cast("ConversationUsageInfoConnectorsType0 | None | Unset", _connectors_data)
            break

        conversation_usage_info = cls(
            prompt_tokens,
            completion_tokens,
            total_tokens,
            connector_tokens,
            connectors,
        )

        conversation_usage_info.additional_properties = d
        return conversation_usage_info

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
