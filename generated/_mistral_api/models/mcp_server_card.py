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
    from ..models.client_capabilities import ClientCapabilities
    from ..models.mcp_prompt import MCPPrompt
    from ..models.mcp_resource import MCPResource
    from ..models.mcp_server_card_meta import MCPServerCardMeta
    from ..models.mcp_server_card_tool import MCPServerCardTool
    from ..models.mcp_server_icon import MCPServerIcon
    from ..models.mcp_server_remote import MCPServerRemote
    from ..models.mcp_server_repository import MCPServerRepository
    from ..models.server_capabilities import ServerCapabilities
else:
    ClientCapabilities = _Lazy(globals(), "client_capabilities", "ClientCapabilities")
    MCPPrompt = _Lazy(globals(), "mcp_prompt", "MCPPrompt")
    MCPResource = _Lazy(globals(), "mcp_resource", "MCPResource")
    MCPServerCardMeta = _Lazy(globals(), "mcp_server_card_meta", "MCPServerCardMeta")
    MCPServerCardTool = _Lazy(globals(), "mcp_server_card_tool", "MCPServerCardTool")
    MCPServerIcon = _Lazy(globals(), "mcp_server_icon", "MCPServerIcon")
    MCPServerRemote = _Lazy(globals(), "mcp_server_remote", "MCPServerRemote")
    MCPServerRepository = _Lazy(globals(), "mcp_server_repository", "MCPServerRepository")
    ServerCapabilities = _Lazy(globals(), "server_capabilities", "ServerCapabilities")


T = TypeVar("T", bound="MCPServerCard")


class MCPServerCard:
    """
    Attributes:
        name (str): Server identifier in reverse-DNS format with exactly one /
        version (str): Server version (semantic versioning preferred)
        schema (None | str | Unset): URL to the JSON schema definition Default:
            'https://static.modelcontextprotocol.io/schemas/v1/server-card.schema.json'.
        capabilities (ServerCapabilities | Unset): Capabilities that a server may support.
        title (None | str | Unset):
        description (None | str | Unset):
        website_url (None | str | Unset):
        repository (MCPServerRepository | None | Unset):
        icons (list[MCPServerIcon] | None | Unset):
        remotes (list[MCPServerRemote] | None | Unset):
        requires (ClientCapabilities | None | Unset):
        resources (list[MCPResource] | Literal['dynamic'] | None | Unset):
        tools (list[MCPServerCardTool] | Literal['dynamic'] | None | Unset):
        prompts (list[MCPPrompt] | Literal['dynamic'] | None | Unset):
        field_meta (MCPServerCardMeta | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "capabilities",
        "description",
        "field_meta",
        "icons",
        "name",
        "prompts",
        "remotes",
        "repository",
        "requires",
        "resources",
        "schema",
        "title",
        "tools",
        "version",
        "website_url",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "version",
        "schema",
        "capabilities",
        "title",
        "description",
        "website_url",
        "repository",
        "icons",
        "remotes",
        "requires",
        "resources",
        "tools",
        "prompts",
        "field_meta",
    )

    name: str
    version: str
    schema: None | str | Unset
    capabilities: ServerCapabilities | Unset
    title: None | str | Unset
    description: None | str | Unset
    website_url: None | str | Unset
    repository: MCPServerRepository | None | Unset
    icons: list[MCPServerIcon] | None | Unset
    remotes: list[MCPServerRemote] | None | Unset
    requires: ClientCapabilities | None | Unset
    resources: list[MCPResource] | Literal["dynamic"] | None | Unset
    tools: list[MCPServerCardTool] | Literal["dynamic"] | None | Unset
    prompts: list[MCPPrompt] | Literal["dynamic"] | None | Unset
    field_meta: MCPServerCardMeta | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        version: str,
        schema: None | str | Unset = UNSET,
        capabilities: ServerCapabilities | Unset = UNSET,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        website_url: None | str | Unset = UNSET,
        repository: MCPServerRepository | None | Unset = UNSET,
        icons: list[MCPServerIcon] | None | Unset = UNSET,
        remotes: list[MCPServerRemote] | None | Unset = UNSET,
        requires: ClientCapabilities | None | Unset = UNSET,
        resources: list[MCPResource] | Literal["dynamic"] | None | Unset = UNSET,
        tools: list[MCPServerCardTool] | Literal["dynamic"] | None | Unset = UNSET,
        prompts: list[MCPPrompt] | Literal["dynamic"] | None | Unset = UNSET,
        field_meta: MCPServerCardMeta | None | Unset = UNSET,
    ) -> None:
        self.name = name
        self.version = version
        self.schema = schema
        self.capabilities = capabilities
        self.title = title
        self.description = description
        self.website_url = website_url
        self.repository = repository
        self.icons = icons
        self.remotes = remotes
        self.requires = requires
        self.resources = resources
        self.tools = tools
        self.prompts = prompts
        self.field_meta = field_meta
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        schema: None | str | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        else:
            schema = self.schema

        try:
            capabilities: dict[str, Any] | Unset = UNSET
            if not isinstance(self.capabilities, Unset):
                try:
                    capabilities = self.capabilities.to_dict()
                except AttributeError:
                    if isinstance(self.capabilities, ServerCapabilities):
                        raise
                    capabilities = _as_dict(self.capabilities, "ServerCapabilities")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "capabilities")
            raise

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        website_url: None | str | Unset
        if isinstance(self.website_url, Unset):
            website_url = UNSET
        else:
            website_url = self.website_url

        try:
            repository: dict[str, Any] | None | Unset
            if isinstance(self.repository, Unset):
                repository = UNSET
            elif isinstance(self.repository, MCPServerRepository):
                repository = self.repository.to_dict()
            else:
                repository = self.repository
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "repository")
            raise

        try:
            icons: list[dict[str, Any]] | None | Unset
            if isinstance(self.icons, Unset):
                icons = UNSET
            elif isinstance(self.icons, list):
                icons = []
                try:
                    for icons_type_0_item_data in self.icons:
                        try:
                            icons_type_0_item = icons_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(icons_type_0_item_data, MCPServerIcon):
                                raise
                            icons_type_0_item = _as_dict(icons_type_0_item_data, "MCPServerIcon")
                        icons.append(icons_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(icons))
                    raise
            else:
                icons = self.icons
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "icons")
            raise

        try:
            remotes: list[dict[str, Any]] | None | Unset
            if isinstance(self.remotes, Unset):
                remotes = UNSET
            elif isinstance(self.remotes, list):
                remotes = []
                try:
                    for remotes_type_0_item_data in self.remotes:
                        try:
                            remotes_type_0_item = remotes_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(remotes_type_0_item_data, MCPServerRemote):
                                raise
                            remotes_type_0_item = _as_dict(remotes_type_0_item_data, "MCPServerRemote")
                        remotes.append(remotes_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(remotes))
                    raise
            else:
                remotes = self.remotes
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "remotes")
            raise

        try:
            requires: dict[str, Any] | None | Unset
            if isinstance(self.requires, Unset):
                requires = UNSET
            elif isinstance(self.requires, ClientCapabilities):
                requires = self.requires.to_dict()
            else:
                requires = self.requires
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "requires")
            raise

        try:
            resources: list[dict[str, Any]] | Literal["dynamic"] | None | Unset
            if isinstance(self.resources, Unset):
                resources = UNSET
            elif isinstance(self.resources, list):
                resources = []
                try:
                    for resources_type_1_item_data in self.resources:
                        try:
                            resources_type_1_item = resources_type_1_item_data.to_dict()
                        except AttributeError:
                            if isinstance(resources_type_1_item_data, MCPResource):
                                raise
                            resources_type_1_item = _as_dict(resources_type_1_item_data, "MCPResource")
                        resources.append(resources_type_1_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(resources))
                    raise
            else:
                resources = self.resources
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "resources")
            raise

        try:
            tools: list[dict[str, Any]] | Literal["dynamic"] | None | Unset
            if isinstance(self.tools, Unset):
                tools = UNSET
            elif isinstance(self.tools, list):
                tools = []
                try:
                    for tools_type_1_item_data in self.tools:
                        try:
                            tools_type_1_item = tools_type_1_item_data.to_dict()
                        except AttributeError:
                            if isinstance(tools_type_1_item_data, MCPServerCardTool):
                                raise
                            tools_type_1_item = _as_dict(tools_type_1_item_data, "MCPServerCardTool")
                        tools.append(tools_type_1_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(tools))
                    raise
            else:
                tools = self.tools
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tools")
            raise

        try:
            prompts: list[dict[str, Any]] | Literal["dynamic"] | None | Unset
            if isinstance(self.prompts, Unset):
                prompts = UNSET
            elif isinstance(self.prompts, list):
                prompts = []
                try:
                    for prompts_type_1_item_data in self.prompts:
                        try:
                            prompts_type_1_item = prompts_type_1_item_data.to_dict()
                        except AttributeError:
                            if isinstance(prompts_type_1_item_data, MCPPrompt):
                                raise
                            prompts_type_1_item = _as_dict(prompts_type_1_item_data, "MCPPrompt")
                        prompts.append(prompts_type_1_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(prompts))
                    raise
            else:
                prompts = self.prompts
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "prompts")
            raise

        try:
            field_meta: dict[str, Any] | None | Unset
            if isinstance(self.field_meta, Unset):
                field_meta = UNSET
            elif isinstance(self.field_meta, MCPServerCardMeta):
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
                "name": name,
                "version": version,
            }
        )
        if schema is not UNSET:
            field_dict["$schema"] = schema
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if website_url is not UNSET:
            field_dict["websiteUrl"] = website_url
        if repository is not UNSET:
            field_dict["repository"] = repository
        if icons is not UNSET:
            field_dict["icons"] = icons
        if remotes is not UNSET:
            field_dict["remotes"] = remotes
        if requires is not UNSET:
            field_dict["requires"] = requires
        if resources is not UNSET:
            field_dict["resources"] = resources
        if tools is not UNSET:
            field_dict["tools"] = tools
        if prompts is not UNSET:
            field_dict["prompts"] = prompts
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
        name = d.pop("name")

        version = d.pop("version")

        schema: None | str | Unset = d.pop("$schema", UNSET)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: ServerCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = ServerCapabilities.from_dict(_capabilities)

        title: None | str | Unset = d.pop("title", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        website_url: None | str | Unset = d.pop("websiteUrl", UNSET)

        _repository_data = d.pop("repository", UNSET)
        repository: MCPServerRepository | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _repository_data is None:
                repository = _repository_data
                break
            if isinstance(_repository_data, Unset):
                repository = _repository_data
                break
            if isinstance(_repository_data, dict):
                try:
                    repository_type_0 = MCPServerRepository.from_dict(_repository_data)

                    repository = repository_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            repository = cast("MCPServerRepository | None | Unset", _repository_data)
            break

        _icons_data = d.pop("icons", UNSET)
        icons: list[MCPServerIcon] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _icons_data is None:
                icons = _icons_data
                break
            if isinstance(_icons_data, Unset):
                icons = _icons_data
                break
            if isinstance(_icons_data, list):
                try:
                    icons_type_0 = []
                    _icons_type_0 = _icons_data
                    for icons_type_0_item_data in _icons_type_0:
                        icons_type_0_item = MCPServerIcon.from_dict(icons_type_0_item_data)

                        icons_type_0.append(icons_type_0_item)

                    icons = icons_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            icons = cast("list[MCPServerIcon] | None | Unset", _icons_data)
            break

        _remotes_data = d.pop("remotes", UNSET)
        remotes: list[MCPServerRemote] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _remotes_data is None:
                remotes = _remotes_data
                break
            if isinstance(_remotes_data, Unset):
                remotes = _remotes_data
                break
            if isinstance(_remotes_data, list):
                try:
                    remotes_type_0 = []
                    _remotes_type_0 = _remotes_data
                    for remotes_type_0_item_data in _remotes_type_0:
                        remotes_type_0_item = MCPServerRemote.from_dict(remotes_type_0_item_data)

                        remotes_type_0.append(remotes_type_0_item)

                    remotes = remotes_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            remotes = cast("list[MCPServerRemote] | None | Unset", _remotes_data)
            break

        _requires_data = d.pop("requires", UNSET)
        requires: ClientCapabilities | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _requires_data is None:
                requires = _requires_data
                break
            if isinstance(_requires_data, Unset):
                requires = _requires_data
                break
            if isinstance(_requires_data, dict):
                try:
                    requires_type_0 = ClientCapabilities.from_dict(_requires_data)

                    requires = requires_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            requires = cast("ClientCapabilities | None | Unset", _requires_data)
            break

        _resources_data = d.pop("resources", UNSET)
        resources: list[MCPResource] | Literal["dynamic"] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _resources_data is None:
                resources = _resources_data
                break
            if isinstance(_resources_data, Unset):
                resources = _resources_data
                break
            resources_type_0 = cast(Literal["dynamic"], _resources_data)
            if resources_type_0 != "dynamic":
                raise ValueError(f"resources_type_0 must match const 'dynamic', got '{resources_type_0}'")
            resources = resources_type_0
            break
            if isinstance(_resources_data, list):
                try:
                    resources_type_1 = []
                    _resources_type_1 = _resources_data
                    for resources_type_1_item_data in _resources_type_1:
                        resources_type_1_item = MCPResource.from_dict(resources_type_1_item_data)

                        resources_type_1.append(resources_type_1_item)

                    resources = resources_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            resources = cast("list[MCPResource] | Literal['dynamic'] | None | Unset", _resources_data)
            break

        _tools_data = d.pop("tools", UNSET)
        tools: list[MCPServerCardTool] | Literal["dynamic"] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tools_data is None:
                tools = _tools_data
                break
            if isinstance(_tools_data, Unset):
                tools = _tools_data
                break
            tools_type_0 = cast(Literal["dynamic"], _tools_data)
            if tools_type_0 != "dynamic":
                raise ValueError(f"tools_type_0 must match const 'dynamic', got '{tools_type_0}'")
            tools = tools_type_0
            break
            if isinstance(_tools_data, list):
                try:
                    tools_type_1 = []
                    _tools_type_1 = _tools_data
                    for tools_type_1_item_data in _tools_type_1:
                        tools_type_1_item = MCPServerCardTool.from_dict(tools_type_1_item_data)

                        tools_type_1.append(tools_type_1_item)

                    tools = tools_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tools = cast("list[MCPServerCardTool] | Literal['dynamic'] | None | Unset", _tools_data)
            break

        _prompts_data = d.pop("prompts", UNSET)
        prompts: list[MCPPrompt] | Literal["dynamic"] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _prompts_data is None:
                prompts = _prompts_data
                break
            if isinstance(_prompts_data, Unset):
                prompts = _prompts_data
                break
            prompts_type_0 = cast(Literal["dynamic"], _prompts_data)
            if prompts_type_0 != "dynamic":
                raise ValueError(f"prompts_type_0 must match const 'dynamic', got '{prompts_type_0}'")
            prompts = prompts_type_0
            break
            if isinstance(_prompts_data, list):
                try:
                    prompts_type_1 = []
                    _prompts_type_1 = _prompts_data
                    for prompts_type_1_item_data in _prompts_type_1:
                        prompts_type_1_item = MCPPrompt.from_dict(prompts_type_1_item_data)

                        prompts_type_1.append(prompts_type_1_item)

                    prompts = prompts_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            prompts = cast("list[MCPPrompt] | Literal['dynamic'] | None | Unset", _prompts_data)
            break

        _field_meta_data = d.pop("_meta", UNSET)
        field_meta: MCPServerCardMeta | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _field_meta_data is None:
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, Unset):
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, dict):
                try:
                    field_meta_type_0 = MCPServerCardMeta.from_dict(_field_meta_data)

                    field_meta = field_meta_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            field_meta = cast("MCPServerCardMeta | None | Unset", _field_meta_data)
            break

        mcp_server_card = cls(
            name,
            version,
            schema,
            capabilities,
            title,
            description,
            website_url,
            repository,
            icons,
            remotes,
            requires,
            resources,
            tools,
            prompts,
            field_meta,
        )

        mcp_server_card.additional_properties = d
        return mcp_server_card

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
