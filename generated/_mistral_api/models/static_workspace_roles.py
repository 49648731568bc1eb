from enum import StrEnum


class StaticWorkspaceRoles(StrEnum):
    B23CD6E0_91CD_4A8A_9869_B30366BF3966 = "b23cd6e0-91cd-4a8a-9869-b30366bf3966"
    D79B3027_4EB2_4521_8722_825ACFEE7D8B = "d79b3027-4eb2-4521-8722-825acfee7d8b"
    D7EA77C5_9260_41D0_AB26_52B5ADD3EE56 = "d7ea77c5-9260-41d0-ab26-52b5add3ee56"
    FF86D432_7F27_47F8_B02F_B5C102EF6A55 = "ff86d432-7f27-47f8-b02f-b5c102ef6a55"
    VALUE_1 = "48436751-ee56-44bd-8a2d-712233977821"
    VALUE_10 = "0f9acbf6-93b5-42c7-a227-fc7652755f65"
    VALUE_2 = "375cd0db-3bbe-4b79-80f3-954ccf04f3d1"
    VALUE_3 = "578584f1-4319-4c88-9948-38a5184483b6"
    VALUE_5 = "252a0825-40b9-4b98-be80-7658956f13e9"
    VALUE_6 = "17aa61c5-1c61-477e-a40a-e52c8ccd74b9"
    VALUE_8 = "731eb2be-a74f-4070-b797-35bf7009e553"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StaticWorkspaceRoles | None":
        # Open enum (mistral-client templates/str_enum.py.jinja): Mistral keeps adding values, so
        # a string this version does not know becomes a pseudo-member that keeps the value and
        # serialises back unchanged, instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
