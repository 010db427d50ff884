from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_create_request_seconds import VideoCreateRequestSeconds
from ..models.video_create_request_size import VideoCreateRequestSize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_create_request_input_reference import (
        VideoCreateRequestInputReference,
    )


T = TypeVar("T", bound="VideoCreateRequest")


@_attrs_define
class VideoCreateRequest:
    """
    Attributes:
        prompt (str): 视频描述
        model (str | Unset): sora-2 或 sora-2-pro（也可以是带日期的快照名）；中转站也在此路由其他视频模型
        seconds (VideoCreateRequestSeconds | Unset): 时长（秒），字符串
        size (VideoCreateRequestSize | Unset): 宽x高，默认 720x1280
        input_reference (VideoCreateRequestInputReference | Unset): 首帧参考图：image_url 与 file_id 二选一
    """

    prompt: str
    model: str | Unset = UNSET
    seconds: VideoCreateRequestSeconds | Unset = UNSET
    size: VideoCreateRequestSize | Unset = UNSET
    input_reference: VideoCreateRequestInputReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model = self.model

        seconds: str | Unset = UNSET
        if not isinstance(self.seconds, Unset):
            seconds = self.seconds.value

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        input_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_reference, Unset):
            input_reference = self.input_reference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if size is not UNSET:
            field_dict["size"] = size
        if input_reference is not UNSET:
            field_dict["input_reference"] = input_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_create_request_input_reference import (
            VideoCreateRequestInputReference,  # noqa: PLC0415
        )

        d = dict(src_dict)
        prompt = d.pop("prompt")

        model = d.pop("model", UNSET)

        _seconds = d.pop("seconds", UNSET)
        seconds: VideoCreateRequestSeconds | Unset
        if isinstance(_seconds, Unset):
            seconds = UNSET
        else:
            seconds = VideoCreateRequestSeconds(_seconds)

        _size = d.pop("size", UNSET)
        size: VideoCreateRequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = VideoCreateRequestSize(_size)

        _input_reference = d.pop("input_reference", UNSET)
        input_reference: VideoCreateRequestInputReference | Unset
        if isinstance(_input_reference, Unset):
            input_reference = UNSET
        else:
            input_reference = VideoCreateRequestInputReference.from_dict(
                _input_reference
            )

        video_create_request = cls(
            prompt=prompt,
            model=model,
            seconds=seconds,
            size=size,
            input_reference=input_reference,
        )

        video_create_request.additional_properties = d
        return video_create_request

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
