from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_vidu_text_2_video_task_body_model import (
    CreateViduText2VideoTaskBodyModel,
)
from ..models.create_vidu_text_2_video_task_body_movement_amplitude import (
    CreateViduText2VideoTaskBodyMovementAmplitude,
)
from ..models.create_vidu_text_2_video_task_body_resolution import (
    CreateViduText2VideoTaskBodyResolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateViduText2VideoTaskBody")


@_attrs_define
class CreateViduText2VideoTaskBody:
    """
    Attributes:
        model (CreateViduText2VideoTaskBodyModel): 模型名称
        prompt (str): 文本提示词，不超过 2000 个字符
        duration (int | Unset): 视频时长（秒），可选值依模型而定
        seed (int | Unset): 随机种子，0 或不传为随机
        aspect_ratio (str | Unset): 比例，如 16:9、9:16、1:1
        resolution (CreateViduText2VideoTaskBodyResolution | Unset):
        movement_amplitude (CreateViduText2VideoTaskBodyMovementAmplitude | Unset):
        bgm (bool | Unset):
        style (str | Unset):
        payload (str | Unset): 透传参数，查询时原样返回
        watermark (bool | Unset):
        callback_url (str | Unset):
        off_peak (bool | Unset): 错峰模式
    """

    model: CreateViduText2VideoTaskBodyModel
    prompt: str
    duration: int | Unset = UNSET
    seed: int | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    resolution: CreateViduText2VideoTaskBodyResolution | Unset = UNSET
    movement_amplitude: CreateViduText2VideoTaskBodyMovementAmplitude | Unset = UNSET
    bgm: bool | Unset = UNSET
    style: str | Unset = UNSET
    payload: str | Unset = UNSET
    watermark: bool | Unset = UNSET
    callback_url: str | Unset = UNSET
    off_peak: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.value

        prompt = self.prompt

        duration = self.duration

        seed = self.seed

        aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        movement_amplitude: str | Unset = UNSET
        if not isinstance(self.movement_amplitude, Unset):
            movement_amplitude = self.movement_amplitude.value

        bgm = self.bgm

        style = self.style

        payload = self.payload

        watermark = self.watermark

        callback_url = self.callback_url

        off_peak = self.off_peak

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if seed is not UNSET:
            field_dict["seed"] = seed
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if movement_amplitude is not UNSET:
            field_dict["movement_amplitude"] = movement_amplitude
        if bgm is not UNSET:
            field_dict["bgm"] = bgm
        if style is not UNSET:
            field_dict["style"] = style
        if payload is not UNSET:
            field_dict["payload"] = payload
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if off_peak is not UNSET:
            field_dict["off_peak"] = off_peak

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = CreateViduText2VideoTaskBodyModel(d.pop("model"))

        prompt = d.pop("prompt")

        duration = d.pop("duration", UNSET)

        seed = d.pop("seed", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: CreateViduText2VideoTaskBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = CreateViduText2VideoTaskBodyResolution(_resolution)

        _movement_amplitude = d.pop("movement_amplitude", UNSET)
        movement_amplitude: CreateViduText2VideoTaskBodyMovementAmplitude | Unset
        if isinstance(_movement_amplitude, Unset):
            movement_amplitude = UNSET
        else:
            movement_amplitude = CreateViduText2VideoTaskBodyMovementAmplitude(
                _movement_amplitude
            )

        bgm = d.pop("bgm", UNSET)

        style = d.pop("style", UNSET)

        payload = d.pop("payload", UNSET)

        watermark = d.pop("watermark", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        off_peak = d.pop("off_peak", UNSET)

        create_vidu_text_2_video_task_body = cls(
            model=model,
            prompt=prompt,
            duration=duration,
            seed=seed,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            movement_amplitude=movement_amplitude,
            bgm=bgm,
            style=style,
            payload=payload,
            watermark=watermark,
            callback_url=callback_url,
            off_peak=off_peak,
        )

        create_vidu_text_2_video_task_body.additional_properties = d
        return create_vidu_text_2_video_task_body

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
