from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.metadata_dict import MetadataDict
else:
    MetadataDict = _Lazy(globals(), "metadata_dict", "MetadataDict")


T = TypeVar("T", bound="AgentConversation")


class AgentConversation:
    """
    Attributes:
        id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        agent_id (str):
        name (None | str | Unset): Name given to the conversation.
        description (None | str | Unset): Description of the what the conversation is about.
        metadata (MetadataDict | None | Unset): Custom metadata for the conversation.
        object_ (Literal['conversation'] | Unset):  Default: 'conversation'.
        agent_version (int | None | str | Unset):
    """

    __slots__ = (
        "additional_properties",
        "agent_id",
        "agent_version",
        "created_at",
        "description",
        "id",
        "metadata",
        "name",
        "object_",
        "updated_at",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "created_at",
        "updated_at",
        "agent_id",
        "name",
        "description",
        "metadata",
        "object_",
        "agent_version",
    )

    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    agent_id: str
    name: None | str | Unset
    description: None | str | Unset
    metadata: MetadataDict | None | Unset
    object_: Literal["conversation"] | Unset
    agent_version: int | None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        agent_id: str,
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        metadata: MetadataDict | None | Unset = UNSET,
        object_: Literal["conversation"] | Unset = "conversation",
        agent_version: int | None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.created_at = created_at
        self.updated_at = updated_at
        self.agent_id = agent_id
        self.name = name
        self.description = description
        self.metadata = metadata
        self.object_ = object_
        self.agent_version = agent_version
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        agent_id = self.agent_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, MetadataDict):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

        object_ = self.object_

        agent_version: int | None | str | Unset
        if isinstance(self.agent_version, Unset):
            agent_version = UNSET
        else:
            agent_version = self.agent_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "agent_id": agent_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if object_ is not UNSET:
            field_dict["object"] = object_
        if agent_version is not UNSET:
            field_dict["agent_version"] = agent_version

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        agent_id = d.pop("agent_id")

        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        _metadata_data = d.pop("metadata", UNSET)
        metadata: MetadataDict | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = MetadataDict.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("MetadataDict | None | Unset", _metadata_data)
            break

        object_ = cast(Literal["conversation"] | Unset, d.pop("object", UNSET))
        if object_ != "conversation" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'conversation', got '{object_}'")

        agent_version: int | None | str | Unset = d.pop("agent_version", UNSET)

        agent_conversation = cls(
            id,
            created_at,
            updated_at,
            agent_id,
            name,
            description,
            metadata,
            object_,
            agent_version,
        )

        agent_conversation.additional_properties = d
        return agent_conversation

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
