from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_query_status import VideoQueryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_query_task_detail import VideoQueryTaskDetail


T = TypeVar("T", bound="VideoQueryTask")


@_attrs_define
class VideoQueryTask:
    """
    Attributes:
        id (str):
        status (str | VideoQueryStatus):
        video_url (None | str):
        status_update_time (int):
        enhanced_prompt (str | Unset):
        detail (VideoQueryTaskDetail | Unset): Upstream payload, kept verbatim.
        error (str | Unset):
        progress (int | Unset):
        completed_at (int | Unset):
    """

    id: str
    status: str | VideoQueryStatus
    video_url: None | str
    status_update_time: int
    enhanced_prompt: str | Unset = UNSET
    detail: VideoQueryTaskDetail | Unset = UNSET
    error: str | Unset = UNSET
    progress: int | Unset = UNSET
    completed_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, VideoQueryStatus):
            status = self.status.value
        else:
            status = self.status

        video_url: None | str
        video_url = self.video_url

        status_update_time = self.status_update_time

        enhanced_prompt = self.enhanced_prompt

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        error = self.error

        progress = self.progress

        completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "video_url": video_url,
                "status_update_time": status_update_time,
            }
        )
        if enhanced_prompt is not UNSET:
            field_dict["enhanced_prompt"] = enhanced_prompt
        if detail is not UNSET:
            field_dict["detail"] = detail
        if error is not UNSET:
            field_dict["error"] = error
        if progress is not UNSET:
            field_dict["progress"] = progress
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_query_task_detail import VideoQueryTaskDetail  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> str | VideoQueryStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = VideoQueryStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VideoQueryStatus, data)

        status = _parse_status(d.pop("status"))

        def _parse_video_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        video_url = _parse_video_url(d.pop("video_url"))

        status_update_time = d.pop("status_update_time")

        enhanced_prompt = d.pop("enhanced_prompt", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: VideoQueryTaskDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = VideoQueryTaskDetail.from_dict(_detail)

        error = d.pop("error", UNSET)

        progress = d.pop("progress", UNSET)

        completed_at = d.pop("completed_at", UNSET)

        video_query_task = cls(
            id=id,
            status=status,
            video_url=video_url,
            status_update_time=status_update_time,
            enhanced_prompt=enhanced_prompt,
            detail=detail,
            error=error,
            progress=progress,
            completed_at=completed_at,
        )

        video_query_task.additional_properties = d
        return video_query_task

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
