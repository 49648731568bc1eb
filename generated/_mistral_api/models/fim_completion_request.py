from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FIMCompletionRequest")


@_attrs_define(repr=False)
class FIMCompletionRequest:
    """
    Attributes:
        model (str): A Codestral model, such as `codestral-latest`.
        prompt (str): The code before the cursor.
        suffix (None | str | Unset): The code after the cursor.
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        max_tokens (int | None | Unset):
        min_tokens (int | None | Unset):
        stream (bool | None | Unset):
        stop (list[str] | None | str | Unset):
        random_seed (int | None | Unset):
    """

    model: str
    prompt: str
    suffix: None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    min_tokens: int | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    random_seed: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        suffix: None | str | Unset
        if isinstance(self.suffix, Unset):
            suffix = UNSET
        else:
            suffix = self.suffix

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        min_tokens: int | None | Unset
        if isinstance(self.min_tokens, Unset):
            min_tokens = UNSET
        else:
            min_tokens = self.min_tokens

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        random_seed: int | None | Unset
        if isinstance(self.random_seed, Unset):
            random_seed = UNSET
        else:
            random_seed = self.random_seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if min_tokens is not UNSET:
            field_dict["min_tokens"] = min_tokens
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stop is not UNSET:
            field_dict["stop"] = stop
        if random_seed is not UNSET:
            field_dict["random_seed"] = random_seed

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

        prompt = d.pop("prompt")

        suffix: None | str | Unset = d.pop("suffix", UNSET)

        temperature: float | None | Unset = d.pop("temperature", UNSET)

        top_p: float | None | Unset = d.pop("top_p", UNSET)

        max_tokens: int | None | Unset = d.pop("max_tokens", UNSET)

        min_tokens: int | None | Unset = d.pop("min_tokens", UNSET)

        stream: bool | None | Unset = d.pop("stream", UNSET)

        _stop_data = d.pop("stop", UNSET)
        stop: list[str] | None | str | Unset
        while True:  # one pass; each break is the generator's `return`
            if _stop_data is None:
                stop = _stop_data
                break
            if isinstance(_stop_data, Unset):
                stop = _stop_data
                break
            if isinstance(_stop_data, list):
                try:
                    stop_type_1 = cast(list[str], _stop_data)

                    stop = stop_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            stop = cast("list[str] | None | str | Unset", _stop_data)
            break

        random_seed: int | None | Unset = d.pop("random_seed", UNSET)

        fim_completion_request = cls(
            model,
            prompt,
            suffix,
            temperature,
            top_p,
            max_tokens,
            min_tokens,
            stream,
            stop,
            random_seed,
        )

        fim_completion_request.additional_properties = d
        return fim_completion_request

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
