from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.git_commit_author import GitCommitAuthor
else:
    GitCommitAuthor = _Lazy(globals(), "git_commit_author", "GitCommitAuthor")


T = TypeVar("T", bound="GitCommitMetadata")


class GitCommitMetadata:
    """
    Attributes:
        sha (str):
        message (None | str | Unset):
        author (GitCommitAuthor | None | Unset):
        html_url (None | str | Unset):
    """

    __slots__ = ("additional_properties", "author", "html_url", "message", "sha")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "sha",
        "message",
        "author",
        "html_url",
    )

    sha: str
    message: None | str | Unset
    author: GitCommitAuthor | None | Unset
    html_url: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        sha: str,
        message: None | str | Unset = UNSET,
        author: GitCommitAuthor | None | Unset = UNSET,
        html_url: None | str | Unset = UNSET,
    ) -> None:
        self.sha = sha
        self.message = message
        self.author = author
        self.html_url = html_url
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        sha = self.sha

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        try:
            author: dict[str, Any] | None | Unset
            if isinstance(self.author, Unset):
                author = UNSET
            elif isinstance(self.author, GitCommitAuthor):
                author = self.author.to_dict()
            else:
                author = self.author
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "author")
            raise

        html_url: None | str | Unset
        if isinstance(self.html_url, Unset):
            html_url = UNSET
        else:
            html_url = self.html_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sha": sha,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if author is not UNSET:
            field_dict["author"] = author
        if html_url is not UNSET:
            field_dict["html_url"] = html_url

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
        sha = d.pop("sha")

        message: None | str | Unset = d.pop("message", UNSET)

        _author_data = d.pop("author", UNSET)
        author: GitCommitAuthor | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _author_data is None:
                author = _author_data
                break
            if isinstance(_author_data, Unset):
                author = _author_data
                break
            if isinstance(_author_data, dict):
                try:
                    author_type_0 = GitCommitAuthor.from_dict(_author_data)

                    author = author_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            author = cast("GitCommitAuthor | None | Unset", _author_data)
            break

        html_url: None | str | Unset = d.pop("html_url", UNSET)

        git_commit_metadata = cls(
            sha,
            message,
            author,
            html_url,
        )

        git_commit_metadata.additional_properties = d
        return git_commit_metadata

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
