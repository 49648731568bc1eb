from enum import StrEnum


class SampleType(StrEnum):
    BATCH_ERROR = "batch_error"
    BATCH_REQUEST = "batch_request"
    BATCH_RESULT = "batch_result"
    INSTRUCT = "instruct"
    OCR_INPUT = "ocr_input"
    PRETRAIN = "pretrain"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SampleType | None":
        # Open enum (mistral-client templates/str_enum.py.jinja): Mistral keeps adding values, so
        # a string this version does not know becomes a pseudo-member that keeps the value and
        # serialises back unchanged, instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
