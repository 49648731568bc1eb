"""BetaSkills: generated resource (`client.beta.skills`)."""

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
    from ...models.create_skill_request import CreateSkillRequest
    from ...models.create_skill_version_response import CreateSkillVersionResponse
    from ...models.delete_skill_response import DeleteSkillResponse
    from ...models.list_skill_versions_response import ListSkillVersionsResponse
    from ...models.list_skills_response import ListSkillsResponse
    from ...models.list_sort_direction import ListSortDirection
    from ...models.list_sort_field import ListSortField
    from ...models.registry_sharing_scope import RegistrySharingScope
    from ...models.skill import Skill
    from ...models.skill_definition import SkillDefinition
    from ...models.skills_create_version_create_skill_version_request import (
        SkillsCreateVersionCreateSkillVersionRequest,
    )
    from ...models.skills_update_update_skill_request import SkillsUpdateUpdateSkillRequest
    from ...models.skills_update_version_metadata_update_skill_version_request import (
        SkillsUpdateVersionMetadataUpdateSkillVersionRequest,
    )
else:
    AliasList = _Lazy(globals(), "alias_list", "AliasList")
    CreateSkillRequest = _Lazy(globals(), "create_skill_request", "CreateSkillRequest")
    CreateSkillVersionResponse = _Lazy(globals(), "create_skill_version_response", "CreateSkillVersionResponse")
    DeleteSkillResponse = _Lazy(globals(), "delete_skill_response", "DeleteSkillResponse")
    ListSkillVersionsResponse = _Lazy(globals(), "list_skill_versions_response", "ListSkillVersionsResponse")
    ListSkillsResponse = _Lazy(globals(), "list_skills_response", "ListSkillsResponse")
    ListSortDirection = _Lazy(globals(), "list_sort_direction", "ListSortDirection")
    ListSortField = _Lazy(globals(), "list_sort_field", "ListSortField")
    RegistrySharingScope = _Lazy(globals(), "registry_sharing_scope", "RegistrySharingScope")
    Skill = _Lazy(globals(), "skill", "Skill")
    SkillDefinition = _Lazy(globals(), "skill_definition", "SkillDefinition")
    SkillsCreateVersionCreateSkillVersionRequest = _Lazy(
        globals(), "skills_create_version_create_skill_version_request", "SkillsCreateVersionCreateSkillVersionRequest"
    )
    SkillsUpdateUpdateSkillRequest = _Lazy(
        globals(), "skills_update_update_skill_request", "SkillsUpdateUpdateSkillRequest"
    )
    SkillsUpdateVersionMetadataUpdateSkillVersionRequest = _Lazy(
        globals(),
        "skills_update_version_metadata_update_skill_version_request",
        "SkillsUpdateVersionMetadataUpdateSkillVersionRequest",
    )


_KEYWORDS_SKILLS_LIST = (
    "page_size",
    "page_token",
    "alias",
    "fields",
    "sort_field",
    "sortdirection",
    "sort_by",
    "sort_direction",
)


def _decode_skills_list(data: Any) -> ListSkillsResponse:
    response_200 = ListSkillsResponse.from_dict(data)

    return response_200


def _skills_list(
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    alias: str | Unset = UNSET,
    fields: builtins.list[str] | Unset = UNSET,
    sort_field: ListSortField | Unset = UNSET,
    sortdirection: ListSortDirection | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
) -> Request[ListSkillsResponse]:
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
        path="/v2/skills",
        operation_id="skills_list",
        decode=_decode_skills_list,
        kind="json",
        keywords=_KEYWORDS_SKILLS_LIST,
        params=params,
        **_kwargs,
    )


_KEYWORDS_SKILLS_CREATE = (
    "name",
    "definition",
    "notes",
    "sharing_scope",
    "aliases",
)


def _decode_skills_create(data: Any) -> Skill:
    response_200 = Skill.from_dict(data)

    return response_200


def _skills_create(
    *,
    name: str,
    definition: SkillDefinition | Mapping[str, Any],
    notes: str | None | Unset = UNSET,
    sharing_scope: RegistrySharingScope | str | Unset = UNSET,
    aliases: Sequence[str] | Unset = UNSET,
) -> Request[Skill]:

    _kwargs: dict[str, Any] = {}
    _body = CreateSkillRequest(
        name=cast(Any, name),
        definition=cast(Any, definition),
        notes=cast(Any, notes),
        sharing_scope=cast(Any, sharing_scope),
        aliases=cast(Any, aliases),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v2/skills",
        operation_id="skills_create",
        decode=_decode_skills_create,
        kind="json",
        keywords=_KEYWORDS_SKILLS_CREATE,
        **_kwargs,
    )


_KEYWORDS_SKILLS_GET = (
    "skill_id",
    "version",
    "alias",
    "fields",
)


def _decode_skills_get(data: Any) -> Skill:
    response_200 = Skill.from_dict(data)

    return response_200


def _skills_get(
    *,
    skill_id: str,
    version: int | Unset = UNSET,
    alias: str | Unset = UNSET,
    fields: builtins.list[str] | Unset = UNSET,
) -> Request[Skill]:
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
        path="/v2/skills/{skill_id}".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
        operation_id="skills_get",
        decode=_decode_skills_get,
        kind="json",
        keywords=_KEYWORDS_SKILLS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_SKILLS_DELETE = ("skill_id",)


def _decode_skills_delete(data: Any) -> DeleteSkillResponse:
    response_200 = DeleteSkillResponse.from_dict(data)

    return response_200


def _skills_delete(
    *,
    skill_id: str,
) -> Request[DeleteSkillResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v2/skills/{skill_id}".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
        operation_id="skills_delete",
        decode=_decode_skills_delete,
        kind="json",
        keywords=_KEYWORDS_SKILLS_DELETE,
        **_kwargs,
    )


_KEYWORDS_SKILLS_UPDATE = (
    "skill_id",
    "sharing_scope",
)


def _decode_skills_update(data: Any) -> Skill:
    response_200 = Skill.from_dict(data)

    return response_200


def _skills_update(
    *,
    skill_id: str,
    sharing_scope: RegistrySharingScope | str | Unset = UNSET,
) -> Request[Skill]:

    _kwargs: dict[str, Any] = {}
    _body = SkillsUpdateUpdateSkillRequest(
        sharing_scope=cast(Any, sharing_scope),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v2/skills/{skill_id}".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
        operation_id="skills_update",
        decode=_decode_skills_update,
        kind="json",
        keywords=_KEYWORDS_SKILLS_UPDATE,
        **_kwargs,
    )


_KEYWORDS_SKILLS_LIST_VERSIONS = ("skill_id",)


def _decode_skills_list_versions(data: Any) -> ListSkillVersionsResponse:
    response_200 = ListSkillVersionsResponse.from_dict(data)

    return response_200


def _skills_list_versions(
    *,
    skill_id: str,
) -> Request[ListSkillVersionsResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v2/skills/{skill_id}/versions".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
        operation_id="skills_list_versions",
        decode=_decode_skills_list_versions,
        kind="json",
        keywords=_KEYWORDS_SKILLS_LIST_VERSIONS,
        **_kwargs,
    )


_KEYWORDS_SKILLS_CREATE_VERSION = (
    "skill_id",
    "definition",
    "notes",
    "aliases",
)


def _decode_skills_create_version(data: Any) -> CreateSkillVersionResponse:
    response_200 = CreateSkillVersionResponse.from_dict(data)

    return response_200


def _skills_create_version(
    *,
    skill_id: str,
    definition: SkillDefinition | Mapping[str, Any],
    notes: str | None | Unset = UNSET,
    aliases: Sequence[str] | Unset = UNSET,
) -> Request[CreateSkillVersionResponse]:

    _kwargs: dict[str, Any] = {}
    _body = SkillsCreateVersionCreateSkillVersionRequest(
        definition=cast(Any, definition),
        notes=cast(Any, notes),
        aliases=cast(Any, aliases),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v2/skills/{skill_id}/versions".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
        operation_id="skills_create_version",
        decode=_decode_skills_create_version,
        kind="json",
        keywords=_KEYWORDS_SKILLS_CREATE_VERSION,
        **_kwargs,
    )


_KEYWORDS_SKILLS_GET_VERSION = (
    "skill_id",
    "version",
    "fields",
)


def _decode_skills_get_version(data: Any) -> Skill:
    response_200 = Skill.from_dict(data)

    return response_200


def _skills_get_version(
    *,
    skill_id: str,
    version: int,
    fields: builtins.list[str] | Unset = UNSET,
) -> Request[Skill]:
    params: dict[str, Any] = {}

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v2/skills/{skill_id}/versions/{version}".format(
            skill_id=quote(str(skill_id), safe=""),
            version=quote(str(version), safe=""),
        ),
        operation_id="skills_get_version",
        decode=_decode_skills_get_version,
        kind="json",
        keywords=_KEYWORDS_SKILLS_GET_VERSION,
        params=params,
        **_kwargs,
    )


_KEYWORDS_SKILLS_UPDATE_VERSION_METADATA = (
    "skill_id",
    "version",
    "notes",
    "aliases",
)


def _decode_skills_update_version_metadata(data: Any) -> Skill:
    response_200 = Skill.from_dict(data)

    return response_200


def _skills_update_version_metadata(
    *,
    skill_id: str,
    version: int,
    notes: str | None | Unset = UNSET,
    aliases: AliasList | Mapping[str, Any] | Unset = UNSET,
) -> Request[Skill]:

    _kwargs: dict[str, Any] = {}
    _body = SkillsUpdateVersionMetadataUpdateSkillVersionRequest(
        notes=cast(Any, notes),
        aliases=cast(Any, aliases),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v2/skills/{skill_id}/versions/{version}".format(
            skill_id=quote(str(skill_id), safe=""),
            version=quote(str(version), safe=""),
        ),
        operation_id="skills_update_version_metadata",
        decode=_decode_skills_update_version_metadata,
        kind="json",
        keywords=_KEYWORDS_SKILLS_UPDATE_VERSION_METADATA,
        **_kwargs,
    )


BetaSkillsListResult: TypeAlias = ListSkillsResponse


BetaSkillsCreateResult: TypeAlias = Skill


BetaSkillsGetResult: TypeAlias = Skill


BetaSkillsDeleteResult: TypeAlias = DeleteSkillResponse


BetaSkillsUpdateMetadataResult: TypeAlias = Skill


BetaSkillsListVersionsResult: TypeAlias = ListSkillVersionsResponse


BetaSkillsCreateVersionResult: TypeAlias = CreateSkillVersionResponse


BetaSkillsGetVersionResult: TypeAlias = Skill


BetaSkillsUpdateVersionMetadataResult: TypeAlias = Skill


class BetaSkills:
    """`client.beta.skills`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaSkillsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaSkillsWithRawResponse(self._transport)

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
    ) -> ListSkillsResponse:
        """ListSkills

        ListSkills

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
            ListSkillsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_list,
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
    ) -> ListSkillsResponse:
        """ListSkills

        ListSkills

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
            ListSkillsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_list,
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
        definition: SkillDefinition | Mapping[str, Any],
        notes: str | None | Unset = UNSET,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """CreateSkill

        CreateSkill

        Args:
            name (str): Stable object name.
            definition (SkillDefinition): Versioned skill content.
            notes (None | str | Unset): Notes for this version.
            sharing_scope (RegistrySharingScope | Unset):
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Skill

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_create,
            dict(
                name=name,
                definition=definition,
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
        definition: SkillDefinition | Mapping[str, Any],
        notes: str | None | Unset = UNSET,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """CreateSkill

        CreateSkill

        Args:
            name (str): Stable object name.
            definition (SkillDefinition): Versioned skill content.
            notes (None | str | Unset): Notes for this version.
            sharing_scope (RegistrySharingScope | Unset):
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Skill

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_create,
            dict(
                name=name,
                definition=definition,
                notes=notes,
                sharing_scope=sharing_scope,
                aliases=aliases,
            ),
        )
        return await self._transport.send_async(request, options)

    def get(
        self,
        *,
        skill_id: str,
        version: int | Unset = UNSET,
        alias: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """GetSkill

        GetSkill

        Args:
            skill_id (str):
            version (int | Unset):  Example: 1.
            alias (str | Unset):
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Skill

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_get,
            dict(
                skill_id=skill_id,
                version=version,
                alias=alias,
                fields=fields,
            ),
        )
        return self._transport.send(request, options)

    async def get_async(
        self,
        *,
        skill_id: str,
        version: int | Unset = UNSET,
        alias: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """GetSkill

        GetSkill

        Args:
            skill_id (str):
            version (int | Unset):  Example: 1.
            alias (str | Unset):
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Skill

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_get,
            dict(
                skill_id=skill_id,
                version=version,
                alias=alias,
                fields=fields,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        skill_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteSkillResponse:
        """DeleteSkill

        DeleteSkill

        Args:
            skill_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteSkillResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_delete,
            dict(
                skill_id=skill_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        skill_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteSkillResponse:
        """DeleteSkill

        DeleteSkill

        Args:
            skill_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteSkillResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_delete,
            dict(
                skill_id=skill_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_metadata(
        self,
        *,
        skill_id: str,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """UpdateSkill

        UpdateSkill

        Args:
            skill_id (str):
            sharing_scope (RegistrySharingScope | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Skill

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_update,
            dict(
                skill_id=skill_id,
                sharing_scope=sharing_scope,
            ),
        )
        return self._transport.send(request, options)

    async def update_metadata_async(
        self,
        *,
        skill_id: str,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """UpdateSkill

        UpdateSkill

        Args:
            skill_id (str):
            sharing_scope (RegistrySharingScope | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Skill

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_update,
            dict(
                skill_id=skill_id,
                sharing_scope=sharing_scope,
            ),
        )
        return await self._transport.send_async(request, options)

    def list_versions(
        self,
        *,
        skill_id: str,
        **options: Unpack[RequestOptions],
    ) -> ListSkillVersionsResponse:
        """ListSkillVersions

        ListSkillVersions

        Args:
            skill_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListSkillVersionsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_list_versions,
            dict(
                skill_id=skill_id,
            ),
        )
        return self._transport.send(request, options)

    async def list_versions_async(
        self,
        *,
        skill_id: str,
        **options: Unpack[RequestOptions],
    ) -> ListSkillVersionsResponse:
        """ListSkillVersions

        ListSkillVersions

        Args:
            skill_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListSkillVersionsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_list_versions,
            dict(
                skill_id=skill_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def create_version(
        self,
        *,
        skill_id: str,
        definition: SkillDefinition | Mapping[str, Any],
        notes: str | None | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreateSkillVersionResponse:
        """CreateSkillVersion

        CreateSkillVersion

        Args:
            skill_id (str):
            definition (SkillDefinition): Versioned skill content.
            notes (None | str | Unset): Notes for this version.
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            CreateSkillVersionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_create_version,
            dict(
                skill_id=skill_id,
                definition=definition,
                notes=notes,
                aliases=aliases,
            ),
        )
        return self._transport.send(request, options)

    async def create_version_async(
        self,
        *,
        skill_id: str,
        definition: SkillDefinition | Mapping[str, Any],
        notes: str | None | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreateSkillVersionResponse:
        """CreateSkillVersion

        CreateSkillVersion

        Args:
            skill_id (str):
            definition (SkillDefinition): Versioned skill content.
            notes (None | str | Unset): Notes for this version.
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            CreateSkillVersionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_create_version,
            dict(
                skill_id=skill_id,
                definition=definition,
                notes=notes,
                aliases=aliases,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_version(
        self,
        *,
        skill_id: str,
        version: int,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """GetSkillVersion

        GetSkillVersion

        Args:
            skill_id (str):
            version (int):  Example: 1.
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Skill

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_get_version,
            dict(
                skill_id=skill_id,
                version=version,
                fields=fields,
            ),
        )
        return self._transport.send(request, options)

    async def get_version_async(
        self,
        *,
        skill_id: str,
        version: int,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """GetSkillVersion

        GetSkillVersion

        Args:
            skill_id (str):
            version (int):  Example: 1.
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Skill

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_get_version,
            dict(
                skill_id=skill_id,
                version=version,
                fields=fields,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_version_metadata(
        self,
        *,
        skill_id: str,
        version: int,
        notes: str | None | Unset = UNSET,
        aliases: AliasList | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """UpdateSkillVersionMetadata

        UpdateSkillVersionMetadata

        Args:
            skill_id (str):
            version (int):  Example: 1.
            notes (None | str | Unset): Notes for this version.
            aliases (AliasList | Unset): Presence wrapper for a set of alias labels on update RPCs. As a message field it
                carries presence, so callers can distinguish "leave aliases unchanged" (field
                omitted) from "clear all aliases" (field set, empty ``values``).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Skill

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_update_version_metadata,
            dict(
                skill_id=skill_id,
                version=version,
                notes=notes,
                aliases=aliases,
            ),
        )
        return self._transport.send(request, options)

    async def update_version_metadata_async(
        self,
        *,
        skill_id: str,
        version: int,
        notes: str | None | Unset = UNSET,
        aliases: AliasList | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """UpdateSkillVersionMetadata

        UpdateSkillVersionMetadata

        Args:
            skill_id (str):
            version (int):  Example: 1.
            notes (None | str | Unset): Notes for this version.
            aliases (AliasList | Unset): Presence wrapper for a set of alias labels on update RPCs. As a message field it
                carries presence, so callers can distinguish "leave aliases unchanged" (field
                omitted) from "clear all aliases" (field set, empty ``values``).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Skill

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_update_version_metadata,
            dict(
                skill_id=skill_id,
                version=version,
                notes=notes,
                aliases=aliases,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaSkillsWithRawResponse:
    """`client.beta.skills`: the same methods, returning the HTTP response beside the result."""

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
    ) -> APIResponse[ListSkillsResponse]:
        """ListSkills

        ListSkills

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
            APIResponse[ListSkillsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_list,
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
    ) -> APIResponse[ListSkillsResponse]:
        """ListSkills

        ListSkills

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
            APIResponse[ListSkillsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_list,
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
        definition: SkillDefinition | Mapping[str, Any],
        notes: str | None | Unset = UNSET,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Skill]:
        """CreateSkill

        CreateSkill

        Args:
            name (str): Stable object name.
            definition (SkillDefinition): Versioned skill content.
            notes (None | str | Unset): Notes for this version.
            sharing_scope (RegistrySharingScope | Unset):
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Skill]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_create,
            dict(
                name=name,
                definition=definition,
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
        definition: SkillDefinition | Mapping[str, Any],
        notes: str | None | Unset = UNSET,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Skill]:
        """CreateSkill

        CreateSkill

        Args:
            name (str): Stable object name.
            definition (SkillDefinition): Versioned skill content.
            notes (None | str | Unset): Notes for this version.
            sharing_scope (RegistrySharingScope | Unset):
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Skill]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_create,
            dict(
                name=name,
                definition=definition,
                notes=notes,
                sharing_scope=sharing_scope,
                aliases=aliases,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get(
        self,
        *,
        skill_id: str,
        version: int | Unset = UNSET,
        alias: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Skill]:
        """GetSkill

        GetSkill

        Args:
            skill_id (str):
            version (int | Unset):  Example: 1.
            alias (str | Unset):
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Skill]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_get,
            dict(
                skill_id=skill_id,
                version=version,
                alias=alias,
                fields=fields,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_async(
        self,
        *,
        skill_id: str,
        version: int | Unset = UNSET,
        alias: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Skill]:
        """GetSkill

        GetSkill

        Args:
            skill_id (str):
            version (int | Unset):  Example: 1.
            alias (str | Unset):
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Skill]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_get,
            dict(
                skill_id=skill_id,
                version=version,
                alias=alias,
                fields=fields,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        skill_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteSkillResponse]:
        """DeleteSkill

        DeleteSkill

        Args:
            skill_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteSkillResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_delete,
            dict(
                skill_id=skill_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        skill_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteSkillResponse]:
        """DeleteSkill

        DeleteSkill

        Args:
            skill_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteSkillResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_delete,
            dict(
                skill_id=skill_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_metadata(
        self,
        *,
        skill_id: str,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Skill]:
        """UpdateSkill

        UpdateSkill

        Args:
            skill_id (str):
            sharing_scope (RegistrySharingScope | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Skill]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_update,
            dict(
                skill_id=skill_id,
                sharing_scope=sharing_scope,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_metadata_async(
        self,
        *,
        skill_id: str,
        sharing_scope: RegistrySharingScope | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Skill]:
        """UpdateSkill

        UpdateSkill

        Args:
            skill_id (str):
            sharing_scope (RegistrySharingScope | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Skill]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_update,
            dict(
                skill_id=skill_id,
                sharing_scope=sharing_scope,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list_versions(
        self,
        *,
        skill_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListSkillVersionsResponse]:
        """ListSkillVersions

        ListSkillVersions

        Args:
            skill_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListSkillVersionsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_list_versions,
            dict(
                skill_id=skill_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_versions_async(
        self,
        *,
        skill_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListSkillVersionsResponse]:
        """ListSkillVersions

        ListSkillVersions

        Args:
            skill_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListSkillVersionsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_list_versions,
            dict(
                skill_id=skill_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create_version(
        self,
        *,
        skill_id: str,
        definition: SkillDefinition | Mapping[str, Any],
        notes: str | None | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CreateSkillVersionResponse]:
        """CreateSkillVersion

        CreateSkillVersion

        Args:
            skill_id (str):
            definition (SkillDefinition): Versioned skill content.
            notes (None | str | Unset): Notes for this version.
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[CreateSkillVersionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_create_version,
            dict(
                skill_id=skill_id,
                definition=definition,
                notes=notes,
                aliases=aliases,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_version_async(
        self,
        *,
        skill_id: str,
        definition: SkillDefinition | Mapping[str, Any],
        notes: str | None | Unset = UNSET,
        aliases: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CreateSkillVersionResponse]:
        """CreateSkillVersion

        CreateSkillVersion

        Args:
            skill_id (str):
            definition (SkillDefinition): Versioned skill content.
            notes (None | str | Unset): Notes for this version.
            aliases (list[str] | Unset): Aliases pointing to this version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[CreateSkillVersionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_create_version,
            dict(
                skill_id=skill_id,
                definition=definition,
                notes=notes,
                aliases=aliases,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_version(
        self,
        *,
        skill_id: str,
        version: int,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Skill]:
        """GetSkillVersion

        GetSkillVersion

        Args:
            skill_id (str):
            version (int):  Example: 1.
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Skill]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_get_version,
            dict(
                skill_id=skill_id,
                version=version,
                fields=fields,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_version_async(
        self,
        *,
        skill_id: str,
        version: int,
        fields: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Skill]:
        """GetSkillVersion

        GetSkillVersion

        Args:
            skill_id (str):
            version (int):  Example: 1.
            fields (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Skill]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_get_version,
            dict(
                skill_id=skill_id,
                version=version,
                fields=fields,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_version_metadata(
        self,
        *,
        skill_id: str,
        version: int,
        notes: str | None | Unset = UNSET,
        aliases: AliasList | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Skill]:
        """UpdateSkillVersionMetadata

        UpdateSkillVersionMetadata

        Args:
            skill_id (str):
            version (int):  Example: 1.
            notes (None | str | Unset): Notes for this version.
            aliases (AliasList | Unset): Presence wrapper for a set of alias labels on update RPCs. As a message field it
                carries presence, so callers can distinguish "leave aliases unchanged" (field
                omitted) from "clear all aliases" (field set, empty ``values``).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Skill]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_update_version_metadata,
            dict(
                skill_id=skill_id,
                version=version,
                notes=notes,
                aliases=aliases,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_version_metadata_async(
        self,
        *,
        skill_id: str,
        version: int,
        notes: str | None | Unset = UNSET,
        aliases: AliasList | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Skill]:
        """UpdateSkillVersionMetadata

        UpdateSkillVersionMetadata

        Args:
            skill_id (str):
            version (int):  Example: 1.
            notes (None | str | Unset): Notes for this version.
            aliases (AliasList | Unset): Presence wrapper for a set of alias labels on update RPCs. As a message field it
                carries presence, so callers can distinguish "leave aliases unchanged" (field
                omitted) from "clear all aliases" (field set, empty ``values``).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Skill]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _skills_update_version_metadata,
            dict(
                skill_id=skill_id,
                version=version,
                notes=notes,
                aliases=aliases,
            ),
        )
        return await self._transport.send_raw_async(request, options)
