from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.classifier_target_result import ClassifierTargetResult
    from ..models.fine_tuned_model_capabilities import FineTunedModelCapabilities
else:
    ClassifierTargetResult = _Lazy(globals(), "classifier_target_result", "ClassifierTargetResult")
    FineTunedModelCapabilities = _Lazy(globals(), "fine_tuned_model_capabilities", "FineTunedModelCapabilities")


T = TypeVar("T", bound="ClassifierFineTunedModel")


class ClassifierFineTunedModel:
    """
    Attributes:
        id (str):
        created (int):
        owned_by (str):
        workspace_id (str):
        root (str):
        root_version (str):
        archived (bool):
        capabilities (FineTunedModelCapabilities):
        classifier_targets (list[ClassifierTargetResult]):
        object_ (Literal['model'] | Unset):  Default: 'model'.
        name (None | str | Unset):
        description (None | str | Unset):
        max_context_length (int | Unset):  Default: 32768.
        aliases (list[str] | Unset):
        job (None | Unset | UUID):
        model_type (Literal['classifier'] | Unset):  Default: 'classifier'.
    """

    __slots__ = (
        "additional_properties",
        "aliases",
        "archived",
        "capabilities",
        "classifier_targets",
        "created",
        "description",
        "id",
        "job",
        "max_context_length",
        "model_type",
        "name",
        "object_",
        "owned_by",
        "root",
        "root_version",
        "workspace_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "created",
        "owned_by",
        "workspace_id",
        "root",
        "root_version",
        "archived",
        "capabilities",
        "classifier_targets",
        "object_",
        "name",
        "description",
        "max_context_length",
        "aliases",
        "job",
        "model_type",
    )

    id: str
    created: int
    owned_by: str
    workspace_id: str
    root: str
    root_version: str
    archived: bool
    capabilities: FineTunedModelCapabilities
    classifier_targets: list[ClassifierTargetResult]
    object_: Literal["model"] | Unset
    name: None | str | Unset
    description: None | str | Unset
    max_context_length: int | Unset
    aliases: list[str] | Unset
    job: None | Unset | UUID
    model_type: Literal["classifier"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        created: int,
        owned_by: str,
        workspace_id: str,
        root: str,
        root_version: str,
        archived: bool,
        capabilities: FineTunedModelCapabilities,
        classifier_targets: list[ClassifierTargetResult],
        object_: Literal["model"] | Unset = "model",
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        max_context_length: int | Unset = UNSET,
        aliases: list[str] | Unset = UNSET,
        job: None | Unset | UUID = UNSET,
        model_type: Literal["classifier"] | Unset = "classifier",
    ) -> None:
        self.id = id
        self.created = created
        self.owned_by = owned_by
        self.workspace_id = workspace_id
        self.root = root
        self.root_version = root_version
        self.archived = archived
        self.capabilities = capabilities
        self.classifier_targets = classifier_targets
        self.object_ = object_
        self.name = name
        self.description = description
        self.max_context_length = max_context_length
        self.aliases = aliases
        self.job = job
        self.model_type = model_type
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created

        owned_by = self.owned_by

        workspace_id = self.workspace_id

        root = self.root

        root_version = self.root_version

        archived = self.archived

        try:
            try:
                capabilities = self.capabilities.to_dict()
            except AttributeError:
                if isinstance(self.capabilities, FineTunedModelCapabilities):
                    raise
                capabilities = _as_dict(self.capabilities, "FineTunedModelCapabilities")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "capabilities")
            raise

        try:
            classifier_targets = []
            try:
                for classifier_targets_item_data in self.classifier_targets:
                    try:
                        classifier_targets_item = classifier_targets_item_data.to_dict()
                    except AttributeError:
                        if isinstance(classifier_targets_item_data, ClassifierTargetResult):
                            raise
                        classifier_targets_item = _as_dict(classifier_targets_item_data, "ClassifierTargetResult")
                    classifier_targets.append(classifier_targets_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(classifier_targets))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "classifier_targets")
            raise

        object_ = self.object_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        max_context_length = self.max_context_length

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        job: None | str | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, UUID):
            job = str(self.job)
        else:
            job = self.job

        model_type = self.model_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "owned_by": owned_by,
                "workspace_id": workspace_id,
                "root": root,
                "root_version": root_version,
                "archived": archived,
                "capabilities": capabilities,
                "classifier_targets": classifier_targets,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if max_context_length is not UNSET:
            field_dict["max_context_length"] = max_context_length
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if job is not UNSET:
            field_dict["job"] = job
        if model_type is not UNSET:
            field_dict["model_type"] = model_type

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
        id = d.pop("id")

        created = d.pop("created")

        owned_by = d.pop("owned_by")

        workspace_id = d.pop("workspace_id")

        root = d.pop("root")

        root_version = d.pop("root_version")

        archived = d.pop("archived")

        capabilities = FineTunedModelCapabilities.from_dict(d.pop("capabilities"))

        classifier_targets = []
        _classifier_targets = d.pop("classifier_targets")
        for classifier_targets_item_data in _classifier_targets:
            classifier_targets_item = ClassifierTargetResult.from_dict(classifier_targets_item_data)

            classifier_targets.append(classifier_targets_item)

        object_ = cast(Literal["model"] | Unset, d.pop("object", UNSET))
        if object_ != "model" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'model', got '{object_}'")

        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        max_context_length = d.pop("max_context_length", UNSET)

        aliases = cast(list[str], d.pop("aliases", UNSET))

        _job_data = d.pop("job", UNSET)
        job: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _job_data is None:
                job = _job_data
                break
            if isinstance(_job_data, Unset):
                job = _job_data
                break
            if isinstance(_job_data, str):
                try:
                    job_type_0 = UUID(_job_data)

                    job = job_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            job = cast("None | Unset | UUID", _job_data)
            break

        model_type = cast(Literal["classifier"] | Unset, d.pop("model_type", UNSET))
        if model_type != "classifier" and not isinstance(model_type, Unset):
            raise ValueError(f"model_type must match const 'classifier', got '{model_type}'")

        classifier_fine_tuned_model = cls(
            id,
            created,
            owned_by,
            workspace_id,
            root,
            root_version,
            archived,
            capabilities,
            classifier_targets,
            object_,
            name,
            description,
            max_context_length,
            aliases,
            job,
            model_type,
        )

        classifier_fine_tuned_model.additional_properties = d
        return classifier_fine_tuned_model

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
