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
    from ..models.scim_sync_group_action_out import ScimSyncGroupActionOut
    from ..models.scim_sync_group_update_action_out import ScimSyncGroupUpdateActionOut
else:
    ScimSyncGroupActionOut = _Lazy(globals(), "scim_sync_group_action_out", "ScimSyncGroupActionOut")
    ScimSyncGroupUpdateActionOut = _Lazy(globals(), "scim_sync_group_update_action_out", "ScimSyncGroupUpdateActionOut")


T = TypeVar("T", bound="ScimSyncGroupsSummaryOut")


class ScimSyncGroupsSummaryOut:
    """
    Attributes:
        create (list[ScimSyncGroupActionOut]):
        update (list[ScimSyncGroupUpdateActionOut]):
        delete (list[ScimSyncGroupActionOut]):
    """

    __slots__ = ("additional_properties", "create", "delete", "update")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "create",
        "update",
        "delete",
    )

    create: list[ScimSyncGroupActionOut]
    update: list[ScimSyncGroupUpdateActionOut]
    delete: list[ScimSyncGroupActionOut]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        create: list[ScimSyncGroupActionOut],
        update: list[ScimSyncGroupUpdateActionOut],
        delete: list[ScimSyncGroupActionOut],
    ) -> None:
        self.create = create
        self.update = update
        self.delete = delete
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            create = []
            try:
                for create_item_data in self.create:
                    try:
                        create_item = create_item_data.to_dict()
                    except AttributeError:
                        if isinstance(create_item_data, ScimSyncGroupActionOut):
                            raise
                        create_item = _as_dict(create_item_data, "ScimSyncGroupActionOut")
                    create.append(create_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(create))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "create")
            raise

        try:
            update = []
            try:
                for update_item_data in self.update:
                    try:
                        update_item = update_item_data.to_dict()
                    except AttributeError:
                        if isinstance(update_item_data, ScimSyncGroupUpdateActionOut):
                            raise
                        update_item = _as_dict(update_item_data, "ScimSyncGroupUpdateActionOut")
                    update.append(update_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(update))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "update")
            raise

        try:
            delete = []
            try:
                for delete_item_data in self.delete:
                    try:
                        delete_item = delete_item_data.to_dict()
                    except AttributeError:
                        if isinstance(delete_item_data, ScimSyncGroupActionOut):
                            raise
                        delete_item = _as_dict(delete_item_data, "ScimSyncGroupActionOut")
                    delete.append(delete_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(delete))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "delete")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "create": create,
                "update": update,
                "delete": delete,
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
        create = []
        _create = d.pop("create")
        for create_item_data in _create:
            create_item = ScimSyncGroupActionOut.from_dict(create_item_data)

            create.append(create_item)

        update = []
        _update = d.pop("update")
        for update_item_data in _update:
            update_item = ScimSyncGroupUpdateActionOut.from_dict(update_item_data)

            update.append(update_item)

        delete = []
        _delete = d.pop("delete")
        for delete_item_data in _delete:
            delete_item = ScimSyncGroupActionOut.from_dict(delete_item_data)

            delete.append(delete_item)

        scim_sync_groups_summary_out = cls(
            create,
            update,
            delete,
        )

        scim_sync_groups_summary_out.additional_properties = d
        return scim_sync_groups_summary_out

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
