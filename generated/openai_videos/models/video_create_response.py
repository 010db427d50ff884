from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_create_response_status import VideoCreateResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_create_response_error import VideoCreateResponseError


T = TypeVar("T", bound="VideoCreateResponse")


@_attrs_define
class VideoCreateResponse:
    """
    Attributes:
        id (str):
        object_ (str):
        status (str | VideoCreateResponseStatus):
        model (str | Unset):
        progress (int | Unset):
        created_at (int | Unset):
        completed_at (int | None | Unset):
        expires_at (int | None | Unset):
        size (str | Unset):
        seconds (str | Unset):
        prompt (str | Unset):
        remixed_from_video_id (None | str | Unset):
        error (None | Unset | VideoCreateResponseError):
        task_id (str | Unset):
    """

    id: str
    object_: str
    status: str | VideoCreateResponseStatus
    model: str | Unset = UNSET
    progress: int | Unset = UNSET
    created_at: int | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    size: str | Unset = UNSET
    seconds: str | Unset = UNSET
    prompt: str | Unset = UNSET
    remixed_from_video_id: None | str | Unset = UNSET
    error: None | Unset | VideoCreateResponseError = UNSET
    task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_create_response_error import VideoCreateResponseError  # noqa: PLC0415

        id = self.id

        object_ = self.object_

        status: str
        if isinstance(self.status, VideoCreateResponseStatus):
            status = self.status.value
        else:
            status = self.status

        model = self.model

        progress = self.progress

        created_at = self.created_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        size = self.size

        seconds = self.seconds

        prompt = self.prompt

        remixed_from_video_id: None | str | Unset
        if isinstance(self.remixed_from_video_id, Unset):
            remixed_from_video_id = UNSET
        else:
            remixed_from_video_id = self.remixed_from_video_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, VideoCreateResponseError):
            error = self.error.to_dict()
        else:
            error = self.error

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if progress is not UNSET:
            field_dict["progress"] = progress
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if size is not UNSET:
            field_dict["size"] = size
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if remixed_from_video_id is not UNSET:
            field_dict["remixed_from_video_id"] = remixed_from_video_id
        if error is not UNSET:
            field_dict["error"] = error
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_create_response_error import VideoCreateResponseError  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        def _parse_status(data: object) -> str | VideoCreateResponseStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = VideoCreateResponseStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VideoCreateResponseStatus, data)

        status = _parse_status(d.pop("status"))

        model = d.pop("model", UNSET)

        progress = d.pop("progress", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        size = d.pop("size", UNSET)

        seconds = d.pop("seconds", UNSET)

        prompt = d.pop("prompt", UNSET)

        def _parse_remixed_from_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remixed_from_video_id = _parse_remixed_from_video_id(
            d.pop("remixed_from_video_id", UNSET)
        )

        def _parse_error(data: object) -> None | Unset | VideoCreateResponseError:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = VideoCreateResponseError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoCreateResponseError, data)

        error = _parse_error(d.pop("error", UNSET))

        task_id = d.pop("task_id", UNSET)

        video_create_response = cls(
            id=id,
            object_=object_,
            status=status,
            model=model,
            progress=progress,
            created_at=created_at,
            completed_at=completed_at,
            expires_at=expires_at,
            size=size,
            seconds=seconds,
            prompt=prompt,
            remixed_from_video_id=remixed_from_video_id,
            error=error,
            task_id=task_id,
        )

        video_create_response.additional_properties = d
        return video_create_response

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
