from enum import StrEnum


class OtelFieldDefinitionSupportedOperatorsItem(StrEnum):
    BETWEEN = "between"
    CONTAINS = "contains"
    EQ = "eq"
    EXISTS = "exists"
    GT = "gt"
    GTE = "gte"
    HAS = "has"
    HASALL = "hasAll"
    HASANY = "hasAny"
    HASTOKEN = "hasToken"
    ILIKE = "ilike"
    IN = "in"
    LIKE = "like"
    LT = "lt"
    LTE = "lte"
    NEQ = "neq"
    NOT_BETWEEN = "not_between"
    NOT_CONTAINS = "not_contains"
    NOT_EXISTS = "not_exists"
    NOT_ILIKE = "not_ilike"
    NOT_IN = "not_in"
    NOT_LIKE = "not_like"
    NOT_REGEXP = "not_regexp"
    REGEXP = "regexp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OtelFieldDefinitionSupportedOperatorsItem | None":
        # Open enum (mistral-client templates/str_enum.py.jinja): Mistral keeps adding values, so
        # a string this version does not know becomes a pseudo-member that keeps the value and
        # serialises back unchanged, instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
