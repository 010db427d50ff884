from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_video_query_task_body import CreateVideoQueryTaskBody
from ...models.error_response import ErrorResponse
from ...models.video_create_response import VideoCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateVideoQueryTaskBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/video/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VideoCreateResponse:
    if response.status_code == 200:
        response_200 = VideoCreateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VideoCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateVideoQueryTaskBody,
) -> Response[ErrorResponse | VideoCreateResponse]:
    """Submit a unified relay video task

     统一视频接口：veo、grok、jimeng、sora 等模型共用。images 按模型含义为首尾帧或素材图。
    返回 id，用查询视频任务接口轮询。

    Args:
        body (CreateVideoQueryTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateVideoQueryTaskBody,
) -> ErrorResponse | VideoCreateResponse | None:
    """Submit a unified relay video task

     统一视频接口：veo、grok、jimeng、sora 等模型共用。images 按模型含义为首尾帧或素材图。
    返回 id，用查询视频任务接口轮询。

    Args:
        body (CreateVideoQueryTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateVideoQueryTaskBody,
) -> Response[ErrorResponse | VideoCreateResponse]:
    """Submit a unified relay video task

     统一视频接口：veo、grok、jimeng、sora 等模型共用。images 按模型含义为首尾帧或素材图。
    返回 id，用查询视频任务接口轮询。

    Args:
        body (CreateVideoQueryTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateVideoQueryTaskBody,
) -> ErrorResponse | VideoCreateResponse | None:
    """Submit a unified relay video task

     统一视频接口：veo、grok、jimeng、sora 等模型共用。images 按模型含义为首尾帧或素材图。
    返回 id，用查询视频任务接口轮询。

    Args:
        body (CreateVideoQueryTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
