from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.git_commit_metadata import GitCommitMetadata
else:
    GitCommitMetadata = _Lazy(globals(), "git_commit_metadata", "GitCommitMetadata")


T = TypeVar("T", bound="DeploymentWorkerSpecResponse")


class DeploymentWorkerSpecResponse:
    """
    Attributes:
        github_url (str):
        type_ (str | Unset):  Default: 'workflows_worker'.
        revision (None | str | Unset):
        entrypoint (None | str | Unset):
        working_dir (None | str | Unset):
        restarted_at (None | str | Unset):
        commit_sha (None | str | Unset):
        commit (GitCommitMetadata | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "commit",
        "commit_sha",
        "entrypoint",
        "github_url",
        "restarted_at",
        "revision",
        "type_",
        "working_dir",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "github_url",
        "type_",
        "revision",
        "entrypoint",
        "working_dir",
        "restarted_at",
        "commit_sha",
        "commit",
    )

    github_url: str
    type_: str | Unset
    revision: None | str | Unset
    entrypoint: None | str | Unset
    working_dir: None | str | Unset
    restarted_at: None | str | Unset
    commit_sha: None | str | Unset
    commit: GitCommitMetadata | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        github_url: str,
        type_: str | Unset = UNSET,
        revision: None | str | Unset = UNSET,
        entrypoint: None | str | Unset = UNSET,
        working_dir: None | str | Unset = UNSET,
        restarted_at: None | str | Unset = UNSET,
        commit_sha: None | str | Unset = UNSET,
        commit: GitCommitMetadata | None | Unset = UNSET,
    ) -> None:
        self.github_url = github_url
        self.type_ = type_
        self.revision = revision
        self.entrypoint = entrypoint
        self.working_dir = working_dir
        self.restarted_at = restarted_at
        self.commit_sha = commit_sha
        self.commit = commit
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        github_url = self.github_url

        type_ = self.type_

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

        restarted_at: None | str | Unset
        if isinstance(self.restarted_at, Unset):
            restarted_at = UNSET
        else:
            restarted_at = self.restarted_at

        commit_sha: None | str | Unset
        if isinstance(self.commit_sha, Unset):
            commit_sha = UNSET
        else:
            commit_sha = self.commit_sha

        try:
            commit: dict[str, Any] | None | Unset
            if isinstance(self.commit, Unset):
                commit = UNSET
            elif isinstance(self.commit, GitCommitMetadata):
                commit = self.commit.to_dict()
            else:
                commit = self.commit
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "commit")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "github_url": github_url,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if revision is not UNSET:
            field_dict["revision"] = revision
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if working_dir is not UNSET:
            field_dict["working_dir"] = working_dir
        if restarted_at is not UNSET:
            field_dict["restarted_at"] = restarted_at
        if commit_sha is not UNSET:
            field_dict["commit_sha"] = commit_sha
        if commit is not UNSET:
            field_dict["commit"] = commit

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
        github_url = d.pop("github_url")

        type_ = d.pop("type", UNSET)

        revision: None | str | Unset = d.pop("revision", UNSET)

        entrypoint: None | str | Unset = d.pop("entrypoint", UNSET)

        working_dir: None | str | Unset = d.pop("working_dir", UNSET)

        restarted_at: None | str | Unset = d.pop("restarted_at", UNSET)

        commit_sha: None | str | Unset = d.pop("commit_sha", UNSET)

        _commit_data = d.pop("commit", UNSET)
        commit: GitCommitMetadata | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _commit_data is None:
                commit = _commit_data
                break
            if isinstance(_commit_data, Unset):
                commit = _commit_data
                break
            if isinstance(_commit_data, dict):
                try:
                    commit_type_0 = GitCommitMetadata.from_dict(_commit_data)

                    commit = commit_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            commit = cast("GitCommitMetadata | None | Unset", _commit_data)
            break

        deployment_worker_spec_response = cls(
            github_url,
            type_,
            revision,
            entrypoint,
            working_dir,
            restarted_at,
            commit_sha,
            commit,
        )

        deployment_worker_spec_response.additional_properties = d
        return deployment_worker_spec_response

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
