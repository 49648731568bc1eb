from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_event_preview_extra_fields_additional_property_type_6 import (
        ChatCompletionEventPreviewExtraFieldsAdditionalPropertyType6,
    )
else:
    ChatCompletionEventPreviewExtraFieldsAdditionalPropertyType6 = _Lazy(
        globals(),
        "chat_completion_event_preview_extra_fields_additional_property_type_6",
        "ChatCompletionEventPreviewExtraFieldsAdditionalPropertyType6",
    )


T = TypeVar("T", bound="ChatCompletionEventPreviewExtraFields")


class ChatCompletionEventPreviewExtraFields:
    __slots__ = ("additional_properties",)
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ()

    additional_properties: dict[
        str,
        bool
        | ChatCompletionEventPreviewExtraFieldsAdditionalPropertyType6
        | datetime.datetime
        | float
        | int
        | list[str]
        | None
        | str,
    ]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            try:
                if isinstance(prop, datetime.datetime):
                    field_dict[prop_name] = prop.isoformat().replace("+00:00", "Z")
                elif isinstance(prop, list):
                    field_dict[prop_name] = prop
                elif isinstance(prop, ChatCompletionEventPreviewExtraFieldsAdditionalPropertyType6):
                    field_dict[prop_name] = prop.to_dict()
                else:
                    field_dict[prop_name] = prop
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, prop_name)
                raise

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
        chat_completion_event_preview_extra_fields = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property_data = prop_dict
            additional_property: (
                bool
                | ChatCompletionEventPreviewExtraFieldsAdditionalPropertyType6
                | datetime.datetime
                | float
                | int
                | list[str]
                | None
                | str
            )
            while True:  # one pass; each break is the generator's `return`
                if _additional_property_data is None:
                    additional_property = _additional_property_data
                    break
                if isinstance(_additional_property_data, str):
                    try:
                        additional_property_type_4 = datetime.datetime.fromisoformat(_additional_property_data)

                        additional_property = additional_property_type_4
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_additional_property_data, list):
                    try:
                        additional_property_type_5 = cast(list[str], _additional_property_data)

                        additional_property = additional_property_type_5
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_additional_property_data, dict):
                    try:
                        additional_property_type_6 = (
                            ChatCompletionEventPreviewExtraFieldsAdditionalPropertyType6.from_dict(
                                _additional_property_data
                            )
                        )

                        additional_property = additional_property_type_6
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                additional_property = cast(
                    "bool | ChatCompletionEventPreviewExtraFieldsAdditionalPropertyType6 | datetime.datetime | float | int | list[str] | None | str",
                    _additional_property_data,
                )
                break

            additional_properties[prop_name] = additional_property

        chat_completion_event_preview_extra_fields.additional_properties = additional_properties
        return chat_completion_event_preview_extra_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        bool
        | ChatCompletionEventPreviewExtraFieldsAdditionalPropertyType6
        | datetime.datetime
        | float
        | int
        | list[str]
        | None
        | str
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: bool
        | ChatCompletionEventPreviewExtraFieldsAdditionalPropertyType6
        | datetime.datetime
        | float
        | list[str]
        | None
        | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
