from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_event_preview_extra_fields import ChatCompletionEventPreviewExtraFields
else:
    ChatCompletionEventPreviewExtraFields = _Lazy(
        globals(), "chat_completion_event_preview_extra_fields", "ChatCompletionEventPreviewExtraFields"
    )


T = TypeVar("T", bound="ChatCompletionEventPreview")


class ChatCompletionEventPreview:
    """
    Attributes:
        event_id (str):
        correlation_id (str):
        created_at (datetime.datetime):
        extra_fields (ChatCompletionEventPreviewExtraFields):
        nb_input_tokens (int):
        nb_output_tokens (int):
    """

    __slots__ = (
        "additional_properties",
        "correlation_id",
        "created_at",
        "event_id",
        "extra_fields",
        "nb_input_tokens",
        "nb_output_tokens",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "event_id",
        "correlation_id",
        "created_at",
        "extra_fields",
        "nb_input_tokens",
        "nb_output_tokens",
    )

    event_id: str
    correlation_id: str
    created_at: datetime.datetime
    extra_fields: ChatCompletionEventPreviewExtraFields
    nb_input_tokens: int
    nb_output_tokens: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        event_id: str,
        correlation_id: str,
        created_at: datetime.datetime,
        extra_fields: ChatCompletionEventPreviewExtraFields,
        nb_input_tokens: int,
        nb_output_tokens: int,
    ) -> None:
        self.event_id = event_id
        self.correlation_id = correlation_id
        self.created_at = created_at
        self.extra_fields = extra_fields
        self.nb_input_tokens = nb_input_tokens
        self.nb_output_tokens = nb_output_tokens
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        correlation_id = self.correlation_id

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        try:
            try:
                extra_fields = self.extra_fields.to_dict()
            except AttributeError:
                if isinstance(self.extra_fields, ChatCompletionEventPreviewExtraFields):
                    raise
                extra_fields = _as_dict(self.extra_fields, "ChatCompletionEventPreviewExtraFields")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "extra_fields")
            raise

        nb_input_tokens = self.nb_input_tokens

        nb_output_tokens = self.nb_output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "correlation_id": correlation_id,
                "created_at": created_at,
                "extra_fields": extra_fields,
                "nb_input_tokens": nb_input_tokens,
                "nb_output_tokens": nb_output_tokens,
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
        event_id = d.pop("event_id")

        correlation_id = d.pop("correlation_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        extra_fields = ChatCompletionEventPreviewExtraFields.from_dict(d.pop("extra_fields"))

        nb_input_tokens = d.pop("nb_input_tokens")

        nb_output_tokens = d.pop("nb_output_tokens")

        chat_completion_event_preview = cls(
            event_id,
            correlation_id,
            created_at,
            extra_fields,
            nb_input_tokens,
            nb_output_tokens,
        )

        chat_completion_event_preview.additional_properties = d
        return chat_completion_event_preview

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
