from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.usage_limits import UsageLimits
else:
    UsageLimits = _Lazy(globals(), "usage_limits", "UsageLimits")


T = TypeVar("T", bound="LimitsContext")


class LimitsContext:
    """
    Attributes:
        completion (UsageLimits):
        last_payment_failure (bool): Whether the latest payment attempt failed.
        last_payment_failure_protection (bool | None): Whether payment failure protection is enabled.
        currency (str): Currency used for usage and limit amounts.
    """

    __slots__ = (
        "additional_properties",
        "completion",
        "currency",
        "last_payment_failure",
        "last_payment_failure_protection",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "completion",
        "last_payment_failure",
        "last_payment_failure_protection",
        "currency",
    )

    completion: UsageLimits
    last_payment_failure: bool
    last_payment_failure_protection: bool | None
    currency: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        completion: UsageLimits,
        last_payment_failure: bool,
        last_payment_failure_protection: bool | None,
        currency: str,
    ) -> None:
        self.completion = completion
        self.last_payment_failure = last_payment_failure
        self.last_payment_failure_protection = last_payment_failure_protection
        self.currency = currency
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                completion = self.completion.to_dict()
            except AttributeError:
                if isinstance(self.completion, UsageLimits):
                    raise
                completion = _as_dict(self.completion, "UsageLimits")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "completion")
            raise

        last_payment_failure = self.last_payment_failure

        last_payment_failure_protection: bool | None
        last_payment_failure_protection = self.last_payment_failure_protection

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion": completion,
                "last_payment_failure": last_payment_failure,
                "last_payment_failure_protection": last_payment_failure_protection,
                "currency": currency,
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
        completion = UsageLimits.from_dict(d.pop("completion"))

        last_payment_failure = d.pop("last_payment_failure")

        last_payment_failure_protection: bool | None = d.pop("last_payment_failure_protection")

        currency = d.pop("currency")

        limits_context = cls(
            completion,
            last_payment_failure,
            last_payment_failure_protection,
            currency,
        )

        limits_context.additional_properties = d
        return limits_context

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
