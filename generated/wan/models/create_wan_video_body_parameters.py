from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_wan_video_body_parameters_resolution import (
    CreateWanVideoBodyParametersResolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWanVideoBodyParameters")


@_attrs_define
class CreateWanVideoBodyParameters:
    """
    Attributes:
        resolution (CreateWanVideoBodyParametersResolution | Unset):
        size (str | Unset): 宽*高，例如 1280*720
        duration (int | Unset): 时长（秒）
        prompt_extend (bool | Unset):
        watermark (bool | Unset):
        audio (bool | Unset):
        seed (int | Unset):
    """

    resolution: CreateWanVideoBodyParametersResolution | Unset = UNSET
    size: str | Unset = UNSET
    duration: int | Unset = UNSET
    prompt_extend: bool | Unset = UNSET
    watermark: bool | Unset = UNSET
    audio: bool | Unset = UNSET
    seed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        size = self.size

        duration = self.duration

        prompt_extend = self.prompt_extend

        watermark = self.watermark

        audio = self.audio

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if size is not UNSET:
            field_dict["size"] = size
        if duration is not UNSET:
            field_dict["duration"] = duration
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if audio is not UNSET:
            field_dict["audio"] = audio
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _resolution = d.pop("resolution", UNSET)
        resolution: CreateWanVideoBodyParametersResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = CreateWanVideoBodyParametersResolution(_resolution)

        size = d.pop("size", UNSET)

        duration = d.pop("duration", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        watermark = d.pop("watermark", UNSET)

        audio = d.pop("audio", UNSET)

        seed = d.pop("seed", UNSET)

        create_wan_video_body_parameters = cls(
            resolution=resolution,
            size=size,
            duration=duration,
            prompt_extend=prompt_extend,
            watermark=watermark,
            audio=audio,
            seed=seed,
        )

        create_wan_video_body_parameters.additional_properties = d
        return create_wan_video_body_parameters

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
