from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DeploymentBuildState")


class DeploymentBuildState:
    """
    Attributes:
        phase (None | str | Unset):
        commit_sha (None | str | Unset):
        image (None | str | Unset):
        message (None | str | Unset):
        started_at (datetime.datetime | None | Unset):
        finished_at (datetime.datetime | None | Unset):
    """

    __slots__ = ("additional_properties", "commit_sha", "finished_at", "image", "message", "phase", "started_at")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "phase",
        "commit_sha",
        "image",
        "message",
        "started_at",
        "finished_at",
    )

    phase: None | str | Unset
    commit_sha: None | str | Unset
    image: None | str | Unset
    message: None | str | Unset
    started_at: datetime.datetime | None | Unset
    finished_at: datetime.datetime | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        phase: None | str | Unset = UNSET,
        commit_sha: None | str | Unset = UNSET,
        image: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        started_at: datetime.datetime | None | Unset = UNSET,
        finished_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self.phase = phase
        self.commit_sha = commit_sha
        self.image = image
        self.message = message
        self.started_at = started_at
        self.finished_at = finished_at
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        commit_sha: None | str | Unset
        if isinstance(self.commit_sha, Unset):
            commit_sha = UNSET
        else:
            commit_sha = self.commit_sha

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat().replace("+00:00", "Z")
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat().replace("+00:00", "Z")
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phase is not UNSET:
            field_dict["phase"] = phase
        if commit_sha is not UNSET:
            field_dict["commit_sha"] = commit_sha
        if image is not UNSET:
            field_dict["image"] = image
        if message is not UNSET:
            field_dict["message"] = message
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

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
        phase: None | str | Unset = d.pop("phase", UNSET)

        commit_sha: None | str | Unset = d.pop("commit_sha", UNSET)

        image: None | str | Unset = d.pop("image", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        _started_at_data = d.pop("started_at", UNSET)
        started_at: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _started_at_data is None:
                started_at = _started_at_data
                break
            if isinstance(_started_at_data, Unset):
                started_at = _started_at_data
                break
            if isinstance(_started_at_data, str):
                try:
                    started_at_type_0 = datetime.datetime.fromisoformat(_started_at_data)

                    started_at = started_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            started_at = cast("datetime.datetime | None | Unset", _started_at_data)
            break

        _finished_at_data = d.pop("finished_at", UNSET)
        finished_at: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _finished_at_data is None:
                finished_at = _finished_at_data
                break
            if isinstance(_finished_at_data, Unset):
                finished_at = _finished_at_data
                break
            if isinstance(_finished_at_data, str):
                try:
                    finished_at_type_0 = datetime.datetime.fromisoformat(_finished_at_data)

                    finished_at = finished_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            finished_at = cast("datetime.datetime | None | Unset", _finished_at_data)
            break

        deployment_build_state = cls(
            phase,
            commit_sha,
            image,
            message,
            started_at,
            finished_at,
        )

        deployment_build_state.additional_properties = d
        return deployment_build_state

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
