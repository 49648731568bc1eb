from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.document_url_chunk import DocumentURLChunk
    from ..models.file_chunk import FileChunk
    from ..models.image_url_chunk import ImageURLChunk
    from ..models.ocr_request_confidence_scores_granularity_type_0 import OCRRequestConfidenceScoresGranularityType0
    from ..models.ocr_request_table_format_type_0 import OCRRequestTableFormatType0
    from ..models.response_format import ResponseFormat
else:
    DocumentURLChunk = _Lazy(globals(), "document_url_chunk", "DocumentURLChunk")
    FileChunk = _Lazy(globals(), "file_chunk", "FileChunk")
    ImageURLChunk = _Lazy(globals(), "image_url_chunk", "ImageURLChunk")
    OCRRequestConfidenceScoresGranularityType0 = _Lazy(
        globals(), "ocr_request_confidence_scores_granularity_type_0", "OCRRequestConfidenceScoresGranularityType0"
    )
    OCRRequestTableFormatType0 = _Lazy(globals(), "ocr_request_table_format_type_0", "OCRRequestTableFormatType0")
    ResponseFormat = _Lazy(globals(), "response_format", "ResponseFormat")


T = TypeVar("T", bound="OCRRequest")


class OCRRequest:
    """
    Attributes:
        model (None | str):
        document (DocumentURLChunk | FileChunk | ImageURLChunk): Document to run OCR on
        pages (list[int] | None | str | Unset): Specific pages to process. Accepts a list of integers or a string of
            comma-separated numbers and ranges (e.g. '0,1,2' or '0-5' or '0,2-4'). Page numbers start from 0.
        include_image_base64 (bool | None | Unset): Include image URLs in response
        image_limit (int | None | Unset): Max images to extract
        image_min_size (int | None | Unset): Minimum height and width of image to extract
        bbox_annotation_format (None | ResponseFormat | Unset): Structured output class for extracting useful
            information from each extracted bounding box / image from document. Only json_schema is valid for this field
        document_annotation_format (None | ResponseFormat | Unset): Structured output class for extracting useful
            information from the entire document. Only json_schema is valid for this field
        document_annotation_prompt (None | str | Unset): Optional prompt to guide the model in extracting structured
            output from the entire document. A document_annotation_format must be provided.
        table_format (None | OCRRequestTableFormatType0 | Unset):
        extract_header (bool | Unset): Extract the page header into the response's `header` field and remove it from the
            markdown content Default: False.
        extract_footer (bool | Unset): Extract the page footer into the response's `footer` field and remove it from the
            markdown content Default: False.
        include_blocks (bool | Unset): Return paragraph-level bounding boxes for all content blocks in the response
            Default: True.
        confidence_scores_granularity (None | OCRRequestConfidenceScoresGranularityType0 | Unset): Granularity for
            confidence scores: 'page' (aggregate only), 'word' (per-word scores), or 'block' (per-block scores). Defaults to
            None (no confidence scores) to keep response payload small.
    """

    __slots__ = (
        "additional_properties",
        "bbox_annotation_format",
        "confidence_scores_granularity",
        "document",
        "document_annotation_format",
        "document_annotation_prompt",
        "extract_footer",
        "extract_header",
        "image_limit",
        "image_min_size",
        "include_blocks",
        "include_image_base64",
        "model",
        "pages",
        "table_format",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "model",
        "document",
        "pages",
        "include_image_base64",
        "image_limit",
        "image_min_size",
        "bbox_annotation_format",
        "document_annotation_format",
        "document_annotation_prompt",
        "table_format",
        "extract_header",
        "extract_footer",
        "include_blocks",
        "confidence_scores_granularity",
    )

    model: None | str
    document: DocumentURLChunk | FileChunk | ImageURLChunk
    pages: list[int] | None | str | Unset
    include_image_base64: bool | None | Unset
    image_limit: int | None | Unset
    image_min_size: int | None | Unset
    bbox_annotation_format: None | ResponseFormat | Unset
    document_annotation_format: None | ResponseFormat | Unset
    document_annotation_prompt: None | str | Unset
    table_format: None | OCRRequestTableFormatType0 | Unset
    extract_header: bool | Unset
    extract_footer: bool | Unset
    include_blocks: bool | Unset
    confidence_scores_granularity: None | OCRRequestConfidenceScoresGranularityType0 | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: None | str,
        document: DocumentURLChunk | FileChunk | ImageURLChunk,
        pages: list[int] | None | str | Unset = UNSET,
        include_image_base64: bool | None | Unset = UNSET,
        image_limit: int | None | Unset = UNSET,
        image_min_size: int | None | Unset = UNSET,
        bbox_annotation_format: None | ResponseFormat | Unset = UNSET,
        document_annotation_format: None | ResponseFormat | Unset = UNSET,
        document_annotation_prompt: None | str | Unset = UNSET,
        table_format: None | OCRRequestTableFormatType0 | Unset = UNSET,
        extract_header: bool | Unset = UNSET,
        extract_footer: bool | Unset = UNSET,
        include_blocks: bool | Unset = UNSET,
        confidence_scores_granularity: None | OCRRequestConfidenceScoresGranularityType0 | Unset = UNSET,
    ) -> None:
        self.model = model
        self.document = document
        self.pages = pages
        self.include_image_base64 = include_image_base64
        self.image_limit = image_limit
        self.image_min_size = image_min_size
        self.bbox_annotation_format = bbox_annotation_format
        self.document_annotation_format = document_annotation_format
        self.document_annotation_prompt = document_annotation_prompt
        self.table_format = table_format
        self.extract_header = extract_header
        self.extract_footer = extract_footer
        self.include_blocks = include_blocks
        self.confidence_scores_granularity = confidence_scores_granularity
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        model: None | str
        model = self.model

        try:
            document: dict[str, Any]
            if isinstance(self.document, FileChunk) or isinstance(self.document, DocumentURLChunk):
                document = self.document.to_dict()
            else:
                try:
                    document = self.document.to_dict()
                except AttributeError:
                    if isinstance(self.document, ImageURLChunk):
                        raise
                    document = _as_dict(self.document, "DocumentURLChunk | FileChunk | ImageURLChunk")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "document")
            raise

        pages: list[int] | None | str | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, list):
            pages = self.pages

        else:
            pages = self.pages

        include_image_base64: bool | None | Unset
        if isinstance(self.include_image_base64, Unset):
            include_image_base64 = UNSET
        else:
            include_image_base64 = self.include_image_base64

        image_limit: int | None | Unset
        if isinstance(self.image_limit, Unset):
            image_limit = UNSET
        else:
            image_limit = self.image_limit

        image_min_size: int | None | Unset
        if isinstance(self.image_min_size, Unset):
            image_min_size = UNSET
        else:
            image_min_size = self.image_min_size

        try:
            bbox_annotation_format: dict[str, Any] | None | Unset
            if isinstance(self.bbox_annotation_format, Unset):
                bbox_annotation_format = UNSET
            elif isinstance(self.bbox_annotation_format, ResponseFormat):
                bbox_annotation_format = self.bbox_annotation_format.to_dict()
            else:
                bbox_annotation_format = self.bbox_annotation_format
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "bbox_annotation_format")
            raise

        try:
            document_annotation_format: dict[str, Any] | None | Unset
            if isinstance(self.document_annotation_format, Unset):
                document_annotation_format = UNSET
            elif isinstance(self.document_annotation_format, ResponseFormat):
                document_annotation_format = self.document_annotation_format.to_dict()
            else:
                document_annotation_format = self.document_annotation_format
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "document_annotation_format")
            raise

        document_annotation_prompt: None | str | Unset
        if isinstance(self.document_annotation_prompt, Unset):
            document_annotation_prompt = UNSET
        else:
            document_annotation_prompt = self.document_annotation_prompt

        table_format: None | str | Unset
        if isinstance(self.table_format, Unset):
            table_format = UNSET
        elif isinstance(self.table_format, OCRRequestTableFormatType0):
            table_format = str(self.table_format)
        else:
            table_format = self.table_format

        extract_header = self.extract_header

        extract_footer = self.extract_footer

        include_blocks = self.include_blocks

        confidence_scores_granularity: None | str | Unset
        if isinstance(self.confidence_scores_granularity, Unset):
            confidence_scores_granularity = UNSET
        elif isinstance(self.confidence_scores_granularity, OCRRequestConfidenceScoresGranularityType0):
            confidence_scores_granularity = str(self.confidence_scores_granularity)
        else:
            confidence_scores_granularity = self.confidence_scores_granularity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "document": document,
            }
        )
        if pages is not UNSET:
            field_dict["pages"] = pages
        if include_image_base64 is not UNSET:
            field_dict["include_image_base64"] = include_image_base64
        if image_limit is not UNSET:
            field_dict["image_limit"] = image_limit
        if image_min_size is not UNSET:
            field_dict["image_min_size"] = image_min_size
        if bbox_annotation_format is not UNSET:
            field_dict["bbox_annotation_format"] = bbox_annotation_format
        if document_annotation_format is not UNSET:
            field_dict["document_annotation_format"] = document_annotation_format
        if document_annotation_prompt is not UNSET:
            field_dict["document_annotation_prompt"] = document_annotation_prompt
        if table_format is not UNSET:
            field_dict["table_format"] = table_format
        if extract_header is not UNSET:
            field_dict["extract_header"] = extract_header
        if extract_footer is not UNSET:
            field_dict["extract_footer"] = extract_footer
        if include_blocks is not UNSET:
            field_dict["include_blocks"] = include_blocks
        if confidence_scores_granularity is not UNSET:
            field_dict["confidence_scores_granularity"] = confidence_scores_granularity

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
        model: None | str = d.pop("model")

        _document_data = d.pop("document")
        document: DocumentURLChunk | FileChunk | ImageURLChunk
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_document_data, dict):
                try:
                    document_type_0 = FileChunk.from_dict(_document_data)

                    document = document_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_document_data, dict):
                try:
                    document_type_1 = DocumentURLChunk.from_dict(_document_data)

                    document = document_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_document_data, dict):
                raise TypeError()
            document_type_2 = ImageURLChunk.from_dict(_document_data)

            document = document_type_2
            break

        _pages_data = d.pop("pages", UNSET)
        pages: list[int] | None | str | Unset
        while True:  # one pass; each break is the generator's `return`
            if _pages_data is None:
                pages = _pages_data
                break
            if isinstance(_pages_data, Unset):
                pages = _pages_data
                break
            if isinstance(_pages_data, list):
                try:
                    pages_type_1 = cast(list[int], _pages_data)

                    pages = pages_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            pages = cast("list[int] | None | str | Unset", _pages_data)
            break

        include_image_base64: bool | None | Unset = d.pop("include_image_base64", UNSET)

        image_limit: int | None | Unset = d.pop("image_limit", UNSET)

        image_min_size: int | None | Unset = d.pop("image_min_size", UNSET)

        _bbox_annotation_format_data = d.pop("bbox_annotation_format", UNSET)
        bbox_annotation_format: None | ResponseFormat | Unset
        while True:  # one pass; each break is the generator's `return`
            if _bbox_annotation_format_data is None:
                bbox_annotation_format = _bbox_annotation_format_data
                break
            if isinstance(_bbox_annotation_format_data, Unset):
                bbox_annotation_format = _bbox_annotation_format_data
                break
            if isinstance(_bbox_annotation_format_data, dict):
                try:
                    bbox_annotation_format_type_0 = ResponseFormat.from_dict(_bbox_annotation_format_data)

                    bbox_annotation_format = bbox_annotation_format_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            bbox_annotation_format = cast("None | ResponseFormat | Unset", _bbox_annotation_format_data)
            break

        _document_annotation_format_data = d.pop("document_annotation_format", UNSET)
        document_annotation_format: None | ResponseFormat | Unset
        while True:  # one pass; each break is the generator's `return`
            if _document_annotation_format_data is None:
                document_annotation_format = _document_annotation_format_data
                break
            if isinstance(_document_annotation_format_data, Unset):
                document_annotation_format = _document_annotation_format_data
                break
            if isinstance(_document_annotation_format_data, dict):
                try:
                    document_annotation_format_type_0 = ResponseFormat.from_dict(_document_annotation_format_data)

                    document_annotation_format = document_annotation_format_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            document_annotation_format = cast("None | ResponseFormat | Unset", _document_annotation_format_data)
            break

        document_annotation_prompt: None | str | Unset = d.pop("document_annotation_prompt", UNSET)

        _table_format_data = d.pop("table_format", UNSET)
        table_format: None | OCRRequestTableFormatType0 | Unset
        while True:  # one pass; each break is the generator's `return`
            if _table_format_data is None:
                table_format = _table_format_data
                break
            if isinstance(_table_format_data, Unset):
                table_format = _table_format_data
                break
            if isinstance(_table_format_data, str):
                try:
                    table_format_type_0 = OCRRequestTableFormatType0(_table_format_data)

                    table_format = table_format_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            table_format = cast("None | OCRRequestTableFormatType0 | Unset", _table_format_data)
            break

        extract_header = d.pop("extract_header", UNSET)

        extract_footer = d.pop("extract_footer", UNSET)

        include_blocks = d.pop("include_blocks", UNSET)

        _confidence_scores_granularity_data = d.pop("confidence_scores_granularity", UNSET)
        confidence_scores_granularity: None | OCRRequestConfidenceScoresGranularityType0 | Unset
        while True:  # one pass; each break is the generator's `return`
            if _confidence_scores_granularity_data is None:
                confidence_scores_granularity = _confidence_scores_granularity_data
                break
            if isinstance(_confidence_scores_granularity_data, Unset):
                confidence_scores_granularity = _confidence_scores_granularity_data
                break
            if isinstance(_confidence_scores_granularity_data, str):
                try:
                    confidence_scores_granularity_type_0 = OCRRequestConfidenceScoresGranularityType0(
                        _confidence_scores_granularity_data
                    )

                    confidence_scores_granularity = confidence_scores_granularity_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            confidence_scores_granularity = cast(
                "None | OCRRequestConfidenceScoresGranularityType0 | Unset", _confidence_scores_granularity_data
            )
            break

        ocr_request = cls(
            model,
            document,
            pages,
            include_image_base64,
            image_limit,
            image_min_size,
            bbox_annotation_format,
            document_annotation_format,
            document_annotation_prompt,
            table_format,
            extract_header,
            extract_footer,
            include_blocks,
            confidence_scores_granularity,
        )

        ocr_request.additional_properties = d
        return ocr_request

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
