from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.create_library_request_owner_type_type_0 import CreateLibraryRequestOwnerTypeType0
else:
    CreateLibraryRequestOwnerTypeType0 = _Lazy(
        globals(), "create_library_request_owner_type_type_0", "CreateLibraryRequestOwnerTypeType0"
    )


T = TypeVar("T", bound="CreateLibraryRequest")


class CreateLibraryRequest:
    """
    Attributes:
        name (str):
        description (None | str | Unset):
        chunk_size (int | None | Unset): The size of the chunks (in characters) to split document text into. Must be
            between 256 and 32768.
        owner_type (CreateLibraryRequestOwnerTypeType0 | None | Unset): Determines who owns the created library. 'User'
            creates a private library accessible only to its owner. 'Workspace' creates a library shared with the workspace.
            Defaults to 'Workspace' for API key sessions. Only API keys with the 'Private and shared connectors' connector
            access scope can create private, user-owned libraries.
    """

    __slots__ = ("additional_properties", "chunk_size", "description", "name", "owner_type")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "description",
        "chunk_size",
        "owner_type",
    )

    name: str
    description: None | str | Unset
    chunk_size: int | None | Unset
    owner_type: CreateLibraryRequestOwnerTypeType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        description: None | str | Unset = UNSET,
        chunk_size: int | None | Unset = UNSET,
        owner_type: CreateLibraryRequestOwnerTypeType0 | None | Unset = UNSET,
    ) -> None:
        self.name = name
        self.description = description
        self.chunk_size = chunk_size
        self.owner_type = owner_type
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        chunk_size: int | None | Unset
        if isinstance(self.chunk_size, Unset):
            chunk_size = UNSET
        else:
            chunk_size = self.chunk_size

        owner_type: None | str | Unset
        if isinstance(self.owner_type, Unset):
            owner_type = UNSET
        elif isinstance(self.owner_type, CreateLibraryRequestOwnerTypeType0):
            owner_type = str(self.owner_type)
        else:
            owner_type = self.owner_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if chunk_size is not UNSET:
            field_dict["chunk_size"] = chunk_size
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type

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
        name = d.pop("name")

        description: None | str | Unset = d.pop("description", UNSET)

        chunk_size: int | None | Unset = d.pop("chunk_size", UNSET)

        _owner_type_data = d.pop("owner_type", UNSET)
        owner_type: CreateLibraryRequestOwnerTypeType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _owner_type_data is None:
                owner_type = _owner_type_data
                break
            if isinstance(_owner_type_data, Unset):
                owner_type = _owner_type_data
                break
            if isinstance(_owner_type_data, str):
                try:
                    owner_type_type_0 = CreateLibraryRequestOwnerTypeType0(_owner_type_data)

                    owner_type = owner_type_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            owner_type = cast("CreateLibraryRequestOwnerTypeType0 | None | Unset", _owner_type_data)
            break

        create_library_request = cls(
            name,
            description,
            chunk_size,
            owner_type,
        )

        create_library_request.additional_properties = d
        return create_library_request

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
