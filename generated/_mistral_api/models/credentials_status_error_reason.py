from enum import StrEnum


class CredentialsStatusErrorReason(StrEnum):
    EMPTY_CREDENTIALS = "empty credentials"
    MCP_SERVER_ERROR = "MCP server error"
    MCP_SERVER_TIMED_OUT = "MCP server timed out"
    MCP_SERVER_UNREACHABLE = "MCP server unreachable"
    OAUTH_EXPIRED = "oauth expired"
    OAUTH_NEAR_EXPIRY = "oauth near expiry"
    OAUTH_REFRESH_ERROR = "oauth refresh error"
    UNKNOWN_ERROR = "unknown error"
    UNPARSABLE_CREDENTIALS = "unparsable credentials"
    YOU_NEED_TO_RECONNECT = "you need to reconnect"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CredentialsStatusErrorReason | None":
        # Open enum (mistral-client templates/str_enum.py.jinja): Mistral keeps adding values, so
        # a string this version does not know becomes a pseudo-member that keeps the value and
        # serialises back unchanged, instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
