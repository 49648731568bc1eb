from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.filter_payload import FilterPayload
else:
    FilterPayload = _Lazy(globals(), "filter_payload", "FilterPayload")


T = TypeVar("T", bound="CreateCampaignRequest")


class CreateCampaignRequest:
    """
    Attributes:
        search_params (FilterPayload):
        judge_id (UUID):
        name (str):
        description (str):
        max_nb_events (int):
    """

    __slots__ = ("additional_properties", "description", "judge_id", "max_nb_events", "name", "search_params")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "search_params",
        "judge_id",
        "name",
        "description",
        "max_nb_events",
    )

    search_params: FilterPayload
    judge_id: UUID
    name: str
    description: str
    max_nb_events: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        search_params: FilterPayload,
        judge_id: UUID,
        name: str,
        description: str,
        max_nb_events: int,
    ) -> None:
        self.search_params = search_params
        self.judge_id = judge_id
        self.name = name
        self.description = description
        self.max_nb_events = max_nb_events
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
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

        judge_id = str(self.judge_id)

        name = self.name

        description = self.description

        max_nb_events = self.max_nb_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search_params": search_params,
                "judge_id": judge_id,
                "name": name,
                "description": description,
                "max_nb_events": max_nb_events,
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
        search_params = FilterPayload.from_dict(d.pop("search_params"))

        judge_id = UUID(d.pop("judge_id"))

        name = d.pop("name")

        description = d.pop("description")

        max_nb_events = d.pop("max_nb_events")

        create_campaign_request = cls(
            search_params,
            judge_id,
            name,
            description,
            max_nb_events,
        )

        create_campaign_request.additional_properties = d
        return create_campaign_request

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
