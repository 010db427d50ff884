from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWanVideoBodyInput")


@_attrs_define
class CreateWanVideoBodyInput:
    """
    Attributes:
        prompt (str | Unset):
        negative_prompt (str | Unset):
        img_url (str | Unset): 图生视频首帧
        first_frame_url (str | Unset):
        last_frame_url (str | Unset):
        audio_url (str | Unset):
    """

    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    img_url: str | Unset = UNSET
    first_frame_url: str | Unset = UNSET
    last_frame_url: str | Unset = UNSET
    audio_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        img_url = self.img_url

        first_frame_url = self.first_frame_url

        last_frame_url = self.last_frame_url

        audio_url = self.audio_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if img_url is not UNSET:
            field_dict["img_url"] = img_url
        if first_frame_url is not UNSET:
            field_dict["first_frame_url"] = first_frame_url
        if last_frame_url is not UNSET:
            field_dict["last_frame_url"] = last_frame_url
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        img_url = d.pop("img_url", UNSET)

        first_frame_url = d.pop("first_frame_url", UNSET)

        last_frame_url = d.pop("last_frame_url", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        create_wan_video_body_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            img_url=img_url,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            audio_url=audio_url,
        )

        create_wan_video_body_input.additional_properties = d
        return create_wan_video_body_input

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
