from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.turbine_meta import TurbineMeta
else:
    TurbineMeta = _Lazy(globals(), "turbine_meta", "TurbineMeta")


T = TypeVar("T", bound="MCPServerCardMeta")


class MCPServerCardMeta:
    """Typed _meta for MCP server cards.

    Only the 'turbine' field is typed. Other fields are allowed via extra="allow".

        Attributes:
            ai_mistralturbine (None | TurbineMeta | Unset):
    """

    __slots__ = ("additional_properties", "ai_mistralturbine")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("ai_mistralturbine",)

    ai_mistralturbine: None | TurbineMeta | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        ai_mistralturbine: None | TurbineMeta | Unset = UNSET,
    ) -> None:
        self.ai_mistralturbine = ai_mistralturbine
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            ai_mistralturbine: dict[str, Any] | None | Unset
            if isinstance(self.ai_mistralturbine, Unset):
                ai_mistralturbine = UNSET
            elif isinstance(self.ai_mistralturbine, TurbineMeta):
                ai_mistralturbine = self.ai_mistralturbine.to_dict()
            else:
                ai_mistralturbine = self.ai_mistralturbine
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "ai_mistralturbine")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_mistralturbine is not UNSET:
            field_dict["ai.mistral/turbine"] = ai_mistralturbine

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
        _ai_mistralturbine_data = d.pop("ai.mistral/turbine", UNSET)
        ai_mistralturbine: None | TurbineMeta | Unset
        while True:  # one pass; each break is the generator's `return`
            if _ai_mistralturbine_data is None:
                ai_mistralturbine = _ai_mistralturbine_data
                break
            if isinstance(_ai_mistralturbine_data, Unset):
                ai_mistralturbine = _ai_mistralturbine_data
                break
            if isinstance(_ai_mistralturbine_data, dict):
                try:
                    ai_mistralturbine_type_0 = TurbineMeta.from_dict(_ai_mistralturbine_data)

                    ai_mistralturbine = ai_mistralturbine_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            ai_mistralturbine = cast("None | TurbineMeta | Unset", _ai_mistralturbine_data)
            break

        mcp_server_card_meta = cls(
            ai_mistralturbine,
        )

        mcp_server_card_meta.additional_properties = d
        return mcp_server_card_meta

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
