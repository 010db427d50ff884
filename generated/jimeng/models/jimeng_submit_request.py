from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jimeng_submit_request_aspect_ratio import JimengSubmitRequestAspectRatio
from ..models.jimeng_submit_request_duration import JimengSubmitRequestDuration
from ..types import UNSET, Unset

T = TypeVar("T", bound="JimengSubmitRequest")


@_attrs_define
class JimengSubmitRequest:
    """
    Attributes:
        prompt (str): 视频描述
        image_url (str | Unset): 首帧图片 URL，仅图生视频时传
        duration (JimengSubmitRequestDuration | Unset): 视频时长（秒）
        aspect_ratio (JimengSubmitRequestAspectRatio | Unset): 画面比例
        cfg_scale (float | Unset): 提示词相关度，例如 0.5
    """

    prompt: str
    image_url: str | Unset = UNSET
    duration: JimengSubmitRequestDuration | Unset = UNSET
    aspect_ratio: JimengSubmitRequestAspectRatio | Unset = UNSET
    cfg_scale: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        cfg_scale = self.cfg_scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: JimengSubmitRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = JimengSubmitRequestDuration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: JimengSubmitRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = JimengSubmitRequestAspectRatio(_aspect_ratio)

        cfg_scale = d.pop("cfg_scale", UNSET)

        jimeng_submit_request = cls(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            aspect_ratio=aspect_ratio,
            cfg_scale=cfg_scale,
        )

        jimeng_submit_request.additional_properties = d
        return jimeng_submit_request

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
