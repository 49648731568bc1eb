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
    from ..models.deployment_worker_response import DeploymentWorkerResponse
else:
    DeploymentWorkerResponse = _Lazy(globals(), "deployment_worker_response", "DeploymentWorkerResponse")


T = TypeVar("T", bound="DeploymentWorkerListResponse")


class DeploymentWorkerListResponse:
    """
    Attributes:
        workers (list[DeploymentWorkerResponse]): Workers registered for the deployment
        next_cursor (None | str): Cursor for the next page of results
    """

    __slots__ = ("additional_properties", "next_cursor", "workers")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "workers",
        "next_cursor",
    )

    workers: list[DeploymentWorkerResponse]
    next_cursor: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        workers: list[DeploymentWorkerResponse],
        next_cursor: None | str,
    ) -> None:
        self.workers = workers
        self.next_cursor = next_cursor
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            workers = []
            try:
                for workers_item_data in self.workers:
                    try:
                        workers_item = workers_item_data.to_dict()
                    except AttributeError:
                        if isinstance(workers_item_data, DeploymentWorkerResponse):
                            raise
                        workers_item = _as_dict(workers_item_data, "DeploymentWorkerResponse")
                    workers.append(workers_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(workers))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "workers")
            raise

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workers": workers,
                "next_cursor": next_cursor,
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
        workers = []
        _workers = d.pop("workers")
        for workers_item_data in _workers:
            workers_item = DeploymentWorkerResponse.from_dict(workers_item_data)

            workers.append(workers_item)

        next_cursor: None | str = d.pop("next_cursor")

        deployment_worker_list_response = cls(
            workers,
            next_cursor,
        )

        deployment_worker_list_response.additional_properties = d
        return deployment_worker_list_response

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
