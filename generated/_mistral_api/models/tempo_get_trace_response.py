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
    from ..models.tempo_trace_batch import TempoTraceBatch
else:
    TempoTraceBatch = _Lazy(globals(), "tempo_trace_batch", "TempoTraceBatch")


T = TypeVar("T", bound="TempoGetTraceResponse")


class TempoGetTraceResponse:
    """Trace response in OpenTelemetry format.

    This is the unified trace format used across all trace providers (Tempo, ClickHouse, etc.).
    Regardless of the underlying backend, all trace data is normalized to this Tempo-compatible
    OpenTelemetry format to ensure consistency in the API response structure.

        Attributes:
            batches (list[TempoTraceBatch] | Unset): The batches of the trace
    """

    __slots__ = ("additional_properties", "batches")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("batches",)

    batches: list[TempoTraceBatch] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        batches: list[TempoTraceBatch] | Unset = UNSET,
    ) -> None:
        self.batches = batches
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            batches: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.batches, Unset):
                batches = []
                try:
                    for batches_item_data in self.batches:
                        try:
                            batches_item = batches_item_data.to_dict()
                        except AttributeError:
                            if isinstance(batches_item_data, TempoTraceBatch):
                                raise
                            batches_item = _as_dict(batches_item_data, "TempoTraceBatch")
                        batches.append(batches_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(batches))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "batches")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batches is not UNSET:
            field_dict["batches"] = batches

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
        _batches = d.pop("batches", UNSET)
        batches: list[TempoTraceBatch] | Unset = UNSET
        if _batches is not UNSET:
            batches = []
            for batches_item_data in _batches:
                batches_item = TempoTraceBatch.from_dict(batches_item_data)

                batches.append(batches_item)

        tempo_get_trace_response = cls(
            batches,
        )

        tempo_get_trace_response.additional_properties = d
        return tempo_get_trace_response

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
