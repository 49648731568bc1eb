from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.alias_list import AliasList
else:
    AliasList = _Lazy(globals(), "alias_list", "AliasList")


T = TypeVar("T", bound="PromptsUpdateVersionMetadataUpdatePromptVersionRequest")


class PromptsUpdateVersionMetadataUpdatePromptVersionRequest:
    """
    Attributes:
        notes (None | str | Unset): Notes for this version.
        aliases (AliasList | Unset): Presence wrapper for a set of alias labels on update RPCs. As a message field it
            carries presence, so callers can distinguish "leave aliases unchanged" (field omitted) from "clear all aliases"
            (field set, empty ``values``).
    """

    __slots__ = ("additional_properties", "aliases", "notes")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "notes",
        "aliases",
    )

    notes: None | str | Unset
    aliases: AliasList | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        notes: None | str | Unset = UNSET,
        aliases: AliasList | Unset = UNSET,
    ) -> None:
        self.notes = notes
        self.aliases = aliases
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        try:
            aliases: dict[str, Any] | Unset = UNSET
            if not isinstance(self.aliases, Unset):
                try:
                    aliases = self.aliases.to_dict()
                except AttributeError:
                    if isinstance(self.aliases, AliasList):
                        raise
                    aliases = _as_dict(self.aliases, "AliasList")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "aliases")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notes is not UNSET:
            field_dict["notes"] = notes
        if aliases is not UNSET:
            field_dict["aliases"] = aliases

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
        notes: None | str | Unset = d.pop("notes", UNSET)

        _aliases = d.pop("aliases", UNSET)
        aliases: AliasList | Unset
        if isinstance(_aliases, Unset):
            aliases = UNSET
        else:
            aliases = AliasList.from_dict(_aliases)

        prompts_update_version_metadata_update_prompt_version_request = cls(
            notes,
            aliases,
        )

        prompts_update_version_metadata_update_prompt_version_request.additional_properties = d
        return prompts_update_version_metadata_update_prompt_version_request

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
