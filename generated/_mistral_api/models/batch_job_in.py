from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_endpoint import ApiEndpoint
from ..types import UNSET, InvalidFieldError, Unset
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="BatchJobIn")


@_attrs_define(repr=False)
class BatchJobIn:
    """A batch job: `input_files` (JSONL files uploaded with purpose `batch`, one `{"custom_id": ..., "body": {...}}` per
    line) or inline `requests`, for one endpoint.

        Attributes:
            endpoint (ApiEndpoint):
            input_files (list[str] | None | Unset):
            requests (list[BatchRequest] | None | Unset):
            model (None | str | Unset): The model for every request; a request's body may not need one then.
            agent_id (None | str | Unset):
            metadata (BatchJobInMetadataType0 | None | Unset):
            timeout_hours (int | Unset): Hours after which the job stops (TIMEOUT_EXCEEDED); the server's default is 24.
    """

    endpoint: ApiEndpoint
    input_files: list[str] | None | Unset = UNSET
    requests: list[BatchRequest] | None | Unset = UNSET
    model: None | str | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    metadata: BatchJobInMetadataType0 | None | Unset = UNSET
    timeout_hours: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        endpoint = str(self.endpoint)

        input_files: list[str] | None | Unset
        if isinstance(self.input_files, Unset):
            input_files = UNSET
        elif isinstance(self.input_files, list):
            input_files = self.input_files

        else:
            input_files = self.input_files

        try:
            requests: list[dict[str, Any]] | None | Unset
            if isinstance(self.requests, Unset):
                requests = UNSET
            elif isinstance(self.requests, list):
                requests = []
                try:
                    for requests_type_0_item_data in self.requests:
                        try:
                            requests_type_0_item = requests_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(requests_type_0_item_data, BatchRequest):
                                raise
                            requests_type_0_item = _as_dict(requests_type_0_item_data, "BatchRequest")
                        requests.append(requests_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(requests))
                    raise
            else:
                requests = self.requests
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "requests")
            raise

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, BatchJobInMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

        timeout_hours = self.timeout_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
            }
        )
        if input_files is not UNSET:
            field_dict["input_files"] = input_files
        if requests is not UNSET:
            field_dict["requests"] = requests
        if model is not UNSET:
            field_dict["model"] = model
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if timeout_hours is not UNSET:
            field_dict["timeout_hours"] = timeout_hours

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
        endpoint = ApiEndpoint(d.pop("endpoint"))

        _input_files_data = d.pop("input_files", UNSET)
        input_files: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _input_files_data is None:
                input_files = _input_files_data
                break
            if isinstance(_input_files_data, Unset):
                input_files = _input_files_data
                break
            if isinstance(_input_files_data, list):
                try:
                    input_files_type_0 = cast(list[str], _input_files_data)

                    input_files = input_files_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            input_files = cast("list[str] | None | Unset", _input_files_data)
            break

        _requests_data = d.pop("requests", UNSET)
        requests: list[BatchRequest] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _requests_data is None:
                requests = _requests_data
                break
            if isinstance(_requests_data, Unset):
                requests = _requests_data
                break
            if isinstance(_requests_data, list):
                try:
                    requests_type_0 = []
                    _requests_type_0 = _requests_data
                    for requests_type_0_item_data in _requests_type_0:
                        requests_type_0_item = BatchRequest.from_dict(requests_type_0_item_data)

                        requests_type_0.append(requests_type_0_item)

                    requests = requests_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            requests = cast("list[BatchRequest] | None | Unset", _requests_data)
            break

        model: None | str | Unset = d.pop("model", UNSET)

        agent_id: None | str | Unset = d.pop("agent_id", UNSET)

        _metadata_data = d.pop("metadata", UNSET)
        metadata: BatchJobInMetadataType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = BatchJobInMetadataType0.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("BatchJobInMetadataType0 | None | Unset", _metadata_data)
            break

        timeout_hours = d.pop("timeout_hours", UNSET)

        batch_job_in = cls(
            endpoint,
            input_files,
            requests,
            model,
            agent_id,
            metadata,
            timeout_hours,
        )

        batch_job_in.additional_properties = d
        return batch_job_in

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


# Imported here, once the class above exists: see templates/model.py.jinja.
from ..models.batch_job_in_metadata_type_0 import BatchJobInMetadataType0
from ..models.batch_request import BatchRequest
