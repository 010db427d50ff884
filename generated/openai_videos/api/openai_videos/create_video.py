from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_video_files_body import CreateVideoFilesBody
from ...models.error_response import ErrorResponse
from ...models.video_create_request import VideoCreateRequest
from ...models.video_create_response import VideoCreateResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: VideoCreateRequest | CreateVideoFilesBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/videos",
    }

    if isinstance(body, VideoCreateRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, CreateVideoFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

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
    body: VideoCreateRequest | CreateVideoFilesBody | Unset = UNSET,
) -> Response[ErrorResponse | VideoCreateResponse]:
    """Create an OpenAI-style video generation

     Start a video generation. Send JSON, or multipart/form-data when input_reference is an
    image file that becomes the first frame. The answer is the new video object: poll it by
    its id, and download the file from the content route once it has completed.

    Args:
        body (VideoCreateRequest):
        body (CreateVideoFilesBody):

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
    body: VideoCreateRequest | CreateVideoFilesBody | Unset = UNSET,
) -> ErrorResponse | VideoCreateResponse | None:
    """Create an OpenAI-style video generation

     Start a video generation. Send JSON, or multipart/form-data when input_reference is an
    image file that becomes the first frame. The answer is the new video object: poll it by
    its id, and download the file from the content route once it has completed.

    Args:
        body (VideoCreateRequest):
        body (CreateVideoFilesBody):

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
    body: VideoCreateRequest | CreateVideoFilesBody | Unset = UNSET,
) -> Response[ErrorResponse | VideoCreateResponse]:
    """Create an OpenAI-style video generation

     Start a video generation. Send JSON, or multipart/form-data when input_reference is an
    image file that becomes the first frame. The answer is the new video object: poll it by
    its id, and download the file from the content route once it has completed.

    Args:
        body (VideoCreateRequest):
        body (CreateVideoFilesBody):

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
    body: VideoCreateRequest | CreateVideoFilesBody | Unset = UNSET,
) -> ErrorResponse | VideoCreateResponse | None:
    """Create an OpenAI-style video generation

     Start a video generation. Send JSON, or multipart/form-data when input_reference is an
    image file that becomes the first frame. The answer is the new video object: poll it by
    its id, and download the file from the content route once it has completed.

    Args:
        body (VideoCreateRequest):
        body (CreateVideoFilesBody):

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
