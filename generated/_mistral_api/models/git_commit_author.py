from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="GitCommitAuthor")


class GitCommitAuthor:
    """
    Attributes:
        name (None | str | Unset):
        username (None | str | Unset):
        html_url (None | str | Unset):
    """

    __slots__ = ("additional_properties", "html_url", "name", "username")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "username",
        "html_url",
    )

    name: None | str | Unset
    username: None | str | Unset
    html_url: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        html_url: None | str | Unset = UNSET,
    ) -> None:
        self.name = name
        self.username = username
        self.html_url = html_url
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        html_url: None | str | Unset
        if isinstance(self.html_url, Unset):
            html_url = UNSET
        else:
            html_url = self.html_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if username is not UNSET:
            field_dict["username"] = username
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
        name: None | str | Unset = d.pop("name", UNSET)

        username: None | str | Unset = d.pop("username", UNSET)

        html_url: None | str | Unset = d.pop("html_url", UNSET)

        git_commit_author = cls(
            name,
            username,
            html_url,
        )

        git_commit_author.additional_properties = d
        return git_commit_author

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
