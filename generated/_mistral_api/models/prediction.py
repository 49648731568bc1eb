from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Prediction")


class Prediction:
    """Enable users to specify an expected completion, optimizing response times by leveraging known or predictable
    content.

        Attributes:
            type_ (Literal['content'] | Unset):  Default: 'content'.
            content (str | Unset):  Default: ''.
    """

    __slots__ = ("additional_properties", "content", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "type_",
        "content",
    )

    type_: Literal["content"] | Unset
    content: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: Literal["content"] | Unset = "content",
        content: str | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.content = content
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content

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
        type_ = cast(Literal["content"] | Unset, d.pop("type", UNSET))
        if type_ != "content" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'content', got '{type_}'")

        content = d.pop("content", UNSET)

        prediction = cls(
            type_,
            content,
        )

        prediction.additional_properties = d
        return prediction

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
