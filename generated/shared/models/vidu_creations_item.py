from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduCreationsItem")


@_attrs_define
class ViduCreationsItem:
    """
    Attributes:
        cover_url (str | Unset):
        id (str | Unset):
        url (str | Unset):
        watermarked_url (str | Unset):
    """

    cover_url: str | Unset = UNSET
    id: str | Unset = UNSET
    url: str | Unset = UNSET
    watermarked_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cover_url = self.cover_url

        id = self.id

        url = self.url

        watermarked_url = self.watermarked_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if watermarked_url is not UNSET:
            field_dict["watermarked_url"] = watermarked_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cover_url = d.pop("cover_url", UNSET)

        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        watermarked_url = d.pop("watermarked_url", UNSET)

        vidu_creations_item = cls(
            cover_url=cover_url,
            id=id,
            url=url,
            watermarked_url=watermarked_url,
        )

        vidu_creations_item.additional_properties = d
        return vidu_creations_item

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
