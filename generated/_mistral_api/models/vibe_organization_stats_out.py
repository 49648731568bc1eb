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
    from ..models.vibe_next_edit_active_users_stat import VibeNextEditActiveUsersStat
    from ..models.vibe_next_edit_modified_loc_stat import VibeNextEditModifiedLOCStat
    from ..models.vibe_next_edit_suggestion_stat import VibeNextEditSuggestionStat
else:
    VibeNextEditActiveUsersStat = _Lazy(globals(), "vibe_next_edit_active_users_stat", "VibeNextEditActiveUsersStat")
    VibeNextEditModifiedLOCStat = _Lazy(globals(), "vibe_next_edit_modified_loc_stat", "VibeNextEditModifiedLOCStat")
    VibeNextEditSuggestionStat = _Lazy(globals(), "vibe_next_edit_suggestion_stat", "VibeNextEditSuggestionStat")


T = TypeVar("T", bound="VibeOrganizationStatsOUT")


class VibeOrganizationStatsOUT:
    """
    Attributes:
        start_time (int): Start of the queried window, as a Unix timestamp in seconds.
        end_time (int): End of the queried window, as a Unix timestamp in seconds.
        next_edit_suggestions (list[VibeNextEditSuggestionStat]):
        next_edit_active_users (list[VibeNextEditActiveUsersStat]):
        next_edit_modified_loc (list[VibeNextEditModifiedLOCStat]):
    """

    __slots__ = (
        "additional_properties",
        "end_time",
        "next_edit_active_users",
        "next_edit_modified_loc",
        "next_edit_suggestions",
        "start_time",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "start_time",
        "end_time",
        "next_edit_suggestions",
        "next_edit_active_users",
        "next_edit_modified_loc",
    )

    start_time: int
    end_time: int
    next_edit_suggestions: list[VibeNextEditSuggestionStat]
    next_edit_active_users: list[VibeNextEditActiveUsersStat]
    next_edit_modified_loc: list[VibeNextEditModifiedLOCStat]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        start_time: int,
        end_time: int,
        next_edit_suggestions: list[VibeNextEditSuggestionStat],
        next_edit_active_users: list[VibeNextEditActiveUsersStat],
        next_edit_modified_loc: list[VibeNextEditModifiedLOCStat],
    ) -> None:
        self.start_time = start_time
        self.end_time = end_time
        self.next_edit_suggestions = next_edit_suggestions
        self.next_edit_active_users = next_edit_active_users
        self.next_edit_modified_loc = next_edit_modified_loc
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        try:
            next_edit_suggestions = []
            try:
                for next_edit_suggestions_item_data in self.next_edit_suggestions:
                    try:
                        next_edit_suggestions_item = next_edit_suggestions_item_data.to_dict()
                    except AttributeError:
                        if isinstance(next_edit_suggestions_item_data, VibeNextEditSuggestionStat):
                            raise
                        next_edit_suggestions_item = _as_dict(
                            next_edit_suggestions_item_data, "VibeNextEditSuggestionStat"
                        )
                    next_edit_suggestions.append(next_edit_suggestions_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(next_edit_suggestions))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "next_edit_suggestions")
            raise

        try:
            next_edit_active_users = []
            try:
                for next_edit_active_users_item_data in self.next_edit_active_users:
                    try:
                        next_edit_active_users_item = next_edit_active_users_item_data.to_dict()
                    except AttributeError:
                        if isinstance(next_edit_active_users_item_data, VibeNextEditActiveUsersStat):
                            raise
                        next_edit_active_users_item = _as_dict(
                            next_edit_active_users_item_data, "VibeNextEditActiveUsersStat"
                        )
                    next_edit_active_users.append(next_edit_active_users_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(next_edit_active_users))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "next_edit_active_users")
            raise

        try:
            next_edit_modified_loc = []
            try:
                for next_edit_modified_loc_item_data in self.next_edit_modified_loc:
                    try:
                        next_edit_modified_loc_item = next_edit_modified_loc_item_data.to_dict()
                    except AttributeError:
                        if isinstance(next_edit_modified_loc_item_data, VibeNextEditModifiedLOCStat):
                            raise
                        next_edit_modified_loc_item = _as_dict(
                            next_edit_modified_loc_item_data, "VibeNextEditModifiedLOCStat"
                        )
                    next_edit_modified_loc.append(next_edit_modified_loc_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(next_edit_modified_loc))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "next_edit_modified_loc")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
                "next_edit_suggestions": next_edit_suggestions,
                "next_edit_active_users": next_edit_active_users,
                "next_edit_modified_loc": next_edit_modified_loc,
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
        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        next_edit_suggestions = []
        _next_edit_suggestions = d.pop("next_edit_suggestions")
        for next_edit_suggestions_item_data in _next_edit_suggestions:
            next_edit_suggestions_item = VibeNextEditSuggestionStat.from_dict(next_edit_suggestions_item_data)

            next_edit_suggestions.append(next_edit_suggestions_item)

        next_edit_active_users = []
        _next_edit_active_users = d.pop("next_edit_active_users")
        for next_edit_active_users_item_data in _next_edit_active_users:
            next_edit_active_users_item = VibeNextEditActiveUsersStat.from_dict(next_edit_active_users_item_data)

            next_edit_active_users.append(next_edit_active_users_item)

        next_edit_modified_loc = []
        _next_edit_modified_loc = d.pop("next_edit_modified_loc")
        for next_edit_modified_loc_item_data in _next_edit_modified_loc:
            next_edit_modified_loc_item = VibeNextEditModifiedLOCStat.from_dict(next_edit_modified_loc_item_data)

            next_edit_modified_loc.append(next_edit_modified_loc_item)

        vibe_organization_stats_out = cls(
            start_time,
            end_time,
            next_edit_suggestions,
            next_edit_active_users,
            next_edit_modified_loc,
        )

        vibe_organization_stats_out.additional_properties = d
        return vibe_organization_stats_out

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
