from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_runway_image_to_video_body_prompt_image_type_1_item_position import (
    CreateRunwayImageToVideoBodyPromptImageType1ItemPosition,
)

T = TypeVar("T", bound="CreateRunwayImageToVideoBodyPromptImageType1Item")


@_attrs_define
class CreateRunwayImageToVideoBodyPromptImageType1Item:
    """
    Attributes:
        uri (str):
        position (CreateRunwayImageToVideoBodyPromptImageType1ItemPosition):
    """

    uri: str
    position: CreateRunwayImageToVideoBodyPromptImageType1ItemPosition
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        position = self.position.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uri": uri,
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uri = d.pop("uri")

        position = CreateRunwayImageToVideoBodyPromptImageType1ItemPosition(
            d.pop("position")
        )

        create_runway_image_to_video_body_prompt_image_type_1_item = cls(
            uri=uri,
            position=position,
        )

        create_runway_image_to_video_body_prompt_image_type_1_item.additional_properties = d
        return create_runway_image_to_video_body_prompt_image_type_1_item

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
