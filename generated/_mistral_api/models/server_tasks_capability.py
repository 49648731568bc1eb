from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.server_tasks_requests_capability import ServerTasksRequestsCapability
    from ..models.tasks_cancel_capability import TasksCancelCapability
    from ..models.tasks_list_capability import TasksListCapability
else:
    ServerTasksRequestsCapability = _Lazy(
        globals(), "server_tasks_requests_capability", "ServerTasksRequestsCapability"
    )
    TasksCancelCapability = _Lazy(globals(), "tasks_cancel_capability", "TasksCancelCapability")
    TasksListCapability = _Lazy(globals(), "tasks_list_capability", "TasksListCapability")


T = TypeVar("T", bound="ServerTasksCapability")


class ServerTasksCapability:
    """Capability for server tasks operations.

    Attributes:
        list_ (None | TasksListCapability | Unset):
        cancel (None | TasksCancelCapability | Unset):
        requests (None | ServerTasksRequestsCapability | Unset):
    """

    __slots__ = ("additional_properties", "cancel", "list_", "requests")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "list_",
        "cancel",
        "requests",
    )

    list_: None | TasksListCapability | Unset
    cancel: None | TasksCancelCapability | Unset
    requests: None | ServerTasksRequestsCapability | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        list_: None | TasksListCapability | Unset = UNSET,
        cancel: None | TasksCancelCapability | Unset = UNSET,
        requests: None | ServerTasksRequestsCapability | Unset = UNSET,
    ) -> None:
        self.list_ = list_
        self.cancel = cancel
        self.requests = requests
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            list_: dict[str, Any] | None | Unset
            if isinstance(self.list_, Unset):
                list_ = UNSET
            elif isinstance(self.list_, TasksListCapability):
                list_ = self.list_.to_dict()
            else:
                list_ = self.list_
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "list_")
            raise

        try:
            cancel: dict[str, Any] | None | Unset
            if isinstance(self.cancel, Unset):
                cancel = UNSET
            elif isinstance(self.cancel, TasksCancelCapability):
                cancel = self.cancel.to_dict()
            else:
                cancel = self.cancel
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "cancel")
            raise

        try:
            requests: dict[str, Any] | None | Unset
            if isinstance(self.requests, Unset):
                requests = UNSET
            elif isinstance(self.requests, ServerTasksRequestsCapability):
                requests = self.requests.to_dict()
            else:
                requests = self.requests
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "requests")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_ is not UNSET:
            field_dict["list"] = list_
        if cancel is not UNSET:
            field_dict["cancel"] = cancel
        if requests is not UNSET:
            field_dict["requests"] = requests

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
        _list__data = d.pop("list", UNSET)
        list_: None | TasksListCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _list__data is None:
                list_ = _list__data
                break
            if isinstance(_list__data, Unset):
                list_ = _list__data
                break
            if isinstance(_list__data, dict):
                try:
                    list_type_0 = TasksListCapability.from_dict(_list__data)

                    list_ = list_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            list_ = cast("None | TasksListCapability | Unset", _list__data)
            break

        _cancel_data = d.pop("cancel", UNSET)
        cancel: None | TasksCancelCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _cancel_data is None:
                cancel = _cancel_data
                break
            if isinstance(_cancel_data, Unset):
                cancel = _cancel_data
                break
            if isinstance(_cancel_data, dict):
                try:
                    cancel_type_0 = TasksCancelCapability.from_dict(_cancel_data)

                    cancel = cancel_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            cancel = cast("None | TasksCancelCapability | Unset", _cancel_data)
            break

        _requests_data = d.pop("requests", UNSET)
        requests: None | ServerTasksRequestsCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _requests_data is None:
                requests = _requests_data
                break
            if isinstance(_requests_data, Unset):
                requests = _requests_data
                break
            if isinstance(_requests_data, dict):
                try:
                    requests_type_0 = ServerTasksRequestsCapability.from_dict(_requests_data)

                    requests = requests_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            requests = cast("None | ServerTasksRequestsCapability | Unset", _requests_data)
            break

        server_tasks_capability = cls(
            list_,
            cancel,
            requests,
        )

        server_tasks_capability.additional_properties = d
        return server_tasks_capability

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
