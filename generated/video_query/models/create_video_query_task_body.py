from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVideoQueryTaskBody")


@_attrs_define
class CreateVideoQueryTaskBody:
    """
    Attributes:
        model (str): 例如 veo3.1-fast、veo3-pro-frames、grok-video-3、jimeng-video-3.0、sora-2
        prompt (str):
        images (list[str] | Unset): 图片 URL，首帧/尾帧或素材，按模型而定
        enhance_prompt (bool | Unset):
        enable_upsample (bool | Unset):
        aspect_ratio (str | Unset): veo3 支持 16:9、9:16；grok 支持 2:3、3:2、1:1
        size (str | Unset): grok、jimeng 使用，720P 或 1080P
    """

    model: str
    prompt: str
    images: list[str] | Unset = UNSET
    enhance_prompt: bool | Unset = UNSET
    enable_upsample: bool | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        enhance_prompt = self.enhance_prompt

        enable_upsample = self.enable_upsample

        aspect_ratio = self.aspect_ratio

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if images is not UNSET:
            field_dict["images"] = images
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if enable_upsample is not UNSET:
            field_dict["enable_upsample"] = enable_upsample
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt")

        images = cast(list[str], d.pop("images", UNSET))

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        enable_upsample = d.pop("enable_upsample", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        size = d.pop("size", UNSET)

        create_video_query_task_body = cls(
            model=model,
            prompt=prompt,
            images=images,
            enhance_prompt=enhance_prompt,
            enable_upsample=enable_upsample,
            aspect_ratio=aspect_ratio,
            size=size,
        )

        create_video_query_task_body.additional_properties = d
        return create_video_query_task_body

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
