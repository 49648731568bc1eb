from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.judge_classification_output import JudgeClassificationOutput
    from ..models.judge_regression_output import JudgeRegressionOutput
else:
    JudgeClassificationOutput = _Lazy(globals(), "judge_classification_output", "JudgeClassificationOutput")
    JudgeRegressionOutput = _Lazy(globals(), "judge_regression_output", "JudgeRegressionOutput")


T = TypeVar("T", bound="UpdateJudgeRequest")


class UpdateJudgeRequest:
    """
    Attributes:
        name (str):
        description (str):
        model_name (str):
        output (JudgeClassificationOutput | JudgeRegressionOutput):
        instructions (str):
        tools (list[str]):
    """

    __slots__ = ("additional_properties", "description", "instructions", "model_name", "name", "output", "tools")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "description",
        "model_name",
        "output",
        "instructions",
        "tools",
    )

    name: str
    description: str
    model_name: str
    output: JudgeClassificationOutput | JudgeRegressionOutput
    instructions: str
    tools: list[str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        description: str,
        model_name: str,
        output: JudgeClassificationOutput | JudgeRegressionOutput,
        instructions: str,
        tools: list[str],
    ) -> None:
        self.name = name
        self.description = description
        self.model_name = model_name
        self.output = output
        self.instructions = instructions
        self.tools = tools
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        model_name = self.model_name

        try:
            output: dict[str, Any]
            if isinstance(self.output, JudgeClassificationOutput):
                output = self.output.to_dict()
            else:
                try:
                    output = self.output.to_dict()
                except AttributeError:
                    if isinstance(self.output, JudgeRegressionOutput):
                        raise
                    output = _as_dict(self.output, "JudgeClassificationOutput | JudgeRegressionOutput")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "output")
            raise

        instructions = self.instructions

        tools = self.tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "model_name": model_name,
                "output": output,
                "instructions": instructions,
                "tools": tools,
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
        name = d.pop("name")

        description = d.pop("description")

        model_name = d.pop("model_name")

        _output_data = d.pop("output")
        output: JudgeClassificationOutput | JudgeRegressionOutput
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_output_data, dict):
                try:
                    output_type_0 = JudgeClassificationOutput.from_dict(_output_data)

                    output = output_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_output_data, dict):
                raise TypeError()
            output_type_1 = JudgeRegressionOutput.from_dict(_output_data)

            output = output_type_1
            break

        instructions = d.pop("instructions")

        tools = cast(list[str], d.pop("tools"))

        update_judge_request = cls(
            name,
            description,
            model_name,
            output,
            instructions,
            tools,
        )

        update_judge_request.additional_properties = d
        return update_judge_request

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
