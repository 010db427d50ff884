from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LumaGenerationRequest")


@_attrs_define
class LumaGenerationRequest:
    """
    Attributes:
        prompt (str | Unset):
        model (str | Unset):
        aspect_ratio (str | Unset):
        loop (bool | Unset):
    """

    prompt: str | Unset = UNSET
    model: str | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    loop: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model = self.model

        aspect_ratio = self.aspect_ratio

        loop = self.loop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if loop is not UNSET:
            field_dict["loop"] = loop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        model = d.pop("model", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        loop = d.pop("loop", UNSET)

        luma_generation_request = cls(
            prompt=prompt,
            model=model,
            aspect_ratio=aspect_ratio,
            loop=loop,
        )

        luma_generation_request.additional_properties = d
        return luma_generation_request

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
