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
    from ..models.vibe_active_users_stat import VibeActiveUsersStat
    from ..models.vibe_consumed_tokens_stat import VibeConsumedTokensStat
    from ..models.vibe_session_duration_stat import VibeSessionDurationStat
    from ..models.vibe_session_stat import VibeSessionStat
    from ..models.vibe_tool_calls_by_name_stat import VibeToolCallsByNameStat
    from ..models.vibe_tool_calls_stat import VibeToolCallsStat
    from ..models.vibe_user_prompts_stat import VibeUserPromptsStat
else:
    VibeActiveUsersStat = _Lazy(globals(), "vibe_active_users_stat", "VibeActiveUsersStat")
    VibeConsumedTokensStat = _Lazy(globals(), "vibe_consumed_tokens_stat", "VibeConsumedTokensStat")
    VibeSessionDurationStat = _Lazy(globals(), "vibe_session_duration_stat", "VibeSessionDurationStat")
    VibeSessionStat = _Lazy(globals(), "vibe_session_stat", "VibeSessionStat")
    VibeToolCallsByNameStat = _Lazy(globals(), "vibe_tool_calls_by_name_stat", "VibeToolCallsByNameStat")
    VibeToolCallsStat = _Lazy(globals(), "vibe_tool_calls_stat", "VibeToolCallsStat")
    VibeUserPromptsStat = _Lazy(globals(), "vibe_user_prompts_stat", "VibeUserPromptsStat")


T = TypeVar("T", bound="VibeWorkspaceStatsOUT")


class VibeWorkspaceStatsOUT:
    """
    Attributes:
        start_time (int): Start of the queried window, as a Unix timestamp in seconds.
        end_time (int): End of the queried window, as a Unix timestamp in seconds.
        sessions (list[VibeSessionStat]):
        user_prompts (list[VibeUserPromptsStat]):
        active_users (list[VibeActiveUsersStat]):
        consumed_tokens (list[VibeConsumedTokensStat]):
        tool_calls (list[VibeToolCallsStat]):
        tool_calls_by_name (list[VibeToolCallsByNameStat]):
        session_durations (list[VibeSessionDurationStat]):
    """

    __slots__ = (
        "active_users",
        "additional_properties",
        "consumed_tokens",
        "end_time",
        "session_durations",
        "sessions",
        "start_time",
        "tool_calls",
        "tool_calls_by_name",
        "user_prompts",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "start_time",
        "end_time",
        "sessions",
        "user_prompts",
        "active_users",
        "consumed_tokens",
        "tool_calls",
        "tool_calls_by_name",
        "session_durations",
    )

    start_time: int
    end_time: int
    sessions: list[VibeSessionStat]
    user_prompts: list[VibeUserPromptsStat]
    active_users: list[VibeActiveUsersStat]
    consumed_tokens: list[VibeConsumedTokensStat]
    tool_calls: list[VibeToolCallsStat]
    tool_calls_by_name: list[VibeToolCallsByNameStat]
    session_durations: list[VibeSessionDurationStat]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        start_time: int,
        end_time: int,
        sessions: list[VibeSessionStat],
        user_prompts: list[VibeUserPromptsStat],
        active_users: list[VibeActiveUsersStat],
        consumed_tokens: list[VibeConsumedTokensStat],
        tool_calls: list[VibeToolCallsStat],
        tool_calls_by_name: list[VibeToolCallsByNameStat],
        session_durations: list[VibeSessionDurationStat],
    ) -> None:
        self.start_time = start_time
        self.end_time = end_time
        self.sessions = sessions
        self.user_prompts = user_prompts
        self.active_users = active_users
        self.consumed_tokens = consumed_tokens
        self.tool_calls = tool_calls
        self.tool_calls_by_name = tool_calls_by_name
        self.session_durations = session_durations
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        try:
            sessions = []
            try:
                for sessions_item_data in self.sessions:
                    try:
                        sessions_item = sessions_item_data.to_dict()
                    except AttributeError:
                        if isinstance(sessions_item_data, VibeSessionStat):
                            raise
                        sessions_item = _as_dict(sessions_item_data, "VibeSessionStat")
                    sessions.append(sessions_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(sessions))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "sessions")
            raise

        try:
            user_prompts = []
            try:
                for user_prompts_item_data in self.user_prompts:
                    try:
                        user_prompts_item = user_prompts_item_data.to_dict()
                    except AttributeError:
                        if isinstance(user_prompts_item_data, VibeUserPromptsStat):
                            raise
                        user_prompts_item = _as_dict(user_prompts_item_data, "VibeUserPromptsStat")
                    user_prompts.append(user_prompts_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(user_prompts))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "user_prompts")
            raise

        try:
            active_users = []
            try:
                for active_users_item_data in self.active_users:
                    try:
                        active_users_item = active_users_item_data.to_dict()
                    except AttributeError:
                        if isinstance(active_users_item_data, VibeActiveUsersStat):
                            raise
                        active_users_item = _as_dict(active_users_item_data, "VibeActiveUsersStat")
                    active_users.append(active_users_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(active_users))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "active_users")
            raise

        try:
            consumed_tokens = []
            try:
                for consumed_tokens_item_data in self.consumed_tokens:
                    try:
                        consumed_tokens_item = consumed_tokens_item_data.to_dict()
                    except AttributeError:
                        if isinstance(consumed_tokens_item_data, VibeConsumedTokensStat):
                            raise
                        consumed_tokens_item = _as_dict(consumed_tokens_item_data, "VibeConsumedTokensStat")
                    consumed_tokens.append(consumed_tokens_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(consumed_tokens))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "consumed_tokens")
            raise

        try:
            tool_calls = []
            try:
                for tool_calls_item_data in self.tool_calls:
                    try:
                        tool_calls_item = tool_calls_item_data.to_dict()
                    except AttributeError:
                        if isinstance(tool_calls_item_data, VibeToolCallsStat):
                            raise
                        tool_calls_item = _as_dict(tool_calls_item_data, "VibeToolCallsStat")
                    tool_calls.append(tool_calls_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(tool_calls))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tool_calls")
            raise

        try:
            tool_calls_by_name = []
            try:
                for tool_calls_by_name_item_data in self.tool_calls_by_name:
                    try:
                        tool_calls_by_name_item = tool_calls_by_name_item_data.to_dict()
                    except AttributeError:
                        if isinstance(tool_calls_by_name_item_data, VibeToolCallsByNameStat):
                            raise
                        tool_calls_by_name_item = _as_dict(tool_calls_by_name_item_data, "VibeToolCallsByNameStat")
                    tool_calls_by_name.append(tool_calls_by_name_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(tool_calls_by_name))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tool_calls_by_name")
            raise

        try:
            session_durations = []
            try:
                for session_durations_item_data in self.session_durations:
                    try:
                        session_durations_item = session_durations_item_data.to_dict()
                    except AttributeError:
                        if isinstance(session_durations_item_data, VibeSessionDurationStat):
                            raise
                        session_durations_item = _as_dict(session_durations_item_data, "VibeSessionDurationStat")
                    session_durations.append(session_durations_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(session_durations))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "session_durations")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
                "sessions": sessions,
                "user_prompts": user_prompts,
                "active_users": active_users,
                "consumed_tokens": consumed_tokens,
                "tool_calls": tool_calls,
                "tool_calls_by_name": tool_calls_by_name,
                "session_durations": session_durations,
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

        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in _sessions:
            sessions_item = VibeSessionStat.from_dict(sessions_item_data)

            sessions.append(sessions_item)

        user_prompts = []
        _user_prompts = d.pop("user_prompts")
        for user_prompts_item_data in _user_prompts:
            user_prompts_item = VibeUserPromptsStat.from_dict(user_prompts_item_data)

            user_prompts.append(user_prompts_item)

        active_users = []
        _active_users = d.pop("active_users")
        for active_users_item_data in _active_users:
            active_users_item = VibeActiveUsersStat.from_dict(active_users_item_data)

            active_users.append(active_users_item)

        consumed_tokens = []
        _consumed_tokens = d.pop("consumed_tokens")
        for consumed_tokens_item_data in _consumed_tokens:
            consumed_tokens_item = VibeConsumedTokensStat.from_dict(consumed_tokens_item_data)

            consumed_tokens.append(consumed_tokens_item)

        tool_calls = []
        _tool_calls = d.pop("tool_calls")
        for tool_calls_item_data in _tool_calls:
            tool_calls_item = VibeToolCallsStat.from_dict(tool_calls_item_data)

            tool_calls.append(tool_calls_item)

        tool_calls_by_name = []
        _tool_calls_by_name = d.pop("tool_calls_by_name")
        for tool_calls_by_name_item_data in _tool_calls_by_name:
            tool_calls_by_name_item = VibeToolCallsByNameStat.from_dict(tool_calls_by_name_item_data)

            tool_calls_by_name.append(tool_calls_by_name_item)

        session_durations = []
        _session_durations = d.pop("session_durations")
        for session_durations_item_data in _session_durations:
            session_durations_item = VibeSessionDurationStat.from_dict(session_durations_item_data)

            session_durations.append(session_durations_item)

        vibe_workspace_stats_out = cls(
            start_time,
            end_time,
            sessions,
            user_prompts,
            active_users,
            consumed_tokens,
            tool_calls,
            tool_calls_by_name,
            session_durations,
        )

        vibe_workspace_stats_out.additional_properties = d
        return vibe_workspace_stats_out

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
