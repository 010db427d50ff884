from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.minimax_video_task import MinimaxVideoTask
from ...types import UNSET, Response


def _get_kwargs(
    *,
    task_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["task_id"] = task_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/minimax/v1/query/video_generation",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MinimaxVideoTask:
    if response.status_code == 200:
        response_200 = MinimaxVideoTask.from_dict(response.json())

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
) -> Response[ErrorResponse | MinimaxVideoTask]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    task_id: str,
) -> Response[ErrorResponse | MinimaxVideoTask]:
    """Fetch a MiniMax video generation task

     用提交时返回的 task_id 查询任务状态。成功后返回 file_id，再调用文件检索接口换取下载地址。
    status: "Preparing" "Queueing" "Processing" "Success" "Fail"

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MinimaxVideoTask]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    task_id: str,
) -> ErrorResponse | MinimaxVideoTask | None:
    """Fetch a MiniMax video generation task

     用提交时返回的 task_id 查询任务状态。成功后返回 file_id，再调用文件检索接口换取下载地址。
    status: "Preparing" "Queueing" "Processing" "Success" "Fail"

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MinimaxVideoTask
    """

    return sync_detailed(
        client=client,
        task_id=task_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    task_id: str,
) -> Response[ErrorResponse | MinimaxVideoTask]:
    """Fetch a MiniMax video generation task

     用提交时返回的 task_id 查询任务状态。成功后返回 file_id，再调用文件检索接口换取下载地址。
    status: "Preparing" "Queueing" "Processing" "Success" "Fail"

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MinimaxVideoTask]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    task_id: str,
) -> ErrorResponse | MinimaxVideoTask | None:
    """Fetch a MiniMax video generation task

     用提交时返回的 task_id 查询任务状态。成功后返回 file_id，再调用文件检索接口换取下载地址。
    status: "Preparing" "Queueing" "Processing" "Success" "Fail"

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MinimaxVideoTask
    """

    return (
        await asyncio_detailed(
            client=client,
            task_id=task_id,
        )
    ).parsed
