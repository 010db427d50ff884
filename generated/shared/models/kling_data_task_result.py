from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_data_task_result_videos_item import (
        KlingDataTaskResultVideosItem,
    )


T = TypeVar("T", bound="KlingDataTaskResult")


@_attrs_define
class KlingDataTaskResult:
    """
    Attributes:
        videos (list[KlingDataTaskResultVideosItem] | Unset):
    """

    videos: list[KlingDataTaskResultVideosItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_data_task_result_videos_item import (
            KlingDataTaskResultVideosItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _videos = d.pop("videos", UNSET)
        videos: list[KlingDataTaskResultVideosItem] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:
                videos_item = KlingDataTaskResultVideosItem.from_dict(videos_item_data)

                videos.append(videos_item)

        kling_data_task_result = cls(
            videos=videos,
        )

        kling_data_task_result.additional_properties = d
        return kling_data_task_result

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
