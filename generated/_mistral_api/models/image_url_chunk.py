from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.image_url import ImageURL
else:
    ImageURL = _Lazy(globals(), "image_url", "ImageURL")


T = TypeVar("T", bound="ImageURLChunk")


class ImageURLChunk:
    """{"type":"image_url","image_url":"data:image/png;base64,iVBORw0"}

    Attributes:
        image_url (ImageURL | str):
        type_ (Literal['image_url'] | Unset):  Default: 'image_url'.
    """

    __slots__ = ("additional_properties", "image_url", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "image_url",
        "type_",
    )

    image_url: ImageURL | str
    type_: Literal["image_url"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        image_url: ImageURL | str,
        type_: Literal["image_url"] | Unset = "image_url",
    ) -> None:
        self.image_url = image_url
        self.type_ = type_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            image_url: dict[str, Any] | str
            if isinstance(self.image_url, ImageURL):
                image_url = self.image_url.to_dict()
            else:
                image_url = self.image_url
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "image_url")
            raise

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        _image_url_data = d.pop("image_url")
        image_url: ImageURL | str
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_image_url_data, dict):
                try:
                    image_url_type_0 = ImageURL.from_dict(_image_url_data)

                    image_url = image_url_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            image_url = cast("ImageURL | str", _image_url_data)
            break

        type_ = cast(Literal["image_url"] | Unset, d.pop("type", UNSET))
        if type_ != "image_url" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'image_url', got '{type_}'")

        image_url_chunk = cls(
            image_url,
            type_,
        )

        image_url_chunk.additional_properties = d
        return image_url_chunk

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
