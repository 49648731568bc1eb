from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WorkflowUpdateRequest")


class WorkflowUpdateRequest:
    """
    Attributes:
        display_name (None | str | Unset): New display name value
        description (None | str | Unset): New description value
        available_in_chat_assistant (bool | None | Unset): Whether to make the workflow available in the chat assistant
        tags (list[str] | None | Unset): New tags. Replaces the existing tag list.
    """

    __slots__ = ("additional_properties", "available_in_chat_assistant", "description", "display_name", "tags")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "display_name",
        "description",
        "available_in_chat_assistant",
        "tags",
    )

    display_name: None | str | Unset
    description: None | str | Unset
    available_in_chat_assistant: bool | None | Unset
    tags: list[str] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        display_name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        available_in_chat_assistant: bool | None | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
    ) -> None:
        self.display_name = display_name
        self.description = description
        self.available_in_chat_assistant = available_in_chat_assistant
        self.tags = tags
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        available_in_chat_assistant: bool | None | Unset
        if isinstance(self.available_in_chat_assistant, Unset):
            available_in_chat_assistant = UNSET
        else:
            available_in_chat_assistant = self.available_in_chat_assistant

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if available_in_chat_assistant is not UNSET:
            field_dict["available_in_chat_assistant"] = available_in_chat_assistant
        if tags is not UNSET:
            field_dict["tags"] = tags

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
        display_name: None | str | Unset = d.pop("display_name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        available_in_chat_assistant: bool | None | Unset = d.pop("available_in_chat_assistant", UNSET)

        _tags_data = d.pop("tags", UNSET)
        tags: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tags_data is None:
                tags = _tags_data
                break
            if isinstance(_tags_data, Unset):
                tags = _tags_data
                break
            if isinstance(_tags_data, list):
                try:
                    tags_type_0 = cast(list[str], _tags_data)

                    tags = tags_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tags = cast("list[str] | None | Unset", _tags_data)
            break

        workflow_update_request = cls(
            display_name,
            description,
            available_in_chat_assistant,
            tags,
        )

        workflow_update_request.additional_properties = d
        return workflow_update_request

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
