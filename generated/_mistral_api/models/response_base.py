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
    from ..models.usage_info import UsageInfo
else:
    UsageInfo = _Lazy(globals(), "usage_info", "UsageInfo")


T = TypeVar("T", bound="ResponseBase")


class ResponseBase:
    """
    Attributes:
        id (str | Unset):  Example: cmpl-e5cc70bb28c444948073e77776eb30ef.
        object_ (str | Unset):  Example: chat.completion.
        model (str | Unset):  Example: mistral-small-latest.
        usage (UsageInfo | Unset):
    """

    __slots__ = ("additional_properties", "id", "model", "object_", "usage")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "object_",
        "model",
        "usage",
    )

    id: str | Unset
    object_: str | Unset
    model: str | Unset
    usage: UsageInfo | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str | Unset = UNSET,
        object_: str | Unset = UNSET,
        model: str | Unset = UNSET,
        usage: UsageInfo | Unset = UNSET,
    ) -> None:
        self.id = id
        self.object_ = object_
        self.model = model
        self.usage = usage
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        model = self.model

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if model is not UNSET:
            field_dict["model"] = model
        if usage is not UNSET:
            field_dict["usage"] = usage

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
        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        model = d.pop("model", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: UsageInfo | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = UsageInfo.from_dict(_usage)

        response_base = cls(
            id,
            object_,
            model,
            usage,
        )

        response_base.additional_properties = d
        return response_base

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
