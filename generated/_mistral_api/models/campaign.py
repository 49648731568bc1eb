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
    from ..models.filter_payload import FilterPayload
    from ..models.judge import Judge
else:
    FilterPayload = _Lazy(globals(), "filter_payload", "FilterPayload")
    Judge = _Lazy(globals(), "judge", "Judge")


T = TypeVar("T", bound="Campaign")


class Campaign:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        deleted_at (datetime.datetime | None):
        name (str):
        owner_id (UUID):
        workspace_id (UUID):
        description (str):
        max_nb_events (int):
        search_params (FilterPayload):
        judge (Judge):
    """

    __slots__ = (
        "additional_properties",
        "created_at",
        "deleted_at",
        "description",
        "id",
        "judge",
        "max_nb_events",
        "name",
        "owner_id",
        "search_params",
        "updated_at",
        "workspace_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "name",
        "owner_id",
        "workspace_id",
        "description",
        "max_nb_events",
        "search_params",
        "judge",
    )

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    deleted_at: datetime.datetime | None
    name: str
    owner_id: UUID
    workspace_id: UUID
    description: str
    max_nb_events: int
    search_params: FilterPayload
    judge: Judge
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        deleted_at: datetime.datetime | None,
        name: str,
        owner_id: UUID,
        workspace_id: UUID,
        description: str,
        max_nb_events: int,
        search_params: FilterPayload,
        judge: Judge,
    ) -> None:
        self.id = id
        self.created_at = created_at
        self.updated_at = updated_at
        self.deleted_at = deleted_at
        self.name = name
        self.owner_id = owner_id
        self.workspace_id = workspace_id
        self.description = description
        self.max_nb_events = max_nb_events
        self.search_params = search_params
        self.judge = judge
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat().replace("+00:00", "Z")
        else:
            deleted_at = self.deleted_at

        name = self.name

        owner_id = str(self.owner_id)

        workspace_id = str(self.workspace_id)

        description = self.description

        max_nb_events = self.max_nb_events

        try:
            try:
                search_params = self.search_params.to_dict()
            except AttributeError:
                if isinstance(self.search_params, FilterPayload):
                    raise
                search_params = _as_dict(self.search_params, "FilterPayload")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "search_params")
            raise

        try:
            try:
                judge = self.judge.to_dict()
            except AttributeError:
                if isinstance(self.judge, Judge):
                    raise
                judge = _as_dict(self.judge, "Judge")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "judge")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted_at": deleted_at,
                "name": name,
                "owner_id": owner_id,
                "workspace_id": workspace_id,
                "description": description,
                "max_nb_events": max_nb_events,
                "search_params": search_params,
                "judge": judge,
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
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _deleted_at_data = d.pop("deleted_at")
        deleted_at: datetime.datetime | None
        while True:  # one pass; each break is the generator's `return`
            if _deleted_at_data is None:
                deleted_at = _deleted_at_data
                break
            if isinstance(_deleted_at_data, str):
                try:
                    deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at_data)

                    deleted_at = deleted_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            deleted_at = cast("datetime.datetime | None", _deleted_at_data)
            break

        name = d.pop("name")

        owner_id = UUID(d.pop("owner_id"))

        workspace_id = UUID(d.pop("workspace_id"))

        description = d.pop("description")

        max_nb_events = d.pop("max_nb_events")

        search_params = FilterPayload.from_dict(d.pop("search_params"))

        judge = Judge.from_dict(d.pop("judge"))

        campaign = cls(
            id,
            created_at,
            updated_at,
            deleted_at,
            name,
            owner_id,
            workspace_id,
            description,
            max_nb_events,
            search_params,
            judge,
        )

        campaign.additional_properties = d
        return campaign

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
