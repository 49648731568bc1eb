from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SearchChatCompletionEventIdsResponse")


class SearchChatCompletionEventIdsResponse:
    """
    Attributes:
        completion_event_ids (list[str]):
    """

    __slots__ = ("additional_properties", "completion_event_ids")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("completion_event_ids",)

    completion_event_ids: list[str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        completion_event_ids: list[str],
    ) -> None:
        self.completion_event_ids = completion_event_ids
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        completion_event_ids = self.completion_event_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_event_ids": completion_event_ids,
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
        completion_event_ids = cast(list[str], d.pop("completion_event_ids"))

        search_chat_completion_event_ids_response = cls(
            completion_event_ids,
        )

        search_chat_completion_event_ids_response.additional_properties = d
        return search_chat_completion_event_ids_response

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
