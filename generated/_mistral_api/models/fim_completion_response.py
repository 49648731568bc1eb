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
    from ..models.chat_completion_choice import ChatCompletionChoice
    from ..models.usage_info import UsageInfo
else:
    ChatCompletionChoice = _Lazy(globals(), "chat_completion_choice", "ChatCompletionChoice")
    UsageInfo = _Lazy(globals(), "usage_info", "UsageInfo")


T = TypeVar("T", bound="FIMCompletionResponse")


class FIMCompletionResponse:
    """
    Attributes:
        id (str):  Example: cmpl-e5cc70bb28c444948073e77776eb30ef.
        object_ (str):  Example: chat.completion.
        model (str):  Example: codestral-latest.
        usage (UsageInfo):
        created (int):  Example: 1702256327.
        choices (list[ChatCompletionChoice]):
    """

    __slots__ = ("additional_properties", "choices", "created", "id", "model", "object_", "usage")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "object_",
        "model",
        "usage",
        "created",
        "choices",
    )

    id: str
    object_: str
    model: str
    usage: UsageInfo
    created: int
    choices: list[ChatCompletionChoice]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        object_: str,
        model: str,
        usage: UsageInfo,
        created: int,
        choices: list[ChatCompletionChoice],
    ) -> None:
        self.id = id
        self.object_ = object_
        self.model = model
        self.usage = usage
        self.created = created
        self.choices = choices
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        model = self.model

        try:
            try:
                usage = self.usage.to_dict()
            except AttributeError:
                if isinstance(self.usage, UsageInfo):
                    raise
                usage = _as_dict(self.usage, "UsageInfo")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "usage")
            raise

        created = self.created

        try:
            choices = []
            try:
                for choices_item_data in self.choices:
                    try:
                        choices_item = choices_item_data.to_dict()
                    except AttributeError:
                        if isinstance(choices_item_data, ChatCompletionChoice):
                            raise
                        choices_item = _as_dict(choices_item_data, "ChatCompletionChoice")
                    choices.append(choices_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(choices))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "choices")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "model": model,
                "usage": usage,
                "created": created,
                "choices": choices,
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
        id = d.pop("id")

        object_ = d.pop("object")

        model = d.pop("model")

        usage = UsageInfo.from_dict(d.pop("usage"))

        created = d.pop("created")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        fim_completion_response = cls(
            id,
            object_,
            model,
            usage,
            created,
            choices,
        )

        fim_completion_response.additional_properties = d
        return fim_completion_response

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
