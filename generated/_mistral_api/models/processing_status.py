from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.process_status import ProcessStatus
else:
    ProcessStatus = _Lazy(globals(), "process_status", "ProcessStatus")


T = TypeVar("T", bound="ProcessingStatus")


class ProcessingStatus:
    """
    Attributes:
        document_id (UUID):
        process_status (ProcessStatus):
        processing_status (str):
    """

    __slots__ = ("additional_properties", "document_id", "process_status", "processing_status")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "document_id",
        "process_status",
        "processing_status",
    )

    document_id: UUID
    process_status: ProcessStatus
    processing_status: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        document_id: UUID,
        process_status: ProcessStatus,
        processing_status: str,
    ) -> None:
        self.document_id = document_id
        self.process_status = process_status
        self.processing_status = processing_status
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        document_id = str(self.document_id)

        process_status = str(self.process_status)

        processing_status = self.processing_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "process_status": process_status,
                "processing_status": processing_status,
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
        document_id = UUID(d.pop("document_id"))

        process_status = ProcessStatus(d.pop("process_status"))

        processing_status = d.pop("processing_status")

        processing_status = cls(
            document_id,
            process_status,
            processing_status,
        )

        processing_status.additional_properties = d
        return processing_status

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
