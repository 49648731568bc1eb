from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.agent import Agent
else:
    Agent = _Lazy(globals(), "agent", "Agent")


T = TypeVar("T", bound="AgentListPage")


class AgentListPage:
    """
    Attributes:
        data (list[Agent]):
        object_ (Literal['list'] | Unset):  Default: 'list'.
        next_page_token (None | str | Unset):
    """

    __slots__ = ("additional_properties", "data", "next_page_token", "object_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "data",
        "object_",
        "next_page_token",
    )

    data: list[Agent]
    object_: Literal["list"] | Unset
    next_page_token: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        data: list[Agent],
        object_: Literal["list"] | Unset = "list",
        next_page_token: None | str | Unset = UNSET,
    ) -> None:
        self.data = data
        self.object_ = object_
        self.next_page_token = next_page_token
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            data = []
            try:
                for data_item_data in self.data:
                    try:
                        data_item = data_item_data.to_dict()
                    except AttributeError:
                        if isinstance(data_item_data, Agent):
                            raise
                        data_item = _as_dict(data_item_data, "Agent")
                    data.append(data_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(data))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "data")
            raise

        object_ = self.object_

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

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
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Agent.from_dict(data_item_data)

            data.append(data_item)

        object_ = cast(Literal["list"] | Unset, d.pop("object", UNSET))
        if object_ != "list" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'list', got '{object_}'")

        next_page_token: None | str | Unset = d.pop("next_page_token", UNSET)

        agent_list_page = cls(
            data,
            object_,
            next_page_token,
        )

        agent_list_page.additional_properties = d
        return agent_list_page

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
