from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.observability_error_code import ObservabilityErrorCode
else:
    ObservabilityErrorCode = _Lazy(globals(), "observability_error_code", "ObservabilityErrorCode")


T = TypeVar("T", bound="ObservabilityErrorDetail")


class ObservabilityErrorDetail:
    """
    Attributes:
        message (str):
        error_code (None | ObservabilityErrorCode):
    """

    __slots__ = ("additional_properties", "error_code", "message")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "message",
        "error_code",
    )

    message: str
    error_code: None | ObservabilityErrorCode
    additional_properties: dict[str, Any]

    def __init__(
        self,
        message: str,
        error_code: None | ObservabilityErrorCode,
    ) -> None:
        self.message = message
        self.error_code = error_code
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        error_code: None | str
        if isinstance(self.error_code, ObservabilityErrorCode):
            error_code = str(self.error_code)
        else:
            error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "error_code": error_code,
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
        message = d.pop("message")

        _error_code_data = d.pop("error_code")
        error_code: None | ObservabilityErrorCode
        while True:  # one pass; each break is the generator's `return`
            if _error_code_data is None:
                error_code = _error_code_data
                break
            if isinstance(_error_code_data, str):
                try:
                    error_code_type_0 = ObservabilityErrorCode(_error_code_data)

                    error_code = error_code_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            error_code = cast("None | ObservabilityErrorCode", _error_code_data)
            break

        observability_error_detail = cls(
            message,
            error_code,
        )

        observability_error_detail.additional_properties = d
        return observability_error_detail

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
