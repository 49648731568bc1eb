from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, InvalidFieldError, Unset
from ..types import dump_json as _dump_json
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="GitCommitMetadata")


@_attrs_define(repr=False)
class GitCommitMetadata:
    """
    Attributes:
        sha (str):
        message (None | str | Unset):
        author (GitCommitAuthor | None | Unset):
        html_url (None | str | Unset):
    """

    sha: str
    message: None | str | Unset = UNSET
    author: GitCommitAuthor | None | Unset = UNSET
    html_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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


# Imported here, once the class above exists: see templates/model.py.jinja.
from ..models.git_commit_author import GitCommitAuthor
