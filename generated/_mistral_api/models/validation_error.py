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
    from ..models.validation_error_context import ValidationErrorContext
else:
    ValidationErrorContext = _Lazy(globals(), "validation_error_context", "ValidationErrorContext")


T = TypeVar("T", bound="ValidationError")


class ValidationError:
    """
    Attributes:
        loc (list[int | str]):
        msg (str):
        type_ (str):
        input_ (Any | Unset):
        ctx (ValidationErrorContext | Unset):
    """

    __slots__ = ("additional_properties", "ctx", "input_", "loc", "msg", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "loc",
        "msg",
        "type_",
        "input_",
        "ctx",
    )

    loc: list[int | str]
    msg: str
    type_: str
    input_: Any | Unset
    ctx: ValidationErrorContext | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        loc: list[int | str],
        msg: str,
        type_: str,
        input_: Any | Unset = UNSET,
        ctx: ValidationErrorContext | Unset = UNSET,
    ) -> None:
        self.loc = loc
        self.msg = msg
        self.type_ = type_
        self.input_ = input_
        self.ctx = ctx
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data
            loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        input_ = self.input_

        try:
            ctx: dict[str, Any] | Unset = UNSET
            if not isinstance(self.ctx, Unset):
                try:
                    ctx = self.ctx.to_dict()
                except AttributeError:
                    if isinstance(self.ctx, ValidationErrorContext):
                        raise
                    ctx = _as_dict(self.ctx, "ValidationErrorContext")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "ctx")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if ctx is not UNSET:
            field_dict["ctx"] = ctx

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
        loc = []
        _loc = d.pop("loc")
        for loc_item_data in _loc:
            loc_item: int | str = loc_item_data

            loc.append(loc_item)

        msg = d.pop("msg")

        type_ = d.pop("type")

        input_ = d.pop("input", UNSET)

        _ctx = d.pop("ctx", UNSET)
        ctx: ValidationErrorContext | Unset
        if isinstance(_ctx, Unset):
            ctx = UNSET
        else:
            ctx = ValidationErrorContext.from_dict(_ctx)

        validation_error = cls(
            loc,
            msg,
            type_,
            input_,
            ctx,
        )

        validation_error.additional_properties = d
        return validation_error

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
