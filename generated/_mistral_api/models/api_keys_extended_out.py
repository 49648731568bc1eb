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
    from ..models.api_key_extended_out import APIKeyExtendedOUT
else:
    APIKeyExtendedOUT = _Lazy(globals(), "api_key_extended_out", "APIKeyExtendedOUT")


T = TypeVar("T", bound="APIKeysExtendedOUT")


class APIKeysExtendedOUT:
    """
    Attributes:
        keys (list[APIKeyExtendedOUT]): API keys for the Organization.
    """

    __slots__ = ("additional_properties", "keys")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("keys",)

    keys: list[APIKeyExtendedOUT]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        keys: list[APIKeyExtendedOUT],
    ) -> None:
        self.keys = keys
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            keys = []
            try:
                for keys_item_data in self.keys:
                    try:
                        keys_item = keys_item_data.to_dict()
                    except AttributeError:
                        if isinstance(keys_item_data, APIKeyExtendedOUT):
                            raise
                        keys_item = _as_dict(keys_item_data, "APIKeyExtendedOUT")
                    keys.append(keys_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(keys))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "keys")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keys": keys,
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
        keys = []
        _keys = d.pop("keys")
        for keys_item_data in _keys:
            keys_item = APIKeyExtendedOUT.from_dict(keys_item_data)

            keys.append(keys_item)

        api_keys_extended_out = cls(
            keys,
        )

        api_keys_extended_out.additional_properties = d
        return api_keys_extended_out

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
