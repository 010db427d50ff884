from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKlingImage2VideoTaskBodyDynamicMasksItemTrajectoriesItem")


@_attrs_define
class CreateKlingImage2VideoTaskBodyDynamicMasksItemTrajectoriesItem:
    """
    Attributes:
        x (int | Unset):
        y (int | Unset):
    """

    x: int | Unset = UNSET
    y: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        create_kling_image_2_video_task_body_dynamic_masks_item_trajectories_item = cls(
            x=x,
            y=y,
        )

        create_kling_image_2_video_task_body_dynamic_masks_item_trajectories_item.additional_properties = d
        return create_kling_image_2_video_task_body_dynamic_masks_item_trajectories_item

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
