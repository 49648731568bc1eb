from enum import StrEnum


class StaticOrganizationRoles(StrEnum):
    C955F4E1_9477_43F0_8349_6FBC629FCCC9 = "c955f4e1-9477-43f0-8349-6fbc629fccc9"
    VALUE_0 = "0d48f530-095c-43fe-8aea-6673bcacabe6"
    VALUE_2 = "7bde5959-d676-47d2-b779-35b64323d278"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StaticOrganizationRoles | None":
        # Open enum (mistral-client templates/str_enum.py.jinja): Mistral keeps adding values, so
        # a string this version does not know becomes a pseudo-member that keeps the value and
        # serialises back unchanged, instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
