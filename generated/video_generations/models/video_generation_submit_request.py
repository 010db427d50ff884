from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_generation_submit_request_metadata import (
        VideoGenerationSubmitRequestMetadata,
    )


T = TypeVar("T", bound="VideoGenerationSubmitRequest")


@_attrs_define
class VideoGenerationSubmitRequest:
    """
    Attributes:
        prompt (str): 文本描述
        model (str | Unset): 模型名称
        mode (str | Unset): 生成模式（由渠道解释，例如 std / pro）
        image (str | Unset): 单张参考图 URL 或 base64
        images (list[str] | Unset): 多张参考图
        size (str | Unset): 分辨率或宽x高，例如 1280x720
        duration (int | Unset): 时长（秒）；数字字符串也被接受
        seconds (str | Unset): 时长（秒），字符串形式（OpenAI 视频接口的写法）
        input_reference (str | Unset): 参考图 URL 或文件 ID
        metadata (VideoGenerationSubmitRequestMetadata | Unset): 渠道专有参数，原样合并进上游请求
    """

    prompt: str
    model: str | Unset = UNSET
    mode: str | Unset = UNSET
    image: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    size: str | Unset = UNSET
    duration: int | Unset = UNSET
    seconds: str | Unset = UNSET
    input_reference: str | Unset = UNSET
    metadata: VideoGenerationSubmitRequestMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model = self.model

        mode = self.mode

        image = self.image

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        size = self.size

        duration = self.duration

        seconds = self.seconds

        input_reference = self.input_reference

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if mode is not UNSET:
            field_dict["mode"] = mode
        if image is not UNSET:
            field_dict["image"] = image
        if images is not UNSET:
            field_dict["images"] = images
        if size is not UNSET:
            field_dict["size"] = size
        if duration is not UNSET:
            field_dict["duration"] = duration
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if input_reference is not UNSET:
            field_dict["input_reference"] = input_reference
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_generation_submit_request_metadata import (
            VideoGenerationSubmitRequestMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        prompt = d.pop("prompt")

        model = d.pop("model", UNSET)

        mode = d.pop("mode", UNSET)

        image = d.pop("image", UNSET)

        images = cast(list[str], d.pop("images", UNSET))

        size = d.pop("size", UNSET)

        duration = d.pop("duration", UNSET)

        seconds = d.pop("seconds", UNSET)

        input_reference = d.pop("input_reference", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: VideoGenerationSubmitRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = VideoGenerationSubmitRequestMetadata.from_dict(_metadata)

        video_generation_submit_request = cls(
            prompt=prompt,
            model=model,
            mode=mode,
            image=image,
            images=images,
            size=size,
            duration=duration,
            seconds=seconds,
            input_reference=input_reference,
            metadata=metadata,
        )

        video_generation_submit_request.additional_properties = d
        return video_generation_submit_request

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
