from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.batch_execution_response_results import BatchExecutionResponseResults
else:
    BatchExecutionResponseResults = _Lazy(
        globals(), "batch_execution_response_results", "BatchExecutionResponseResults"
    )


T = TypeVar("T", bound="BatchExecutionResponse")


class BatchExecutionResponse:
    """
    Attributes:
        results (BatchExecutionResponseResults | Unset): Mapping of execution_id to result with status and optional
            error message
    """

    __slots__ = ("additional_properties", "results")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("results",)

    results: BatchExecutionResponseResults | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        results: BatchExecutionResponseResults | Unset = UNSET,
    ) -> None:
        self.results = results
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            results: dict[str, Any] | Unset = UNSET
            if not isinstance(self.results, Unset):
                try:
                    results = self.results.to_dict()
                except AttributeError:
                    if isinstance(self.results, BatchExecutionResponseResults):
                        raise
                    results = _as_dict(self.results, "BatchExecutionResponseResults")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "results")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results

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
        _results = d.pop("results", UNSET)
        results: BatchExecutionResponseResults | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = BatchExecutionResponseResults.from_dict(_results)

        batch_execution_response = cls(
            results,
        )

        batch_execution_response.additional_properties = d
        return batch_execution_response

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
