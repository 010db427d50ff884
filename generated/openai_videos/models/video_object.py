from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_status import VideoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_object_detail import VideoObjectDetail


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
        completed_at (int | Unset):
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
    completed_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        completed_at = self.completed_at

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_object_detail import VideoObjectDetail  # noqa: PLC0415

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

        completed_at = d.pop("completed_at", UNSET)

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
