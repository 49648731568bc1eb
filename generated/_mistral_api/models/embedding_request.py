from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.embedding_dtype import EmbeddingDtype
    from ..models.embedding_request_metadata_type_0 import EmbeddingRequestMetadataType0
    from ..models.encoding_format import EncodingFormat
else:
    EmbeddingDtype = _Lazy(globals(), "embedding_dtype", "EmbeddingDtype")
    EmbeddingRequestMetadataType0 = _Lazy(
        globals(), "embedding_request_metadata_type_0", "EmbeddingRequestMetadataType0"
    )
    EncodingFormat = _Lazy(globals(), "encoding_format", "EncodingFormat")


T = TypeVar("T", bound="EmbeddingRequest")


class EmbeddingRequest:
    """
    Attributes:
        model (str): ID of the model to use. Example: mistral-embed.
        input_ (list[str] | str): Text to embed. Example: ['Embed this sentence.', 'As well as this one.'].
        metadata (EmbeddingRequestMetadataType0 | None | Unset):
        output_dimension (int | None | Unset): The dimension of the output embeddings when feature available. If not
            provided, a default output dimension will be used.
        output_dtype (EmbeddingDtype | Unset):
        encoding_format (EncodingFormat | Unset):
    """

    __slots__ = (
        "additional_properties",
        "encoding_format",
        "input_",
        "metadata",
        "model",
        "output_dimension",
        "output_dtype",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "model",
        "input_",
        "metadata",
        "output_dimension",
        "output_dtype",
        "encoding_format",
    )

    model: str
    input_: list[str] | str
    metadata: EmbeddingRequestMetadataType0 | None | Unset
    output_dimension: int | None | Unset
    output_dtype: EmbeddingDtype | Unset
    encoding_format: EncodingFormat | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        input_: list[str] | str,
        metadata: EmbeddingRequestMetadataType0 | None | Unset = UNSET,
        output_dimension: int | None | Unset = UNSET,
        output_dtype: EmbeddingDtype | Unset = UNSET,
        encoding_format: EncodingFormat | Unset = UNSET,
    ) -> None:
        self.model = model
        self.input_ = input_
        self.metadata = metadata
        self.output_dimension = output_dimension
        self.output_dtype = output_dtype
        self.encoding_format = encoding_format
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_: list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, EmbeddingRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

        output_dimension: int | None | Unset
        if isinstance(self.output_dimension, Unset):
            output_dimension = UNSET
        else:
            output_dimension = self.output_dimension

        output_dtype: str | Unset = UNSET
        if not isinstance(self.output_dtype, Unset):
            output_dtype = str(self.output_dtype)

        encoding_format: str | Unset = UNSET
        if not isinstance(self.encoding_format, Unset):
            encoding_format = str(self.encoding_format)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output_dimension is not UNSET:
            field_dict["output_dimension"] = output_dimension
        if output_dtype is not UNSET:
            field_dict["output_dtype"] = output_dtype
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format

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
        input_: list[str] | str
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_input__data, list):
                try:
                    input_type_1 = cast(list[str], _input__data)

                    input_ = input_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            input_ = cast("list[str] | str", _input__data)
            break

        _metadata_data = d.pop("metadata", UNSET)
        metadata: EmbeddingRequestMetadataType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = EmbeddingRequestMetadataType0.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("EmbeddingRequestMetadataType0 | None | Unset", _metadata_data)
            break

        output_dimension: int | None | Unset = d.pop("output_dimension", UNSET)

        _output_dtype = d.pop("output_dtype", UNSET)
        output_dtype: EmbeddingDtype | Unset
        if isinstance(_output_dtype, Unset):
            output_dtype = UNSET
        else:
            output_dtype = EmbeddingDtype(_output_dtype)

        _encoding_format = d.pop("encoding_format", UNSET)
        encoding_format: EncodingFormat | Unset
        if isinstance(_encoding_format, Unset):
            encoding_format = UNSET
        else:
            encoding_format = EncodingFormat(_encoding_format)

        embedding_request = cls(
            model,
            input_,
            metadata,
            output_dimension,
            output_dtype,
            encoding_format,
        )

        embedding_request.additional_properties = d
        return embedding_request

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
