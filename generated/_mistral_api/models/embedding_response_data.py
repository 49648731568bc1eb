from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EmbeddingResponseData")


class EmbeddingResponseData:
    """
    Attributes:
        object_ (str | Unset):  Example: embedding.
        embedding (list[float] | Unset):  Example: [0.1, 0.2, 0.3].
        index (int | Unset):  Example: 0.
    """

    __slots__ = ("additional_properties", "embedding", "index", "object_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "object_",
        "embedding",
        "index",
    )

    object_: str | Unset
    embedding: list[float] | Unset
    index: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        object_: str | Unset = UNSET,
        embedding: list[float] | Unset = UNSET,
        index: int | Unset = UNSET,
    ) -> None:
        self.object_ = object_
        self.embedding = embedding
        self.index = index
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        embedding: list[float] | Unset = UNSET
        if not isinstance(self.embedding, Unset):
            embedding = self.embedding

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if embedding is not UNSET:
            field_dict["embedding"] = embedding
        if index is not UNSET:
            field_dict["index"] = index

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
        object_ = d.pop("object", UNSET)

        embedding = cast(list[float], d.pop("embedding", UNSET))

        index = d.pop("index", UNSET)

        embedding_response_data = cls(
            object_,
            embedding,
            index,
        )

        embedding_response_data.additional_properties = d
        return embedding_response_data

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
