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
else:
    APIKeyActions = _Lazy(globals(), "api_key_actions", "APIKeyActions")


T = TypeVar("T", bound="APIKeyOUT")


class APIKeyOUT:
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
    """

    __slots__ = (
        "actions",
        "additional_properties",
        "created_at",
        "expiration_date",
        "hidden_key",
        "key",
        "key_id",
        "name",
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
    )

    key_id: UUID
    key: None | str
    name: None | str
    hidden_key: str
    created_at: datetime.datetime | None
    expiration_date: datetime.date | None
    actions: APIKeyActions
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
    ) -> None:
        self.key_id = key_id
        self.key = key
        self.name = name
        self.hidden_key = hidden_key
        self.created_at = created_at
        self.expiration_date = expiration_date
        self.actions = actions
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

        api_key_out = cls(
            key_id,
            key,
            name,
            hidden_key,
            created_at,
            expiration_date,
            actions,
        )

        api_key_out.additional_properties = d
        return api_key_out

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
