from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.sampling_context_capability import SamplingContextCapability
    from ..models.sampling_tools_capability import SamplingToolsCapability
else:
    SamplingContextCapability = _Lazy(globals(), "sampling_context_capability", "SamplingContextCapability")
    SamplingToolsCapability = _Lazy(globals(), "sampling_tools_capability", "SamplingToolsCapability")


T = TypeVar("T", bound="SamplingCapability")


class SamplingCapability:
    """Sampling capability structure, allowing fine-grained capability advertisement.

    Attributes:
        context (None | SamplingContextCapability | Unset):
        tools (None | SamplingToolsCapability | Unset):
    """

    __slots__ = ("additional_properties", "context", "tools")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "context",
        "tools",
    )

    context: None | SamplingContextCapability | Unset
    tools: None | SamplingToolsCapability | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        context: None | SamplingContextCapability | Unset = UNSET,
        tools: None | SamplingToolsCapability | Unset = UNSET,
    ) -> None:
        self.context = context
        self.tools = tools
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            context: dict[str, Any] | None | Unset
            if isinstance(self.context, Unset):
                context = UNSET
            elif isinstance(self.context, SamplingContextCapability):
                context = self.context.to_dict()
            else:
                context = self.context
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "context")
            raise

        try:
            tools: dict[str, Any] | None | Unset
            if isinstance(self.tools, Unset):
                tools = UNSET
            elif isinstance(self.tools, SamplingToolsCapability):
                tools = self.tools.to_dict()
            else:
                tools = self.tools
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tools")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context is not UNSET:
            field_dict["context"] = context
        if tools is not UNSET:
            field_dict["tools"] = tools

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
        _context_data = d.pop("context", UNSET)
        context: None | SamplingContextCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _context_data is None:
                context = _context_data
                break
            if isinstance(_context_data, Unset):
                context = _context_data
                break
            if isinstance(_context_data, dict):
                try:
                    context_type_0 = SamplingContextCapability.from_dict(_context_data)

                    context = context_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            context = cast("None | SamplingContextCapability | Unset", _context_data)
            break

        _tools_data = d.pop("tools", UNSET)
        tools: None | SamplingToolsCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tools_data is None:
                tools = _tools_data
                break
            if isinstance(_tools_data, Unset):
                tools = _tools_data
                break
            if isinstance(_tools_data, dict):
                try:
                    tools_type_0 = SamplingToolsCapability.from_dict(_tools_data)

                    tools = tools_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tools = cast("None | SamplingToolsCapability | Unset", _tools_data)
            break

        sampling_capability = cls(
            context,
            tools,
        )

        sampling_capability.additional_properties = d
        return sampling_capability

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
