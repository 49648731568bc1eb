from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.fim_completion_request_metadata_type_0 import FIMCompletionRequestMetadataType0
else:
    FIMCompletionRequestMetadataType0 = _Lazy(
        globals(), "fim_completion_request_metadata_type_0", "FIMCompletionRequestMetadataType0"
    )


T = TypeVar("T", bound="FIMCompletionRequest")


class FIMCompletionRequest:
    """
    Attributes:
        model (str): ID of the model with FIM to use. Default: 'codestral-2404'.
        prompt (str): The text/code to complete.
        temperature (float | None | Unset): What sampling temperature to use, we recommend between 0.0 and 0.7. Higher
            values like 0.7 will make the output more random, while lower values like 0.2 will make it more focused and
            deterministic. We generally recommend altering this or `top_p` but not both. The default value varies depending
            on the model you are targeting. Call the `/models` endpoint to retrieve the appropriate value.
        top_p (float | None | Unset): Nucleus sampling, where the model considers the results of the tokens with `top_p`
            probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We
            generally recommend altering this or `temperature` but not both.
        max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion. The token count of
            your prompt plus `max_tokens` cannot exceed the model's context length.
        stream (bool | Unset): Whether to stream back partial progress. If set, tokens will be sent as data-only server-
            side events as they become available, with the stream terminated by a data: [DONE] message. Otherwise, the
            server will hold the request open until the timeout or until completion, with the response containing the full
            result as JSON. Default: False.
        stop (list[str] | None | str | Unset): Stop generation if this token is detected. Or if one of these tokens is
            detected when providing an array
        random_seed (int | None | Unset): The seed to use for random sampling. If set, different calls will generate
            deterministic results.
        metadata (FIMCompletionRequestMetadataType0 | None | Unset):
        suffix (None | str | Unset): Optional text/code that adds more context for the model. When given a `prompt` and
            a `suffix` the model will fill what is between them. When `suffix` is not provided, the model will simply
            execute completion starting with `prompt`. Default: ''.
        min_tokens (int | None | Unset): The minimum number of tokens to generate in the completion.
        prompt_cache_key (None | str | Unset):
    """

    __slots__ = (
        "additional_properties",
        "max_tokens",
        "metadata",
        "min_tokens",
        "model",
        "prompt",
        "prompt_cache_key",
        "random_seed",
        "stop",
        "stream",
        "suffix",
        "temperature",
        "top_p",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "prompt",
        "model",
        "temperature",
        "top_p",
        "max_tokens",
        "stream",
        "stop",
        "random_seed",
        "metadata",
        "suffix",
        "min_tokens",
        "prompt_cache_key",
    )

    prompt: str
    model: str
    temperature: float | None | Unset
    top_p: float | None | Unset
    max_tokens: int | None | Unset
    stream: bool | Unset
    stop: list[str] | None | str | Unset
    random_seed: int | None | Unset
    metadata: FIMCompletionRequestMetadataType0 | None | Unset
    suffix: None | str | Unset
    min_tokens: int | None | Unset
    prompt_cache_key: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        prompt: str,
        model: str = "codestral-2404",
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        stream: bool | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: FIMCompletionRequestMetadataType0 | None | Unset = UNSET,
        suffix: None | str | Unset = UNSET,
        min_tokens: int | None | Unset = UNSET,
        prompt_cache_key: None | str | Unset = UNSET,
    ) -> None:
        self.prompt = prompt
        self.model = model
        self.temperature = temperature
        self.top_p = top_p
        self.max_tokens = max_tokens
        self.stream = stream
        self.stop = stop
        self.random_seed = random_seed
        self.metadata = metadata
        self.suffix = suffix
        self.min_tokens = min_tokens
        self.prompt_cache_key = prompt_cache_key
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

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

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, FIMCompletionRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

        suffix: None | str | Unset
        if isinstance(self.suffix, Unset):
            suffix = UNSET
        else:
            suffix = self.suffix

        min_tokens: int | None | Unset
        if isinstance(self.min_tokens, Unset):
            min_tokens = UNSET
        else:
            min_tokens = self.min_tokens

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stop is not UNSET:
            field_dict["stop"] = stop
        if random_seed is not UNSET:
            field_dict["random_seed"] = random_seed
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if min_tokens is not UNSET:
            field_dict["min_tokens"] = min_tokens
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key

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

        temperature: float | None | Unset = d.pop("temperature", UNSET)

        top_p: float | None | Unset = d.pop("top_p", UNSET)

        max_tokens: int | None | Unset = d.pop("max_tokens", UNSET)

        stream = d.pop("stream", UNSET)

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

        _metadata_data = d.pop("metadata", UNSET)
        metadata: FIMCompletionRequestMetadataType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = FIMCompletionRequestMetadataType0.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("FIMCompletionRequestMetadataType0 | None | Unset", _metadata_data)
            break

        suffix: None | str | Unset = d.pop("suffix", UNSET)

        min_tokens: int | None | Unset = d.pop("min_tokens", UNSET)

        prompt_cache_key: None | str | Unset = d.pop("prompt_cache_key", UNSET)

        fim_completion_request = cls(
            prompt,
            model,
            temperature,
            top_p,
            max_tokens,
            stream,
            stop,
            random_seed,
            metadata,
            suffix,
            min_tokens,
            prompt_cache_key,
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
