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
    from ..models.tempo_trace_resource import TempoTraceResource
    from ..models.tempo_trace_scope_span import TempoTraceScopeSpan
else:
    TempoTraceResource = _Lazy(globals(), "tempo_trace_resource", "TempoTraceResource")
    TempoTraceScopeSpan = _Lazy(globals(), "tempo_trace_scope_span", "TempoTraceScopeSpan")


T = TypeVar("T", bound="TempoTraceBatch")


class TempoTraceBatch:
    """
    Attributes:
        resource (TempoTraceResource):
        scope_spans (list[TempoTraceScopeSpan] | Unset): The spans of the scope
    """

    __slots__ = ("additional_properties", "resource", "scope_spans")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "resource",
        "scope_spans",
    )

    resource: TempoTraceResource
    scope_spans: list[TempoTraceScopeSpan] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        resource: TempoTraceResource,
        scope_spans: list[TempoTraceScopeSpan] | Unset = UNSET,
    ) -> None:
        self.resource = resource
        self.scope_spans = scope_spans
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                resource = self.resource.to_dict()
            except AttributeError:
                if isinstance(self.resource, TempoTraceResource):
                    raise
                resource = _as_dict(self.resource, "TempoTraceResource")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "resource")
            raise

        try:
            scope_spans: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.scope_spans, Unset):
                scope_spans = []
                try:
                    for scope_spans_item_data in self.scope_spans:
                        try:
                            scope_spans_item = scope_spans_item_data.to_dict()
                        except AttributeError:
                            if isinstance(scope_spans_item_data, TempoTraceScopeSpan):
                                raise
                            scope_spans_item = _as_dict(scope_spans_item_data, "TempoTraceScopeSpan")
                        scope_spans.append(scope_spans_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(scope_spans))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "scope_spans")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
            }
        )
        if scope_spans is not UNSET:
            field_dict["scopeSpans"] = scope_spans

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
        resource = TempoTraceResource.from_dict(d.pop("resource"))

        _scope_spans = d.pop("scopeSpans", UNSET)
        scope_spans: list[TempoTraceScopeSpan] | Unset = UNSET
        if _scope_spans is not UNSET:
            scope_spans = []
            for scope_spans_item_data in _scope_spans:
                scope_spans_item = TempoTraceScopeSpan.from_dict(scope_spans_item_data)

                scope_spans.append(scope_spans_item)

        tempo_trace_batch = cls(
            resource,
            scope_spans,
        )

        tempo_trace_batch.additional_properties = d
        return tempo_trace_batch

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
