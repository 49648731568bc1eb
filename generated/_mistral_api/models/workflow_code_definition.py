from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.query_definition import QueryDefinition
    from ..models.signal_definition import SignalDefinition
    from ..models.update_definition import UpdateDefinition
    from ..models.workflow_code_definition_input_schema import WorkflowCodeDefinitionInputSchema
    from ..models.workflow_code_definition_output_schema_type_0 import WorkflowCodeDefinitionOutputSchemaType0
    from ..models.workflow_code_definition_plugin_metadata_type_0 import WorkflowCodeDefinitionPluginMetadataType0
else:
    QueryDefinition = _Lazy(globals(), "query_definition", "QueryDefinition")
    SignalDefinition = _Lazy(globals(), "signal_definition", "SignalDefinition")
    UpdateDefinition = _Lazy(globals(), "update_definition", "UpdateDefinition")
    WorkflowCodeDefinitionInputSchema = _Lazy(
        globals(), "workflow_code_definition_input_schema", "WorkflowCodeDefinitionInputSchema"
    )
    WorkflowCodeDefinitionOutputSchemaType0 = _Lazy(
        globals(), "workflow_code_definition_output_schema_type_0", "WorkflowCodeDefinitionOutputSchemaType0"
    )
    WorkflowCodeDefinitionPluginMetadataType0 = _Lazy(
        globals(), "workflow_code_definition_plugin_metadata_type_0", "WorkflowCodeDefinitionPluginMetadataType0"
    )


T = TypeVar("T", bound="WorkflowCodeDefinition")


class WorkflowCodeDefinition:
    """
    Attributes:
        input_schema (WorkflowCodeDefinitionInputSchema): Input schema of the workflow's run method
        output_schema (None | Unset | WorkflowCodeDefinitionOutputSchemaType0): Output schema of the workflow's run
            method
        signals (list[SignalDefinition] | Unset): Signal handlers defined by the workflow
        queries (list[QueryDefinition] | Unset): Query handlers defined by the workflow
        updates (list[UpdateDefinition] | Unset): Update handlers defined by the workflow
        enforce_determinism (bool | Unset): Whether the workflow enforces deterministic execution Default: False.
        on_behalf_of (bool | Unset): Whether the workflow must run associated to a user's identity Default: False.
        execution_timeout (float | Unset): Maximum total execution time including retries and continue-as-new
        plugin_metadata (None | Unset | WorkflowCodeDefinitionPluginMetadataType0): Plugin-specific metadata (e.g.
            connector declarations)
    """

    __slots__ = (
        "additional_properties",
        "enforce_determinism",
        "execution_timeout",
        "input_schema",
        "on_behalf_of",
        "output_schema",
        "plugin_metadata",
        "queries",
        "signals",
        "updates",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "input_schema",
        "output_schema",
        "signals",
        "queries",
        "updates",
        "enforce_determinism",
        "on_behalf_of",
        "execution_timeout",
        "plugin_metadata",
    )

    input_schema: WorkflowCodeDefinitionInputSchema
    output_schema: None | Unset | WorkflowCodeDefinitionOutputSchemaType0
    signals: list[SignalDefinition] | Unset
    queries: list[QueryDefinition] | Unset
    updates: list[UpdateDefinition] | Unset
    enforce_determinism: bool | Unset
    on_behalf_of: bool | Unset
    execution_timeout: float | Unset
    plugin_metadata: None | Unset | WorkflowCodeDefinitionPluginMetadataType0
    additional_properties: dict[str, Any]

    def __init__(
        self,
        input_schema: WorkflowCodeDefinitionInputSchema,
        output_schema: None | Unset | WorkflowCodeDefinitionOutputSchemaType0 = UNSET,
        signals: list[SignalDefinition] | Unset = UNSET,
        queries: list[QueryDefinition] | Unset = UNSET,
        updates: list[UpdateDefinition] | Unset = UNSET,
        enforce_determinism: bool | Unset = UNSET,
        on_behalf_of: bool | Unset = UNSET,
        execution_timeout: float | Unset = UNSET,
        plugin_metadata: None | Unset | WorkflowCodeDefinitionPluginMetadataType0 = UNSET,
    ) -> None:
        self.input_schema = input_schema
        self.output_schema = output_schema
        self.signals = signals
        self.queries = queries
        self.updates = updates
        self.enforce_determinism = enforce_determinism
        self.on_behalf_of = on_behalf_of
        self.execution_timeout = execution_timeout
        self.plugin_metadata = plugin_metadata
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                input_schema = self.input_schema.to_dict()
            except AttributeError:
                if isinstance(self.input_schema, WorkflowCodeDefinitionInputSchema):
                    raise
                input_schema = _as_dict(self.input_schema, "WorkflowCodeDefinitionInputSchema")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "input_schema")
            raise

        try:
            output_schema: dict[str, Any] | None | Unset
            if isinstance(self.output_schema, Unset):
                output_schema = UNSET
            elif isinstance(self.output_schema, WorkflowCodeDefinitionOutputSchemaType0):
                output_schema = self.output_schema.to_dict()
            else:
                output_schema = self.output_schema
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "output_schema")
            raise

        try:
            signals: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.signals, Unset):
                signals = []
                try:
                    for signals_item_data in self.signals:
                        try:
                            signals_item = signals_item_data.to_dict()
                        except AttributeError:
                            if isinstance(signals_item_data, SignalDefinition):
                                raise
                            signals_item = _as_dict(signals_item_data, "SignalDefinition")
                        signals.append(signals_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(signals))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "signals")
            raise

        try:
            queries: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.queries, Unset):
                queries = []
                try:
                    for queries_item_data in self.queries:
                        try:
                            queries_item = queries_item_data.to_dict()
                        except AttributeError:
                            if isinstance(queries_item_data, QueryDefinition):
                                raise
                            queries_item = _as_dict(queries_item_data, "QueryDefinition")
                        queries.append(queries_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(queries))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "queries")
            raise

        try:
            updates: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.updates, Unset):
                updates = []
                try:
                    for updates_item_data in self.updates:
                        try:
                            updates_item = updates_item_data.to_dict()
                        except AttributeError:
                            if isinstance(updates_item_data, UpdateDefinition):
                                raise
                            updates_item = _as_dict(updates_item_data, "UpdateDefinition")
                        updates.append(updates_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(updates))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "updates")
            raise

        enforce_determinism = self.enforce_determinism

        on_behalf_of = self.on_behalf_of

        execution_timeout = self.execution_timeout

        try:
            plugin_metadata: dict[str, Any] | None | Unset
            if isinstance(self.plugin_metadata, Unset):
                plugin_metadata = UNSET
            elif isinstance(self.plugin_metadata, WorkflowCodeDefinitionPluginMetadataType0):
                plugin_metadata = self.plugin_metadata.to_dict()
            else:
                plugin_metadata = self.plugin_metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "plugin_metadata")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_schema": input_schema,
            }
        )
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if signals is not UNSET:
            field_dict["signals"] = signals
        if queries is not UNSET:
            field_dict["queries"] = queries
        if updates is not UNSET:
            field_dict["updates"] = updates
        if enforce_determinism is not UNSET:
            field_dict["enforce_determinism"] = enforce_determinism
        if on_behalf_of is not UNSET:
            field_dict["on_behalf_of"] = on_behalf_of
        if execution_timeout is not UNSET:
            field_dict["execution_timeout"] = execution_timeout
        if plugin_metadata is not UNSET:
            field_dict["plugin_metadata"] = plugin_metadata

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
        input_schema = WorkflowCodeDefinitionInputSchema.from_dict(d.pop("input_schema"))

        _output_schema_data = d.pop("output_schema", UNSET)
        output_schema: None | Unset | WorkflowCodeDefinitionOutputSchemaType0
        while True:  # one pass; each break is the generator's `return`
            if _output_schema_data is None:
                output_schema = _output_schema_data
                break
            if isinstance(_output_schema_data, Unset):
                output_schema = _output_schema_data
                break
            if isinstance(_output_schema_data, dict):
                try:
                    output_schema_type_0 = WorkflowCodeDefinitionOutputSchemaType0.from_dict(_output_schema_data)

                    output_schema = output_schema_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            output_schema = cast("None | Unset | WorkflowCodeDefinitionOutputSchemaType0", _output_schema_data)
            break

        _signals = d.pop("signals", UNSET)
        signals: list[SignalDefinition] | Unset = UNSET
        if _signals is not UNSET:
            signals = []
            for signals_item_data in _signals:
                signals_item = SignalDefinition.from_dict(signals_item_data)

                signals.append(signals_item)

        _queries = d.pop("queries", UNSET)
        queries: list[QueryDefinition] | Unset = UNSET
        if _queries is not UNSET:
            queries = []
            for queries_item_data in _queries:
                queries_item = QueryDefinition.from_dict(queries_item_data)

                queries.append(queries_item)

        _updates = d.pop("updates", UNSET)
        updates: list[UpdateDefinition] | Unset = UNSET
        if _updates is not UNSET:
            updates = []
            for updates_item_data in _updates:
                updates_item = UpdateDefinition.from_dict(updates_item_data)

                updates.append(updates_item)

        enforce_determinism = d.pop("enforce_determinism", UNSET)

        on_behalf_of = d.pop("on_behalf_of", UNSET)

        execution_timeout = d.pop("execution_timeout", UNSET)

        _plugin_metadata_data = d.pop("plugin_metadata", UNSET)
        plugin_metadata: None | Unset | WorkflowCodeDefinitionPluginMetadataType0
        while True:  # one pass; each break is the generator's `return`
            if _plugin_metadata_data is None:
                plugin_metadata = _plugin_metadata_data
                break
            if isinstance(_plugin_metadata_data, Unset):
                plugin_metadata = _plugin_metadata_data
                break
            if isinstance(_plugin_metadata_data, dict):
                try:
                    plugin_metadata_type_0 = WorkflowCodeDefinitionPluginMetadataType0.from_dict(_plugin_metadata_data)

                    plugin_metadata = plugin_metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            plugin_metadata = cast("None | Unset | WorkflowCodeDefinitionPluginMetadataType0", _plugin_metadata_data)
            break

        workflow_code_definition = cls(
            input_schema,
            output_schema,
            signals,
            queries,
            updates,
            enforce_determinism,
            on_behalf_of,
            execution_timeout,
            plugin_metadata,
        )

        workflow_code_definition.additional_properties = d
        return workflow_code_definition

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
