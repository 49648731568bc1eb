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
    from ..models.instruct_request import InstructRequest
else:
    InstructRequest = _Lazy(globals(), "instruct_request", "InstructRequest")


T = TypeVar("T", bound="ChatClassificationRequest")


class ChatClassificationRequest:
    """
    Attributes:
        model (str):
        input_ (InstructRequest | list[InstructRequest]): Chat to classify
    """

    __slots__ = ("additional_properties", "input_", "model")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "model",
        "input_",
    )

    model: str
    input_: InstructRequest | list[InstructRequest]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        input_: InstructRequest | list[InstructRequest],
    ) -> None:
        self.model = model
        self.input_ = input_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        try:
            input_: dict[str, Any] | list[dict[str, Any]]
            if isinstance(self.input_, InstructRequest):
                input_ = self.input_.to_dict()
            elif isinstance(self.input_, list) or not isinstance(self.input_, Mapping):
                input_ = []
                try:
                    for componentsschemas_chat_classification_request_inputs_type_1_item_data in self.input_:
                        try:
                            componentsschemas_chat_classification_request_inputs_type_1_item = (
                                componentsschemas_chat_classification_request_inputs_type_1_item_data.to_dict()
                            )
                        except AttributeError:
                            if isinstance(
                                componentsschemas_chat_classification_request_inputs_type_1_item_data, InstructRequest
                            ):
                                raise
                            componentsschemas_chat_classification_request_inputs_type_1_item = _as_dict(
                                componentsschemas_chat_classification_request_inputs_type_1_item_data, "InstructRequest"
                            )
                        input_.append(componentsschemas_chat_classification_request_inputs_type_1_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(input_))
                    raise
            else:
                input_ = _as_dict(self.input_, "InstructRequest | list[InstructRequest]")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "input_")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
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
        model = d.pop("model")

        _input__data = d.pop("input")
        input_: InstructRequest | list[InstructRequest]
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_input__data, dict):
                try:
                    componentsschemas_chat_classification_request_inputs_type_0 = InstructRequest.from_dict(
                        _input__data
                    )

                    input_ = componentsschemas_chat_classification_request_inputs_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_input__data, list):
                raise TypeError()
            componentsschemas_chat_classification_request_inputs_type_1 = []
            _componentsschemas_chat_classification_request_inputs_type_1 = _input__data
            for (
                componentsschemas_chat_classification_request_inputs_type_1_item_data
            ) in _componentsschemas_chat_classification_request_inputs_type_1:
                componentsschemas_chat_classification_request_inputs_type_1_item = InstructRequest.from_dict(
                    componentsschemas_chat_classification_request_inputs_type_1_item_data
                )

                componentsschemas_chat_classification_request_inputs_type_1.append(
                    componentsschemas_chat_classification_request_inputs_type_1_item
                )

            input_ = componentsschemas_chat_classification_request_inputs_type_1
            break

        chat_classification_request = cls(
            model,
            input_,
        )

        chat_classification_request.additional_properties = d
        return chat_classification_request

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
