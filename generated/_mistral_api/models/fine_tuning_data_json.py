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
    from ..models.fine_tuning_data_json_storage import FineTuningDataJSONStorage
    from ..models.fine_tuning_data_json_training import FineTuningDataJSONTraining
else:
    FineTuningDataJSONStorage = _Lazy(globals(), "fine_tuning_data_json_storage", "FineTuningDataJSONStorage")
    FineTuningDataJSONTraining = _Lazy(globals(), "fine_tuning_data_json_training", "FineTuningDataJSONTraining")


T = TypeVar("T", bound="FineTuningDataJSON")


class FineTuningDataJSON:
    """
    Attributes:
        training (FineTuningDataJSONTraining): Fine-tuning training usage.
        storage (FineTuningDataJSONStorage): Fine-tuning storage usage.
    """

    __slots__ = ("additional_properties", "storage", "training")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "training",
        "storage",
    )

    training: FineTuningDataJSONTraining
    storage: FineTuningDataJSONStorage
    additional_properties: dict[str, Any]

    def __init__(
        self,
        training: FineTuningDataJSONTraining,
        storage: FineTuningDataJSONStorage,
    ) -> None:
        self.training = training
        self.storage = storage
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                training = self.training.to_dict()
            except AttributeError:
                if isinstance(self.training, FineTuningDataJSONTraining):
                    raise
                training = _as_dict(self.training, "FineTuningDataJSONTraining")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "training")
            raise

        try:
            try:
                storage = self.storage.to_dict()
            except AttributeError:
                if isinstance(self.storage, FineTuningDataJSONStorage):
                    raise
                storage = _as_dict(self.storage, "FineTuningDataJSONStorage")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "storage")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "training": training,
                "storage": storage,
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
        training = FineTuningDataJSONTraining.from_dict(d.pop("training"))

        storage = FineTuningDataJSONStorage.from_dict(d.pop("storage"))

        fine_tuning_data_json = cls(
            training,
            storage,
        )

        fine_tuning_data_json.additional_properties = d
        return fine_tuning_data_json

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
