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
    from ..models.document import Document
    from ..models.pagination_info import PaginationInfo
else:
    Document = _Lazy(globals(), "document", "Document")
    PaginationInfo = _Lazy(globals(), "pagination_info", "PaginationInfo")


T = TypeVar("T", bound="ListDocumentsResponse")


class ListDocumentsResponse:
    """
    Attributes:
        pagination (PaginationInfo):
        data (list[Document]):
    """

    __slots__ = ("additional_properties", "data", "pagination")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "pagination",
        "data",
    )

    pagination: PaginationInfo
    data: list[Document]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        pagination: PaginationInfo,
        data: list[Document],
    ) -> None:
        self.pagination = pagination
        self.data = data
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                pagination = self.pagination.to_dict()
            except AttributeError:
                if isinstance(self.pagination, PaginationInfo):
                    raise
                pagination = _as_dict(self.pagination, "PaginationInfo")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "pagination")
            raise

        try:
            data = []
            try:
                for data_item_data in self.data:
                    try:
                        data_item = data_item_data.to_dict()
                    except AttributeError:
                        if isinstance(data_item_data, Document):
                            raise
                        data_item = _as_dict(data_item_data, "Document")
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
                "pagination": pagination,
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
        pagination = PaginationInfo.from_dict(d.pop("pagination"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Document.from_dict(data_item_data)

            data.append(data_item)

        list_documents_response = cls(
            pagination,
            data,
        )

        list_documents_response.additional_properties = d
        return list_documents_response

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
