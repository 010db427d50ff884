from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_wan_video_body import CreateWanVideoBody
from ...models.create_wan_video_x_dash_scope_async import CreateWanVideoXDashScopeAsync
from ...models.error_response import ErrorResponse
from ...models.wan_submit_response import WanSubmitResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWanVideoBody,
    x_dash_scope_async: CreateWanVideoXDashScopeAsync,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-DashScope-Async"] = str(x_dash_scope_async)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibailian/api/v1/services/aigc/video-generation/video-synthesis",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WanSubmitResponse:
    if response.status_code == 200:
        response_200 = WanSubmitResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WanSubmitResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWanVideoBody,
    x_dash_scope_async: CreateWanVideoXDashScopeAsync,
) -> Response[ErrorResponse | WanSubmitResponse]:
    """Submit a Wan video synthesis task

     文生视频 / 图生视频（首帧 img_url 或首尾帧 first_frame_url + last_frame_url）。
    必须带请求头 X-DashScope-Async: enable，否则按同步调用处理并被拒绝。
    返回 output.task_id，用查询任务结果接口轮询。

    Args:
        x_dash_scope_async (CreateWanVideoXDashScopeAsync):
        body (CreateWanVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WanSubmitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_dash_scope_async=x_dash_scope_async,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateWanVideoBody,
    x_dash_scope_async: CreateWanVideoXDashScopeAsync,
) -> ErrorResponse | WanSubmitResponse | None:
    """Submit a Wan video synthesis task

     文生视频 / 图生视频（首帧 img_url 或首尾帧 first_frame_url + last_frame_url）。
    必须带请求头 X-DashScope-Async: enable，否则按同步调用处理并被拒绝。
    返回 output.task_id，用查询任务结果接口轮询。

    Args:
        x_dash_scope_async (CreateWanVideoXDashScopeAsync):
        body (CreateWanVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WanSubmitResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_dash_scope_async=x_dash_scope_async,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWanVideoBody,
    x_dash_scope_async: CreateWanVideoXDashScopeAsync,
) -> Response[ErrorResponse | WanSubmitResponse]:
    """Submit a Wan video synthesis task

     文生视频 / 图生视频（首帧 img_url 或首尾帧 first_frame_url + last_frame_url）。
    必须带请求头 X-DashScope-Async: enable，否则按同步调用处理并被拒绝。
    返回 output.task_id，用查询任务结果接口轮询。

    Args:
        x_dash_scope_async (CreateWanVideoXDashScopeAsync):
        body (CreateWanVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WanSubmitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_dash_scope_async=x_dash_scope_async,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWanVideoBody,
    x_dash_scope_async: CreateWanVideoXDashScopeAsync,
) -> ErrorResponse | WanSubmitResponse | None:
    """Submit a Wan video synthesis task

     文生视频 / 图生视频（首帧 img_url 或首尾帧 first_frame_url + last_frame_url）。
    必须带请求头 X-DashScope-Async: enable，否则按同步调用处理并被拒绝。
    返回 output.task_id，用查询任务结果接口轮询。

    Args:
        x_dash_scope_async (CreateWanVideoXDashScopeAsync):
        body (CreateWanVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WanSubmitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_dash_scope_async=x_dash_scope_async,
        )
    ).parsed
