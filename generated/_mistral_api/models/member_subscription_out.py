from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.api_plan import APIPlan
    from ..models.chat_plan import ChatPlan
    from ..models.code_plan import CodePlan
    from ..models.plan_type import PlanType
    from ..models.subscription_status import SubscriptionStatus
else:
    APIPlan = _Lazy(globals(), "api_plan", "APIPlan")
    ChatPlan = _Lazy(globals(), "chat_plan", "ChatPlan")
    CodePlan = _Lazy(globals(), "code_plan", "CodePlan")
    PlanType = _Lazy(globals(), "plan_type", "PlanType")
    SubscriptionStatus = _Lazy(globals(), "subscription_status", "SubscriptionStatus")


T = TypeVar("T", bound="MemberSubscriptionOUT")


class MemberSubscriptionOUT:
    """
    Attributes:
        type_ (PlanType):
        plan (APIPlan | ChatPlan | CodePlan | None | Unset): Plan assigned to the member.
        status (None | SubscriptionStatus | Unset): Current status of the member subscription.
        user (None | str | Unset): User ID associated with the subscription.
        self_service (bool | None | Unset): Whether the subscription was created through self-service.
        member_has_access (bool | None | Unset): Whether the member currently has access to the plan.
    """

    __slots__ = ("additional_properties", "member_has_access", "plan", "self_service", "status", "type_", "user")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "type_",
        "plan",
        "status",
        "user",
        "self_service",
        "member_has_access",
    )

    type_: PlanType
    plan: APIPlan | ChatPlan | CodePlan | None | Unset
    status: None | SubscriptionStatus | Unset
    user: None | str | Unset
    self_service: bool | None | Unset
    member_has_access: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: PlanType,
        plan: APIPlan | ChatPlan | CodePlan | None | Unset = UNSET,
        status: None | SubscriptionStatus | Unset = UNSET,
        user: None | str | Unset = UNSET,
        self_service: bool | None | Unset = UNSET,
        member_has_access: bool | None | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.plan = plan
        self.status = status
        self.user = user
        self.self_service = self_service
        self.member_has_access = member_has_access
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        plan: None | str | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        elif isinstance(self.plan, APIPlan) or isinstance(self.plan, ChatPlan) or isinstance(self.plan, CodePlan):
            plan = str(self.plan)
        else:
            plan = self.plan

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SubscriptionStatus):
            status = str(self.status)
        else:
            status = self.status

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        self_service: bool | None | Unset
        if isinstance(self.self_service, Unset):
            self_service = UNSET
        else:
            self_service = self.self_service

        member_has_access: bool | None | Unset
        if isinstance(self.member_has_access, Unset):
            member_has_access = UNSET
        else:
            member_has_access = self.member_has_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if plan is not UNSET:
            field_dict["plan"] = plan
        if status is not UNSET:
            field_dict["status"] = status
        if user is not UNSET:
            field_dict["user"] = user
        if self_service is not UNSET:
            field_dict["self_service"] = self_service
        if member_has_access is not UNSET:
            field_dict["member_has_access"] = member_has_access

        return field_dict

    def model_dump(self) -> dict[str, Any]:
        """This model as JSON-ready data: to_dict(), under the name pydantic and Mistral's SDK use."""
        return self.to_dict()

    def model_dump_json(self, *, indent: int | None = None) -> str:
        """This model as JSON text: compact, or indented by `indent` spaces (pydantic's name)."""
        return _dump_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = PlanType(d.pop("type"))

        _plan_data = d.pop("plan", UNSET)
        plan: APIPlan | ChatPlan | CodePlan | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _plan_data is None:
                plan = _plan_data
                break
            if isinstance(_plan_data, Unset):
                plan = _plan_data
                break
            if isinstance(_plan_data, str):
                try:
                    plan_type_0 = APIPlan(_plan_data)

                    plan = plan_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_plan_data, str):
                try:
                    plan_type_1 = ChatPlan(_plan_data)

                    plan = plan_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_plan_data, str):
                try:
                    plan_type_2 = CodePlan(_plan_data)

                    plan = plan_type_2
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            plan = cast("APIPlan | ChatPlan | CodePlan | None | Unset", _plan_data)
            break

        _status_data = d.pop("status", UNSET)
        status: None | SubscriptionStatus | Unset
        while True:  # one pass; each break is the generator's `return`
            if _status_data is None:
                status = _status_data
                break
            if isinstance(_status_data, Unset):
                status = _status_data
                break
            if isinstance(_status_data, str):
                try:
                    status_type_0 = SubscriptionStatus(_status_data)

                    status = status_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            status = cast("None | SubscriptionStatus | Unset", _status_data)
            break

        user: None | str | Unset = d.pop("user", UNSET)

        self_service: bool | None | Unset = d.pop("self_service", UNSET)

        member_has_access: bool | None | Unset = d.pop("member_has_access", UNSET)

        member_subscription_out = cls(
            type_,
            plan,
            status,
            user,
            self_service,
            member_has_access,
        )

        member_subscription_out.additional_properties = d
        return member_subscription_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
