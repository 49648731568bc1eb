from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.api_zone import ApiZone
    from ..models.lago_event_type import LagoEventType
    from ..models.service_tier import ServiceTier
else:
    ApiZone = _Lazy(globals(), "api_zone", "ApiZone")
    LagoEventType = _Lazy(globals(), "lago_event_type", "LagoEventType")
    ServiceTier = _Lazy(globals(), "service_tier", "ServiceTier")


T = TypeVar("T", bound="PriceData")


class PriceData:
    """
    Attributes:
        event_type (LagoEventType | None): Billing event type for the price.
        billing_metric (str): Billing metric this price applies to.
        billing_group (str): Billing metric group this price applies to.
        api_zone (ApiZone):
        service_tier (ServiceTier): The service tier a request is resolved to and routed on.
        price (float | str): Unit price for the billing metric.
    """

    __slots__ = (
        "additional_properties",
        "api_zone",
        "billing_group",
        "billing_metric",
        "event_type",
        "price",
        "service_tier",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "event_type",
        "billing_metric",
        "billing_group",
        "api_zone",
        "service_tier",
        "price",
    )

    event_type: LagoEventType | None
    billing_metric: str
    billing_group: str
    api_zone: ApiZone
    service_tier: ServiceTier
    price: float | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        event_type: LagoEventType | None,
        billing_metric: str,
        billing_group: str,
        api_zone: ApiZone,
        service_tier: ServiceTier,
        price: float | str,
    ) -> None:
        self.event_type = event_type
        self.billing_metric = billing_metric
        self.billing_group = billing_group
        self.api_zone = api_zone
        self.service_tier = service_tier
        self.price = price
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        event_type: None | str
        if isinstance(self.event_type, LagoEventType):
            event_type = str(self.event_type)
        else:
            event_type = self.event_type

        billing_metric = self.billing_metric

        billing_group = self.billing_group

        api_zone = str(self.api_zone)

        service_tier = str(self.service_tier)

        price: float | str
        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "billing_metric": billing_metric,
                "billing_group": billing_group,
                "api_zone": api_zone,
                "service_tier": service_tier,
                "price": price,
            }
        )

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
        _event_type_data = d.pop("event_type")
        event_type: LagoEventType | None
        while True:  # one pass; each break is the generator's `return`
            if _event_type_data is None:
                event_type = _event_type_data
                break
            if isinstance(_event_type_data, str):
                try:
                    event_type_type_0 = LagoEventType(_event_type_data)

                    event_type = event_type_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            event_type = cast("LagoEventType | None", _event_type_data)
            break

        billing_metric = d.pop("billing_metric")

        billing_group = d.pop("billing_group")

        api_zone = ApiZone(d.pop("api_zone"))

        service_tier = ServiceTier(d.pop("service_tier"))

        price: float | str = d.pop("price")

        price_data = cls(
            event_type,
            billing_metric,
            billing_group,
            api_zone,
            service_tier,
            price,
        )

        price_data.additional_properties = d
        return price_data

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
