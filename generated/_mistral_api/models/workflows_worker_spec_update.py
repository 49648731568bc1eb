from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WorkflowsWorkerSpecUpdate")


class WorkflowsWorkerSpecUpdate:
    """
    Attributes:
        github_url (None | str | Unset):
        revision (None | str | Unset):
        entrypoint (None | str | Unset):
        working_dir (None | str | Unset):
    """

    __slots__ = ("additional_properties", "entrypoint", "github_url", "revision", "working_dir")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "github_url",
        "revision",
        "entrypoint",
        "working_dir",
    )

    github_url: None | str | Unset
    revision: None | str | Unset
    entrypoint: None | str | Unset
    working_dir: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        github_url: None | str | Unset = UNSET,
        revision: None | str | Unset = UNSET,
        entrypoint: None | str | Unset = UNSET,
        working_dir: None | str | Unset = UNSET,
    ) -> None:
        self.github_url = github_url
        self.revision = revision
        self.entrypoint = entrypoint
        self.working_dir = working_dir
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        github_url: None | str | Unset
        if isinstance(self.github_url, Unset):
            github_url = UNSET
        else:
            github_url = self.github_url

        revision: None | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        entrypoint: None | str | Unset
        if isinstance(self.entrypoint, Unset):
            entrypoint = UNSET
        else:
            entrypoint = self.entrypoint

        working_dir: None | str | Unset
        if isinstance(self.working_dir, Unset):
            working_dir = UNSET
        else:
            working_dir = self.working_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if github_url is not UNSET:
            field_dict["github_url"] = github_url
        if revision is not UNSET:
            field_dict["revision"] = revision
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if working_dir is not UNSET:
            field_dict["working_dir"] = working_dir

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
        github_url: None | str | Unset = d.pop("github_url", UNSET)

        revision: None | str | Unset = d.pop("revision", UNSET)

        entrypoint: None | str | Unset = d.pop("entrypoint", UNSET)

        working_dir: None | str | Unset = d.pop("working_dir", UNSET)

        workflows_worker_spec_update = cls(
            github_url,
            revision,
            entrypoint,
            working_dir,
        )

        workflows_worker_spec_update.additional_properties = d
        return workflows_worker_spec_update

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
