from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.get_span_resource_attributes import GetSpanResourceAttributes
    from ..models.get_span_span_attributes import GetSpanSpanAttributes
    from ..models.get_span_status_code import GetSpanStatusCode
else:
    GetSpanResourceAttributes = _Lazy(globals(), "get_span_resource_attributes", "GetSpanResourceAttributes")
    GetSpanSpanAttributes = _Lazy(globals(), "get_span_span_attributes", "GetSpanSpanAttributes")
    GetSpanStatusCode = _Lazy(globals(), "get_span_status_code", "GetSpanStatusCode")


T = TypeVar("T", bound="GetSpan")


class GetSpan:
    """
    Attributes:
        customer_id (str):
        organization_id (str):
        workspace_id (str):
        user_id (str):
        trace_id (str):
        span_id (str):
        parent_span_id (str):
        trace_state (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        duration_ns (int):
        span_name (str):
        span_kind (str):
        service_name (str):
        status_code (GetSpanStatusCode):
        status_message (str):
        error_type (str):
        operation_name (str):
        provider_name (str):
        request_model (str):
        response_model (str):
        response_id (str):
        output_type (str):
        conversation_id (str):
        data_source_id (str):
        agent_id (str):
        agent_name (str):
        agent_version (str):
        agent_description (str):
        workflow_name (str):
        prompt_name (str):
        tool_name (str):
        tool_type (str):
        tool_call_id (str):
        input_messages (str):
        output_messages (str):
        system_instructions (str):
        tool_definitions (str):
        tool_call_arguments (str):
        tool_call_result (str):
        request_choice_count (int):
        request_max_tokens (int):
        request_temperature (float | None):
        request_top_p (float | None):
        request_top_k (float | None):
        request_presence_penalty (float | None):
        request_frequency_penalty (float | None):
        request_seed (int):
        request_stop_sequences (list[str]):
        request_encoding_formats (list[str]):
        response_finish_reasons (list[str]):
        usage_input_tokens (int):
        usage_output_tokens (int):
        usage_cache_read_input_tokens (int):
        usage_cache_creation_input_tokens (int):
        resource_attributes (GetSpanResourceAttributes):
        span_attributes (GetSpanSpanAttributes):
        scope_name (str):
        scope_version (str):
    """

    __slots__ = (
        "additional_properties",
        "agent_description",
        "agent_id",
        "agent_name",
        "agent_version",
        "conversation_id",
        "customer_id",
        "data_source_id",
        "duration_ns",
        "end_time",
        "error_type",
        "input_messages",
        "operation_name",
        "organization_id",
        "output_messages",
        "output_type",
        "parent_span_id",
        "prompt_name",
        "provider_name",
        "request_choice_count",
        "request_encoding_formats",
        "request_frequency_penalty",
        "request_max_tokens",
        "request_model",
        "request_presence_penalty",
        "request_seed",
        "request_stop_sequences",
        "request_temperature",
        "request_top_k",
        "request_top_p",
        "resource_attributes",
        "response_finish_reasons",
        "response_id",
        "response_model",
        "scope_name",
        "scope_version",
        "service_name",
        "span_attributes",
        "span_id",
        "span_kind",
        "span_name",
        "start_time",
        "status_code",
        "status_message",
        "system_instructions",
        "tool_call_arguments",
        "tool_call_id",
        "tool_call_result",
        "tool_definitions",
        "tool_name",
        "tool_type",
        "trace_id",
        "trace_state",
        "usage_cache_creation_input_tokens",
        "usage_cache_read_input_tokens",
        "usage_input_tokens",
        "usage_output_tokens",
        "user_id",
        "workflow_name",
        "workspace_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "customer_id",
        "organization_id",
        "workspace_id",
        "user_id",
        "trace_id",
        "span_id",
        "parent_span_id",
        "trace_state",
        "start_time",
        "end_time",
        "duration_ns",
        "span_name",
        "span_kind",
        "service_name",
        "status_code",
        "status_message",
        "error_type",
        "operation_name",
        "provider_name",
        "request_model",
        "response_model",
        "response_id",
        "output_type",
        "conversation_id",
        "data_source_id",
        "agent_id",
        "agent_name",
        "agent_version",
        "agent_description",
        "workflow_name",
        "prompt_name",
        "tool_name",
        "tool_type",
        "tool_call_id",
        "input_messages",
        "output_messages",
        "system_instructions",
        "tool_definitions",
        "tool_call_arguments",
        "tool_call_result",
        "request_choice_count",
        "request_max_tokens",
        "request_temperature",
        "request_top_p",
        "request_top_k",
        "request_presence_penalty",
        "request_frequency_penalty",
        "request_seed",
        "request_stop_sequences",
        "request_encoding_formats",
        "response_finish_reasons",
        "usage_input_tokens",
        "usage_output_tokens",
        "usage_cache_read_input_tokens",
        "usage_cache_creation_input_tokens",
        "resource_attributes",
        "span_attributes",
        "scope_name",
        "scope_version",
    )

    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    span_id: str
    parent_span_id: str
    trace_state: str
    start_time: datetime.datetime
    end_time: datetime.datetime
    duration_ns: int
    span_name: str
    span_kind: str
    service_name: str
    status_code: GetSpanStatusCode
    status_message: str
    error_type: str
    operation_name: str
    provider_name: str
    request_model: str
    response_model: str
    response_id: str
    output_type: str
    conversation_id: str
    data_source_id: str
    agent_id: str
    agent_name: str
    agent_version: str
    agent_description: str
    workflow_name: str
    prompt_name: str
    tool_name: str
    tool_type: str
    tool_call_id: str
    input_messages: str
    output_messages: str
    system_instructions: str
    tool_definitions: str
    tool_call_arguments: str
    tool_call_result: str
    request_choice_count: int
    request_max_tokens: int
    request_temperature: float | None
    request_top_p: float | None
    request_top_k: float | None
    request_presence_penalty: float | None
    request_frequency_penalty: float | None
    request_seed: int
    request_stop_sequences: list[str]
    request_encoding_formats: list[str]
    response_finish_reasons: list[str]
    usage_input_tokens: int
    usage_output_tokens: int
    usage_cache_read_input_tokens: int
    usage_cache_creation_input_tokens: int
    resource_attributes: GetSpanResourceAttributes
    span_attributes: GetSpanSpanAttributes
    scope_name: str
    scope_version: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        customer_id: str,
        organization_id: str,
        workspace_id: str,
        user_id: str,
        trace_id: str,
        span_id: str,
        parent_span_id: str,
        trace_state: str,
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        duration_ns: int,
        span_name: str,
        span_kind: str,
        service_name: str,
        status_code: GetSpanStatusCode,
        status_message: str,
        error_type: str,
        operation_name: str,
        provider_name: str,
        request_model: str,
        response_model: str,
        response_id: str,
        output_type: str,
        conversation_id: str,
        data_source_id: str,
        agent_id: str,
        agent_name: str,
        agent_version: str,
        agent_description: str,
        workflow_name: str,
        prompt_name: str,
        tool_name: str,
        tool_type: str,
        tool_call_id: str,
        input_messages: str,
        output_messages: str,
        system_instructions: str,
        tool_definitions: str,
        tool_call_arguments: str,
        tool_call_result: str,
        request_choice_count: int,
        request_max_tokens: int,
        request_temperature: float | None,
        request_top_p: float | None,
        request_top_k: float | None,
        request_presence_penalty: float | None,
        request_frequency_penalty: float | None,
        request_seed: int,
        request_stop_sequences: list[str],
        request_encoding_formats: list[str],
        response_finish_reasons: list[str],
        usage_input_tokens: int,
        usage_output_tokens: int,
        usage_cache_read_input_tokens: int,
        usage_cache_creation_input_tokens: int,
        resource_attributes: GetSpanResourceAttributes,
        span_attributes: GetSpanSpanAttributes,
        scope_name: str,
        scope_version: str,
    ) -> None:
        self.customer_id = customer_id
        self.organization_id = organization_id
        self.workspace_id = workspace_id
        self.user_id = user_id
        self.trace_id = trace_id
        self.span_id = span_id
        self.parent_span_id = parent_span_id
        self.trace_state = trace_state
        self.start_time = start_time
        self.end_time = end_time
        self.duration_ns = duration_ns
        self.span_name = span_name
        self.span_kind = span_kind
        self.service_name = service_name
        self.status_code = status_code
        self.status_message = status_message
        self.error_type = error_type
        self.operation_name = operation_name
        self.provider_name = provider_name
        self.request_model = request_model
        self.response_model = response_model
        self.response_id = response_id
        self.output_type = output_type
        self.conversation_id = conversation_id
        self.data_source_id = data_source_id
        self.agent_id = agent_id
        self.agent_name = agent_name
        self.agent_version = agent_version
        self.agent_description = agent_description
        self.workflow_name = workflow_name
        self.prompt_name = prompt_name
        self.tool_name = tool_name
        self.tool_type = tool_type
        self.tool_call_id = tool_call_id
        self.input_messages = input_messages
        self.output_messages = output_messages
        self.system_instructions = system_instructions
        self.tool_definitions = tool_definitions
        self.tool_call_arguments = tool_call_arguments
        self.tool_call_result = tool_call_result
        self.request_choice_count = request_choice_count
        self.request_max_tokens = request_max_tokens
        self.request_temperature = request_temperature
        self.request_top_p = request_top_p
        self.request_top_k = request_top_k
        self.request_presence_penalty = request_presence_penalty
        self.request_frequency_penalty = request_frequency_penalty
        self.request_seed = request_seed
        self.request_stop_sequences = request_stop_sequences
        self.request_encoding_formats = request_encoding_formats
        self.response_finish_reasons = response_finish_reasons
        self.usage_input_tokens = usage_input_tokens
        self.usage_output_tokens = usage_output_tokens
        self.usage_cache_read_input_tokens = usage_cache_read_input_tokens
        self.usage_cache_creation_input_tokens = usage_cache_creation_input_tokens
        self.resource_attributes = resource_attributes
        self.span_attributes = span_attributes
        self.scope_name = scope_name
        self.scope_version = scope_version
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        organization_id = self.organization_id

        workspace_id = self.workspace_id

        user_id = self.user_id

        trace_id = self.trace_id

        span_id = self.span_id

        parent_span_id = self.parent_span_id

        trace_state = self.trace_state

        start_time = self.start_time.isoformat().replace("+00:00", "Z")

        end_time = self.end_time.isoformat().replace("+00:00", "Z")

        duration_ns = self.duration_ns

        span_name = self.span_name

        span_kind = self.span_kind

        service_name = self.service_name

        status_code = str(self.status_code)

        status_message = self.status_message

        error_type = self.error_type

        operation_name = self.operation_name

        provider_name = self.provider_name

        request_model = self.request_model

        response_model = self.response_model

        response_id = self.response_id

        output_type = self.output_type

        conversation_id = self.conversation_id

        data_source_id = self.data_source_id

        agent_id = self.agent_id

        agent_name = self.agent_name

        agent_version = self.agent_version

        agent_description = self.agent_description

        workflow_name = self.workflow_name

        prompt_name = self.prompt_name

        tool_name = self.tool_name

        tool_type = self.tool_type

        tool_call_id = self.tool_call_id

        input_messages = self.input_messages

        output_messages = self.output_messages

        system_instructions = self.system_instructions

        tool_definitions = self.tool_definitions

        tool_call_arguments = self.tool_call_arguments

        tool_call_result = self.tool_call_result

        request_choice_count = self.request_choice_count

        request_max_tokens = self.request_max_tokens

        request_temperature: float | None
        request_temperature = self.request_temperature

        request_top_p: float | None
        request_top_p = self.request_top_p

        request_top_k: float | None
        request_top_k = self.request_top_k

        request_presence_penalty: float | None
        request_presence_penalty = self.request_presence_penalty

        request_frequency_penalty: float | None
        request_frequency_penalty = self.request_frequency_penalty

        request_seed = self.request_seed

        request_stop_sequences = self.request_stop_sequences

        request_encoding_formats = self.request_encoding_formats

        response_finish_reasons = self.response_finish_reasons

        usage_input_tokens = self.usage_input_tokens

        usage_output_tokens = self.usage_output_tokens

        usage_cache_read_input_tokens = self.usage_cache_read_input_tokens

        usage_cache_creation_input_tokens = self.usage_cache_creation_input_tokens

        try:
            try:
                resource_attributes = self.resource_attributes.to_dict()
            except AttributeError:
                if isinstance(self.resource_attributes, GetSpanResourceAttributes):
                    raise
                resource_attributes = _as_dict(self.resource_attributes, "GetSpanResourceAttributes")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "resource_attributes")
            raise

        try:
            try:
                span_attributes = self.span_attributes.to_dict()
            except AttributeError:
                if isinstance(self.span_attributes, GetSpanSpanAttributes):
                    raise
                span_attributes = _as_dict(self.span_attributes, "GetSpanSpanAttributes")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "span_attributes")
            raise

        scope_name = self.scope_name

        scope_version = self.scope_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "organization_id": organization_id,
                "workspace_id": workspace_id,
                "user_id": user_id,
                "trace_id": trace_id,
                "span_id": span_id,
                "parent_span_id": parent_span_id,
                "trace_state": trace_state,
                "start_time": start_time,
                "end_time": end_time,
                "duration_ns": duration_ns,
                "span_name": span_name,
                "span_kind": span_kind,
                "service_name": service_name,
                "status_code": status_code,
                "status_message": status_message,
                "error_type": error_type,
                "operation_name": operation_name,
                "provider_name": provider_name,
                "request_model": request_model,
                "response_model": response_model,
                "response_id": response_id,
                "output_type": output_type,
                "conversation_id": conversation_id,
                "data_source_id": data_source_id,
                "agent_id": agent_id,
                "agent_name": agent_name,
                "agent_version": agent_version,
                "agent_description": agent_description,
                "workflow_name": workflow_name,
                "prompt_name": prompt_name,
                "tool_name": tool_name,
                "tool_type": tool_type,
                "tool_call_id": tool_call_id,
                "input_messages": input_messages,
                "output_messages": output_messages,
                "system_instructions": system_instructions,
                "tool_definitions": tool_definitions,
                "tool_call_arguments": tool_call_arguments,
                "tool_call_result": tool_call_result,
                "request_choice_count": request_choice_count,
                "request_max_tokens": request_max_tokens,
                "request_temperature": request_temperature,
                "request_top_p": request_top_p,
                "request_top_k": request_top_k,
                "request_presence_penalty": request_presence_penalty,
                "request_frequency_penalty": request_frequency_penalty,
                "request_seed": request_seed,
                "request_stop_sequences": request_stop_sequences,
                "request_encoding_formats": request_encoding_formats,
                "response_finish_reasons": response_finish_reasons,
                "usage_input_tokens": usage_input_tokens,
                "usage_output_tokens": usage_output_tokens,
                "usage_cache_read_input_tokens": usage_cache_read_input_tokens,
                "usage_cache_creation_input_tokens": usage_cache_creation_input_tokens,
                "resource_attributes": resource_attributes,
                "span_attributes": span_attributes,
                "scope_name": scope_name,
                "scope_version": scope_version,
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
        customer_id = d.pop("customer_id")

        organization_id = d.pop("organization_id")

        workspace_id = d.pop("workspace_id")

        user_id = d.pop("user_id")

        trace_id = d.pop("trace_id")

        span_id = d.pop("span_id")

        parent_span_id = d.pop("parent_span_id")

        trace_state = d.pop("trace_state")

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        end_time = datetime.datetime.fromisoformat(d.pop("end_time"))

        duration_ns = d.pop("duration_ns")

        span_name = d.pop("span_name")

        span_kind = d.pop("span_kind")

        service_name = d.pop("service_name")

        status_code = GetSpanStatusCode(d.pop("status_code"))

        status_message = d.pop("status_message")

        error_type = d.pop("error_type")

        operation_name = d.pop("operation_name")

        provider_name = d.pop("provider_name")

        request_model = d.pop("request_model")

        response_model = d.pop("response_model")

        response_id = d.pop("response_id")

        output_type = d.pop("output_type")

        conversation_id = d.pop("conversation_id")

        data_source_id = d.pop("data_source_id")

        agent_id = d.pop("agent_id")

        agent_name = d.pop("agent_name")

        agent_version = d.pop("agent_version")

        agent_description = d.pop("agent_description")

        workflow_name = d.pop("workflow_name")

        prompt_name = d.pop("prompt_name")

        tool_name = d.pop("tool_name")

        tool_type = d.pop("tool_type")

        tool_call_id = d.pop("tool_call_id")

        input_messages = d.pop("input_messages")

        output_messages = d.pop("output_messages")

        system_instructions = d.pop("system_instructions")

        tool_definitions = d.pop("tool_definitions")

        tool_call_arguments = d.pop("tool_call_arguments")

        tool_call_result = d.pop("tool_call_result")

        request_choice_count = d.pop("request_choice_count")

        request_max_tokens = d.pop("request_max_tokens")

        request_temperature: float | None = d.pop("request_temperature")

        request_top_p: float | None = d.pop("request_top_p")

        request_top_k: float | None = d.pop("request_top_k")

        request_presence_penalty: float | None = d.pop("request_presence_penalty")

        request_frequency_penalty: float | None = d.pop("request_frequency_penalty")

        request_seed = d.pop("request_seed")

        request_stop_sequences = cast(list[str], d.pop("request_stop_sequences"))

        request_encoding_formats = cast(list[str], d.pop("request_encoding_formats"))

        response_finish_reasons = cast(list[str], d.pop("response_finish_reasons"))

        usage_input_tokens = d.pop("usage_input_tokens")

        usage_output_tokens = d.pop("usage_output_tokens")

        usage_cache_read_input_tokens = d.pop("usage_cache_read_input_tokens")

        usage_cache_creation_input_tokens = d.pop("usage_cache_creation_input_tokens")

        resource_attributes = GetSpanResourceAttributes.from_dict(d.pop("resource_attributes"))

        span_attributes = GetSpanSpanAttributes.from_dict(d.pop("span_attributes"))

        scope_name = d.pop("scope_name")

        scope_version = d.pop("scope_version")

        get_span = cls(
            customer_id,
            organization_id,
            workspace_id,
            user_id,
            trace_id,
            span_id,
            parent_span_id,
            trace_state,
            start_time,
            end_time,
            duration_ns,
            span_name,
            span_kind,
            service_name,
            status_code,
            status_message,
            error_type,
            operation_name,
            provider_name,
            request_model,
            response_model,
            response_id,
            output_type,
            conversation_id,
            data_source_id,
            agent_id,
            agent_name,
            agent_version,
            agent_description,
            workflow_name,
            prompt_name,
            tool_name,
            tool_type,
            tool_call_id,
            input_messages,
            output_messages,
            system_instructions,
            tool_definitions,
            tool_call_arguments,
            tool_call_result,
            request_choice_count,
            request_max_tokens,
            request_temperature,
            request_top_p,
            request_top_k,
            request_presence_penalty,
            request_frequency_penalty,
            request_seed,
            request_stop_sequences,
            request_encoding_formats,
            response_finish_reasons,
            usage_input_tokens,
            usage_output_tokens,
            usage_cache_read_input_tokens,
            usage_cache_creation_input_tokens,
            resource_attributes,
            span_attributes,
            scope_name,
            scope_version,
        )

        get_span.additional_properties = d
        return get_span

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
