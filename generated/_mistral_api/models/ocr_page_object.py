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
    from ..models.ocr_aside_text_block import OCRAsideTextBlock
    from ..models.ocr_caption_block import OCRCaptionBlock
    from ..models.ocr_code_block import OCRCodeBlock
    from ..models.ocr_equation_block import OCREquationBlock
    from ..models.ocr_footer_block import OCRFooterBlock
    from ..models.ocr_header_block import OCRHeaderBlock
    from ..models.ocr_image_block import OCRImageBlock
    from ..models.ocr_image_object import OCRImageObject
    from ..models.ocr_list_block import OCRListBlock
    from ..models.ocr_page_confidence_scores import OCRPageConfidenceScores
    from ..models.ocr_page_dimensions import OCRPageDimensions
    from ..models.ocr_references_block import OCRReferencesBlock
    from ..models.ocr_signature_block import OCRSignatureBlock
    from ..models.ocr_table_block import OCRTableBlock
    from ..models.ocr_table_object import OCRTableObject
    from ..models.ocr_text_block import OCRTextBlock
    from ..models.ocr_title_block import OCRTitleBlock
else:
    OCRAsideTextBlock = _Lazy(globals(), "ocr_aside_text_block", "OCRAsideTextBlock")
    OCRCaptionBlock = _Lazy(globals(), "ocr_caption_block", "OCRCaptionBlock")
    OCRCodeBlock = _Lazy(globals(), "ocr_code_block", "OCRCodeBlock")
    OCREquationBlock = _Lazy(globals(), "ocr_equation_block", "OCREquationBlock")
    OCRFooterBlock = _Lazy(globals(), "ocr_footer_block", "OCRFooterBlock")
    OCRHeaderBlock = _Lazy(globals(), "ocr_header_block", "OCRHeaderBlock")
    OCRImageBlock = _Lazy(globals(), "ocr_image_block", "OCRImageBlock")
    OCRImageObject = _Lazy(globals(), "ocr_image_object", "OCRImageObject")
    OCRListBlock = _Lazy(globals(), "ocr_list_block", "OCRListBlock")
    OCRPageConfidenceScores = _Lazy(globals(), "ocr_page_confidence_scores", "OCRPageConfidenceScores")
    OCRPageDimensions = _Lazy(globals(), "ocr_page_dimensions", "OCRPageDimensions")
    OCRReferencesBlock = _Lazy(globals(), "ocr_references_block", "OCRReferencesBlock")
    OCRSignatureBlock = _Lazy(globals(), "ocr_signature_block", "OCRSignatureBlock")
    OCRTableBlock = _Lazy(globals(), "ocr_table_block", "OCRTableBlock")
    OCRTableObject = _Lazy(globals(), "ocr_table_object", "OCRTableObject")
    OCRTextBlock = _Lazy(globals(), "ocr_text_block", "OCRTextBlock")
    OCRTitleBlock = _Lazy(globals(), "ocr_title_block", "OCRTitleBlock")


T = TypeVar("T", bound="OCRPageObject")


class OCRPageObject:
    """
    Attributes:
        index (int): The page index in a pdf document starting from 0
        markdown (str): The markdown string response of the page
        images (list[OCRImageObject]): List of all extracted images in the page
        dimensions (None | OCRPageDimensions): The dimensions of the PDF Page's screenshot image
        tables (list[OCRTableObject] | Unset): List of all extracted tables in the page
        hyperlinks (list[str] | Unset): List of all hyperlinks in the page
        header (None | str | Unset): Header of the page
        footer (None | str | Unset): Footer of the page
        confidence_scores (None | OCRPageConfidenceScores | Unset): Confidence scores for the OCR page (populated when
            confidence_scores_granularity is set)
        blocks (list[OCRAsideTextBlock | OCRCaptionBlock | OCRCodeBlock | OCREquationBlock | OCRFooterBlock |
            OCRHeaderBlock | OCRImageBlock | OCRListBlock | OCRReferencesBlock | OCRSignatureBlock | OCRTableBlock |
            OCRTextBlock | OCRTitleBlock] | None | Unset): Paragraph-level bounding boxes for all content blocks in reading
            order (populated when include_blocks is True)
    """

    __slots__ = (
        "additional_properties",
        "blocks",
        "confidence_scores",
        "dimensions",
        "footer",
        "header",
        "hyperlinks",
        "images",
        "index",
        "markdown",
        "tables",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "index",
        "markdown",
        "images",
        "dimensions",
        "tables",
        "hyperlinks",
        "header",
        "footer",
        "confidence_scores",
        "blocks",
    )

    index: int
    markdown: str
    images: list[OCRImageObject]
    dimensions: None | OCRPageDimensions
    tables: list[OCRTableObject] | Unset
    hyperlinks: list[str] | Unset
    header: None | str | Unset
    footer: None | str | Unset
    confidence_scores: None | OCRPageConfidenceScores | Unset
    blocks: (
        list[
            OCRAsideTextBlock
            | OCRCaptionBlock
            | OCRCodeBlock
            | OCREquationBlock
            | OCRFooterBlock
            | OCRHeaderBlock
            | OCRImageBlock
            | OCRListBlock
            | OCRReferencesBlock
            | OCRSignatureBlock
            | OCRTableBlock
            | OCRTextBlock
            | OCRTitleBlock
        ]
        | None
        | Unset
    )
    additional_properties: dict[str, Any]

    def __init__(
        self,
        index: int,
        markdown: str,
        images: list[OCRImageObject],
        dimensions: None | OCRPageDimensions,
        tables: list[OCRTableObject] | Unset = UNSET,
        hyperlinks: list[str] | Unset = UNSET,
        header: None | str | Unset = UNSET,
        footer: None | str | Unset = UNSET,
        confidence_scores: None | OCRPageConfidenceScores | Unset = UNSET,
        blocks: list[
            OCRAsideTextBlock
            | OCRCaptionBlock
            | OCRCodeBlock
            | OCREquationBlock
            | OCRFooterBlock
            | OCRHeaderBlock
            | OCRImageBlock
            | OCRListBlock
            | OCRReferencesBlock
            | OCRSignatureBlock
            | OCRTableBlock
            | OCRTextBlock
            | OCRTitleBlock
        ]
        | None
        | Unset = UNSET,
    ) -> None:
        self.index = index
        self.markdown = markdown
        self.images = images
        self.dimensions = dimensions
        self.tables = tables
        self.hyperlinks = hyperlinks
        self.header = header
        self.footer = footer
        self.confidence_scores = confidence_scores
        self.blocks = blocks
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        markdown = self.markdown

        try:
            images = []
            try:
                for images_item_data in self.images:
                    try:
                        images_item = images_item_data.to_dict()
                    except AttributeError:
                        if isinstance(images_item_data, OCRImageObject):
                            raise
                        images_item = _as_dict(images_item_data, "OCRImageObject")
                    images.append(images_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(images))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "images")
            raise

        try:
            dimensions: dict[str, Any] | None
            if isinstance(self.dimensions, OCRPageDimensions):
                dimensions = self.dimensions.to_dict()
            else:
                dimensions = self.dimensions
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "dimensions")
            raise

        try:
            tables: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.tables, Unset):
                tables = []
                try:
                    for tables_item_data in self.tables:
                        try:
                            tables_item = tables_item_data.to_dict()
                        except AttributeError:
                            if isinstance(tables_item_data, OCRTableObject):
                                raise
                            tables_item = _as_dict(tables_item_data, "OCRTableObject")
                        tables.append(tables_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(tables))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tables")
            raise

        hyperlinks: list[str] | Unset = UNSET
        if not isinstance(self.hyperlinks, Unset):
            hyperlinks = self.hyperlinks

        header: None | str | Unset
        if isinstance(self.header, Unset):
            header = UNSET
        else:
            header = self.header

        footer: None | str | Unset
        if isinstance(self.footer, Unset):
            footer = UNSET
        else:
            footer = self.footer

        try:
            confidence_scores: dict[str, Any] | None | Unset
            if isinstance(self.confidence_scores, Unset):
                confidence_scores = UNSET
            elif isinstance(self.confidence_scores, OCRPageConfidenceScores):
                confidence_scores = self.confidence_scores.to_dict()
            else:
                confidence_scores = self.confidence_scores
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "confidence_scores")
            raise

        try:
            blocks: list[dict[str, Any]] | None | Unset
            if isinstance(self.blocks, Unset):
                blocks = UNSET
            elif isinstance(self.blocks, list):
                blocks = []
                try:
                    for blocks_type_0_item_data in self.blocks:
                        blocks_type_0_item: dict[str, Any]
                        if (
                            isinstance(blocks_type_0_item_data, OCRTextBlock)
                            or isinstance(blocks_type_0_item_data, OCRListBlock)
                            or isinstance(blocks_type_0_item_data, OCRImageBlock)
                            or isinstance(blocks_type_0_item_data, OCRTableBlock)
                            or isinstance(blocks_type_0_item_data, OCRTitleBlock)
                            or isinstance(blocks_type_0_item_data, OCREquationBlock)
                            or isinstance(blocks_type_0_item_data, OCRCaptionBlock)
                            or isinstance(blocks_type_0_item_data, OCRCodeBlock)
                            or isinstance(blocks_type_0_item_data, OCRReferencesBlock)
                            or isinstance(blocks_type_0_item_data, OCRAsideTextBlock)
                            or isinstance(blocks_type_0_item_data, OCRHeaderBlock)
                            or isinstance(blocks_type_0_item_data, OCRFooterBlock)
                        ):
                            blocks_type_0_item = blocks_type_0_item_data.to_dict()
                        else:
                            try:
                                blocks_type_0_item = blocks_type_0_item_data.to_dict()
                            except AttributeError:
                                if isinstance(blocks_type_0_item_data, OCRSignatureBlock):
                                    raise
                                blocks_type_0_item = _as_dict(
                                    blocks_type_0_item_data,
                                    "OCRAsideTextBlock | OCRCaptionBlock | OCRCodeBlock | OCREquationBlock | OCRFooterBlock | OCRHeaderBlock | OCRImageBlock | OCRListBlock | OCRReferencesBlock | OCRSignatureBlock | OCRTableBlock | OCRTextBlock | OCRTitleBlock",
                                )
                        blocks.append(blocks_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(blocks))
                    raise
            else:
                blocks = self.blocks
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "blocks")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "markdown": markdown,
                "images": images,
                "dimensions": dimensions,
            }
        )
        if tables is not UNSET:
            field_dict["tables"] = tables
        if hyperlinks is not UNSET:
            field_dict["hyperlinks"] = hyperlinks
        if header is not UNSET:
            field_dict["header"] = header
        if footer is not UNSET:
            field_dict["footer"] = footer
        if confidence_scores is not UNSET:
            field_dict["confidence_scores"] = confidence_scores
        if blocks is not UNSET:
            field_dict["blocks"] = blocks

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
        index = d.pop("index")

        markdown = d.pop("markdown")

        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = OCRImageObject.from_dict(images_item_data)

            images.append(images_item)

        _dimensions_data = d.pop("dimensions")
        dimensions: None | OCRPageDimensions
        while True:  # one pass; each break is the generator's `return`
            if _dimensions_data is None:
                dimensions = _dimensions_data
                break
            if isinstance(_dimensions_data, dict):
                try:
                    dimensions_type_0 = OCRPageDimensions.from_dict(_dimensions_data)

                    dimensions = dimensions_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            dimensions = cast("None | OCRPageDimensions", _dimensions_data)
            break

        _tables = d.pop("tables", UNSET)
        tables: list[OCRTableObject] | Unset = UNSET
        if _tables is not UNSET:
            tables = []
            for tables_item_data in _tables:
                tables_item = OCRTableObject.from_dict(tables_item_data)

                tables.append(tables_item)

        hyperlinks = cast(list[str], d.pop("hyperlinks", UNSET))

        header: None | str | Unset = d.pop("header", UNSET)

        footer: None | str | Unset = d.pop("footer", UNSET)

        _confidence_scores_data = d.pop("confidence_scores", UNSET)
        confidence_scores: None | OCRPageConfidenceScores | Unset
        while True:  # one pass; each break is the generator's `return`
            if _confidence_scores_data is None:
                confidence_scores = _confidence_scores_data
                break
            if isinstance(_confidence_scores_data, Unset):
                confidence_scores = _confidence_scores_data
                break
            if isinstance(_confidence_scores_data, dict):
                try:
                    confidence_scores_type_0 = OCRPageConfidenceScores.from_dict(_confidence_scores_data)

                    confidence_scores = confidence_scores_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            confidence_scores = cast("None | OCRPageConfidenceScores | Unset", _confidence_scores_data)
            break

        _blocks_data = d.pop("blocks", UNSET)
        blocks: (
            list[
                OCRAsideTextBlock
                | OCRCaptionBlock
                | OCRCodeBlock
                | OCREquationBlock
                | OCRFooterBlock
                | OCRHeaderBlock
                | OCRImageBlock
                | OCRListBlock
                | OCRReferencesBlock
                | OCRSignatureBlock
                | OCRTableBlock
                | OCRTextBlock
                | OCRTitleBlock
            ]
            | None
            | Unset
        )
        while True:  # one pass; each break is the generator's `return`
            if _blocks_data is None:
                blocks = _blocks_data
                break
            if isinstance(_blocks_data, Unset):
                blocks = _blocks_data
                break
            if isinstance(_blocks_data, list):
                try:
                    blocks_type_0 = []
                    _blocks_type_0 = _blocks_data
                    for blocks_type_0_item_data in _blocks_type_0:
                        _blocks_type_0_item_data = blocks_type_0_item_data
                        blocks_type_0_item: (
                            OCRAsideTextBlock
                            | OCRCaptionBlock
                            | OCRCodeBlock
                            | OCREquationBlock
                            | OCRFooterBlock
                            | OCRHeaderBlock
                            | OCRImageBlock
                            | OCRListBlock
                            | OCRReferencesBlock
                            | OCRSignatureBlock
                            | OCRTableBlock
                            | OCRTextBlock
                            | OCRTitleBlock
                        )
                        while True:  # one pass; each break is the generator's `return`
                            if isinstance(_blocks_type_0_item_data, dict):
                                try:
                                    blocks_type_0_item_type_0 = OCRTextBlock.from_dict(_blocks_type_0_item_data)

                                    blocks_type_0_item = blocks_type_0_item_type_0
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_blocks_type_0_item_data, dict):
                                try:
                                    blocks_type_0_item_type_1 = OCRListBlock.from_dict(_blocks_type_0_item_data)

                                    blocks_type_0_item = blocks_type_0_item_type_1
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_blocks_type_0_item_data, dict):
                                try:
                                    blocks_type_0_item_type_2 = OCRImageBlock.from_dict(_blocks_type_0_item_data)

                                    blocks_type_0_item = blocks_type_0_item_type_2
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_blocks_type_0_item_data, dict):
                                try:
                                    blocks_type_0_item_type_3 = OCRTableBlock.from_dict(_blocks_type_0_item_data)

                                    blocks_type_0_item = blocks_type_0_item_type_3
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_blocks_type_0_item_data, dict):
                                try:
                                    blocks_type_0_item_type_4 = OCRTitleBlock.from_dict(_blocks_type_0_item_data)

                                    blocks_type_0_item = blocks_type_0_item_type_4
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_blocks_type_0_item_data, dict):
                                try:
                                    blocks_type_0_item_type_5 = OCREquationBlock.from_dict(_blocks_type_0_item_data)

                                    blocks_type_0_item = blocks_type_0_item_type_5
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_blocks_type_0_item_data, dict):
                                try:
                                    blocks_type_0_item_type_6 = OCRCaptionBlock.from_dict(_blocks_type_0_item_data)

                                    blocks_type_0_item = blocks_type_0_item_type_6
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_blocks_type_0_item_data, dict):
                                try:
                                    blocks_type_0_item_type_7 = OCRCodeBlock.from_dict(_blocks_type_0_item_data)

                                    blocks_type_0_item = blocks_type_0_item_type_7
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_blocks_type_0_item_data, dict):
                                try:
                                    blocks_type_0_item_type_8 = OCRReferencesBlock.from_dict(_blocks_type_0_item_data)

                                    blocks_type_0_item = blocks_type_0_item_type_8
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_blocks_type_0_item_data, dict):
                                try:
                                    blocks_type_0_item_type_9 = OCRAsideTextBlock.from_dict(_blocks_type_0_item_data)

                                    blocks_type_0_item = blocks_type_0_item_type_9
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_blocks_type_0_item_data, dict):
                                try:
                                    blocks_type_0_item_type_10 = OCRHeaderBlock.from_dict(_blocks_type_0_item_data)

                                    blocks_type_0_item = blocks_type_0_item_type_10
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_blocks_type_0_item_data, dict):
                                try:
                                    blocks_type_0_item_type_11 = OCRFooterBlock.from_dict(_blocks_type_0_item_data)

                                    blocks_type_0_item = blocks_type_0_item_type_11
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if not isinstance(_blocks_type_0_item_data, dict):
                                raise TypeError()
                            blocks_type_0_item_type_12 = OCRSignatureBlock.from_dict(_blocks_type_0_item_data)

                            blocks_type_0_item = blocks_type_0_item_type_12
                            break

                        blocks_type_0.append(blocks_type_0_item)

                    blocks = blocks_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            blocks = cast(
                "list[OCRAsideTextBlock | OCRCaptionBlock | OCRCodeBlock | OCREquationBlock | OCRFooterBlock | OCRHeaderBlock | OCRImageBlock | OCRListBlock | OCRReferencesBlock | OCRSignatureBlock | OCRTableBlock | OCRTextBlock | OCRTitleBlock] | None | Unset",
                _blocks_data,
            )
            break

        ocr_page_object = cls(
            index,
            markdown,
            images,
            dimensions,
            tables,
            hyperlinks,
            header,
            footer,
            confidence_scores,
            blocks,
        )

        ocr_page_object.additional_properties = d
        return ocr_page_object

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
