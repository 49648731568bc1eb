from enum import StrEnum


class GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator(StrEnum):
    CONTAINS = "contains"
    ENDSWITH = "endswith"
    EQ = "eq"
    EXCLUDES = "excludes"
    GT = "gt"
    GTE = "gte"
    ICONTAINS = "icontains"
    IENDSWITH = "iendswith"
    INCLUDES = "includes"
    INOTCONTAINS = "inotcontains"
    ISNULL = "isnull"
    ISTARTSWITH = "istartswith"
    LEN_EQ = "len_eq"
    LT = "lt"
    LTE = "lte"
    MATCHES = "matches"
    NEQ = "neq"
    NOTCONTAINS = "notcontains"
    STARTSWITH = "startswith"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator | None":
        # Open enum (mistral-client templates/str_enum.py.jinja): Mistral keeps adding values, so
        # a string this version does not know becomes a pseudo-member that keeps the value and
        # serialises back unchanged, instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
