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
    from ..models.user_workspace import UserWorkspace
else:
    UserWorkspace = _Lazy(globals(), "user_workspace", "UserWorkspace")


T = TypeVar("T", bound="ListWorkspacesResponse")


class ListWorkspacesResponse:
    """
    Attributes:
        workspaces (list[UserWorkspace]): The workspaces the authenticated user is a member of, each tagged with the
            organization it belongs to.
    """

    __slots__ = ("additional_properties", "workspaces")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("workspaces",)

    workspaces: list[UserWorkspace]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        workspaces: list[UserWorkspace],
    ) -> None:
        self.workspaces = workspaces
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            workspaces = []
            try:
                for workspaces_item_data in self.workspaces:
                    try:
                        workspaces_item = workspaces_item_data.to_dict()
                    except AttributeError:
                        if isinstance(workspaces_item_data, UserWorkspace):
                            raise
                        workspaces_item = _as_dict(workspaces_item_data, "UserWorkspace")
                    workspaces.append(workspaces_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(workspaces))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "workspaces")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspaces": workspaces,
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
        workspaces = []
        _workspaces = d.pop("workspaces")
        for workspaces_item_data in _workspaces:
            workspaces_item = UserWorkspace.from_dict(workspaces_item_data)

            workspaces.append(workspaces_item)

        list_workspaces_response = cls(
            workspaces,
        )

        list_workspaces_response.additional_properties = d
        return list_workspaces_response

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
