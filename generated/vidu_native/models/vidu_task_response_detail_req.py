from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduTaskResponseDetailReq")


@_attrs_define
class ViduTaskResponseDetailReq:
    """
    Attributes:
        model (str | Unset):
        prompt (str | Unset):
        aspect_ratio (str | Unset):
        enhance_prompt (bool | Unset):
        enable_upsample (bool | Unset):
        images (list[Any] | Unset):
    """

    model: str | Unset = UNSET
    prompt: str | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    enhance_prompt: bool | Unset = UNSET
    enable_upsample: bool | Unset = UNSET
    images: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio = self.aspect_ratio

        enhance_prompt = self.enhance_prompt

        enable_upsample = self.enable_upsample

        images: list[Any] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if enable_upsample is not UNSET:
            field_dict["enable_upsample"] = enable_upsample
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        prompt = d.pop("prompt", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        enable_upsample = d.pop("enable_upsample", UNSET)

        images = cast(list[Any], d.pop("images", UNSET))

        vidu_task_response_detail_req = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            enhance_prompt=enhance_prompt,
            enable_upsample=enable_upsample,
            images=images,
        )

        vidu_task_response_detail_req.additional_properties = d
        return vidu_task_response_detail_req

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
