from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_status import VideoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_object_detail import VideoObjectDetail
    from ..models.video_object_error import VideoObjectError
    from ..models.video_object_metadata import VideoObjectMetadata


T = TypeVar("T", bound="VideoObject")


@_attrs_define
class VideoObject:
    """
    Attributes:
        id (str):
        status (str | VideoStatus):
        video_url (None | str | Unset):
        enhanced_prompt (str | Unset):
        status_update_time (int | Unset):
        detail (VideoObjectDetail | Unset): Upstream payload, kept verbatim.
        size (str | Unset):
        model (str | Unset):
        object_ (str | Unset):
        seconds (str | Unset):
        progress (int | Unset):
        created_at (int | Unset):
        completed_at (int | None | Unset):
        expires_at (int | None | Unset):
        prompt (str | Unset):
        remixed_from_video_id (None | str | Unset):
        error (None | Unset | VideoObjectError):
        task_id (str | Unset):
        metadata (VideoObjectMetadata | Unset):
    """

    id: str
    status: str | VideoStatus
    video_url: None | str | Unset = UNSET
    enhanced_prompt: str | Unset = UNSET
    status_update_time: int | Unset = UNSET
    detail: VideoObjectDetail | Unset = UNSET
    size: str | Unset = UNSET
    model: str | Unset = UNSET
    object_: str | Unset = UNSET
    seconds: str | Unset = UNSET
    progress: int | Unset = UNSET
    created_at: int | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    prompt: str | Unset = UNSET
    remixed_from_video_id: None | str | Unset = UNSET
    error: None | Unset | VideoObjectError = UNSET
    task_id: str | Unset = UNSET
    metadata: VideoObjectMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_object_error import VideoObjectError  # noqa: PLC0415

        id = self.id

        status: str
        if isinstance(self.status, VideoStatus):
            status = self.status.value
        else:
            status = self.status

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        enhanced_prompt = self.enhanced_prompt

        status_update_time = self.status_update_time

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        size = self.size

        model = self.model

        object_ = self.object_

        seconds = self.seconds

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

        prompt = self.prompt

        remixed_from_video_id: None | str | Unset
        if isinstance(self.remixed_from_video_id, Unset):
            remixed_from_video_id = UNSET
        else:
            remixed_from_video_id = self.remixed_from_video_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, VideoObjectError):
            error = self.error.to_dict()
        else:
            error = self.error

        task_id = self.task_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if enhanced_prompt is not UNSET:
            field_dict["enhanced_prompt"] = enhanced_prompt
        if status_update_time is not UNSET:
            field_dict["status_update_time"] = status_update_time
        if detail is not UNSET:
            field_dict["detail"] = detail
        if size is not UNSET:
            field_dict["size"] = size
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if progress is not UNSET:
            field_dict["progress"] = progress
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if remixed_from_video_id is not UNSET:
            field_dict["remixed_from_video_id"] = remixed_from_video_id
        if error is not UNSET:
            field_dict["error"] = error
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_object_detail import VideoObjectDetail  # noqa: PLC0415
        from ..models.video_object_error import VideoObjectError  # noqa: PLC0415
        from ..models.video_object_metadata import VideoObjectMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> str | VideoStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = VideoStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VideoStatus, data)

        status = _parse_status(d.pop("status"))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        enhanced_prompt = d.pop("enhanced_prompt", UNSET)

        status_update_time = d.pop("status_update_time", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: VideoObjectDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = VideoObjectDetail.from_dict(_detail)

        size = d.pop("size", UNSET)

        model = d.pop("model", UNSET)

        object_ = d.pop("object", UNSET)

        seconds = d.pop("seconds", UNSET)

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

        def _parse_error(data: object) -> None | Unset | VideoObjectError:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = VideoObjectError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoObjectError, data)

        error = _parse_error(d.pop("error", UNSET))

        task_id = d.pop("task_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: VideoObjectMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = VideoObjectMetadata.from_dict(_metadata)

        video_object = cls(
            id=id,
            status=status,
            video_url=video_url,
            enhanced_prompt=enhanced_prompt,
            status_update_time=status_update_time,
            detail=detail,
            size=size,
            model=model,
            object_=object_,
            seconds=seconds,
            progress=progress,
            created_at=created_at,
            completed_at=completed_at,
            expires_at=expires_at,
            prompt=prompt,
            remixed_from_video_id=remixed_from_video_id,
            error=error,
            task_id=task_id,
            metadata=metadata,
        )

        video_object.additional_properties = d
        return video_object

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
