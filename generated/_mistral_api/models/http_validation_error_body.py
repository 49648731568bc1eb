from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.validation_error import ValidationError
else:
    ValidationError = _Lazy(globals(), "validation_error", "ValidationError")


T = TypeVar("T", bound="HTTPValidationErrorBody")


class HTTPValidationErrorBody:
    """
    Attributes:
        detail (list[ValidationError] | Unset):
    """

    __slots__ = ("additional_properties", "detail")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("detail",)

    detail: list[ValidationError] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        detail: list[ValidationError] | Unset = UNSET,
    ) -> None:
        self.detail = detail
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            detail: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.detail, Unset):
                detail = []
                try:
                    for detail_item_data in self.detail:
                        try:
                            detail_item = detail_item_data.to_dict()
                        except AttributeError:
                            if isinstance(detail_item_data, ValidationError):
                                raise
                            detail_item = _as_dict(detail_item_data, "ValidationError")
                        detail.append(detail_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(detail))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "detail")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail

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
        _detail = d.pop("detail", UNSET)
        detail: list[ValidationError] | Unset = UNSET
        if _detail is not UNSET:
            detail = []
            for detail_item_data in _detail:
                detail_item = ValidationError.from_dict(detail_item_data)

                detail.append(detail_item)

        http_validation_error_body = cls(
            detail,
        )

        http_validation_error_body.additional_properties = d
        return http_validation_error_body

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
