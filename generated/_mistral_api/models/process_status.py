from enum import StrEnum


class ProcessStatus(StrEnum):
    DONE = "done"
    ERROR = "error"
    IN_PROGRESS = "in_progress"
    MISSING_CONTENT = "missing_content"
    NOOP = "noop"
    SELF_MANAGED = "self_managed"
    TODO = "todo"
    WAITING_FOR_CAPACITY = "waiting_for_capacity"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProcessStatus | None":
        # Open enum (mistral-client templates/str_enum.py.jinja): Mistral keeps adding values, so
        # a string this version does not know becomes a pseudo-member that keeps the value and
        # serialises back unchanged, instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
