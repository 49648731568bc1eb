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
    from ..models.create_dataset_record_request_properties import CreateDatasetRecordRequestProperties
    from ..models.dataset_record_payload import DatasetRecordPayload
else:
    CreateDatasetRecordRequestProperties = _Lazy(
        globals(), "create_dataset_record_request_properties", "CreateDatasetRecordRequestProperties"
    )
    DatasetRecordPayload = _Lazy(globals(), "dataset_record_payload", "DatasetRecordPayload")


T = TypeVar("T", bound="CreateDatasetRecordRequest")


class CreateDatasetRecordRequest:
    """
    Attributes:
        payload (DatasetRecordPayload): Caller-authored input object stored on a dataset record.
        properties (CreateDatasetRecordRequestProperties | Unset):
    """

    __slots__ = ("additional_properties", "payload", "properties")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "payload",
        "properties",
    )

    payload: DatasetRecordPayload
    properties: CreateDatasetRecordRequestProperties | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        payload: DatasetRecordPayload,
        properties: CreateDatasetRecordRequestProperties | Unset = UNSET,
    ) -> None:
        self.payload = payload
        self.properties = properties
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                payload = self.payload.to_dict()
            except AttributeError:
                if isinstance(self.payload, DatasetRecordPayload):
                    raise
                payload = _as_dict(self.payload, "DatasetRecordPayload")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "payload")
            raise

        try:
            properties: dict[str, Any] | Unset = UNSET
            if not isinstance(self.properties, Unset):
                try:
                    properties = self.properties.to_dict()
                except AttributeError:
                    if isinstance(self.properties, CreateDatasetRecordRequestProperties):
                        raise
                    properties = _as_dict(self.properties, "CreateDatasetRecordRequestProperties")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "properties")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties

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
        payload = DatasetRecordPayload.from_dict(d.pop("payload"))

        _properties = d.pop("properties", UNSET)
        properties: CreateDatasetRecordRequestProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = CreateDatasetRecordRequestProperties.from_dict(_properties)

        create_dataset_record_request = cls(
            payload,
            properties,
        )

        create_dataset_record_request.additional_properties = d
        return create_dataset_record_request

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
