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
    from ..models.prompt_variable import PromptVariable
else:
    PromptVariable = _Lazy(globals(), "prompt_variable", "PromptVariable")


T = TypeVar("T", bound="PromptDefinition")


class PromptDefinition:
    """Versioned prompt content.

    Attributes:
        content (str): Prompt template content.
        variables (list[PromptVariable] | Unset): Variables used by the prompt.
    """

    __slots__ = ("additional_properties", "content", "variables")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "content",
        "variables",
    )

    content: str
    variables: list[PromptVariable] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        content: str,
        variables: list[PromptVariable] | Unset = UNSET,
    ) -> None:
        self.content = content
        self.variables = variables
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        try:
            variables: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.variables, Unset):
                variables = []
                try:
                    for variables_item_data in self.variables:
                        try:
                            variables_item = variables_item_data.to_dict()
                        except AttributeError:
                            if isinstance(variables_item_data, PromptVariable):
                                raise
                            variables_item = _as_dict(variables_item_data, "PromptVariable")
                        variables.append(variables_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(variables))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "variables")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables

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
        content = d.pop("content")

        _variables = d.pop("variables", UNSET)
        variables: list[PromptVariable] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = PromptVariable.from_dict(variables_item_data)

                variables.append(variables_item)

        prompt_definition = cls(
            content,
            variables,
        )

        prompt_definition.additional_properties = d
        return prompt_definition

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
