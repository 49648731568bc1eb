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
    from ..models.batch_job import BatchJob
else:
    BatchJob = _Lazy(globals(), "batch_job", "BatchJob")


T = TypeVar("T", bound="ListBatchJobsResponse")


class ListBatchJobsResponse:
    """
    Attributes:
        total (int):
        data (list[BatchJob] | Unset):
        object_ (Literal['list'] | Unset):  Default: 'list'.
    """

    __slots__ = ("additional_properties", "data", "object_", "total")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "total",
        "data",
        "object_",
    )

    total: int
    data: list[BatchJob] | Unset
    object_: Literal["list"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        total: int,
        data: list[BatchJob] | Unset = UNSET,
        object_: Literal["list"] | Unset = "list",
    ) -> None:
        self.total = total
        self.data = data
        self.object_ = object_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        try:
            data: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.data, Unset):
                data = []
                try:
                    for data_item_data in self.data:
                        try:
                            data_item = data_item_data.to_dict()
                        except AttributeError:
                            if isinstance(data_item_data, BatchJob):
                                raise
                            data_item = _as_dict(data_item_data, "BatchJob")
                        data.append(data_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(data))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "data")
            raise

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if object_ is not UNSET:
            field_dict["object"] = object_

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
        total = d.pop("total")

        _data = d.pop("data", UNSET)
        data: list[BatchJob] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = BatchJob.from_dict(data_item_data)

                data.append(data_item)

        object_ = cast(Literal["list"] | Unset, d.pop("object", UNSET))
        if object_ != "list" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'list', got '{object_}'")

        list_batch_jobs_response = cls(
            total,
            data,
            object_,
        )

        list_batch_jobs_response.additional_properties = d
        return list_batch_jobs_response

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
