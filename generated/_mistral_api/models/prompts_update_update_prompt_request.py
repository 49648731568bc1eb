from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.registry_sharing_scope import RegistrySharingScope
else:
    RegistrySharingScope = _Lazy(globals(), "registry_sharing_scope", "RegistrySharingScope")


T = TypeVar("T", bound="PromptsUpdateUpdatePromptRequest")


class PromptsUpdateUpdatePromptRequest:
    """
    Attributes:
        title (None | str | Unset): Display title.
        description (None | str | Unset): Display description.
        sharing_scope (RegistrySharingScope | Unset):
    """

    __slots__ = ("additional_properties", "description", "sharing_scope", "title")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "title",
        "description",
        "sharing_scope",
    )

    title: None | str | Unset
    description: None | str | Unset
    sharing_scope: RegistrySharingScope | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        sharing_scope: RegistrySharingScope | Unset = UNSET,
    ) -> None:
        self.title = title
        self.description = description
        self.sharing_scope = sharing_scope
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        sharing_scope: str | Unset = UNSET
        if not isinstance(self.sharing_scope, Unset):
            sharing_scope = str(self.sharing_scope)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if sharing_scope is not UNSET:
            field_dict["sharingScope"] = sharing_scope

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

        description: None | str | Unset = d.pop("description", UNSET)

        _sharing_scope = d.pop("sharingScope", UNSET)
        sharing_scope: RegistrySharingScope | Unset
        if isinstance(_sharing_scope, Unset):
            sharing_scope = UNSET
        else:
            sharing_scope = RegistrySharingScope(_sharing_scope)

        prompts_update_update_prompt_request = cls(
            title,
            description,
            sharing_scope,
        )

        prompts_update_update_prompt_request.additional_properties = d
        return prompts_update_update_prompt_request

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
