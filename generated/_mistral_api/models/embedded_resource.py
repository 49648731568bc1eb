from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.annotations import Annotations
    from ..models.blob_resource_contents import BlobResourceContents
    from ..models.embedded_resource_meta_type_0 import EmbeddedResourceMetaType0
    from ..models.text_resource_contents import TextResourceContents
else:
    Annotations = _Lazy(globals(), "annotations", "Annotations")
    BlobResourceContents = _Lazy(globals(), "blob_resource_contents", "BlobResourceContents")
    EmbeddedResourceMetaType0 = _Lazy(globals(), "embedded_resource_meta_type_0", "EmbeddedResourceMetaType0")
    TextResourceContents = _Lazy(globals(), "text_resource_contents", "TextResourceContents")


T = TypeVar("T", bound="EmbeddedResource")


class EmbeddedResource:
    """The contents of a resource, embedded into a prompt or tool call result.

    It is up to the client how best to render embedded resources for the benefit
    of the LLM and/or the user.

        Attributes:
            type_ (Literal['resource']):
            resource (BlobResourceContents | TextResourceContents):
            annotations (Annotations | None | Unset):
            field_meta (EmbeddedResourceMetaType0 | None | Unset):
    """

    __slots__ = ("additional_properties", "annotations", "field_meta", "resource", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "type_",
        "resource",
        "annotations",
        "field_meta",
    )

    type_: Literal["resource"]
    resource: BlobResourceContents | TextResourceContents
    annotations: Annotations | None | Unset
    field_meta: EmbeddedResourceMetaType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: Literal["resource"],
        resource: BlobResourceContents | TextResourceContents,
        annotations: Annotations | None | Unset = UNSET,
        field_meta: EmbeddedResourceMetaType0 | None | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.resource = resource
        self.annotations = annotations
        self.field_meta = field_meta
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        try:
            resource: dict[str, Any]
            if isinstance(self.resource, TextResourceContents):
                resource = self.resource.to_dict()
            else:
                try:
                    resource = self.resource.to_dict()
                except AttributeError:
                    if isinstance(self.resource, BlobResourceContents):
                        raise
                    resource = _as_dict(self.resource, "BlobResourceContents | TextResourceContents")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "resource")
            raise

        try:
            annotations: dict[str, Any] | None | Unset
            if isinstance(self.annotations, Unset):
                annotations = UNSET
            elif isinstance(self.annotations, Annotations):
                annotations = self.annotations.to_dict()
            else:
                annotations = self.annotations
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "annotations")
            raise

        try:
            field_meta: dict[str, Any] | None | Unset
            if isinstance(self.field_meta, Unset):
                field_meta = UNSET
            elif isinstance(self.field_meta, EmbeddedResourceMetaType0):
                field_meta = self.field_meta.to_dict()
            else:
                field_meta = self.field_meta
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "field_meta")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "resource": resource,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta

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
        type_ = cast(Literal["resource"], d.pop("type"))
        if type_ != "resource":
            raise ValueError(f"type must match const 'resource', got '{type_}'")

        _resource_data = d.pop("resource")
        resource: BlobResourceContents | TextResourceContents
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_resource_data, dict):
                try:
                    resource_type_0 = TextResourceContents.from_dict(_resource_data)

                    resource = resource_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_resource_data, dict):
                raise TypeError()
            resource_type_1 = BlobResourceContents.from_dict(_resource_data)

            resource = resource_type_1
            break

        _annotations_data = d.pop("annotations", UNSET)
        annotations: Annotations | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _annotations_data is None:
                annotations = _annotations_data
                break
            if isinstance(_annotations_data, Unset):
                annotations = _annotations_data
                break
            if isinstance(_annotations_data, dict):
                try:
                    annotations_type_0 = Annotations.from_dict(_annotations_data)

                    annotations = annotations_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            annotations = cast("Annotations | None | Unset", _annotations_data)
            break

        _field_meta_data = d.pop("_meta", UNSET)
        field_meta: EmbeddedResourceMetaType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _field_meta_data is None:
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, Unset):
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, dict):
                try:
                    field_meta_type_0 = EmbeddedResourceMetaType0.from_dict(_field_meta_data)

                    field_meta = field_meta_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            field_meta = cast("EmbeddedResourceMetaType0 | None | Unset", _field_meta_data)
            break

        embedded_resource = cls(
            type_,
            resource,
            annotations,
            field_meta,
        )

        embedded_resource.additional_properties = d
        return embedded_resource

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
