from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.workflow_execution_request_custom_tracing_attributes_type_0 import (
        WorkflowExecutionRequestCustomTracingAttributesType0,
    )
    from ..models.workflow_execution_request_extensions_type_0 import WorkflowExecutionRequestExtensionsType0
    from ..models.workflow_execution_request_input_type_0 import WorkflowExecutionRequestInputType0
    from ..models.workflow_execution_request_input_type_1 import WorkflowExecutionRequestInputType1
else:
    WorkflowExecutionRequestCustomTracingAttributesType0 = _Lazy(
        globals(),
        "workflow_execution_request_custom_tracing_attributes_type_0",
        "WorkflowExecutionRequestCustomTracingAttributesType0",
    )
    WorkflowExecutionRequestExtensionsType0 = _Lazy(
        globals(), "workflow_execution_request_extensions_type_0", "WorkflowExecutionRequestExtensionsType0"
    )
    WorkflowExecutionRequestInputType0 = _Lazy(
        globals(), "workflow_execution_request_input_type_0", "WorkflowExecutionRequestInputType0"
    )
    WorkflowExecutionRequestInputType1 = _Lazy(
        globals(), "workflow_execution_request_input_type_1", "WorkflowExecutionRequestInputType1"
    )


T = TypeVar("T", bound="WorkflowExecutionRequest")


class WorkflowExecutionRequest:
    """
    Attributes:
        execution_id (None | str | Unset): Allows you to specify a custom execution ID. If not provided, a random ID
            will be generated.
        input_ (None | Unset | WorkflowExecutionRequestInputType0 | WorkflowExecutionRequestInputType1): The input to
            the workflow. This should be a dictionary or a BaseModel that matches the workflow's input schema.
        wait_for_result (bool | Unset): If true, wait for the workflow to complete and return the result directly.
            Default: False.
        timeout_seconds (float | None | Unset): Maximum time to wait for completion when wait_for_result is true.
        custom_tracing_attributes (None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0):
        force_new_trace (bool | Unset): If true, ignore the caller's trace context and start a new, independent trace
            for this execution instead of joining the caller's trace. Default: False.
        extensions (None | Unset | WorkflowExecutionRequestExtensionsType0): Plugin-specific data to propagate into
            WorkflowContext.extensions at execution time.
        task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
        deployment_name (None | str | Unset): Name of the deployment to route this execution to
    """

    __slots__ = (
        "additional_properties",
        "custom_tracing_attributes",
        "deployment_name",
        "execution_id",
        "extensions",
        "force_new_trace",
        "input_",
        "task_queue",
        "timeout_seconds",
        "wait_for_result",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "execution_id",
        "input_",
        "wait_for_result",
        "timeout_seconds",
        "custom_tracing_attributes",
        "force_new_trace",
        "extensions",
        "task_queue",
        "deployment_name",
    )

    execution_id: None | str | Unset
    input_: None | Unset | WorkflowExecutionRequestInputType0 | WorkflowExecutionRequestInputType1
    wait_for_result: bool | Unset
    timeout_seconds: float | None | Unset
    custom_tracing_attributes: None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0
    force_new_trace: bool | Unset
    extensions: None | Unset | WorkflowExecutionRequestExtensionsType0
    task_queue: None | str | Unset
    deployment_name: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        execution_id: None | str | Unset = UNSET,
        input_: None | Unset | WorkflowExecutionRequestInputType0 | WorkflowExecutionRequestInputType1 = UNSET,
        wait_for_result: bool | Unset = UNSET,
        timeout_seconds: float | None | Unset = UNSET,
        custom_tracing_attributes: None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0 = UNSET,
        force_new_trace: bool | Unset = UNSET,
        extensions: None | Unset | WorkflowExecutionRequestExtensionsType0 = UNSET,
        task_queue: None | str | Unset = UNSET,
        deployment_name: None | str | Unset = UNSET,
    ) -> None:
        self.execution_id = execution_id
        self.input_ = input_
        self.wait_for_result = wait_for_result
        self.timeout_seconds = timeout_seconds
        self.custom_tracing_attributes = custom_tracing_attributes
        self.force_new_trace = force_new_trace
        self.extensions = extensions
        self.task_queue = task_queue
        self.deployment_name = deployment_name
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        execution_id: None | str | Unset
        if isinstance(self.execution_id, Unset):
            execution_id = UNSET
        else:
            execution_id = self.execution_id

        try:
            input_: dict[str, Any] | None | Unset
            if isinstance(self.input_, Unset):
                input_ = UNSET
            elif isinstance(self.input_, WorkflowExecutionRequestInputType0) or isinstance(
                self.input_, WorkflowExecutionRequestInputType1
            ):
                input_ = self.input_.to_dict()
            else:
                input_ = self.input_
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "input_")
            raise

        wait_for_result = self.wait_for_result

        timeout_seconds: float | None | Unset
        if isinstance(self.timeout_seconds, Unset):
            timeout_seconds = UNSET
        else:
            timeout_seconds = self.timeout_seconds

        try:
            custom_tracing_attributes: dict[str, Any] | None | Unset
            if isinstance(self.custom_tracing_attributes, Unset):
                custom_tracing_attributes = UNSET
            elif isinstance(self.custom_tracing_attributes, WorkflowExecutionRequestCustomTracingAttributesType0):
                custom_tracing_attributes = self.custom_tracing_attributes.to_dict()
            else:
                custom_tracing_attributes = self.custom_tracing_attributes
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "custom_tracing_attributes")
            raise

        force_new_trace = self.force_new_trace

        try:
            extensions: dict[str, Any] | None | Unset
            if isinstance(self.extensions, Unset):
                extensions = UNSET
            elif isinstance(self.extensions, WorkflowExecutionRequestExtensionsType0):
                extensions = self.extensions.to_dict()
            else:
                extensions = self.extensions
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "extensions")
            raise

        task_queue: None | str | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        else:
            task_queue = self.task_queue

        deployment_name: None | str | Unset
        if isinstance(self.deployment_name, Unset):
            deployment_name = UNSET
        else:
            deployment_name = self.deployment_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if input_ is not UNSET:
            field_dict["input"] = input_
        if wait_for_result is not UNSET:
            field_dict["wait_for_result"] = wait_for_result
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if custom_tracing_attributes is not UNSET:
            field_dict["custom_tracing_attributes"] = custom_tracing_attributes
        if force_new_trace is not UNSET:
            field_dict["force_new_trace"] = force_new_trace
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if deployment_name is not UNSET:
            field_dict["deployment_name"] = deployment_name

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
        execution_id: None | str | Unset = d.pop("execution_id", UNSET)

        _input__data = d.pop("input", UNSET)
        input_: None | Unset | WorkflowExecutionRequestInputType0 | WorkflowExecutionRequestInputType1
        while True:  # one pass; each break is the generator's `return`
            if _input__data is None:
                input_ = _input__data
                break
            if isinstance(_input__data, Unset):
                input_ = _input__data
                break
            if isinstance(_input__data, dict):
                try:
                    input_type_0 = WorkflowExecutionRequestInputType0.from_dict(_input__data)

                    input_ = input_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_input__data, dict):
                try:
                    input_type_1 = WorkflowExecutionRequestInputType1.from_dict(_input__data)

                    input_ = input_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            input_ = cast(
                "None | Unset | WorkflowExecutionRequestInputType0 | WorkflowExecutionRequestInputType1", _input__data
            )
            break

        wait_for_result = d.pop("wait_for_result", UNSET)

        timeout_seconds: float | None | Unset = d.pop("timeout_seconds", UNSET)

        _custom_tracing_attributes_data = d.pop("custom_tracing_attributes", UNSET)
        custom_tracing_attributes: None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0
        while True:  # one pass; each break is the generator's `return`
            if _custom_tracing_attributes_data is None:
                custom_tracing_attributes = _custom_tracing_attributes_data
                break
            if isinstance(_custom_tracing_attributes_data, Unset):
                custom_tracing_attributes = _custom_tracing_attributes_data
                break
            if isinstance(_custom_tracing_attributes_data, dict):
                try:
                    custom_tracing_attributes_type_0 = WorkflowExecutionRequestCustomTracingAttributesType0.from_dict(
                        _custom_tracing_attributes_data
                    )

                    custom_tracing_attributes = custom_tracing_attributes_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            custom_tracing_attributes = cast(
                "None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0", _custom_tracing_attributes_data
            )
            break

        force_new_trace = d.pop("force_new_trace", UNSET)

        _extensions_data = d.pop("extensions", UNSET)
        extensions: None | Unset | WorkflowExecutionRequestExtensionsType0
        while True:  # one pass; each break is the generator's `return`
            if _extensions_data is None:
                extensions = _extensions_data
                break
            if isinstance(_extensions_data, Unset):
                extensions = _extensions_data
                break
            if isinstance(_extensions_data, dict):
                try:
                    extensions_type_0 = WorkflowExecutionRequestExtensionsType0.from_dict(_extensions_data)

                    extensions = extensions_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            extensions = cast("None | Unset | WorkflowExecutionRequestExtensionsType0", _extensions_data)
            break

        task_queue: None | str | Unset = d.pop("task_queue", UNSET)

        deployment_name: None | str | Unset = d.pop("deployment_name", UNSET)

        workflow_execution_request = cls(
            execution_id,
            input_,
            wait_for_result,
            timeout_seconds,
            custom_tracing_attributes,
            force_new_trace,
            extensions,
            task_queue,
            deployment_name,
        )

        workflow_execution_request.additional_properties = d
        return workflow_execution_request

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
