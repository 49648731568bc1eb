from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.classification_request_metadata_type_0 import ClassificationRequestMetadataType0
else:
    ClassificationRequestMetadataType0 = _Lazy(
        globals(), "classification_request_metadata_type_0", "ClassificationRequestMetadataType0"
    )


T = TypeVar("T", bound="ClassificationRequest")


class ClassificationRequest:
    """
    Attributes:
        model (str): ID of the model to use.
        input_ (list[str] | str): Text to classify.
        metadata (ClassificationRequestMetadataType0 | None | Unset):
    """

    __slots__ = ("additional_properties", "input_", "metadata", "model")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "model",
        "input_",
        "metadata",
    )

    model: str
    input_: list[str] | str
    metadata: ClassificationRequestMetadataType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        input_: list[str] | str,
        metadata: ClassificationRequestMetadataType0 | None | Unset = UNSET,
    ) -> None:
        self.model = model
        self.input_ = input_
        self.metadata = metadata
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
            elif isinstance(self.metadata, ClassificationRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

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
        metadata: ClassificationRequestMetadataType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = ClassificationRequestMetadataType0.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("ClassificationRequestMetadataType0 | None | Unset", _metadata_data)
            break

        classification_request = cls(
            model,
            input_,
            metadata,
        )

        classification_request.additional_properties = d
        return classification_request

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
