from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LumaGenerationVideo")


@_attrs_define
class LumaGenerationVideo:
    """
    Attributes:
        url (str | Unset):
        download_url (str | Unset):
        width (int | Unset):
        height (int | Unset):
        thumbnail (None | Unset):
    """

    url: str | Unset = UNSET
    download_url: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    thumbnail: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        download_url = self.download_url

        width = self.width

        height = self.height

        thumbnail = self.thumbnail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        download_url = d.pop("download_url", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        luma_generation_video = cls(
            url=url,
            download_url=download_url,
            width=width,
            height=height,
            thumbnail=thumbnail,
        )

        luma_generation_video.additional_properties = d
        return luma_generation_video

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
