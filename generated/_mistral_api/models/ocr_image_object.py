from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OCRImageObject")


class OCRImageObject:
    """
    Attributes:
        id (str): Image ID for extracted image in a page
        top_left_x (int | None): X coordinate of top-left corner of the extracted image
        top_left_y (int | None): Y coordinate of top-left corner of the extracted image
        bottom_right_x (int | None): X coordinate of bottom-right corner of the extracted image
        bottom_right_y (int | None): Y coordinate of bottom-right corner of the extracted image
        image_base64 (None | str | Unset): Base64 string of the extracted image
        image_annotation (None | str | Unset): Annotation of the extracted image in json str
    """

    __slots__ = (
        "additional_properties",
        "bottom_right_x",
        "bottom_right_y",
        "id",
        "image_annotation",
        "image_base64",
        "top_left_x",
        "top_left_y",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "top_left_x",
        "top_left_y",
        "bottom_right_x",
        "bottom_right_y",
        "image_base64",
        "image_annotation",
    )

    id: str
    top_left_x: int | None
    top_left_y: int | None
    bottom_right_x: int | None
    bottom_right_y: int | None
    image_base64: None | str | Unset
    image_annotation: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        top_left_x: int | None,
        top_left_y: int | None,
        bottom_right_x: int | None,
        bottom_right_y: int | None,
        image_base64: None | str | Unset = UNSET,
        image_annotation: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.top_left_x = top_left_x
        self.top_left_y = top_left_y
        self.bottom_right_x = bottom_right_x
        self.bottom_right_y = bottom_right_y
        self.image_base64 = image_base64
        self.image_annotation = image_annotation
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        top_left_x: int | None
        top_left_x = self.top_left_x

        top_left_y: int | None
        top_left_y = self.top_left_y

        bottom_right_x: int | None
        bottom_right_x = self.bottom_right_x

        bottom_right_y: int | None
        bottom_right_y = self.bottom_right_y

        image_base64: None | str | Unset
        if isinstance(self.image_base64, Unset):
            image_base64 = UNSET
        else:
            image_base64 = self.image_base64

        image_annotation: None | str | Unset
        if isinstance(self.image_annotation, Unset):
            image_annotation = UNSET
        else:
            image_annotation = self.image_annotation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "top_left_x": top_left_x,
                "top_left_y": top_left_y,
                "bottom_right_x": bottom_right_x,
                "bottom_right_y": bottom_right_y,
            }
        )
        if image_base64 is not UNSET:
            field_dict["image_base64"] = image_base64
        if image_annotation is not UNSET:
            field_dict["image_annotation"] = image_annotation

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

        top_left_x: int | None = d.pop("top_left_x")

        top_left_y: int | None = d.pop("top_left_y")

        bottom_right_x: int | None = d.pop("bottom_right_x")

        bottom_right_y: int | None = d.pop("bottom_right_y")

        image_base64: None | str | Unset = d.pop("image_base64", UNSET)

        image_annotation: None | str | Unset = d.pop("image_annotation", UNSET)

        ocr_image_object = cls(
            id,
            top_left_x,
            top_left_y,
            bottom_right_x,
            bottom_right_y,
            image_base64,
            image_annotation,
        )

        ocr_image_object.additional_properties = d
        return ocr_image_object

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
