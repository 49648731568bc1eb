from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.user_identity_api_key import UserIdentityApiKey
    from ..models.user_identity_organization import UserIdentityOrganization
    from ..models.user_identity_workspace import UserIdentityWorkspace
else:
    UserIdentityApiKey = _Lazy(globals(), "user_identity_api_key", "UserIdentityApiKey")
    UserIdentityOrganization = _Lazy(globals(), "user_identity_organization", "UserIdentityOrganization")
    UserIdentityWorkspace = _Lazy(globals(), "user_identity_workspace", "UserIdentityWorkspace")


T = TypeVar("T", bound="UserIdentity")


class UserIdentity:
    """
    Attributes:
        id (str):
        email (None | str):
        first_name (None | str):
        last_name (None | str):
        workspace (None | Unset | UserIdentityWorkspace):
        organization (None | Unset | UserIdentityOrganization):
        api_key (None | Unset | UserIdentityApiKey):
    """

    __slots__ = (
        "additional_properties",
        "api_key",
        "email",
        "first_name",
        "id",
        "last_name",
        "organization",
        "workspace",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "email",
        "first_name",
        "last_name",
        "workspace",
        "organization",
        "api_key",
    )

    id: str
    email: None | str
    first_name: None | str
    last_name: None | str
    workspace: None | Unset | UserIdentityWorkspace
    organization: None | Unset | UserIdentityOrganization
    api_key: None | Unset | UserIdentityApiKey
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        email: None | str,
        first_name: None | str,
        last_name: None | str,
        workspace: None | Unset | UserIdentityWorkspace = UNSET,
        organization: None | Unset | UserIdentityOrganization = UNSET,
        api_key: None | Unset | UserIdentityApiKey = UNSET,
    ) -> None:
        self.id = id
        self.email = email
        self.first_name = first_name
        self.last_name = last_name
        self.workspace = workspace
        self.organization = organization
        self.api_key = api_key
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email: None | str
        email = self.email

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        try:
            workspace: dict[str, Any] | None | Unset
            if isinstance(self.workspace, Unset):
                workspace = UNSET
            elif isinstance(self.workspace, UserIdentityWorkspace):
                workspace = self.workspace.to_dict()
            else:
                workspace = self.workspace
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "workspace")
            raise

        try:
            organization: dict[str, Any] | None | Unset
            if isinstance(self.organization, Unset):
                organization = UNSET
            elif isinstance(self.organization, UserIdentityOrganization):
                organization = self.organization.to_dict()
            else:
                organization = self.organization
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "organization")
            raise

        try:
            api_key: dict[str, Any] | None | Unset
            if isinstance(self.api_key, Unset):
                api_key = UNSET
            elif isinstance(self.api_key, UserIdentityApiKey):
                api_key = self.api_key.to_dict()
            else:
                api_key = self.api_key
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "api_key")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if organization is not UNSET:
            field_dict["organization"] = organization
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

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
        id = d.pop("id")

        email: None | str = d.pop("email")

        first_name: None | str = d.pop("first_name")

        last_name: None | str = d.pop("last_name")

        _workspace_data = d.pop("workspace", UNSET)
        workspace: None | Unset | UserIdentityWorkspace
        while True:  # one pass; each break is the generator's `return`
            if _workspace_data is None:
                workspace = _workspace_data
                break
            if isinstance(_workspace_data, Unset):
                workspace = _workspace_data
                break
            if isinstance(_workspace_data, dict):
                try:
                    workspace_type_0 = UserIdentityWorkspace.from_dict(_workspace_data)

                    workspace = workspace_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            workspace = cast("None | Unset | UserIdentityWorkspace", _workspace_data)
            break

        _organization_data = d.pop("organization", UNSET)
        organization: None | Unset | UserIdentityOrganization
        while True:  # one pass; each break is the generator's `return`
            if _organization_data is None:
                organization = _organization_data
                break
            if isinstance(_organization_data, Unset):
                organization = _organization_data
                break
            if isinstance(_organization_data, dict):
                try:
                    organization_type_0 = UserIdentityOrganization.from_dict(_organization_data)

                    organization = organization_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            organization = cast("None | Unset | UserIdentityOrganization", _organization_data)
            break

        _api_key_data = d.pop("api_key", UNSET)
        api_key: None | Unset | UserIdentityApiKey
        while True:  # one pass; each break is the generator's `return`
            if _api_key_data is None:
                api_key = _api_key_data
                break
            if isinstance(_api_key_data, Unset):
                api_key = _api_key_data
                break
            if isinstance(_api_key_data, dict):
                try:
                    api_key_type_0 = UserIdentityApiKey.from_dict(_api_key_data)

                    api_key = api_key_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            api_key = cast("None | Unset | UserIdentityApiKey", _api_key_data)
            break

        user_identity = cls(
            id,
            email,
            first_name,
            last_name,
            workspace,
            organization,
            api_key,
        )

        user_identity.additional_properties = d
        return user_identity

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
