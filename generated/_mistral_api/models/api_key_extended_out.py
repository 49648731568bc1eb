from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.api_key_actions import APIKeyActions
    from ..models.api_key_product import APIKeyProduct
else:
    APIKeyActions = _Lazy(globals(), "api_key_actions", "APIKeyActions")
    APIKeyProduct = _Lazy(globals(), "api_key_product", "APIKeyProduct")


T = TypeVar("T", bound="APIKeyExtendedOUT")


class APIKeyExtendedOUT:
    """
    Attributes:
        key_id (UUID): API key ID.
        key (None | str): Plaintext API key value. Only returned at creation time.
        name (None | str): Name of the API key.
        hidden_key (str): Masked API key value for display.
        created_at (datetime.datetime | None): Time when the API key was created.
        expiration_date (datetime.date | None): Date when the API key expires.
        actions (APIKeyActions): Per-action availability for an API key, keyed by action name.

            This is the generic, reusable shape for surfacing what a viewer may do with a resource on
            get/list endpoints: each action maps to a value that is either available or unavailable with an
            optional reason code. Add fields here as more actions are exposed.

            Every action is opt-in: fields default to ``None`` (the action is absent), and an absent action
            means "unavailable, with no specified reason". An action is only available when a producer
            explicitly sets it to ``ActionAvailable``. This keeps permissions opt-in rather than opt-out, so
            forgetting to populate an action can never accidentally expose it.
        workspace_id (None | UUID): Workspace ID for the API key.
        workspace_name (None | str): Name of the Workspace for the API key.
        created_by (None | str): User or API key that created this API key.
        product (APIKeyProduct | None): Product the API key belongs to.
        last_used (datetime.date | None): Date when the API key was last used.
        can_delete (bool | None): Whether you can delete this API key.
    """

    __slots__ = (
        "actions",
        "additional_properties",
        "can_delete",
        "created_at",
        "created_by",
        "expiration_date",
        "hidden_key",
        "key",
        "key_id",
        "last_used",
        "name",
        "product",
        "workspace_id",
        "workspace_name",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "key_id",
        "key",
        "name",
        "hidden_key",
        "created_at",
        "expiration_date",
        "actions",
        "workspace_id",
        "workspace_name",
        "created_by",
        "product",
        "last_used",
        "can_delete",
    )

    key_id: UUID
    key: None | str
    name: None | str
    hidden_key: str
    created_at: datetime.datetime | None
    expiration_date: datetime.date | None
    actions: APIKeyActions
    workspace_id: None | UUID
    workspace_name: None | str
    created_by: None | str
    product: APIKeyProduct | None
    last_used: datetime.date | None
    can_delete: bool | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        key_id: UUID,
        key: None | str,
        name: None | str,
        hidden_key: str,
        created_at: datetime.datetime | None,
        expiration_date: datetime.date | None,
        actions: APIKeyActions,
        workspace_id: None | UUID,
        workspace_name: None | str,
        created_by: None | str,
        product: APIKeyProduct | None,
        last_used: datetime.date | None,
        can_delete: bool | None,
    ) -> None:
        self.key_id = key_id
        self.key = key
        self.name = name
        self.hidden_key = hidden_key
        self.created_at = created_at
        self.expiration_date = expiration_date
        self.actions = actions
        self.workspace_id = workspace_id
        self.workspace_name = workspace_name
        self.created_by = created_by
        self.product = product
        self.last_used = last_used
        self.can_delete = can_delete
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        key_id = str(self.key_id)

        key: None | str
        key = self.key

        name: None | str
        name = self.name

        hidden_key = self.hidden_key

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:
            created_at = self.created_at

        expiration_date: None | str
        if isinstance(self.expiration_date, datetime.date):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        try:
            try:
                actions = self.actions.to_dict()
            except AttributeError:
                if isinstance(self.actions, APIKeyActions):
                    raise
                actions = _as_dict(self.actions, "APIKeyActions")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "actions")
            raise

        workspace_id: None | str
        if isinstance(self.workspace_id, UUID):
            workspace_id = str(self.workspace_id)
        else:
            workspace_id = self.workspace_id

        workspace_name: None | str
        workspace_name = self.workspace_name

        created_by: None | str
        created_by = self.created_by

        product: None | str
        if isinstance(self.product, APIKeyProduct):
            product = str(self.product)
        else:
            product = self.product

        last_used: None | str
        if isinstance(self.last_used, datetime.date):
            last_used = self.last_used.isoformat()
        else:
            last_used = self.last_used

        can_delete: bool | None
        can_delete = self.can_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_id": key_id,
                "key": key,
                "name": name,
                "hidden_key": hidden_key,
                "created_at": created_at,
                "expiration_date": expiration_date,
                "actions": actions,
                "workspace_id": workspace_id,
                "workspace_name": workspace_name,
                "created_by": created_by,
                "product": product,
                "last_used": last_used,
                "can_delete": can_delete,
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
        key_id = UUID(d.pop("key_id"))

        key: None | str = d.pop("key")

        name: None | str = d.pop("name")

        hidden_key = d.pop("hidden_key")

        _created_at_data = d.pop("created_at")
        created_at: datetime.datetime | None
        while True:  # one pass; each break is the generator's `return`
            if _created_at_data is None:
                created_at = _created_at_data
                break
            if isinstance(_created_at_data, str):
                try:
                    created_at_type_0 = datetime.datetime.fromisoformat(_created_at_data)

                    created_at = created_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            created_at = cast("datetime.datetime | None", _created_at_data)
            break

        _expiration_date_data = d.pop("expiration_date")
        expiration_date: datetime.date | None
        while True:  # one pass; each break is the generator's `return`
            if _expiration_date_data is None:
                expiration_date = _expiration_date_data
                break
            if isinstance(_expiration_date_data, str):
                try:
                    expiration_date_type_0 = datetime.date.fromisoformat(_expiration_date_data)

                    expiration_date = expiration_date_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            expiration_date = cast("datetime.date | None", _expiration_date_data)
            break

        actions = APIKeyActions.from_dict(d.pop("actions"))

        _workspace_id_data = d.pop("workspace_id")
        workspace_id: None | UUID
        while True:  # one pass; each break is the generator's `return`
            if _workspace_id_data is None:
                workspace_id = _workspace_id_data
                break
            if isinstance(_workspace_id_data, str):
                try:
                    workspace_id_type_0 = UUID(_workspace_id_data)

                    workspace_id = workspace_id_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            workspace_id = cast("None | UUID", _workspace_id_data)
            break

        workspace_name: None | str = d.pop("workspace_name")

        created_by: None | str = d.pop("created_by")

        _product_data = d.pop("product")
        product: APIKeyProduct | None
        while True:  # one pass; each break is the generator's `return`
            if _product_data is None:
                product = _product_data
                break
            if isinstance(_product_data, str):
                try:
                    product_type_0 = APIKeyProduct(_product_data)

                    product = product_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            product = cast("APIKeyProduct | None", _product_data)
            break

        _last_used_data = d.pop("last_used")
        last_used: datetime.date | None
        while True:  # one pass; each break is the generator's `return`
            if _last_used_data is None:
                last_used = _last_used_data
                break
            if isinstance(_last_used_data, str):
                try:
                    last_used_type_0 = datetime.date.fromisoformat(_last_used_data)

                    last_used = last_used_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            last_used = cast("datetime.date | None", _last_used_data)
            break

        can_delete: bool | None = d.pop("can_delete")

        api_key_extended_out = cls(
            key_id,
            key,
            name,
            hidden_key,
            created_at,
            expiration_date,
            actions,
            workspace_id,
            workspace_name,
            created_by,
            product,
            last_used,
            can_delete,
        )

        api_key_extended_out.additional_properties = d
        return api_key_extended_out

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
