from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.document_attributes_type_0 import DocumentAttributesType0
    from ..models.process_status import ProcessStatus
else:
    DocumentAttributesType0 = _Lazy(globals(), "document_attributes_type_0", "DocumentAttributesType0")
    ProcessStatus = _Lazy(globals(), "process_status", "ProcessStatus")


T = TypeVar("T", bound="Document")


class Document:
    """
    Attributes:
        id (UUID):
        library_id (UUID):
        hash_ (None | str):
        mime_type (None | str):
        extension (None | str):
        size (int | None):
        name (str):
        created_at (datetime.datetime):
        process_status (ProcessStatus):
        uploaded_by_id (None | UUID):
        uploaded_by_type (str):
        processing_status (str):
        tokens_processing_total (int):
        summary (None | str | Unset):
        last_processed_at (datetime.datetime | None | Unset):
        number_of_pages (int | None | Unset):
        tokens_processing_main_content (int | None | Unset):
        tokens_processing_summary (int | None | Unset):
        url (None | str | Unset):
        attributes (DocumentAttributesType0 | None | Unset):
        expires_at (datetime.datetime | None | Unset): If set, the document will be automatically deleted after this
            date.
    """

    __slots__ = (
        "additional_properties",
        "attributes",
        "created_at",
        "expires_at",
        "extension",
        "hash_",
        "id",
        "last_processed_at",
        "library_id",
        "mime_type",
        "name",
        "number_of_pages",
        "process_status",
        "processing_status",
        "size",
        "summary",
        "tokens_processing_main_content",
        "tokens_processing_summary",
        "tokens_processing_total",
        "uploaded_by_id",
        "uploaded_by_type",
        "url",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "library_id",
        "hash_",
        "mime_type",
        "extension",
        "size",
        "name",
        "created_at",
        "process_status",
        "uploaded_by_id",
        "uploaded_by_type",
        "processing_status",
        "tokens_processing_total",
        "summary",
        "last_processed_at",
        "number_of_pages",
        "tokens_processing_main_content",
        "tokens_processing_summary",
        "url",
        "attributes",
        "expires_at",
    )

    id: UUID
    library_id: UUID
    hash_: None | str
    mime_type: None | str
    extension: None | str
    size: int | None
    name: str
    created_at: datetime.datetime
    process_status: ProcessStatus
    uploaded_by_id: None | UUID
    uploaded_by_type: str
    processing_status: str
    tokens_processing_total: int
    summary: None | str | Unset
    last_processed_at: datetime.datetime | None | Unset
    number_of_pages: int | None | Unset
    tokens_processing_main_content: int | None | Unset
    tokens_processing_summary: int | None | Unset
    url: None | str | Unset
    attributes: DocumentAttributesType0 | None | Unset
    expires_at: datetime.datetime | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        library_id: UUID,
        hash_: None | str,
        mime_type: None | str,
        extension: None | str,
        size: int | None,
        name: str,
        created_at: datetime.datetime,
        process_status: ProcessStatus,
        uploaded_by_id: None | UUID,
        uploaded_by_type: str,
        processing_status: str,
        tokens_processing_total: int,
        summary: None | str | Unset = UNSET,
        last_processed_at: datetime.datetime | None | Unset = UNSET,
        number_of_pages: int | None | Unset = UNSET,
        tokens_processing_main_content: int | None | Unset = UNSET,
        tokens_processing_summary: int | None | Unset = UNSET,
        url: None | str | Unset = UNSET,
        attributes: DocumentAttributesType0 | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self.id = id
        self.library_id = library_id
        self.hash_ = hash_
        self.mime_type = mime_type
        self.extension = extension
        self.size = size
        self.name = name
        self.created_at = created_at
        self.process_status = process_status
        self.uploaded_by_id = uploaded_by_id
        self.uploaded_by_type = uploaded_by_type
        self.processing_status = processing_status
        self.tokens_processing_total = tokens_processing_total
        self.summary = summary
        self.last_processed_at = last_processed_at
        self.number_of_pages = number_of_pages
        self.tokens_processing_main_content = tokens_processing_main_content
        self.tokens_processing_summary = tokens_processing_summary
        self.url = url
        self.attributes = attributes
        self.expires_at = expires_at
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        library_id = str(self.library_id)

        hash_: None | str
        hash_ = self.hash_

        mime_type: None | str
        mime_type = self.mime_type

        extension: None | str
        extension = self.extension

        size: int | None
        size = self.size

        name = self.name

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        process_status = str(self.process_status)

        uploaded_by_id: None | str
        if isinstance(self.uploaded_by_id, UUID):
            uploaded_by_id = str(self.uploaded_by_id)
        else:
            uploaded_by_id = self.uploaded_by_id

        uploaded_by_type = self.uploaded_by_type

        processing_status = self.processing_status

        tokens_processing_total = self.tokens_processing_total

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        last_processed_at: None | str | Unset
        if isinstance(self.last_processed_at, Unset):
            last_processed_at = UNSET
        elif isinstance(self.last_processed_at, datetime.datetime):
            last_processed_at = self.last_processed_at.isoformat().replace("+00:00", "Z")
        else:
            last_processed_at = self.last_processed_at

        number_of_pages: int | None | Unset
        if isinstance(self.number_of_pages, Unset):
            number_of_pages = UNSET
        else:
            number_of_pages = self.number_of_pages

        tokens_processing_main_content: int | None | Unset
        if isinstance(self.tokens_processing_main_content, Unset):
            tokens_processing_main_content = UNSET
        else:
            tokens_processing_main_content = self.tokens_processing_main_content

        tokens_processing_summary: int | None | Unset
        if isinstance(self.tokens_processing_summary, Unset):
            tokens_processing_summary = UNSET
        else:
            tokens_processing_summary = self.tokens_processing_summary

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        try:
            attributes: dict[str, Any] | None | Unset
            if isinstance(self.attributes, Unset):
                attributes = UNSET
            elif isinstance(self.attributes, DocumentAttributesType0):
                attributes = self.attributes.to_dict()
            else:
                attributes = self.attributes
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "attributes")
            raise

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat().replace("+00:00", "Z")
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "library_id": library_id,
                "hash": hash_,
                "mime_type": mime_type,
                "extension": extension,
                "size": size,
                "name": name,
                "created_at": created_at,
                "process_status": process_status,
                "uploaded_by_id": uploaded_by_id,
                "uploaded_by_type": uploaded_by_type,
                "processing_status": processing_status,
                "tokens_processing_total": tokens_processing_total,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary
        if last_processed_at is not UNSET:
            field_dict["last_processed_at"] = last_processed_at
        if number_of_pages is not UNSET:
            field_dict["number_of_pages"] = number_of_pages
        if tokens_processing_main_content is not UNSET:
            field_dict["tokens_processing_main_content"] = tokens_processing_main_content
        if tokens_processing_summary is not UNSET:
            field_dict["tokens_processing_summary"] = tokens_processing_summary
        if url is not UNSET:
            field_dict["url"] = url
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

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
        id = UUID(d.pop("id"))

        library_id = UUID(d.pop("library_id"))

        hash_: None | str = d.pop("hash")

        mime_type: None | str = d.pop("mime_type")

        extension: None | str = d.pop("extension")

        size: int | None = d.pop("size")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        process_status = ProcessStatus(d.pop("process_status"))

        _uploaded_by_id_data = d.pop("uploaded_by_id")
        uploaded_by_id: None | UUID
        while True:  # one pass; each break is the generator's `return`
            if _uploaded_by_id_data is None:
                uploaded_by_id = _uploaded_by_id_data
                break
            if isinstance(_uploaded_by_id_data, str):
                try:
                    uploaded_by_id_type_0 = UUID(_uploaded_by_id_data)

                    uploaded_by_id = uploaded_by_id_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            uploaded_by_id = cast("None | UUID", _uploaded_by_id_data)
            break

        uploaded_by_type = d.pop("uploaded_by_type")

        processing_status = d.pop("processing_status")

        tokens_processing_total = d.pop("tokens_processing_total")

        summary: None | str | Unset = d.pop("summary", UNSET)

        _last_processed_at_data = d.pop("last_processed_at", UNSET)
        last_processed_at: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _last_processed_at_data is None:
                last_processed_at = _last_processed_at_data
                break
            if isinstance(_last_processed_at_data, Unset):
                last_processed_at = _last_processed_at_data
                break
            if isinstance(_last_processed_at_data, str):
                try:
                    last_processed_at_type_0 = datetime.datetime.fromisoformat(_last_processed_at_data)

                    last_processed_at = last_processed_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            last_processed_at = cast("datetime.datetime | None | Unset", _last_processed_at_data)
            break

        number_of_pages: int | None | Unset = d.pop("number_of_pages", UNSET)

        tokens_processing_main_content: int | None | Unset = d.pop("tokens_processing_main_content", UNSET)

        tokens_processing_summary: int | None | Unset = d.pop("tokens_processing_summary", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        _attributes_data = d.pop("attributes", UNSET)
        attributes: DocumentAttributesType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _attributes_data is None:
                attributes = _attributes_data
                break
            if isinstance(_attributes_data, Unset):
                attributes = _attributes_data
                break
            if isinstance(_attributes_data, dict):
                try:
                    attributes_type_0 = DocumentAttributesType0.from_dict(_attributes_data)

                    attributes = attributes_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            attributes = cast("DocumentAttributesType0 | None | Unset", _attributes_data)
            break

        _expires_at_data = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _expires_at_data is None:
                expires_at = _expires_at_data
                break
            if isinstance(_expires_at_data, Unset):
                expires_at = _expires_at_data
                break
            if isinstance(_expires_at_data, str):
                try:
                    expires_at_type_0 = datetime.datetime.fromisoformat(_expires_at_data)

                    expires_at = expires_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            expires_at = cast("datetime.datetime | None | Unset", _expires_at_data)
            break

        document = cls(
            id,
            library_id,
            hash_,
            mime_type,
            extension,
            size,
            name,
            created_at,
            process_status,
            uploaded_by_id,
            uploaded_by_type,
            processing_status,
            tokens_processing_total,
            summary,
            last_processed_at,
            number_of_pages,
            tokens_processing_main_content,
            tokens_processing_summary,
            url,
            attributes,
            expires_at,
        )

        document.additional_properties = d
        return document

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
