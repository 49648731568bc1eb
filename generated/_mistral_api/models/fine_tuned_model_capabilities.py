from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FineTunedModelCapabilities")


class FineTunedModelCapabilities:
    """
    Attributes:
        completion_chat (bool | Unset):  Default: True.
        completion_fim (bool | Unset):  Default: False.
        function_calling (bool | Unset):  Default: False.
        fine_tuning (bool | Unset):  Default: False.
        classification (bool | Unset):  Default: False.
    """

    __slots__ = (
        "additional_properties",
        "classification",
        "completion_chat",
        "completion_fim",
        "fine_tuning",
        "function_calling",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "completion_chat",
        "completion_fim",
        "function_calling",
        "fine_tuning",
        "classification",
    )

    completion_chat: bool | Unset
    completion_fim: bool | Unset
    function_calling: bool | Unset
    fine_tuning: bool | Unset
    classification: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        completion_chat: bool | Unset = UNSET,
        completion_fim: bool | Unset = UNSET,
        function_calling: bool | Unset = UNSET,
        fine_tuning: bool | Unset = UNSET,
        classification: bool | Unset = UNSET,
    ) -> None:
        self.completion_chat = completion_chat
        self.completion_fim = completion_fim
        self.function_calling = function_calling
        self.fine_tuning = fine_tuning
        self.classification = classification
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        completion_chat = self.completion_chat

        completion_fim = self.completion_fim

        function_calling = self.function_calling

        fine_tuning = self.fine_tuning

        classification = self.classification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completion_chat is not UNSET:
            field_dict["completion_chat"] = completion_chat
        if completion_fim is not UNSET:
            field_dict["completion_fim"] = completion_fim
        if function_calling is not UNSET:
            field_dict["function_calling"] = function_calling
        if fine_tuning is not UNSET:
            field_dict["fine_tuning"] = fine_tuning
        if classification is not UNSET:
            field_dict["classification"] = classification

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
        completion_chat = d.pop("completion_chat", UNSET)

        completion_fim = d.pop("completion_fim", UNSET)

        function_calling = d.pop("function_calling", UNSET)

        fine_tuning = d.pop("fine_tuning", UNSET)

        classification = d.pop("classification", UNSET)

        fine_tuned_model_capabilities = cls(
            completion_chat,
            completion_fim,
            function_calling,
            fine_tuning,
            classification,
        )

        fine_tuned_model_capabilities.additional_properties = d
        return fine_tuned_model_capabilities

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
