from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ToolAnnotations")


class ToolAnnotations:
    """Additional properties describing a Tool to clients.

    NOTE: all properties in ToolAnnotations are **hints**.
    They are not guaranteed to provide a faithful description of
    tool behavior (including descriptive properties like `title`).

    Clients should never make tool use decisions based on ToolAnnotations
    received from untrusted servers.

        Attributes:
            title (None | str | Unset):
            read_only_hint (bool | None | Unset):
            destructive_hint (bool | None | Unset):
            idempotent_hint (bool | None | Unset):
            open_world_hint (bool | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "destructive_hint",
        "idempotent_hint",
        "open_world_hint",
        "read_only_hint",
        "title",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "title",
        "read_only_hint",
        "destructive_hint",
        "idempotent_hint",
        "open_world_hint",
    )

    title: None | str | Unset
    read_only_hint: bool | None | Unset
    destructive_hint: bool | None | Unset
    idempotent_hint: bool | None | Unset
    open_world_hint: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        title: None | str | Unset = UNSET,
        read_only_hint: bool | None | Unset = UNSET,
        destructive_hint: bool | None | Unset = UNSET,
        idempotent_hint: bool | None | Unset = UNSET,
        open_world_hint: bool | None | Unset = UNSET,
    ) -> None:
        self.title = title
        self.read_only_hint = read_only_hint
        self.destructive_hint = destructive_hint
        self.idempotent_hint = idempotent_hint
        self.open_world_hint = open_world_hint
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        read_only_hint: bool | None | Unset
        if isinstance(self.read_only_hint, Unset):
            read_only_hint = UNSET
        else:
            read_only_hint = self.read_only_hint

        destructive_hint: bool | None | Unset
        if isinstance(self.destructive_hint, Unset):
            destructive_hint = UNSET
        else:
            destructive_hint = self.destructive_hint

        idempotent_hint: bool | None | Unset
        if isinstance(self.idempotent_hint, Unset):
            idempotent_hint = UNSET
        else:
            idempotent_hint = self.idempotent_hint

        open_world_hint: bool | None | Unset
        if isinstance(self.open_world_hint, Unset):
            open_world_hint = UNSET
        else:
            open_world_hint = self.open_world_hint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if read_only_hint is not UNSET:
            field_dict["readOnlyHint"] = read_only_hint
        if destructive_hint is not UNSET:
            field_dict["destructiveHint"] = destructive_hint
        if idempotent_hint is not UNSET:
            field_dict["idempotentHint"] = idempotent_hint
        if open_world_hint is not UNSET:
            field_dict["openWorldHint"] = open_world_hint

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
        title: None | str | Unset = d.pop("title", UNSET)

        read_only_hint: bool | None | Unset = d.pop("readOnlyHint", UNSET)

        destructive_hint: bool | None | Unset = d.pop("destructiveHint", UNSET)

        idempotent_hint: bool | None | Unset = d.pop("idempotentHint", UNSET)

        open_world_hint: bool | None | Unset = d.pop("openWorldHint", UNSET)

        tool_annotations = cls(
            title,
            read_only_hint,
            destructive_hint,
            idempotent_hint,
            open_world_hint,
        )

        tool_annotations.additional_properties = d
        return tool_annotations

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
