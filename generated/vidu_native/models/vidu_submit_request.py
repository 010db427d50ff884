from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_submit_request_aspect_ratio import ViduSubmitRequestAspectRatio
from ..models.vidu_submit_request_size import ViduSubmitRequestSize
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduSubmitRequest")


@_attrs_define
class ViduSubmitRequest:
    """
    Attributes:
        model (str): 模型名称，例如 grok-video-3
        prompt (str): 视频描述
        aspect_ratio (ViduSubmitRequestAspectRatio | Unset): 画面比例
        size (ViduSubmitRequestSize | Unset): 清晰度
        images (list[str] | Unset): 参考图 URL 列表
    """

    model: str
    prompt: str
    aspect_ratio: ViduSubmitRequestAspectRatio | Unset = UNSET
    size: ViduSubmitRequestSize | Unset = UNSET
    images: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if size is not UNSET:
            field_dict["size"] = size
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ViduSubmitRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = ViduSubmitRequestAspectRatio(_aspect_ratio)

        _size = d.pop("size", UNSET)
        size: ViduSubmitRequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = ViduSubmitRequestSize(_size)

        images = cast(list[str], d.pop("images", UNSET))

        vidu_submit_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            size=size,
            images=images,
        )

        vidu_submit_request.additional_properties = d
        return vidu_submit_request

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
