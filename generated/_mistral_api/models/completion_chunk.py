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
    from ..models.completion_response_stream_choice import CompletionResponseStreamChoice
    from ..models.usage_info import UsageInfo
else:
    CompletionResponseStreamChoice = _Lazy(
        globals(), "completion_response_stream_choice", "CompletionResponseStreamChoice"
    )
    UsageInfo = _Lazy(globals(), "usage_info", "UsageInfo")


T = TypeVar("T", bound="CompletionChunk")


class CompletionChunk:
    """
    Attributes:
        id (str):
        model (str):
        choices (list[CompletionResponseStreamChoice]):
        object_ (str | Unset):
        created (int | Unset):
        usage (UsageInfo | Unset):
        p (None | str | Unset): Padding of random length against length side channels; carries no data.
    """

    __slots__ = ("additional_properties", "choices", "created", "id", "model", "object_", "p", "usage")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "model",
        "choices",
        "object_",
        "created",
        "usage",
        "p",
    )

    id: str
    model: str
    choices: list[CompletionResponseStreamChoice]
    object_: str | Unset
    created: int | Unset
    usage: UsageInfo | Unset
    p: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        model: str,
        choices: list[CompletionResponseStreamChoice],
        object_: str | Unset = UNSET,
        created: int | Unset = UNSET,
        usage: UsageInfo | Unset = UNSET,
        p: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.model = model
        self.choices = choices
        self.object_ = object_
        self.created = created
        self.usage = usage
        self.p = p
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model = self.model

        try:
            choices = []
            try:
                for choices_item_data in self.choices:
                    try:
                        choices_item = choices_item_data.to_dict()
                    except AttributeError:
                        if isinstance(choices_item_data, CompletionResponseStreamChoice):
                            raise
                        choices_item = _as_dict(choices_item_data, "CompletionResponseStreamChoice")
                    choices.append(choices_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(choices))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "choices")
            raise

        object_ = self.object_

        created = self.created

        try:
            usage: dict[str, Any] | Unset = UNSET
            if not isinstance(self.usage, Unset):
                try:
                    usage = self.usage.to_dict()
                except AttributeError:
                    if isinstance(self.usage, UsageInfo):
                        raise
                    usage = _as_dict(self.usage, "UsageInfo")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "usage")
            raise

        p: None | str | Unset
        if isinstance(self.p, Unset):
            p = UNSET
        else:
            p = self.p

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "choices": choices,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created is not UNSET:
            field_dict["created"] = created
        if usage is not UNSET:
            field_dict["usage"] = usage
        if p is not UNSET:
            field_dict["p"] = p

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

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = CompletionResponseStreamChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        object_ = d.pop("object", UNSET)

        created = d.pop("created", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: UsageInfo | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = UsageInfo.from_dict(_usage)

        p: None | str | Unset = d.pop("p", UNSET)

        completion_chunk = cls(
            id,
            model,
            choices,
            object_,
            created,
            usage,
            p,
        )

        completion_chunk.additional_properties = d
        return completion_chunk

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
