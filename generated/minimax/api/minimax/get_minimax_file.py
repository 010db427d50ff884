from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.minimax_file_response import MinimaxFileResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    file_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["file_id"] = file_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/minimax/v1/files/retrieve",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MinimaxFileResponse:
    if response.status_code == 200:
        response_200 = MinimaxFileResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MinimaxFileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    file_id: str,
) -> Response[ErrorResponse | MinimaxFileResponse]:
    """Retrieve the download URL of a generated MiniMax file

     视频任务成功后，用查询结果中的 file_id 获取视频下载地址（download_url 有时效）。

    Args:
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MinimaxFileResponse]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    file_id: str,
) -> ErrorResponse | MinimaxFileResponse | None:
    """Retrieve the download URL of a generated MiniMax file

     视频任务成功后，用查询结果中的 file_id 获取视频下载地址（download_url 有时效）。

    Args:
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MinimaxFileResponse
    """

    return sync_detailed(
        client=client,
        file_id=file_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    file_id: str,
) -> Response[ErrorResponse | MinimaxFileResponse]:
    """Retrieve the download URL of a generated MiniMax file

     视频任务成功后，用查询结果中的 file_id 获取视频下载地址（download_url 有时效）。

    Args:
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MinimaxFileResponse]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    file_id: str,
) -> ErrorResponse | MinimaxFileResponse | None:
    """Retrieve the download URL of a generated MiniMax file

     视频任务成功后，用查询结果中的 file_id 获取视频下载地址（download_url 有时效）。

    Args:
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MinimaxFileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            file_id=file_id,
        )
    ).parsed
