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
    from ..models.json_payload_response import JSONPayloadResponse
else:
    JSONPayloadResponse = _Lazy(globals(), "json_payload_response", "JSONPayloadResponse")


T = TypeVar("T", bound="ActivityTaskStartedAttributesResponse")


class ActivityTaskStartedAttributesResponse:
    """Attributes for activity task started events.

    Attributes:
        task_id (str): Unique identifier for the activity task within the workflow.
        activity_name (str): The registered name of the activity being executed.
        input_ (JSONPayloadResponse): A payload containing arbitrary JSON data.

            Used for complete state snapshots or final results.
            When encrypted, the value field contains base64-encoded encrypted data
            and encoding_options indicates the type of encryption applied.
    """

    __slots__ = ("activity_name", "additional_properties", "input_", "task_id")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "task_id",
        "activity_name",
        "input_",
    )

    task_id: str
    activity_name: str
    input_: JSONPayloadResponse
    additional_properties: dict[str, Any]

    def __init__(
        self,
        task_id: str,
        activity_name: str,
        input_: JSONPayloadResponse,
    ) -> None:
        self.task_id = task_id
        self.activity_name = activity_name
        self.input_ = input_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        activity_name = self.activity_name

        try:
            try:
                input_ = self.input_.to_dict()
            except AttributeError:
                if isinstance(self.input_, JSONPayloadResponse):
                    raise
                input_ = _as_dict(self.input_, "JSONPayloadResponse")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "input_")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "activity_name": activity_name,
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
        task_id = d.pop("task_id")

        activity_name = d.pop("activity_name")

        input_ = JSONPayloadResponse.from_dict(d.pop("input"))

        activity_task_started_attributes_response = cls(
            task_id,
            activity_name,
            input_,
        )

        activity_task_started_attributes_response.additional_properties = d
        return activity_task_started_attributes_response

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
