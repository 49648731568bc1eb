from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="VibeWorkByTimeStat")


class VibeWorkByTimeStat:
    """
    Attributes:
        messages_count (int):
        files_count (int):
        images_count (int):
        spreadsheets_count (int):
        unique_conversations_count (int):
        time_bucket (datetime.datetime | None):
        unique_users_count (int):
        messages_to_agents_count (int):
        unique_agents_count (int):
    """

    __slots__ = (
        "additional_properties",
        "files_count",
        "images_count",
        "messages_count",
        "messages_to_agents_count",
        "spreadsheets_count",
        "time_bucket",
        "unique_agents_count",
        "unique_conversations_count",
        "unique_users_count",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "messages_count",
        "files_count",
        "images_count",
        "spreadsheets_count",
        "unique_conversations_count",
        "time_bucket",
        "unique_users_count",
        "messages_to_agents_count",
        "unique_agents_count",
    )

    messages_count: int
    files_count: int
    images_count: int
    spreadsheets_count: int
    unique_conversations_count: int
    time_bucket: datetime.datetime | None
    unique_users_count: int
    messages_to_agents_count: int
    unique_agents_count: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        messages_count: int,
        files_count: int,
        images_count: int,
        spreadsheets_count: int,
        unique_conversations_count: int,
        time_bucket: datetime.datetime | None,
        unique_users_count: int,
        messages_to_agents_count: int,
        unique_agents_count: int,
    ) -> None:
        self.messages_count = messages_count
        self.files_count = files_count
        self.images_count = images_count
        self.spreadsheets_count = spreadsheets_count
        self.unique_conversations_count = unique_conversations_count
        self.time_bucket = time_bucket
        self.unique_users_count = unique_users_count
        self.messages_to_agents_count = messages_to_agents_count
        self.unique_agents_count = unique_agents_count
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        messages_count = self.messages_count

        files_count = self.files_count

        images_count = self.images_count

        spreadsheets_count = self.spreadsheets_count

        unique_conversations_count = self.unique_conversations_count

        time_bucket: None | str
        if isinstance(self.time_bucket, datetime.datetime):
            time_bucket = self.time_bucket.isoformat().replace("+00:00", "Z")
        else:
            time_bucket = self.time_bucket

        unique_users_count = self.unique_users_count

        messages_to_agents_count = self.messages_to_agents_count

        unique_agents_count = self.unique_agents_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages_count": messages_count,
                "files_count": files_count,
                "images_count": images_count,
                "spreadsheets_count": spreadsheets_count,
                "unique_conversations_count": unique_conversations_count,
                "time_bucket": time_bucket,
                "unique_users_count": unique_users_count,
                "messages_to_agents_count": messages_to_agents_count,
                "unique_agents_count": unique_agents_count,
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
        messages_count = d.pop("messages_count")

        files_count = d.pop("files_count")

        images_count = d.pop("images_count")

        spreadsheets_count = d.pop("spreadsheets_count")

        unique_conversations_count = d.pop("unique_conversations_count")

        _time_bucket_data = d.pop("time_bucket")
        time_bucket: datetime.datetime | None
        while True:  # one pass; each break is the generator's `return`
            if _time_bucket_data is None:
                time_bucket = _time_bucket_data
                break
            if isinstance(_time_bucket_data, str):
                try:
                    time_bucket_type_0 = datetime.datetime.fromisoformat(_time_bucket_data)

                    time_bucket = time_bucket_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            time_bucket = cast("datetime.datetime | None", _time_bucket_data)
            break

        unique_users_count = d.pop("unique_users_count")

        messages_to_agents_count = d.pop("messages_to_agents_count")

        unique_agents_count = d.pop("unique_agents_count")

        vibe_work_by_time_stat = cls(
            messages_count,
            files_count,
            images_count,
            spreadsheets_count,
            unique_conversations_count,
            time_bucket,
            unique_users_count,
            messages_to_agents_count,
            unique_agents_count,
        )

        vibe_work_by_time_stat.additional_properties = d
        return vibe_work_by_time_stat

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
