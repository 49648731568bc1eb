from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.judge_classification_output import JudgeClassificationOutput
    from ..models.judge_regression_output import JudgeRegressionOutput
else:
    JudgeClassificationOutput = _Lazy(globals(), "judge_classification_output", "JudgeClassificationOutput")
    JudgeRegressionOutput = _Lazy(globals(), "judge_regression_output", "JudgeRegressionOutput")


T = TypeVar("T", bound="Judge")


class Judge:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        deleted_at (datetime.datetime | None):
        owner_id (UUID):
        workspace_id (UUID):
        name (str):
        description (str):
        model_name (str):
        output (JudgeClassificationOutput | JudgeRegressionOutput):
        instructions (str):
        tools (list[str]):
        up_revision (None | Unset | UUID):
        down_revision (None | Unset | UUID):
        base_revision (None | Unset | UUID):
    """

    __slots__ = (
        "additional_properties",
        "base_revision",
        "created_at",
        "deleted_at",
        "description",
        "down_revision",
        "id",
        "instructions",
        "model_name",
        "name",
        "output",
        "owner_id",
        "tools",
        "up_revision",
        "updated_at",
        "workspace_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "owner_id",
        "workspace_id",
        "name",
        "description",
        "model_name",
        "output",
        "instructions",
        "tools",
        "up_revision",
        "down_revision",
        "base_revision",
    )

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    deleted_at: datetime.datetime | None
    owner_id: UUID
    workspace_id: UUID
    name: str
    description: str
    model_name: str
    output: JudgeClassificationOutput | JudgeRegressionOutput
    instructions: str
    tools: list[str]
    up_revision: None | Unset | UUID
    down_revision: None | Unset | UUID
    base_revision: None | Unset | UUID
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        deleted_at: datetime.datetime | None,
        owner_id: UUID,
        workspace_id: UUID,
        name: str,
        description: str,
        model_name: str,
        output: JudgeClassificationOutput | JudgeRegressionOutput,
        instructions: str,
        tools: list[str],
        up_revision: None | Unset | UUID = UNSET,
        down_revision: None | Unset | UUID = UNSET,
        base_revision: None | Unset | UUID = UNSET,
    ) -> None:
        self.id = id
        self.created_at = created_at
        self.updated_at = updated_at
        self.deleted_at = deleted_at
        self.owner_id = owner_id
        self.workspace_id = workspace_id
        self.name = name
        self.description = description
        self.model_name = model_name
        self.output = output
        self.instructions = instructions
        self.tools = tools
        self.up_revision = up_revision
        self.down_revision = down_revision
        self.base_revision = base_revision
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat().replace("+00:00", "Z")
        else:
            deleted_at = self.deleted_at

        owner_id = str(self.owner_id)

        workspace_id = str(self.workspace_id)

        name = self.name

        description = self.description

        model_name = self.model_name

        try:
            output: dict[str, Any]
            if isinstance(self.output, JudgeClassificationOutput):
                output = self.output.to_dict()
            else:
                try:
                    output = self.output.to_dict()
                except AttributeError:
                    if isinstance(self.output, JudgeRegressionOutput):
                        raise
                    output = _as_dict(self.output, "JudgeClassificationOutput | JudgeRegressionOutput")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "output")
            raise

        instructions = self.instructions

        tools = self.tools

        up_revision: None | str | Unset
        if isinstance(self.up_revision, Unset):
            up_revision = UNSET
        elif isinstance(self.up_revision, UUID):
            up_revision = str(self.up_revision)
        else:
            up_revision = self.up_revision

        down_revision: None | str | Unset
        if isinstance(self.down_revision, Unset):
            down_revision = UNSET
        elif isinstance(self.down_revision, UUID):
            down_revision = str(self.down_revision)
        else:
            down_revision = self.down_revision

        base_revision: None | str | Unset
        if isinstance(self.base_revision, Unset):
            base_revision = UNSET
        elif isinstance(self.base_revision, UUID):
            base_revision = str(self.base_revision)
        else:
            base_revision = self.base_revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted_at": deleted_at,
                "owner_id": owner_id,
                "workspace_id": workspace_id,
                "name": name,
                "description": description,
                "model_name": model_name,
                "output": output,
                "instructions": instructions,
                "tools": tools,
            }
        )
        if up_revision is not UNSET:
            field_dict["up_revision"] = up_revision
        if down_revision is not UNSET:
            field_dict["down_revision"] = down_revision
        if base_revision is not UNSET:
            field_dict["base_revision"] = base_revision

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
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _deleted_at_data = d.pop("deleted_at")
        deleted_at: datetime.datetime | None
        while True:  # one pass; each break is the generator's `return`
            if _deleted_at_data is None:
                deleted_at = _deleted_at_data
                break
            if isinstance(_deleted_at_data, str):
                try:
                    deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at_data)

                    deleted_at = deleted_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            deleted_at = cast("datetime.datetime | None", _deleted_at_data)
            break

        owner_id = UUID(d.pop("owner_id"))

        workspace_id = UUID(d.pop("workspace_id"))

        name = d.pop("name")

        description = d.pop("description")

        model_name = d.pop("model_name")

        _output_data = d.pop("output")
        output: JudgeClassificationOutput | JudgeRegressionOutput
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_output_data, dict):
                try:
                    output_type_0 = JudgeClassificationOutput.from_dict(_output_data)

                    output = output_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_output_data, dict):
                raise TypeError()
            output_type_1 = JudgeRegressionOutput.from_dict(_output_data)

            output = output_type_1
            break

        instructions = d.pop("instructions")

        tools = cast(list[str], d.pop("tools"))

        _up_revision_data = d.pop("up_revision", UNSET)
        up_revision: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _up_revision_data is None:
                up_revision = _up_revision_data
                break
            if isinstance(_up_revision_data, Unset):
                up_revision = _up_revision_data
                break
            if isinstance(_up_revision_data, str):
                try:
                    up_revision_type_0 = UUID(_up_revision_data)

                    up_revision = up_revision_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            up_revision = cast("None | Unset | UUID", _up_revision_data)
            break

        _down_revision_data = d.pop("down_revision", UNSET)
        down_revision: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _down_revision_data is None:
                down_revision = _down_revision_data
                break
            if isinstance(_down_revision_data, Unset):
                down_revision = _down_revision_data
                break
            if isinstance(_down_revision_data, str):
                try:
                    down_revision_type_0 = UUID(_down_revision_data)

                    down_revision = down_revision_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            down_revision = cast("None | Unset | UUID", _down_revision_data)
            break

        _base_revision_data = d.pop("base_revision", UNSET)
        base_revision: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _base_revision_data is None:
                base_revision = _base_revision_data
                break
            if isinstance(_base_revision_data, Unset):
                base_revision = _base_revision_data
                break
            if isinstance(_base_revision_data, str):
                try:
                    base_revision_type_0 = UUID(_base_revision_data)

                    base_revision = base_revision_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            base_revision = cast("None | Unset | UUID", _base_revision_data)
            break

        judge = cls(
            id,
            created_at,
            updated_at,
            deleted_at,
            owner_id,
            workspace_id,
            name,
            description,
            model_name,
            output,
            instructions,
            tools,
            up_revision,
            down_revision,
            base_revision,
        )

        judge.additional_properties = d
        return judge

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
