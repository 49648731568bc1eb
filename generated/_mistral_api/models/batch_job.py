from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.batch_error import BatchError
    from ..models.batch_job_metadata_type_0 import BatchJobMetadataType0
    from ..models.batch_job_outputs_type_0_item import BatchJobOutputsType0Item
    from ..models.batch_job_status import BatchJobStatus
else:
    BatchError = _Lazy(globals(), "batch_error", "BatchError")
    BatchJobMetadataType0 = _Lazy(globals(), "batch_job_metadata_type_0", "BatchJobMetadataType0")
    BatchJobOutputsType0Item = _Lazy(globals(), "batch_job_outputs_type_0_item", "BatchJobOutputsType0Item")
    BatchJobStatus = _Lazy(globals(), "batch_job_status", "BatchJobStatus")


T = TypeVar("T", bound="BatchJob")


class BatchJob:
    """
    Attributes:
        id (str):
        input_files (list[UUID]):
        endpoint (str):
        errors (list[BatchError]):
        status (BatchJobStatus):
        created_at (int):
        total_requests (int):
        completed_requests (int):
        succeeded_requests (int):
        failed_requests (int):
        object_ (Literal['batch'] | Unset):  Default: 'batch'.
        metadata (BatchJobMetadataType0 | None | Unset):
        model (None | str | Unset):
        agent_id (None | str | Unset):
        output_file (None | Unset | UUID):
        error_file (None | Unset | UUID):
        outputs (list[BatchJobOutputsType0Item] | None | Unset):
        started_at (int | None | Unset):
        completed_at (int | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "agent_id",
        "completed_at",
        "completed_requests",
        "created_at",
        "endpoint",
        "error_file",
        "errors",
        "failed_requests",
        "id",
        "input_files",
        "metadata",
        "model",
        "object_",
        "output_file",
        "outputs",
        "started_at",
        "status",
        "succeeded_requests",
        "total_requests",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "input_files",
        "endpoint",
        "errors",
        "status",
        "created_at",
        "total_requests",
        "completed_requests",
        "succeeded_requests",
        "failed_requests",
        "object_",
        "metadata",
        "model",
        "agent_id",
        "output_file",
        "error_file",
        "outputs",
        "started_at",
        "completed_at",
    )

    id: str
    input_files: list[UUID]
    endpoint: str
    errors: list[BatchError]
    status: BatchJobStatus
    created_at: int
    total_requests: int
    completed_requests: int
    succeeded_requests: int
    failed_requests: int
    object_: Literal["batch"] | Unset
    metadata: BatchJobMetadataType0 | None | Unset
    model: None | str | Unset
    agent_id: None | str | Unset
    output_file: None | Unset | UUID
    error_file: None | Unset | UUID
    outputs: list[BatchJobOutputsType0Item] | None | Unset
    started_at: int | None | Unset
    completed_at: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        input_files: list[UUID],
        endpoint: str,
        errors: list[BatchError],
        status: BatchJobStatus,
        created_at: int,
        total_requests: int,
        completed_requests: int,
        succeeded_requests: int,
        failed_requests: int,
        object_: Literal["batch"] | Unset = "batch",
        metadata: BatchJobMetadataType0 | None | Unset = UNSET,
        model: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        output_file: None | Unset | UUID = UNSET,
        error_file: None | Unset | UUID = UNSET,
        outputs: list[BatchJobOutputsType0Item] | None | Unset = UNSET,
        started_at: int | None | Unset = UNSET,
        completed_at: int | None | Unset = UNSET,
    ) -> None:
        self.id = id
        self.input_files = input_files
        self.endpoint = endpoint
        self.errors = errors
        self.status = status
        self.created_at = created_at
        self.total_requests = total_requests
        self.completed_requests = completed_requests
        self.succeeded_requests = succeeded_requests
        self.failed_requests = failed_requests
        self.object_ = object_
        self.metadata = metadata
        self.model = model
        self.agent_id = agent_id
        self.output_file = output_file
        self.error_file = error_file
        self.outputs = outputs
        self.started_at = started_at
        self.completed_at = completed_at
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        input_files = []
        for input_files_item_data in self.input_files:
            input_files_item = str(input_files_item_data)
            input_files.append(input_files_item)

        endpoint = self.endpoint

        try:
            errors = []
            try:
                for errors_item_data in self.errors:
                    try:
                        errors_item = errors_item_data.to_dict()
                    except AttributeError:
                        if isinstance(errors_item_data, BatchError):
                            raise
                        errors_item = _as_dict(errors_item_data, "BatchError")
                    errors.append(errors_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(errors))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "errors")
            raise

        status = str(self.status)

        created_at = self.created_at

        total_requests = self.total_requests

        completed_requests = self.completed_requests

        succeeded_requests = self.succeeded_requests

        failed_requests = self.failed_requests

        object_ = self.object_

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, BatchJobMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
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

        output_file: None | str | Unset
        if isinstance(self.output_file, Unset):
            output_file = UNSET
        elif isinstance(self.output_file, UUID):
            output_file = str(self.output_file)
        else:
            output_file = self.output_file

        error_file: None | str | Unset
        if isinstance(self.error_file, Unset):
            error_file = UNSET
        elif isinstance(self.error_file, UUID):
            error_file = str(self.error_file)
        else:
            error_file = self.error_file

        try:
            outputs: list[dict[str, Any]] | None | Unset
            if isinstance(self.outputs, Unset):
                outputs = UNSET
            elif isinstance(self.outputs, list):
                outputs = []
                try:
                    for outputs_type_0_item_data in self.outputs:
                        try:
                            outputs_type_0_item = outputs_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(outputs_type_0_item_data, BatchJobOutputsType0Item):
                                raise
                            outputs_type_0_item = _as_dict(outputs_type_0_item_data, "BatchJobOutputsType0Item")
                        outputs.append(outputs_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(outputs))
                    raise
            else:
                outputs = self.outputs
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "outputs")
            raise

        started_at: int | None | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "input_files": input_files,
                "endpoint": endpoint,
                "errors": errors,
                "status": status,
                "created_at": created_at,
                "total_requests": total_requests,
                "completed_requests": completed_requests,
                "succeeded_requests": succeeded_requests,
                "failed_requests": failed_requests,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model is not UNSET:
            field_dict["model"] = model
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if output_file is not UNSET:
            field_dict["output_file"] = output_file
        if error_file is not UNSET:
            field_dict["error_file"] = error_file
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

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

        input_files = []
        _input_files = d.pop("input_files")
        for input_files_item_data in _input_files:
            input_files_item = UUID(input_files_item_data)

            input_files.append(input_files_item)

        endpoint = d.pop("endpoint")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = BatchError.from_dict(errors_item_data)

            errors.append(errors_item)

        status = BatchJobStatus(d.pop("status"))

        created_at = d.pop("created_at")

        total_requests = d.pop("total_requests")

        completed_requests = d.pop("completed_requests")

        succeeded_requests = d.pop("succeeded_requests")

        failed_requests = d.pop("failed_requests")

        object_ = cast(Literal["batch"] | Unset, d.pop("object", UNSET))
        if object_ != "batch" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'batch', got '{object_}'")

        _metadata_data = d.pop("metadata", UNSET)
        metadata: BatchJobMetadataType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = BatchJobMetadataType0.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("BatchJobMetadataType0 | None | Unset", _metadata_data)
            break

        model: None | str | Unset = d.pop("model", UNSET)

        agent_id: None | str | Unset = d.pop("agent_id", UNSET)

        _output_file_data = d.pop("output_file", UNSET)
        output_file: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _output_file_data is None:
                output_file = _output_file_data
                break
            if isinstance(_output_file_data, Unset):
                output_file = _output_file_data
                break
            if isinstance(_output_file_data, str):
                try:
                    output_file_type_0 = UUID(_output_file_data)

                    output_file = output_file_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            output_file = cast("None | Unset | UUID", _output_file_data)
            break

        _error_file_data = d.pop("error_file", UNSET)
        error_file: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _error_file_data is None:
                error_file = _error_file_data
                break
            if isinstance(_error_file_data, Unset):
                error_file = _error_file_data
                break
            if isinstance(_error_file_data, str):
                try:
                    error_file_type_0 = UUID(_error_file_data)

                    error_file = error_file_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            error_file = cast("None | Unset | UUID", _error_file_data)
            break

        _outputs_data = d.pop("outputs", UNSET)
        outputs: list[BatchJobOutputsType0Item] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _outputs_data is None:
                outputs = _outputs_data
                break
            if isinstance(_outputs_data, Unset):
                outputs = _outputs_data
                break
            if isinstance(_outputs_data, list):
                try:
                    outputs_type_0 = []
                    _outputs_type_0 = _outputs_data
                    for outputs_type_0_item_data in _outputs_type_0:
                        outputs_type_0_item = BatchJobOutputsType0Item.from_dict(outputs_type_0_item_data)

                        outputs_type_0.append(outputs_type_0_item)

                    outputs = outputs_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            outputs = cast("list[BatchJobOutputsType0Item] | None | Unset", _outputs_data)
            break

        started_at: int | None | Unset = d.pop("started_at", UNSET)

        completed_at: int | None | Unset = d.pop("completed_at", UNSET)

        batch_job = cls(
            id,
            input_files,
            endpoint,
            errors,
            status,
            created_at,
            total_requests,
            completed_requests,
            succeeded_requests,
            failed_requests,
            object_,
            metadata,
            model,
            agent_id,
            output_file,
            error_file,
            outputs,
            started_at,
            completed_at,
        )

        batch_job.additional_properties = d
        return batch_job

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
