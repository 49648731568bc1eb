from enum import StrEnum


class WorkspaceMemberSingleINRoleNamesType0Item(StrEnum):
    BILLING = "billing"
    CLOUD_USER = "cloud_user"
    CONTRIBUTOR = "contributor"
    DEV = "dev"
    DEV_CONTRIBUTOR = "dev_contributor"
    MISTRAL_CODE_USER = "mistral_code_user"
    OBSERVABILITY_VIEWER = "observability_viewer"
    USER = "user"
    WORKFLOW_EXECUTOR = "workflow_executor"
    WORKSPACE_ADMIN = "workspace_admin"
    WORKSPACE_CONTRIBUTOR = "workspace_contributor"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WorkspaceMemberSingleINRoleNamesType0Item | None":
        # Open enum (mistral-client templates/str_enum.py.jinja): Mistral keeps adding values, so
        # a string this version does not know becomes a pseudo-member that keeps the value and
        # serialises back unchanged, instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
