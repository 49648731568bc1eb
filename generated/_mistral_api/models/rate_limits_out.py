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
    from ..models.rate_limits_out_tokens_limits_by_model import RateLimitsOUTTokensLimitsByModel
else:
    RateLimitsOUTTokensLimitsByModel = _Lazy(
        globals(), "rate_limits_out_tokens_limits_by_model", "RateLimitsOUTTokensLimitsByModel"
    )


T = TypeVar("T", bound="RateLimitsOUT")


class RateLimitsOUT:
    """
    Attributes:
        requests_per_second (int): Maximum API requests allowed per second.
        tokens_limits_by_model (RateLimitsOUTTokensLimitsByModel): Token limits for each model.
    """

    __slots__ = ("additional_properties", "requests_per_second", "tokens_limits_by_model")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "requests_per_second",
        "tokens_limits_by_model",
    )

    requests_per_second: int
    tokens_limits_by_model: RateLimitsOUTTokensLimitsByModel
    additional_properties: dict[str, Any]

    def __init__(
        self,
        requests_per_second: int,
        tokens_limits_by_model: RateLimitsOUTTokensLimitsByModel,
    ) -> None:
        self.requests_per_second = requests_per_second
        self.tokens_limits_by_model = tokens_limits_by_model
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        requests_per_second = self.requests_per_second

        try:
            try:
                tokens_limits_by_model = self.tokens_limits_by_model.to_dict()
            except AttributeError:
                if isinstance(self.tokens_limits_by_model, RateLimitsOUTTokensLimitsByModel):
                    raise
                tokens_limits_by_model = _as_dict(self.tokens_limits_by_model, "RateLimitsOUTTokensLimitsByModel")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tokens_limits_by_model")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requests_per_second": requests_per_second,
                "tokens_limits_by_model": tokens_limits_by_model,
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
        requests_per_second = d.pop("requests_per_second")

        tokens_limits_by_model = RateLimitsOUTTokensLimitsByModel.from_dict(d.pop("tokens_limits_by_model"))

        rate_limits_out = cls(
            requests_per_second,
            tokens_limits_by_model,
        )

        rate_limits_out.additional_properties = d
        return rate_limits_out

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
