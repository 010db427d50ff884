from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_create_response_status import VideoCreateResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoCreateResponse")


@_attrs_define
class VideoCreateResponse:
    """
    Attributes:
        id (str):
        status (str | VideoCreateResponseStatus):
        status_update_time (int):
        enhanced_prompt (str | Unset):
    """

    id: str
    status: str | VideoCreateResponseStatus
    status_update_time: int
    enhanced_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, VideoCreateResponseStatus):
            status = self.status.value
        else:
            status = self.status

        status_update_time = self.status_update_time

        enhanced_prompt = self.enhanced_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "status_update_time": status_update_time,
            }
        )
        if enhanced_prompt is not UNSET:
            field_dict["enhanced_prompt"] = enhanced_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

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

        status_update_time = d.pop("status_update_time")

        enhanced_prompt = d.pop("enhanced_prompt", UNSET)

        video_create_response = cls(
            id=id,
            status=status,
            status_update_time=status_update_time,
            enhanced_prompt=enhanced_prompt,
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
