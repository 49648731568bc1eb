from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.action_available import ActionAvailable
    from ..models.action_unavailable_delete_unavailable_reason import ActionUnavailableDeleteUnavailableReason
    from ..models.action_unavailable_rotate_unavailable_reason import ActionUnavailableRotateUnavailableReason
else:
    ActionAvailable = _Lazy(globals(), "action_available", "ActionAvailable")
    ActionUnavailableDeleteUnavailableReason = _Lazy(
        globals(), "action_unavailable_delete_unavailable_reason", "ActionUnavailableDeleteUnavailableReason"
    )
    ActionUnavailableRotateUnavailableReason = _Lazy(
        globals(), "action_unavailable_rotate_unavailable_reason", "ActionUnavailableRotateUnavailableReason"
    )


T = TypeVar("T", bound="APIKeyActions")


class APIKeyActions:
    """Per-action availability for an API key, keyed by action name.

    This is the generic, reusable shape for surfacing what a viewer may do with a resource on
    get/list endpoints: each action maps to a value that is either available or unavailable with an
    optional reason code. Add fields here as more actions are exposed.

    Every action is opt-in: fields default to ``None`` (the action is absent), and an absent action
    means "unavailable, with no specified reason". An action is only available when a producer
    explicitly sets it to ``ActionAvailable``. This keeps permissions opt-in rather than opt-out, so
    forgetting to populate an action can never accidentally expose it.

        Attributes:
            rotate (ActionAvailable | ActionUnavailableRotateUnavailableReason | None | Unset):
            delete (ActionAvailable | ActionUnavailableDeleteUnavailableReason | None | Unset):
    """

    __slots__ = ("additional_properties", "delete", "rotate")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "rotate",
        "delete",
    )

    rotate: ActionAvailable | ActionUnavailableRotateUnavailableReason | None | Unset
    delete: ActionAvailable | ActionUnavailableDeleteUnavailableReason | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        rotate: ActionAvailable | ActionUnavailableRotateUnavailableReason | None | Unset = UNSET,
        delete: ActionAvailable | ActionUnavailableDeleteUnavailableReason | None | Unset = UNSET,
    ) -> None:
        self.rotate = rotate
        self.delete = delete
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            rotate: dict[str, Any] | None | Unset
            if isinstance(self.rotate, Unset):
                rotate = UNSET
            elif isinstance(self.rotate, ActionAvailable) or isinstance(
                self.rotate, ActionUnavailableRotateUnavailableReason
            ):
                rotate = self.rotate.to_dict()
            else:
                rotate = self.rotate
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "rotate")
            raise

        try:
            delete: dict[str, Any] | None | Unset
            if isinstance(self.delete, Unset):
                delete = UNSET
            elif isinstance(self.delete, ActionAvailable) or isinstance(
                self.delete, ActionUnavailableDeleteUnavailableReason
            ):
                delete = self.delete.to_dict()
            else:
                delete = self.delete
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "delete")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rotate is not UNSET:
            field_dict["rotate"] = rotate
        if delete is not UNSET:
            field_dict["delete"] = delete

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
        _rotate_data = d.pop("rotate", UNSET)
        rotate: ActionAvailable | ActionUnavailableRotateUnavailableReason | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _rotate_data is None:
                rotate = _rotate_data
                break
            if isinstance(_rotate_data, Unset):
                rotate = _rotate_data
                break
            if isinstance(_rotate_data, dict):
                try:
                    rotate_type_0_type_0 = ActionAvailable.from_dict(_rotate_data)

                    rotate = rotate_type_0_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_rotate_data, dict):
                try:
                    rotate_type_0_type_1 = ActionUnavailableRotateUnavailableReason.from_dict(_rotate_data)

                    rotate = rotate_type_0_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            rotate = cast("ActionAvailable | ActionUnavailableRotateUnavailableReason | None | Unset", _rotate_data)
            break

        _delete_data = d.pop("delete", UNSET)
        delete: ActionAvailable | ActionUnavailableDeleteUnavailableReason | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _delete_data is None:
                delete = _delete_data
                break
            if isinstance(_delete_data, Unset):
                delete = _delete_data
                break
            if isinstance(_delete_data, dict):
                try:
                    delete_type_0_type_0 = ActionAvailable.from_dict(_delete_data)

                    delete = delete_type_0_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_delete_data, dict):
                try:
                    delete_type_0_type_1 = ActionUnavailableDeleteUnavailableReason.from_dict(_delete_data)

                    delete = delete_type_0_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            delete = cast("ActionAvailable | ActionUnavailableDeleteUnavailableReason | None | Unset", _delete_data)
            break

        api_key_actions = cls(
            rotate,
            delete,
        )

        api_key_actions.additional_properties = d
        return api_key_actions

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
