from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_luma_generation_body_aspect_ratio import (
    CreateLumaGenerationBodyAspectRatio,
)
from ..models.create_luma_generation_body_model_name import (
    CreateLumaGenerationBodyModelName,
)
from ..models.create_luma_generation_body_resolution import (
    CreateLumaGenerationBodyResolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLumaGenerationBody")


@_attrs_define
class CreateLumaGenerationBody:
    """
    Attributes:
        user_prompt (str): 提示词
        expand_prompt (bool | Unset): 是否扩写提示词
        loop (bool | Unset): 首尾循环
        aspect_ratio (CreateLumaGenerationBodyAspectRatio | Unset): 画面比例
        image_url (str | Unset): 首帧图片 URL
        image_end_url (str | Unset): 尾帧图片 URL
        notify_hook (str | Unset): 回调地址
        resolution (CreateLumaGenerationBodyResolution | Unset):
        duration (str | Unset): 时长，例如 5s
        model_name (CreateLumaGenerationBodyModelName | Unset):
    """

    user_prompt: str
    expand_prompt: bool | Unset = UNSET
    loop: bool | Unset = UNSET
    aspect_ratio: CreateLumaGenerationBodyAspectRatio | Unset = UNSET
    image_url: str | Unset = UNSET
    image_end_url: str | Unset = UNSET
    notify_hook: str | Unset = UNSET
    resolution: CreateLumaGenerationBodyResolution | Unset = UNSET
    duration: str | Unset = UNSET
    model_name: CreateLumaGenerationBodyModelName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_prompt = self.user_prompt

        expand_prompt = self.expand_prompt

        loop = self.loop

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        image_url = self.image_url

        image_end_url = self.image_end_url

        notify_hook = self.notify_hook

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        duration = self.duration

        model_name: str | Unset = UNSET
        if not isinstance(self.model_name, Unset):
            model_name = self.model_name.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_prompt": user_prompt,
            }
        )
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if loop is not UNSET:
            field_dict["loop"] = loop
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if image_end_url is not UNSET:
            field_dict["image_end_url"] = image_end_url
        if notify_hook is not UNSET:
            field_dict["notify_hook"] = notify_hook
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if model_name is not UNSET:
            field_dict["model_name"] = model_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_prompt = d.pop("user_prompt")

        expand_prompt = d.pop("expand_prompt", UNSET)

        loop = d.pop("loop", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: CreateLumaGenerationBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = CreateLumaGenerationBodyAspectRatio(_aspect_ratio)

        image_url = d.pop("image_url", UNSET)

        image_end_url = d.pop("image_end_url", UNSET)

        notify_hook = d.pop("notify_hook", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: CreateLumaGenerationBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = CreateLumaGenerationBodyResolution(_resolution)

        duration = d.pop("duration", UNSET)

        _model_name = d.pop("model_name", UNSET)
        model_name: CreateLumaGenerationBodyModelName | Unset
        if isinstance(_model_name, Unset):
            model_name = UNSET
        else:
            model_name = CreateLumaGenerationBodyModelName(_model_name)

        create_luma_generation_body = cls(
            user_prompt=user_prompt,
            expand_prompt=expand_prompt,
            loop=loop,
            aspect_ratio=aspect_ratio,
            image_url=image_url,
            image_end_url=image_end_url,
            notify_hook=notify_hook,
            resolution=resolution,
            duration=duration,
            model_name=model_name,
        )

        create_luma_generation_body.additional_properties = d
        return create_luma_generation_body

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
