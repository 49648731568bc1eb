from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.image_detail import ImageDetail
else:
    ImageDetail = _Lazy(globals(), "image_detail", "ImageDetail")


T = TypeVar("T", bound="ImageURL")


class ImageURL:
    """
    Attributes:
        url (str):
        detail (ImageDetail | None | Unset):
    """

    __slots__ = ("additional_properties", "detail", "url")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "url",
        "detail",
    )

    url: str
    detail: ImageDetail | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        url: str,
        detail: ImageDetail | None | Unset = UNSET,
    ) -> None:
        self.url = url
        self.detail = detail
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, ImageDetail):
            detail = str(self.detail)
        else:
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

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
        url = d.pop("url")

        _detail_data = d.pop("detail", UNSET)
        detail: ImageDetail | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _detail_data is None:
                detail = _detail_data
                break
            if isinstance(_detail_data, Unset):
                detail = _detail_data
                break
            if isinstance(_detail_data, str):
                try:
                    detail_type_0 = ImageDetail(_detail_data)

                    detail = detail_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            detail = cast("ImageDetail | None | Unset", _detail_data)
            break

        image_url = cls(
            url,
            detail,
        )

        image_url.additional_properties = d
        return image_url

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
