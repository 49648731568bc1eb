from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.judge_classification_output_option import JudgeClassificationOutputOption
else:
    JudgeClassificationOutputOption = _Lazy(
        globals(), "judge_classification_output_option", "JudgeClassificationOutputOption"
    )


T = TypeVar("T", bound="JudgeClassificationOutput")


class JudgeClassificationOutput:
    """
    Attributes:
        options (list[JudgeClassificationOutputOption]):
        type_ (Literal['CLASSIFICATION'] | Unset):  Default: 'CLASSIFICATION'.
    """

    __slots__ = ("additional_properties", "options", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "options",
        "type_",
    )

    options: list[JudgeClassificationOutputOption]
    type_: Literal["CLASSIFICATION"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        options: list[JudgeClassificationOutputOption],
        type_: Literal["CLASSIFICATION"] | Unset = "CLASSIFICATION",
    ) -> None:
        self.options = options
        self.type_ = type_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            options = []
            try:
                for options_item_data in self.options:
                    try:
                        options_item = options_item_data.to_dict()
                    except AttributeError:
                        if isinstance(options_item_data, JudgeClassificationOutputOption):
                            raise
                        options_item = _as_dict(options_item_data, "JudgeClassificationOutputOption")
                    options.append(options_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(options))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "options")
            raise

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "options": options,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = JudgeClassificationOutputOption.from_dict(options_item_data)

            options.append(options_item)

        type_ = cast(Literal["CLASSIFICATION"] | Unset, d.pop("type", UNSET))
        if type_ != "CLASSIFICATION" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'CLASSIFICATION', got '{type_}'")

        judge_classification_output = cls(
            options,
            type_,
        )

        judge_classification_output.additional_properties = d
        return judge_classification_output

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
