from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.completions_capability import CompletionsCapability
    from ..models.logging_capability import LoggingCapability
    from ..models.prompts_capability import PromptsCapability
    from ..models.resources_capability import ResourcesCapability
    from ..models.server_capabilities_experimental_type_0 import ServerCapabilitiesExperimentalType0
    from ..models.server_tasks_capability import ServerTasksCapability
    from ..models.tools_capability import ToolsCapability
else:
    CompletionsCapability = _Lazy(globals(), "completions_capability", "CompletionsCapability")
    LoggingCapability = _Lazy(globals(), "logging_capability", "LoggingCapability")
    PromptsCapability = _Lazy(globals(), "prompts_capability", "PromptsCapability")
    ResourcesCapability = _Lazy(globals(), "resources_capability", "ResourcesCapability")
    ServerCapabilitiesExperimentalType0 = _Lazy(
        globals(), "server_capabilities_experimental_type_0", "ServerCapabilitiesExperimentalType0"
    )
    ServerTasksCapability = _Lazy(globals(), "server_tasks_capability", "ServerTasksCapability")
    ToolsCapability = _Lazy(globals(), "tools_capability", "ToolsCapability")


T = TypeVar("T", bound="ServerCapabilities")


class ServerCapabilities:
    """Capabilities that a server may support.

    Attributes:
        experimental (None | ServerCapabilitiesExperimentalType0 | Unset):
        logging (LoggingCapability | None | Unset):
        prompts (None | PromptsCapability | Unset):
        resources (None | ResourcesCapability | Unset):
        tools (None | ToolsCapability | Unset):
        completions (CompletionsCapability | None | Unset):
        tasks (None | ServerTasksCapability | Unset):
    """

    __slots__ = (
        "additional_properties",
        "completions",
        "experimental",
        "logging",
        "prompts",
        "resources",
        "tasks",
        "tools",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "experimental",
        "logging",
        "prompts",
        "resources",
        "tools",
        "completions",
        "tasks",
    )

    experimental: None | ServerCapabilitiesExperimentalType0 | Unset
    logging: LoggingCapability | None | Unset
    prompts: None | PromptsCapability | Unset
    resources: None | ResourcesCapability | Unset
    tools: None | ToolsCapability | Unset
    completions: CompletionsCapability | None | Unset
    tasks: None | ServerTasksCapability | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        experimental: None | ServerCapabilitiesExperimentalType0 | Unset = UNSET,
        logging: LoggingCapability | None | Unset = UNSET,
        prompts: None | PromptsCapability | Unset = UNSET,
        resources: None | ResourcesCapability | Unset = UNSET,
        tools: None | ToolsCapability | Unset = UNSET,
        completions: CompletionsCapability | None | Unset = UNSET,
        tasks: None | ServerTasksCapability | Unset = UNSET,
    ) -> None:
        self.experimental = experimental
        self.logging = logging
        self.prompts = prompts
        self.resources = resources
        self.tools = tools
        self.completions = completions
        self.tasks = tasks
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            experimental: dict[str, Any] | None | Unset
            if isinstance(self.experimental, Unset):
                experimental = UNSET
            elif isinstance(self.experimental, ServerCapabilitiesExperimentalType0):
                experimental = self.experimental.to_dict()
            else:
                experimental = self.experimental
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "experimental")
            raise

        try:
            logging: dict[str, Any] | None | Unset
            if isinstance(self.logging, Unset):
                logging = UNSET
            elif isinstance(self.logging, LoggingCapability):
                logging = self.logging.to_dict()
            else:
                logging = self.logging
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "logging")
            raise

        try:
            prompts: dict[str, Any] | None | Unset
            if isinstance(self.prompts, Unset):
                prompts = UNSET
            elif isinstance(self.prompts, PromptsCapability):
                prompts = self.prompts.to_dict()
            else:
                prompts = self.prompts
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "prompts")
            raise

        try:
            resources: dict[str, Any] | None | Unset
            if isinstance(self.resources, Unset):
                resources = UNSET
            elif isinstance(self.resources, ResourcesCapability):
                resources = self.resources.to_dict()
            else:
                resources = self.resources
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "resources")
            raise

        try:
            tools: dict[str, Any] | None | Unset
            if isinstance(self.tools, Unset):
                tools = UNSET
            elif isinstance(self.tools, ToolsCapability):
                tools = self.tools.to_dict()
            else:
                tools = self.tools
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tools")
            raise

        try:
            completions: dict[str, Any] | None | Unset
            if isinstance(self.completions, Unset):
                completions = UNSET
            elif isinstance(self.completions, CompletionsCapability):
                completions = self.completions.to_dict()
            else:
                completions = self.completions
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "completions")
            raise

        try:
            tasks: dict[str, Any] | None | Unset
            if isinstance(self.tasks, Unset):
                tasks = UNSET
            elif isinstance(self.tasks, ServerTasksCapability):
                tasks = self.tasks.to_dict()
            else:
                tasks = self.tasks
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tasks")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experimental is not UNSET:
            field_dict["experimental"] = experimental
        if logging is not UNSET:
            field_dict["logging"] = logging
        if prompts is not UNSET:
            field_dict["prompts"] = prompts
        if resources is not UNSET:
            field_dict["resources"] = resources
        if tools is not UNSET:
            field_dict["tools"] = tools
        if completions is not UNSET:
            field_dict["completions"] = completions
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

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
        _experimental_data = d.pop("experimental", UNSET)
        experimental: None | ServerCapabilitiesExperimentalType0 | Unset
        while True:  # one pass; each break is the generator's `return`
            if _experimental_data is None:
                experimental = _experimental_data
                break
            if isinstance(_experimental_data, Unset):
                experimental = _experimental_data
                break
            if isinstance(_experimental_data, dict):
                try:
                    experimental_type_0 = ServerCapabilitiesExperimentalType0.from_dict(_experimental_data)

                    experimental = experimental_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            experimental = cast("None | ServerCapabilitiesExperimentalType0 | Unset", _experimental_data)
            break

        _logging_data = d.pop("logging", UNSET)
        logging: LoggingCapability | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _logging_data is None:
                logging = _logging_data
                break
            if isinstance(_logging_data, Unset):
                logging = _logging_data
                break
            if isinstance(_logging_data, dict):
                try:
                    logging_type_0 = LoggingCapability.from_dict(_logging_data)

                    logging = logging_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            logging = cast("LoggingCapability | None | Unset", _logging_data)
            break

        _prompts_data = d.pop("prompts", UNSET)
        prompts: None | PromptsCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _prompts_data is None:
                prompts = _prompts_data
                break
            if isinstance(_prompts_data, Unset):
                prompts = _prompts_data
                break
            if isinstance(_prompts_data, dict):
                try:
                    prompts_type_0 = PromptsCapability.from_dict(_prompts_data)

                    prompts = prompts_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            prompts = cast("None | PromptsCapability | Unset", _prompts_data)
            break

        _resources_data = d.pop("resources", UNSET)
        resources: None | ResourcesCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _resources_data is None:
                resources = _resources_data
                break
            if isinstance(_resources_data, Unset):
                resources = _resources_data
                break
            if isinstance(_resources_data, dict):
                try:
                    resources_type_0 = ResourcesCapability.from_dict(_resources_data)

                    resources = resources_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            resources = cast("None | ResourcesCapability | Unset", _resources_data)
            break

        _tools_data = d.pop("tools", UNSET)
        tools: None | ToolsCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tools_data is None:
                tools = _tools_data
                break
            if isinstance(_tools_data, Unset):
                tools = _tools_data
                break
            if isinstance(_tools_data, dict):
                try:
                    tools_type_0 = ToolsCapability.from_dict(_tools_data)

                    tools = tools_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tools = cast("None | ToolsCapability | Unset", _tools_data)
            break

        _completions_data = d.pop("completions", UNSET)
        completions: CompletionsCapability | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _completions_data is None:
                completions = _completions_data
                break
            if isinstance(_completions_data, Unset):
                completions = _completions_data
                break
            if isinstance(_completions_data, dict):
                try:
                    completions_type_0 = CompletionsCapability.from_dict(_completions_data)

                    completions = completions_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            completions = cast("CompletionsCapability | None | Unset", _completions_data)
            break

        _tasks_data = d.pop("tasks", UNSET)
        tasks: None | ServerTasksCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tasks_data is None:
                tasks = _tasks_data
                break
            if isinstance(_tasks_data, Unset):
                tasks = _tasks_data
                break
            if isinstance(_tasks_data, dict):
                try:
                    tasks_type_0 = ServerTasksCapability.from_dict(_tasks_data)

                    tasks = tasks_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tasks = cast("None | ServerTasksCapability | Unset", _tasks_data)
            break

        server_capabilities = cls(
            experimental,
            logging,
            prompts,
            resources,
            tools,
            completions,
            tasks,
        )

        server_capabilities.additional_properties = d
        return server_capabilities

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
