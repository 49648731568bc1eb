from enum import StrEnum


class SSETypes(StrEnum):
    AGENT_HANDOFF_DONE = "agent.handoff.done"
    AGENT_HANDOFF_STARTED = "agent.handoff.started"
    CONVERSATION_RESPONSE_DONE = "conversation.response.done"
    CONVERSATION_RESPONSE_ERROR = "conversation.response.error"
    CONVERSATION_RESPONSE_STARTED = "conversation.response.started"
    FUNCTION_CALL_DELTA = "function.call.delta"
    MESSAGE_OUTPUT_DELTA = "message.output.delta"
    TOOL_EXECUTION_DELTA = "tool.execution.delta"
    TOOL_EXECUTION_DONE = "tool.execution.done"
    TOOL_EXECUTION_STARTED = "tool.execution.started"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SSETypes | None":
        # Open enum (mistral-client templates/str_enum.py.jinja): Mistral keeps adding values, so
        # a string this version does not know becomes a pseudo-member that keeps the value and
        # serialises back unchanged, instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
