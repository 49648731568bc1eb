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
    from ..models.tempo_trace_scope import TempoTraceScope
    from ..models.tempo_trace_span import TempoTraceSpan
else:
    TempoTraceScope = _Lazy(globals(), "tempo_trace_scope", "TempoTraceScope")
    TempoTraceSpan = _Lazy(globals(), "tempo_trace_span", "TempoTraceSpan")


T = TypeVar("T", bound="TempoTraceScopeSpan")


class TempoTraceScopeSpan:
    """
    Attributes:
        scope (TempoTraceScope):
        spans (list[TempoTraceSpan] | Unset): The spans of the scope
    """

    __slots__ = ("additional_properties", "scope", "spans")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "scope",
        "spans",
    )

    scope: TempoTraceScope
    spans: list[TempoTraceSpan] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        scope: TempoTraceScope,
        spans: list[TempoTraceSpan] | Unset = UNSET,
    ) -> None:
        self.scope = scope
        self.spans = spans
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                scope = self.scope.to_dict()
            except AttributeError:
                if isinstance(self.scope, TempoTraceScope):
                    raise
                scope = _as_dict(self.scope, "TempoTraceScope")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "scope")
            raise

        try:
            spans: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.spans, Unset):
                spans = []
                try:
                    for spans_item_data in self.spans:
                        try:
                            spans_item = spans_item_data.to_dict()
                        except AttributeError:
                            if isinstance(spans_item_data, TempoTraceSpan):
                                raise
                            spans_item = _as_dict(spans_item_data, "TempoTraceSpan")
                        spans.append(spans_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(spans))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "spans")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope": scope,
            }
        )
        if spans is not UNSET:
            field_dict["spans"] = spans

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
        scope = TempoTraceScope.from_dict(d.pop("scope"))

        _spans = d.pop("spans", UNSET)
        spans: list[TempoTraceSpan] | Unset = UNSET
        if _spans is not UNSET:
            spans = []
            for spans_item_data in _spans:
                spans_item = TempoTraceSpan.from_dict(spans_item_data)

                spans.append(spans_item)

        tempo_trace_scope_span = cls(
            scope,
            spans,
        )

        tempo_trace_scope_span.additional_properties = d
        return tempo_trace_scope_span

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
