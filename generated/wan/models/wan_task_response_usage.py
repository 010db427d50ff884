from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WanTaskResponseUsage")


@_attrs_define
class WanTaskResponseUsage:
    """
    Attributes:
        video_duration (int | Unset):
        video_count (int | Unset):
    """

    video_duration: int | Unset = UNSET
    video_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_duration = self.video_duration

        video_count = self.video_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_duration is not UNSET:
            field_dict["video_duration"] = video_duration
        if video_count is not UNSET:
            field_dict["video_count"] = video_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_duration = d.pop("video_duration", UNSET)

        video_count = d.pop("video_count", UNSET)

        wan_task_response_usage = cls(
            video_duration=video_duration,
            video_count=video_count,
        )

        wan_task_response_usage.additional_properties = d
        return wan_task_response_usage

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
