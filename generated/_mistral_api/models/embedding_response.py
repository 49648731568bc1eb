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
    from ..models.embedding_response_data import EmbeddingResponseData
    from ..models.usage_info import UsageInfo
else:
    EmbeddingResponseData = _Lazy(globals(), "embedding_response_data", "EmbeddingResponseData")
    UsageInfo = _Lazy(globals(), "usage_info", "UsageInfo")


T = TypeVar("T", bound="EmbeddingResponse")


class EmbeddingResponse:
    """
    Attributes:
        id (str):  Example: cmpl-e5cc70bb28c444948073e77776eb30ef.
        object_ (str):  Example: chat.completion.
        model (str):  Example: mistral-small-latest.
        usage (UsageInfo):
        data (list[EmbeddingResponseData]):
    """

    __slots__ = ("additional_properties", "data", "id", "model", "object_", "usage")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "object_",
        "model",
        "usage",
        "data",
    )

    id: str
    object_: str
    model: str
    usage: UsageInfo
    data: list[EmbeddingResponseData]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        object_: str,
        model: str,
        usage: UsageInfo,
        data: list[EmbeddingResponseData],
    ) -> None:
        self.id = id
        self.object_ = object_
        self.model = model
        self.usage = usage
        self.data = data
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

        try:
            data = []
            try:
                for data_item_data in self.data:
                    try:
                        data_item = data_item_data.to_dict()
                    except AttributeError:
                        if isinstance(data_item_data, EmbeddingResponseData):
                            raise
                        data_item = _as_dict(data_item_data, "EmbeddingResponseData")
                    data.append(data_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(data))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "data")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "model": model,
                "usage": usage,
                "data": data,
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

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = EmbeddingResponseData.from_dict(data_item_data)

            data.append(data_item)

        embedding_response = cls(
            id,
            object_,
            model,
            usage,
            data,
        )

        embedding_response.additional_properties = d
        return embedding_response

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
