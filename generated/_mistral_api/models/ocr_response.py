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
    from ..models.ocr_page_object import OCRPageObject
    from ..models.ocr_usage_info import OCRUsageInfo
else:
    OCRPageObject = _Lazy(globals(), "ocr_page_object", "OCRPageObject")
    OCRUsageInfo = _Lazy(globals(), "ocr_usage_info", "OCRUsageInfo")


T = TypeVar("T", bound="OCRResponse")


class OCRResponse:
    """
    Attributes:
        pages (list[OCRPageObject]): List of OCR info for pages.
        model (str): The model used to generate the OCR.
        usage_info (OCRUsageInfo):
        document_annotation (None | str | Unset): Formatted response in the request_format if provided in json str
    """

    __slots__ = ("additional_properties", "document_annotation", "model", "pages", "usage_info")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "pages",
        "model",
        "usage_info",
        "document_annotation",
    )

    pages: list[OCRPageObject]
    model: str
    usage_info: OCRUsageInfo
    document_annotation: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        pages: list[OCRPageObject],
        model: str,
        usage_info: OCRUsageInfo,
        document_annotation: None | str | Unset = UNSET,
    ) -> None:
        self.pages = pages
        self.model = model
        self.usage_info = usage_info
        self.document_annotation = document_annotation
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            pages = []
            try:
                for pages_item_data in self.pages:
                    try:
                        pages_item = pages_item_data.to_dict()
                    except AttributeError:
                        if isinstance(pages_item_data, OCRPageObject):
                            raise
                        pages_item = _as_dict(pages_item_data, "OCRPageObject")
                    pages.append(pages_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(pages))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "pages")
            raise

        model = self.model

        try:
            try:
                usage_info = self.usage_info.to_dict()
            except AttributeError:
                if isinstance(self.usage_info, OCRUsageInfo):
                    raise
                usage_info = _as_dict(self.usage_info, "OCRUsageInfo")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "usage_info")
            raise

        document_annotation: None | str | Unset
        if isinstance(self.document_annotation, Unset):
            document_annotation = UNSET
        else:
            document_annotation = self.document_annotation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pages": pages,
                "model": model,
                "usage_info": usage_info,
            }
        )
        if document_annotation is not UNSET:
            field_dict["document_annotation"] = document_annotation

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
        pages = []
        _pages = d.pop("pages")
        for pages_item_data in _pages:
            pages_item = OCRPageObject.from_dict(pages_item_data)

            pages.append(pages_item)

        model = d.pop("model")

        usage_info = OCRUsageInfo.from_dict(d.pop("usage_info"))

        document_annotation: None | str | Unset = d.pop("document_annotation", UNSET)

        ocr_response = cls(
            pages,
            model,
            usage_info,
            document_annotation,
        )

        ocr_response.additional_properties = d
        return ocr_response

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
