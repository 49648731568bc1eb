from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.get_trace_status_code import GetTraceStatusCode
else:
    GetTraceStatusCode = _Lazy(globals(), "get_trace_status_code", "GetTraceStatusCode")


T = TypeVar("T", bound="GetTrace")


class GetTrace:
    """
    Attributes:
        customer_id (str):
        organization_id (str):
        workspace_id (str):
        user_id (str):
        trace_id (str):
        root_span_id (str):
        root_span_name (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        duration_ns (int):
        service_name (str):
        environment (str):
        conversation_id (str):
        workflow_name (str):
        agent_id (str):
        agent_name (str):
        status_code (GetTraceStatusCode):
        error_count (int):
        span_count (int):
        gen_ai_span_count (int):
        llm_call_count (int):
        tool_call_count (int):
        retrieval_count (int):
        evaluation_count (int):
        input_tokens (int):
        output_tokens (int):
        cache_read_input_tokens (int):
        cache_creation_input_tokens (int):
        models_used (list[str]):
        tools_used (list[str]):
        first_turn_last_input_message (str):
        first_turn_last_output_message (str):
        last_turn_last_input_message (str):
        last_turn_last_output_message (str):
    """

    __slots__ = (
        "additional_properties",
        "agent_id",
        "agent_name",
        "cache_creation_input_tokens",
        "cache_read_input_tokens",
        "conversation_id",
        "customer_id",
        "duration_ns",
        "end_time",
        "environment",
        "error_count",
        "evaluation_count",
        "first_turn_last_input_message",
        "first_turn_last_output_message",
        "gen_ai_span_count",
        "input_tokens",
        "last_turn_last_input_message",
        "last_turn_last_output_message",
        "llm_call_count",
        "models_used",
        "organization_id",
        "output_tokens",
        "retrieval_count",
        "root_span_id",
        "root_span_name",
        "service_name",
        "span_count",
        "start_time",
        "status_code",
        "tool_call_count",
        "tools_used",
        "trace_id",
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
        "root_span_id",
        "root_span_name",
        "start_time",
        "end_time",
        "duration_ns",
        "service_name",
        "environment",
        "conversation_id",
        "workflow_name",
        "agent_id",
        "agent_name",
        "status_code",
        "error_count",
        "span_count",
        "gen_ai_span_count",
        "llm_call_count",
        "tool_call_count",
        "retrieval_count",
        "evaluation_count",
        "input_tokens",
        "output_tokens",
        "cache_read_input_tokens",
        "cache_creation_input_tokens",
        "models_used",
        "tools_used",
        "first_turn_last_input_message",
        "first_turn_last_output_message",
        "last_turn_last_input_message",
        "last_turn_last_output_message",
    )

    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    root_span_id: str
    root_span_name: str
    start_time: datetime.datetime
    end_time: datetime.datetime
    duration_ns: int
    service_name: str
    environment: str
    conversation_id: str
    workflow_name: str
    agent_id: str
    agent_name: str
    status_code: GetTraceStatusCode
    error_count: int
    span_count: int
    gen_ai_span_count: int
    llm_call_count: int
    tool_call_count: int
    retrieval_count: int
    evaluation_count: int
    input_tokens: int
    output_tokens: int
    cache_read_input_tokens: int
    cache_creation_input_tokens: int
    models_used: list[str]
    tools_used: list[str]
    first_turn_last_input_message: str
    first_turn_last_output_message: str
    last_turn_last_input_message: str
    last_turn_last_output_message: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        customer_id: str,
        organization_id: str,
        workspace_id: str,
        user_id: str,
        trace_id: str,
        root_span_id: str,
        root_span_name: str,
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        duration_ns: int,
        service_name: str,
        environment: str,
        conversation_id: str,
        workflow_name: str,
        agent_id: str,
        agent_name: str,
        status_code: GetTraceStatusCode,
        error_count: int,
        span_count: int,
        gen_ai_span_count: int,
        llm_call_count: int,
        tool_call_count: int,
        retrieval_count: int,
        evaluation_count: int,
        input_tokens: int,
        output_tokens: int,
        cache_read_input_tokens: int,
        cache_creation_input_tokens: int,
        models_used: list[str],
        tools_used: list[str],
        first_turn_last_input_message: str,
        first_turn_last_output_message: str,
        last_turn_last_input_message: str,
        last_turn_last_output_message: str,
    ) -> None:
        self.customer_id = customer_id
        self.organization_id = organization_id
        self.workspace_id = workspace_id
        self.user_id = user_id
        self.trace_id = trace_id
        self.root_span_id = root_span_id
        self.root_span_name = root_span_name
        self.start_time = start_time
        self.end_time = end_time
        self.duration_ns = duration_ns
        self.service_name = service_name
        self.environment = environment
        self.conversation_id = conversation_id
        self.workflow_name = workflow_name
        self.agent_id = agent_id
        self.agent_name = agent_name
        self.status_code = status_code
        self.error_count = error_count
        self.span_count = span_count
        self.gen_ai_span_count = gen_ai_span_count
        self.llm_call_count = llm_call_count
        self.tool_call_count = tool_call_count
        self.retrieval_count = retrieval_count
        self.evaluation_count = evaluation_count
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens
        self.cache_read_input_tokens = cache_read_input_tokens
        self.cache_creation_input_tokens = cache_creation_input_tokens
        self.models_used = models_used
        self.tools_used = tools_used
        self.first_turn_last_input_message = first_turn_last_input_message
        self.first_turn_last_output_message = first_turn_last_output_message
        self.last_turn_last_input_message = last_turn_last_input_message
        self.last_turn_last_output_message = last_turn_last_output_message
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        organization_id = self.organization_id

        workspace_id = self.workspace_id

        user_id = self.user_id

        trace_id = self.trace_id

        root_span_id = self.root_span_id

        root_span_name = self.root_span_name

        start_time = self.start_time.isoformat().replace("+00:00", "Z")

        end_time = self.end_time.isoformat().replace("+00:00", "Z")

        duration_ns = self.duration_ns

        service_name = self.service_name

        environment = self.environment

        conversation_id = self.conversation_id

        workflow_name = self.workflow_name

        agent_id = self.agent_id

        agent_name = self.agent_name

        status_code = str(self.status_code)

        error_count = self.error_count

        span_count = self.span_count

        gen_ai_span_count = self.gen_ai_span_count

        llm_call_count = self.llm_call_count

        tool_call_count = self.tool_call_count

        retrieval_count = self.retrieval_count

        evaluation_count = self.evaluation_count

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        cache_read_input_tokens = self.cache_read_input_tokens

        cache_creation_input_tokens = self.cache_creation_input_tokens

        models_used = self.models_used

        tools_used = self.tools_used

        first_turn_last_input_message = self.first_turn_last_input_message

        first_turn_last_output_message = self.first_turn_last_output_message

        last_turn_last_input_message = self.last_turn_last_input_message

        last_turn_last_output_message = self.last_turn_last_output_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "organization_id": organization_id,
                "workspace_id": workspace_id,
                "user_id": user_id,
                "trace_id": trace_id,
                "root_span_id": root_span_id,
                "root_span_name": root_span_name,
                "start_time": start_time,
                "end_time": end_time,
                "duration_ns": duration_ns,
                "service_name": service_name,
                "environment": environment,
                "conversation_id": conversation_id,
                "workflow_name": workflow_name,
                "agent_id": agent_id,
                "agent_name": agent_name,
                "status_code": status_code,
                "error_count": error_count,
                "span_count": span_count,
                "gen_ai_span_count": gen_ai_span_count,
                "llm_call_count": llm_call_count,
                "tool_call_count": tool_call_count,
                "retrieval_count": retrieval_count,
                "evaluation_count": evaluation_count,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "cache_read_input_tokens": cache_read_input_tokens,
                "cache_creation_input_tokens": cache_creation_input_tokens,
                "models_used": models_used,
                "tools_used": tools_used,
                "first_turn_last_input_message": first_turn_last_input_message,
                "first_turn_last_output_message": first_turn_last_output_message,
                "last_turn_last_input_message": last_turn_last_input_message,
                "last_turn_last_output_message": last_turn_last_output_message,
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

        root_span_id = d.pop("root_span_id")

        root_span_name = d.pop("root_span_name")

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        end_time = datetime.datetime.fromisoformat(d.pop("end_time"))

        duration_ns = d.pop("duration_ns")

        service_name = d.pop("service_name")

        environment = d.pop("environment")

        conversation_id = d.pop("conversation_id")

        workflow_name = d.pop("workflow_name")

        agent_id = d.pop("agent_id")

        agent_name = d.pop("agent_name")

        status_code = GetTraceStatusCode(d.pop("status_code"))

        error_count = d.pop("error_count")

        span_count = d.pop("span_count")

        gen_ai_span_count = d.pop("gen_ai_span_count")

        llm_call_count = d.pop("llm_call_count")

        tool_call_count = d.pop("tool_call_count")

        retrieval_count = d.pop("retrieval_count")

        evaluation_count = d.pop("evaluation_count")

        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        cache_read_input_tokens = d.pop("cache_read_input_tokens")

        cache_creation_input_tokens = d.pop("cache_creation_input_tokens")

        models_used = cast(list[str], d.pop("models_used"))

        tools_used = cast(list[str], d.pop("tools_used"))

        first_turn_last_input_message = d.pop("first_turn_last_input_message")

        first_turn_last_output_message = d.pop("first_turn_last_output_message")

        last_turn_last_input_message = d.pop("last_turn_last_input_message")

        last_turn_last_output_message = d.pop("last_turn_last_output_message")

        get_trace = cls(
            customer_id,
            organization_id,
            workspace_id,
            user_id,
            trace_id,
            root_span_id,
            root_span_name,
            start_time,
            end_time,
            duration_ns,
            service_name,
            environment,
            conversation_id,
            workflow_name,
            agent_id,
            agent_name,
            status_code,
            error_count,
            span_count,
            gen_ai_span_count,
            llm_call_count,
            tool_call_count,
            retrieval_count,
            evaluation_count,
            input_tokens,
            output_tokens,
            cache_read_input_tokens,
            cache_creation_input_tokens,
            models_used,
            tools_used,
            first_turn_last_input_message,
            first_turn_last_output_message,
            last_turn_last_input_message,
            last_turn_last_output_message,
        )

        get_trace.additional_properties = d
        return get_trace

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
