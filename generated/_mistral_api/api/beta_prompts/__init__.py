"""BetaPrompts: generated resource (`client.beta.prompts`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeAlias, TypedDict, Unpack, cast
from urllib.parse import quote

from ...client import (
    APIResponse,
    AsyncEventStream,
    EventStream,
    Request,
    RequestOptions,
    Transport,
    as_bytes,
    as_is,
    as_lines,
    as_none,
    as_text,
    to_file,
    to_json,
)
from ...types import UNSET, File, Unset
from ...types import Lazy as _Lazy

if TYPE_CHECKING:
    from ...models.alias_list import AliasList
    from ...models.create_prompt_request import CreatePromptRequest
    from ...models.create_prompt_version_response import CreatePromptVersionResponse
    from ...models.delete_prompt_response import DeletePromptResponse
    from ...models.list_prompt_versions_response import ListPromptVersionsResponse
    from ...models.list_prompts_response import ListPromptsResponse
    from ...models.list_sort_direction import ListSortDirection
    from ...models.list_sort_field import ListSortField
    from ...models.prompt import Prompt
    from ...models.prompt_definition import PromptDefinition
    from ...models.prompts_create_version_create_prompt_version_request import (
        PromptsCreateVersionCreatePromptVersionRequest,
    )
    from ...models.prompts_update_update_prompt_request import PromptsUpdateUpdatePromptRequest
    from ...models.prompts_update_version_metadata_update_prompt_version_request import (
        PromptsUpdateVersionMetadataUpdatePromptVersionRequest,
    )
    from ...models.registry_sharing_scope import RegistrySharingScope
else:
    AliasList = _Lazy(globals(), "alias_list", "AliasList")
    CreatePromptRequest = _Lazy(globals(), "create_prompt_request", "CreatePromptRequest")
    CreatePromptVersionResponse = _Lazy(globals(), "create_prompt_version_response", "CreatePromptVersionResponse")
    DeletePromptResponse = _Lazy(globals(), "delete_prompt_response", "DeletePromptResponse")
    ListPromptVersionsResponse = _Lazy(globals(), "list_prompt_versions_response", "ListPromptVersionsResponse")
    ListPromptsResponse = _Lazy(globals(), "list_prompts_response", "ListPromptsResponse")
    ListSortDirection = _Lazy(globals(), "list_sort_direction", "ListSortDirection")
    ListSortField = _Lazy(globals(), "list_sort_field", "ListSortField")
    Prompt = _Lazy(globals(), "prompt", "Prompt")
    PromptDefinition = _Lazy(globals(), "prompt_definition", "PromptDefinition")
    PromptsCreateVersionCreatePromptVersionRequest = _Lazy(
        globals(),
        "prompts_create_version_create_prompt_version_request",
        "PromptsCreateVersionCreatePromptVersionRequest",
    )
    PromptsUpdateUpdatePromptRequest = _Lazy(
        globals(), "prompts_update_update_prompt_request", "PromptsUpdateUpdatePromptRequest"
    )
    PromptsUpdateVersionMetadataUpdatePromptVersionRequest = _Lazy(
        globals(),
        "prompts_update_version_metadata_update_prompt_version_request",
        "PromptsUpdateVersionMetadataUpdatePromptVersionRequest",
    )
    RegistrySharingScope = _Lazy(globals(), "registry_sharing_scope", "RegistrySharingScope")


_KEYWORDS_PROMPTS_LIST = (
    "page_size",
    "page_token",
    "alias",
    "fields",
    "sort_field",
    "sortdirection",
    "sort_by",
    "sort_direction",
)


def _decode_prompts_list(data: Any) -> ListPromptsResponse:
    response_200 = ListPromptsResponse.from_dict(data)

    return response_200


def _prompts_list(
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    alias: str | Unset = UNSET,
    fields: builtins.list[str] | Unset = UNSET,
    sort_field: ListSortField | Unset = UNSET,
    sortdirection: ListSortDirection | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
) -> Request[ListPromptsResponse]:
    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageToken"] = page_token

    params["alias"] = alias

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    json_sort_field: str | Unset = UNSET
    if not isinstance(sort_field, Unset):
        json_sort_field = str(sort_field)

    params["sort.field"] = json_sort_field

    json_sortdirection: str | Unset = UNSET
    if not isinstance(sortdirection, Unset):
        json_sortdirection = str(sortdirection)

    params["sort.direction"] = json_sortdirection

    params["sort_by"] = sort_by

    params["sort_direction"] = sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v2/prompts",
        operation_id="prompts_list",
        decode=_decode_prompts_list,
        kind="json",
        keywords=_KEYWORDS_PROMPTS_LIST,
        params=params,
        **_kwargs,
    )


_KEYWORDS_PROMPTS_CREATE = (
    "name",
    "definition",
    "title",
    "description",
    "notes",
    "sharing_scope",
    "aliases",
)


def _decode_prompts_create(data: Any) -> Prompt:
    response_200 = Prompt.from_dict(data)

    return response_200


def _prompts_create(
    *,
    name: str,
    definition: PromptDefinition | Mapping[str, Any],
    title: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    notes: str | None | Unset = UNSET,
    sharing_scope: RegistrySharingScope | str | Unset = UNSET,
    aliases: Sequence[str] | Unset = UNSET,
) -> Request[Prompt]:

    _kwargs: dict[str, Any] = {}
    _body = CreatePromptRequest(
        name=cast(Any, name),
        definition=cast(Any, definition),
        title=cast(Any, title),
        description=cast(Any, description),
        notes=cast(Any, notes),
        sharing_scope=cast(Any, sharing_scope),
        aliases=cast(Any, aliases),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v2/prompts",
        operation_id="prompts_create",
        decode=_decode_prompts_create,
        kind="json",
        keywords=_KEYWORDS_PROMPTS_CREATE,
        **_kwargs,
    )


_KEYWORDS_PROMPTS_GET = (
    "prompt_id",
    "version",
    "alias",
    "fields",
)


def _decode_prompts_get(data: Any) -> Prompt:
    response_200 = Prompt.from_dict(data)

    return response_200


def _prompts_get(
    *,
    prompt_id: str,
    version: int | Unset = UNSET,
    alias: str | Unset = UNSET,
    fields: builtins.list[str] | Unset = UNSET,
) -> Request[Prompt]:
    params: dict[str, Any] = {}

    params["version"] = version

    params["alias"] = alias

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v2/prompts/{prompt_id}".format(
            prompt_id=quote(str(prompt_id), safe=""),
        ),
        operation_id="prompts_get",
        decode=_decode_prompts_get,
        kind="json",
        keywords=_KEYWORDS_PROMPTS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_PROMPTS_DELETE = ("prompt_id",)


def _decode_prompts_delete(data: Any) -> DeletePromptResponse:
    response_200 = DeletePromptResponse.from_dict(data)

    return response_200


def _prompts_delete(
    *,
    prompt_id: str,
) -> Request[DeletePromptResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v2/prompts/{prompt_id}".format(
            prompt_id=quote(str(prompt_id), safe=""),
        ),
        operation_id="prompts_delete",
        decode=_decode_prompts_delete,
        kind="json",
        keywords=_KEYWORDS_PROMPTS_DELETE,
        **_kwargs,
    )


_KEYWORDS_PROMPTS_UPDATE = (
    "prompt_id",
    "title",
    "description",
    "sharing_scope",
)


def _decode_prompts_update(data: Any) -> Prompt:
    response_200 = Prompt.from_dict(data)

    return response_200


def _prompts_update(
    *,
    prompt_id: str,
    title: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    sharing_scope: RegistrySharingScope | str | Unset = UNSET,
) -> Request[Prompt]:

    _kwargs: dict[str, Any] = {}
    _body = PromptsUpdateUpdatePromptRequest(
        title=cast(Any, title),
        description=cast(Any, description),
        sharing_scope=cast(Any, sharing_scope),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v2/prompts/{prompt_id}".format(
            prompt_id=quote(str(prompt_id), safe=""),
        ),
        operation_id="prompts_update",
        decode=_decode_prompts_update,
        kind="json",
        keywords=_KEYWORDS_PROMPTS_UPDATE,
        **_kwargs,
    )


_KEYWORDS_PROMPTS_LIST_VERSIONS = ("prompt_id",)


def _decode_prompts_list_versions(data: Any) -> ListPromptVersionsResponse:
    response_200 = ListPromptVersionsResponse.from_dict(data)

    return response_200


def _prompts_list_versions(
    *,
    prompt_id: str,
) -> Request[ListPromptVersionsResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v2/prompts/{prompt_id}/versions".format(
            prompt_id=quote(str(prompt_id), safe=""),
        ),
        operation_id="prompts_list_versions",
        decode=_decode_prompts_list_versions,
        kind="json",
        keywords=_KEYWORDS_PROMPTS_LIST_VERSIONS,
        **_kwargs,
    )


_KEYWORDS_PROMPTS_CREATE_VERSION = (
    "prompt_id",
    "definition",
    "notes",
    "aliases",
)


def _decode_prompts_create_version(data: Any) -> CreatePromptVersionResponse:
    response_200 = CreatePromptVersionResponse.from_dict(data)

    return response_200


def _prompts_create_version(
    *,
    prompt_id: str,
    definition: PromptDefinition | Mapping[str, Any],
    notes: str | None | Unset = UNSET,
    aliases: Sequence[str] | Unset = UNSET,
) -> Request[CreatePromptVersionResponse]:

    _kwargs: dict[str, Any] = {}
    _body = PromptsCreateVersionCreatePromptVersionRequest(
        definition=cast(Any, definition),
        notes=cast(Any, notes),
        aliases=cast(Any, aliases),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v2/prompts/{prompt_id}/versions".format(
            prompt_id=quote(str(prompt_id), safe=""),
        ),
        operation_id="prompts_create_version",
        decode=_decode_prompts_create_version,
        kind="json",
        keywords=_KEYWORDS_PROMPTS_CREATE_VERSION,
        **_kwargs,
    )


_KEYWORDS_PROMPTS_GET_VERSION = (
    "prompt_id",
    "version",
    "fields",
)


def _decode_prompts_get_version(data: Any) -> Prompt:
    response_200 = Prompt.from_dict(data)

    return response_200


def _prompts_get_version(
    *,
    prompt_id: str,
    version: int,
    fields: builtins.list[str] | Unset = UNSET,
) -> Request[Prompt]:
    params: dict[str, Any] = {}

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v2/prompts/{prompt_id}/versions/{version}".format(
            prompt_id=quote(str(prompt_id), safe=""),
            version=quote(str(version), safe=""),
        ),
        operation_id="prompts_get_version",
        decode=_decode_prompts_get_version,
        kind="json",
        keywords=_KEYWORDS_PROMPTS_GET_VERSION,
        params=params,
        **_kwargs,
    )


_KEYWORDS_PROMPTS_UPDATE_VERSION_METADATA = (
    "prompt_id",
    "version",
    "notes",
    "aliases",
)


def _decode_prompts_update_version_metadata(data: Any) -> Prompt:
    response_200 = Prompt.from_dict(data)

    return response_200


def _prompts_update_version_metadata(
    *,
    prompt_id: str,
    version: int,
    notes: str | None | Unset = UNSET,
    aliases: AliasList | Mapping[str, Any] | Unset = UNSET,
) -> Request[Prompt]:

    _kwargs: dict[str, Any] = {}
    _body = PromptsUpdateVersionMetadataUpdatePromptVersionRequest(
        notes=cast(Any, notes),
        aliases=cast(Any, aliases),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v2/prompts/{prompt_id}/versions/{version}".format(
            prompt_id=quote(str(prompt_id), safe=""),
            version=quote(str(version), safe=""),
        ),
        operation_id="prompts_update_version_metadata",
        decode=_decode_prompts_update_version_metadata,
        kind="json",
        keywords=_KEYWORDS_PROMPTS_UPDATE_VERSION_METADATA,
        **_kwargs,
    )


BetaPromptsListResult: TypeAlias = ListPromptsResponse


BetaPromptsCreateResult: TypeAlias = Prompt


BetaPromptsGetResult: TypeAlias = Prompt


BetaPromptsDeleteResult: TypeAlias = DeletePromptResponse


BetaPromptsUpdateMetadataResult: TypeAlias = Prompt


BetaPromptsListVersionsResult: TypeAlias = ListPromptVersionsResponse


BetaPromptsCreateVersionResult: TypeAlias = CreatePromptVersionResponse


BetaPromptsGetVersionResult: TypeAlias = Prompt


BetaPromptsUpdateVersionMetadataResult: TypeAlias = Prompt


class BetaPrompts:
    """`client.beta.prompts`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaPromptsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaPromptsWithRawResponse(self._transport)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        alias: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        sort_field: ListSortField | Unset = UNSET,
        sortdirection: ListSortDirection | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListPromptsResponse:
        """ListPrompts

        ListPrompts

        Args:
            page_size (int | Unset):
            page_token (str | Unset):
            alias (str | Unset):
            fields (list[str] | Unset):
            sort_field (ListSortField | Unset):
            sortdirection (ListSortDirection | Unset):
            sort_by (str | Unset): REST-friendly alias for sort.field. Supported values: created_at,
                last_modified_at, name, title.
            sort_direction (str | Unset): REST-friendly alias for sort.direction. Supported values:
                asc, desc.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListPromptsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_list,
            dict(
                page_size=page_size,
                page_token=page_token,
                alias=alias,
                fields=fields,
                sort_field=sort_field,
                sortdirection=sortdirection,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        alias: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        sort_field: ListSortField | Unset = UNSET,
        sortdirection: ListSortDirection | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListPromptsResponse:
        """ListPrompts

        ListPrompts

        Args:
            page_size (int | Unset):
            page_token (str | Unset):
            alias (str | Unset):
            fields (list[str] | Unset):
            sort_field (ListSortField | Unset):
            sortdirection (ListSortDirection | Unset):
            sort_by (str | Unset): REST-friendly alias for sort.field. Supported values: created_at,
                last_modified_at, name, title.
            sort_direction (str | Unset): REST-friendly alias for sort.direction. Supported values:
                asc, desc.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListPromptsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_list,
            dict(
                page_size=page_size,
                page_token=page_token,
                alias=alias,
                fields=fields,
                sort_field=sort_field,
                sortdirection=sortdirection,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
        )
        return await self._transport.send_async(request, options)

    def create(
        self,
        *,
        name: str,
        definition: PromptDefinition | Mapping[str, Any],
        title: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """CreatePrompt

        CreatePrompt

        Args:
            name (str): Stable object name.
            definition (PromptDefinition): Versioned prompt content.
            title (None | str | Unset): Display title.
            description (None | str | Unset): Display description.
            notes (None | str | Unset): Notes for this version.
            sharing_scope (RegistrySharingScope | Unset):
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Prompt

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_create,
            dict(
                name=name,
                definition=definition,
                title=title,
                description=description,
                notes=notes,
                sharing_scope=sharing_scope,
                aliases=aliases,
            ),
        )
        return self._transport.send(request, options)

    async def create_async(
        self,
        *,
        name: str,
        definition: PromptDefinition | Mapping[str, Any],
        title: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """CreatePrompt

        CreatePrompt

        Args:
            name (str): Stable object name.
            definition (PromptDefinition): Versioned prompt content.
            title (None | str | Unset): Display title.
            description (None | str | Unset): Display description.
            notes (None | str | Unset): Notes for this version.
            sharing_scope (RegistrySharingScope | Unset):
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Prompt

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_create,
            dict(
                name=name,
                definition=definition,
                title=title,
                description=description,
                notes=notes,
                sharing_scope=sharing_scope,
                aliases=aliases,
            ),
        )
        return await self._transport.send_async(request, options)

    def get(
        self,
        *,
        prompt_id: str,
        version: int | Unset = UNSET,
        alias: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """GetPrompt

        GetPrompt

        Args:
            prompt_id (str):
            version (int | Unset):  Example: 1.
            alias (str | Unset):
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Prompt

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_get,
            dict(
                prompt_id=prompt_id,
                version=version,
                alias=alias,
                fields=fields,
            ),
        )
        return self._transport.send(request, options)

    async def get_async(
        self,
        *,
        prompt_id: str,
        version: int | Unset = UNSET,
        alias: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """GetPrompt

        GetPrompt

        Args:
            prompt_id (str):
            version (int | Unset):  Example: 1.
            alias (str | Unset):
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Prompt

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_get,
            dict(
                prompt_id=prompt_id,
                version=version,
                alias=alias,
                fields=fields,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        prompt_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeletePromptResponse:
        """DeletePrompt

        DeletePrompt

        Args:
            prompt_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeletePromptResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_delete,
            dict(
                prompt_id=prompt_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        prompt_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeletePromptResponse:
        """DeletePrompt

        DeletePrompt

        Args:
            prompt_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeletePromptResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_delete,
            dict(
                prompt_id=prompt_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_metadata(
        self,
        *,
        prompt_id: str,
        title: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """UpdatePrompt

        UpdatePrompt

        Args:
            prompt_id (str):
            title (None | str | Unset): Display title.
            description (None | str | Unset): Display description.
            sharing_scope (RegistrySharingScope | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Prompt

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_update,
            dict(
                prompt_id=prompt_id,
                title=title,
                description=description,
                sharing_scope=sharing_scope,
            ),
        )
        return self._transport.send(request, options)

    async def update_metadata_async(
        self,
        *,
        prompt_id: str,
        title: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """UpdatePrompt

        UpdatePrompt

        Args:
            prompt_id (str):
            title (None | str | Unset): Display title.
            description (None | str | Unset): Display description.
            sharing_scope (RegistrySharingScope | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Prompt

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_update,
            dict(
                prompt_id=prompt_id,
                title=title,
                description=description,
                sharing_scope=sharing_scope,
            ),
        )
        return await self._transport.send_async(request, options)

    def list_versions(
        self,
        *,
        prompt_id: str,
        **options: Unpack[RequestOptions],
    ) -> ListPromptVersionsResponse:
        """ListPromptVersions

        ListPromptVersions

        Args:
            prompt_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListPromptVersionsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_list_versions,
            dict(
                prompt_id=prompt_id,
            ),
        )
        return self._transport.send(request, options)

    async def list_versions_async(
        self,
        *,
        prompt_id: str,
        **options: Unpack[RequestOptions],
    ) -> ListPromptVersionsResponse:
        """ListPromptVersions

        ListPromptVersions

        Args:
            prompt_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListPromptVersionsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_list_versions,
            dict(
                prompt_id=prompt_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def create_version(
        self,
        *,
        prompt_id: str,
        definition: PromptDefinition | Mapping[str, Any],
        notes: str | None | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreatePromptVersionResponse:
        """CreatePromptVersion

        CreatePromptVersion

        Args:
            prompt_id (str):
            definition (PromptDefinition): Versioned prompt content.
            notes (None | str | Unset): Notes for this version.
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            CreatePromptVersionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_create_version,
            dict(
                prompt_id=prompt_id,
                definition=definition,
                notes=notes,
                aliases=aliases,
            ),
        )
        return self._transport.send(request, options)

    async def create_version_async(
        self,
        *,
        prompt_id: str,
        definition: PromptDefinition | Mapping[str, Any],
        notes: str | None | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreatePromptVersionResponse:
        """CreatePromptVersion

        CreatePromptVersion

        Args:
            prompt_id (str):
            definition (PromptDefinition): Versioned prompt content.
            notes (None | str | Unset): Notes for this version.
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            CreatePromptVersionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_create_version,
            dict(
                prompt_id=prompt_id,
                definition=definition,
                notes=notes,
                aliases=aliases,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_version(
        self,
        *,
        prompt_id: str,
        version: int,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """GetPromptVersion

        GetPromptVersion

        Args:
            prompt_id (str):
            version (int):  Example: 1.
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Prompt

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_get_version,
            dict(
                prompt_id=prompt_id,
                version=version,
                fields=fields,
            ),
        )
        return self._transport.send(request, options)

    async def get_version_async(
        self,
        *,
        prompt_id: str,
        version: int,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """GetPromptVersion

        GetPromptVersion

        Args:
            prompt_id (str):
            version (int):  Example: 1.
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Prompt

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_get_version,
            dict(
                prompt_id=prompt_id,
                version=version,
                fields=fields,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_version_metadata(
        self,
        *,
        prompt_id: str,
        version: int,
        notes: str | None | Unset = UNSET,
        aliases: AliasList | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """UpdatePromptVersionMetadata

        UpdatePromptVersionMetadata

        Args:
            prompt_id (str):
            version (int):  Example: 1.
            notes (None | str | Unset): Notes for this version.
            aliases (AliasList | Unset): Presence wrapper for a set of alias labels on update RPCs. As a message field it
                carries presence, so callers can distinguish "leave aliases unchanged" (field
                omitted) from "clear all aliases" (field set, empty ``values``).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Prompt

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_update_version_metadata,
            dict(
                prompt_id=prompt_id,
                version=version,
                notes=notes,
                aliases=aliases,
            ),
        )
        return self._transport.send(request, options)

    async def update_version_metadata_async(
        self,
        *,
        prompt_id: str,
        version: int,
        notes: str | None | Unset = UNSET,
        aliases: AliasList | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """UpdatePromptVersionMetadata

        UpdatePromptVersionMetadata

        Args:
            prompt_id (str):
            version (int):  Example: 1.
            notes (None | str | Unset): Notes for this version.
            aliases (AliasList | Unset): Presence wrapper for a set of alias labels on update RPCs. As a message field it
                carries presence, so callers can distinguish "leave aliases unchanged" (field
                omitted) from "clear all aliases" (field set, empty ``values``).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Prompt

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_update_version_metadata,
            dict(
                prompt_id=prompt_id,
                version=version,
                notes=notes,
                aliases=aliases,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaPromptsWithRawResponse:
    """`client.beta.prompts`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        alias: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        sort_field: ListSortField | Unset = UNSET,
        sortdirection: ListSortDirection | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListPromptsResponse]:
        """ListPrompts

        ListPrompts

        Args:
            page_size (int | Unset):
            page_token (str | Unset):
            alias (str | Unset):
            fields (list[str] | Unset):
            sort_field (ListSortField | Unset):
            sortdirection (ListSortDirection | Unset):
            sort_by (str | Unset): REST-friendly alias for sort.field. Supported values: created_at,
                last_modified_at, name, title.
            sort_direction (str | Unset): REST-friendly alias for sort.direction. Supported values:
                asc, desc.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListPromptsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_list,
            dict(
                page_size=page_size,
                page_token=page_token,
                alias=alias,
                fields=fields,
                sort_field=sort_field,
                sortdirection=sortdirection,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        alias: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        sort_field: ListSortField | Unset = UNSET,
        sortdirection: ListSortDirection | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListPromptsResponse]:
        """ListPrompts

        ListPrompts

        Args:
            page_size (int | Unset):
            page_token (str | Unset):
            alias (str | Unset):
            fields (list[str] | Unset):
            sort_field (ListSortField | Unset):
            sortdirection (ListSortDirection | Unset):
            sort_by (str | Unset): REST-friendly alias for sort.field. Supported values: created_at,
                last_modified_at, name, title.
            sort_direction (str | Unset): REST-friendly alias for sort.direction. Supported values:
                asc, desc.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListPromptsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_list,
            dict(
                page_size=page_size,
                page_token=page_token,
                alias=alias,
                fields=fields,
                sort_field=sort_field,
                sortdirection=sortdirection,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create(
        self,
        *,
        name: str,
        definition: PromptDefinition | Mapping[str, Any],
        title: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Prompt]:
        """CreatePrompt

        CreatePrompt

        Args:
            name (str): Stable object name.
            definition (PromptDefinition): Versioned prompt content.
            title (None | str | Unset): Display title.
            description (None | str | Unset): Display description.
            notes (None | str | Unset): Notes for this version.
            sharing_scope (RegistrySharingScope | Unset):
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Prompt]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_create,
            dict(
                name=name,
                definition=definition,
                title=title,
                description=description,
                notes=notes,
                sharing_scope=sharing_scope,
                aliases=aliases,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_async(
        self,
        *,
        name: str,
        definition: PromptDefinition | Mapping[str, Any],
        title: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Prompt]:
        """CreatePrompt

        CreatePrompt

        Args:
            name (str): Stable object name.
            definition (PromptDefinition): Versioned prompt content.
            title (None | str | Unset): Display title.
            description (None | str | Unset): Display description.
            notes (None | str | Unset): Notes for this version.
            sharing_scope (RegistrySharingScope | Unset):
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Prompt]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_create,
            dict(
                name=name,
                definition=definition,
                title=title,
                description=description,
                notes=notes,
                sharing_scope=sharing_scope,
                aliases=aliases,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get(
        self,
        *,
        prompt_id: str,
        version: int | Unset = UNSET,
        alias: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Prompt]:
        """GetPrompt

        GetPrompt

        Args:
            prompt_id (str):
            version (int | Unset):  Example: 1.
            alias (str | Unset):
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Prompt]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_get,
            dict(
                prompt_id=prompt_id,
                version=version,
                alias=alias,
                fields=fields,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_async(
        self,
        *,
        prompt_id: str,
        version: int | Unset = UNSET,
        alias: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Prompt]:
        """GetPrompt

        GetPrompt

        Args:
            prompt_id (str):
            version (int | Unset):  Example: 1.
            alias (str | Unset):
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Prompt]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_get,
            dict(
                prompt_id=prompt_id,
                version=version,
                alias=alias,
                fields=fields,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        prompt_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeletePromptResponse]:
        """DeletePrompt

        DeletePrompt

        Args:
            prompt_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeletePromptResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_delete,
            dict(
                prompt_id=prompt_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        prompt_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeletePromptResponse]:
        """DeletePrompt

        DeletePrompt

        Args:
            prompt_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeletePromptResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_delete,
            dict(
                prompt_id=prompt_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_metadata(
        self,
        *,
        prompt_id: str,
        title: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Prompt]:
        """UpdatePrompt

        UpdatePrompt

        Args:
            prompt_id (str):
            title (None | str | Unset): Display title.
            description (None | str | Unset): Display description.
            sharing_scope (RegistrySharingScope | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Prompt]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_update,
            dict(
                prompt_id=prompt_id,
                title=title,
                description=description,
                sharing_scope=sharing_scope,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_metadata_async(
        self,
        *,
        prompt_id: str,
        title: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Prompt]:
        """UpdatePrompt

        UpdatePrompt

        Args:
            prompt_id (str):
            title (None | str | Unset): Display title.
            description (None | str | Unset): Display description.
            sharing_scope (RegistrySharingScope | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Prompt]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_update,
            dict(
                prompt_id=prompt_id,
                title=title,
                description=description,
                sharing_scope=sharing_scope,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list_versions(
        self,
        *,
        prompt_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListPromptVersionsResponse]:
        """ListPromptVersions

        ListPromptVersions

        Args:
            prompt_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListPromptVersionsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_list_versions,
            dict(
                prompt_id=prompt_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_versions_async(
        self,
        *,
        prompt_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListPromptVersionsResponse]:
        """ListPromptVersions

        ListPromptVersions

        Args:
            prompt_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListPromptVersionsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_list_versions,
            dict(
                prompt_id=prompt_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create_version(
        self,
        *,
        prompt_id: str,
        definition: PromptDefinition | Mapping[str, Any],
        notes: str | None | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CreatePromptVersionResponse]:
        """CreatePromptVersion

        CreatePromptVersion

        Args:
            prompt_id (str):
            definition (PromptDefinition): Versioned prompt content.
            notes (None | str | Unset): Notes for this version.
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[CreatePromptVersionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_create_version,
            dict(
                prompt_id=prompt_id,
                definition=definition,
                notes=notes,
                aliases=aliases,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_version_async(
        self,
        *,
        prompt_id: str,
        definition: PromptDefinition | Mapping[str, Any],
        notes: str | None | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CreatePromptVersionResponse]:
        """CreatePromptVersion

        CreatePromptVersion

        Args:
            prompt_id (str):
            definition (PromptDefinition): Versioned prompt content.
            notes (None | str | Unset): Notes for this version.
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[CreatePromptVersionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_create_version,
            dict(
                prompt_id=prompt_id,
                definition=definition,
                notes=notes,
                aliases=aliases,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_version(
        self,
        *,
        prompt_id: str,
        version: int,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Prompt]:
        """GetPromptVersion

        GetPromptVersion

        Args:
            prompt_id (str):
            version (int):  Example: 1.
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Prompt]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_get_version,
            dict(
                prompt_id=prompt_id,
                version=version,
                fields=fields,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_version_async(
        self,
        *,
        prompt_id: str,
        version: int,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Prompt]:
        """GetPromptVersion

        GetPromptVersion

        Args:
            prompt_id (str):
            version (int):  Example: 1.
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Prompt]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_get_version,
            dict(
                prompt_id=prompt_id,
                version=version,
                fields=fields,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_version_metadata(
        self,
        *,
        prompt_id: str,
        version: int,
        notes: str | None | Unset = UNSET,
        aliases: AliasList | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Prompt]:
        """UpdatePromptVersionMetadata

        UpdatePromptVersionMetadata

        Args:
            prompt_id (str):
            version (int):  Example: 1.
            notes (None | str | Unset): Notes for this version.
            aliases (AliasList | Unset): Presence wrapper for a set of alias labels on update RPCs. As a message field it
                carries presence, so callers can distinguish "leave aliases unchanged" (field
                omitted) from "clear all aliases" (field set, empty ``values``).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Prompt]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_update_version_metadata,
            dict(
                prompt_id=prompt_id,
                version=version,
                notes=notes,
                aliases=aliases,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_version_metadata_async(
        self,
        *,
        prompt_id: str,
        version: int,
        notes: str | None | Unset = UNSET,
        aliases: AliasList | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Prompt]:
        """UpdatePromptVersionMetadata

        UpdatePromptVersionMetadata

        Args:
            prompt_id (str):
            version (int):  Example: 1.
            notes (None | str | Unset): Notes for this version.
            aliases (AliasList | Unset): Presence wrapper for a set of alias labels on update RPCs. As a message field it
                carries presence, so callers can distinguish "leave aliases unchanged" (field
                omitted) from "clear all aliases" (field set, empty ``values``).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Prompt]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _prompts_update_version_metadata,
            dict(
                prompt_id=prompt_id,
                version=version,
                notes=notes,
                aliases=aliases,
            ),
        )
        return await self._transport.send_raw_async(request, options)
