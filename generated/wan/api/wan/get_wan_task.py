from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.wan_task_response import WanTaskResponse
from ...types import Response


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/alibailian/api/v1/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WanTaskResponse:
    if response.status_code == 200:
        response_200 = WanTaskResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WanTaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | WanTaskResponse]:
    """Fetch a DashScope (Wan) async task

     异步任务提交后用 task_id 轮询结果，task_id 与 video_url 有效期 24 小时。
    任务状态 output.task_status 取值 "PENDING" "RUNNING" "SUCCEEDED" "FAILED" "CANCELED" "UNKNOWN"

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WanTaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | WanTaskResponse | None:
    """Fetch a DashScope (Wan) async task

     异步任务提交后用 task_id 轮询结果，task_id 与 video_url 有效期 24 小时。
    任务状态 output.task_status 取值 "PENDING" "RUNNING" "SUCCEEDED" "FAILED" "CANCELED" "UNKNOWN"

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WanTaskResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | WanTaskResponse]:
    """Fetch a DashScope (Wan) async task

     异步任务提交后用 task_id 轮询结果，task_id 与 video_url 有效期 24 小时。
    任务状态 output.task_status 取值 "PENDING" "RUNNING" "SUCCEEDED" "FAILED" "CANCELED" "UNKNOWN"

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WanTaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | WanTaskResponse | None:
    """Fetch a DashScope (Wan) async task

     异步任务提交后用 task_id 轮询结果，task_id 与 video_url 有效期 24 小时。
    任务状态 output.task_status 取值 "PENDING" "RUNNING" "SUCCEEDED" "FAILED" "CANCELED" "UNKNOWN"

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WanTaskResponse
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
