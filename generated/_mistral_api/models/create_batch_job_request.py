from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.api_endpoint import ApiEndpoint
    from ..models.batch_request import BatchRequest
    from ..models.create_batch_job_request_metadata_type_0 import CreateBatchJobRequestMetadataType0
else:
    ApiEndpoint = _Lazy(globals(), "api_endpoint", "ApiEndpoint")
    BatchRequest = _Lazy(globals(), "batch_request", "BatchRequest")
    CreateBatchJobRequestMetadataType0 = _Lazy(
        globals(), "create_batch_job_request_metadata_type_0", "CreateBatchJobRequestMetadataType0"
    )


T = TypeVar("T", bound="CreateBatchJobRequest")


class CreateBatchJobRequest:
    """
    Attributes:
        endpoint (ApiEndpoint):
        input_files (list[UUID] | None | Unset): A list of `.jsonl` files for batch inference.
            Each line must be a JSON object with a `body` field containing the request payload:
            ```json
            {"custom_id": "0", "body": {"max_tokens": 100, "messages": [{"role": "user", "content": "What is the best French
            cheese?"}]}}
            {"custom_id": "1", "body": {"max_tokens": 100, "messages": [{"role": "user", "content": "What is the best French
            wine?"}]}}
            ```
        requests (list[BatchRequest] | None | Unset):
        model (None | str | Unset): The model to be used for batch inference.
        agent_id (None | str | Unset): In case you want to use a specific agent from the **deprecated** agents api for
            batch inference, you can specify the agent ID here.
        metadata (CreateBatchJobRequestMetadataType0 | None | Unset): The metadata of your choice to be associated with
            the batch inference job.
        timeout_hours (int | Unset): The timeout in hours for the batch inference job. Default: 24.
    """

    __slots__ = (
        "additional_properties",
        "agent_id",
        "endpoint",
        "input_files",
        "metadata",
        "model",
        "requests",
        "timeout_hours",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "endpoint",
        "input_files",
        "requests",
        "model",
        "agent_id",
        "metadata",
        "timeout_hours",
    )

    endpoint: ApiEndpoint
    input_files: list[UUID] | None | Unset
    requests: list[BatchRequest] | None | Unset
    model: None | str | Unset
    agent_id: None | str | Unset
    metadata: CreateBatchJobRequestMetadataType0 | None | Unset
    timeout_hours: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        endpoint: ApiEndpoint,
        input_files: list[UUID] | None | Unset = UNSET,
        requests: list[BatchRequest] | None | Unset = UNSET,
        model: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        metadata: CreateBatchJobRequestMetadataType0 | None | Unset = UNSET,
        timeout_hours: int | Unset = UNSET,
    ) -> None:
        self.endpoint = endpoint
        self.input_files = input_files
        self.requests = requests
        self.model = model
        self.agent_id = agent_id
        self.metadata = metadata
        self.timeout_hours = timeout_hours
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        endpoint = str(self.endpoint)

        input_files: list[str] | None | Unset
        if isinstance(self.input_files, Unset):
            input_files = UNSET
        elif isinstance(self.input_files, list):
            input_files = []
            for input_files_type_0_item_data in self.input_files:
                input_files_type_0_item = str(input_files_type_0_item_data)
                input_files.append(input_files_type_0_item)

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
            elif isinstance(self.metadata, CreateBatchJobRequestMetadataType0):
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
        input_files: list[UUID] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _input_files_data is None:
                input_files = _input_files_data
                break
            if isinstance(_input_files_data, Unset):
                input_files = _input_files_data
                break
            if isinstance(_input_files_data, list):
                try:
                    input_files_type_0 = []
                    _input_files_type_0 = _input_files_data
                    for input_files_type_0_item_data in _input_files_type_0:
                        input_files_type_0_item = UUID(input_files_type_0_item_data)

                        input_files_type_0.append(input_files_type_0_item)

                    input_files = input_files_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            input_files = cast("list[UUID] | None | Unset", _input_files_data)
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
        metadata: CreateBatchJobRequestMetadataType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = CreateBatchJobRequestMetadataType0.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("CreateBatchJobRequestMetadataType0 | None | Unset", _metadata_data)
            break

        timeout_hours = d.pop("timeout_hours", UNSET)

        create_batch_job_request = cls(
            endpoint,
            input_files,
            requests,
            model,
            agent_id,
            metadata,
            timeout_hours,
        )

        create_batch_job_request.additional_properties = d
        return create_batch_job_request

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
