from enum import StrEnum


class ListSortField(StrEnum):
    LIST_SORT_FIELD_CREATED_AT = "list_sort_field_created_at"
    LIST_SORT_FIELD_LAST_MODIFIED_AT = "list_sort_field_last_modified_at"
    LIST_SORT_FIELD_NAME = "list_sort_field_name"
    LIST_SORT_FIELD_TITLE = "list_sort_field_title"
    LIST_SORT_FIELD_UNSPECIFIED = "list_sort_field_unspecified"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListSortField | None":
        # Open enum (mistral-client templates/str_enum.py.jinja): Mistral keeps adding values, so
        # a string this version does not know becomes a pseudo-member that keeps the value and
        # serialises back unchanged, instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
