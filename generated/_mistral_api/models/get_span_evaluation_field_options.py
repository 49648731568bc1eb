from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="GetSpanEvaluationFieldOptions")


class GetSpanEvaluationFieldOptions:
    """
    Attributes:
        options (list[str] | None):
    """

    __slots__ = ("additional_properties", "options")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("options",)

    options: list[str] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        options: list[str] | None,
    ) -> None:
        self.options = options
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        options: list[str] | None
        if isinstance(self.options, list):
            options = self.options

        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "options": options,
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
        _options_data = d.pop("options")
        options: list[str] | None
        while True:  # one pass; each break is the generator's `return`
            if _options_data is None:
                options = _options_data
                break
            if isinstance(_options_data, list):
                try:
                    options_type_0 = cast(list[str], _options_data)

                    options = options_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            options = cast("list[str] | None", _options_data)
            break

        get_span_evaluation_field_options = cls(
            options,
        )

        get_span_evaluation_field_options.additional_properties = d
        return get_span_evaluation_field_options

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
