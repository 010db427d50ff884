from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_kling_image_2_video_task_body_dynamic_masks_item_trajectories_item import (
        CreateKlingImage2VideoTaskBodyDynamicMasksItemTrajectoriesItem,
    )


T = TypeVar("T", bound="CreateKlingImage2VideoTaskBodyDynamicMasksItem")


@_attrs_define
class CreateKlingImage2VideoTaskBodyDynamicMasksItem:
    """
    Attributes:
        mask (str | Unset):
        trajectories (list[CreateKlingImage2VideoTaskBodyDynamicMasksItemTrajectoriesItem] | Unset):
    """

    mask: str | Unset = UNSET
    trajectories: (
        list[CreateKlingImage2VideoTaskBodyDynamicMasksItemTrajectoriesItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mask = self.mask

        trajectories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trajectories, Unset):
            trajectories = []
            for trajectories_item_data in self.trajectories:
                trajectories_item = trajectories_item_data.to_dict()
                trajectories.append(trajectories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mask is not UNSET:
            field_dict["mask"] = mask
        if trajectories is not UNSET:
            field_dict["trajectories"] = trajectories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_kling_image_2_video_task_body_dynamic_masks_item_trajectories_item import (
            CreateKlingImage2VideoTaskBodyDynamicMasksItemTrajectoriesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        mask = d.pop("mask", UNSET)

        _trajectories = d.pop("trajectories", UNSET)
        trajectories: (
            list[CreateKlingImage2VideoTaskBodyDynamicMasksItemTrajectoriesItem] | Unset
        ) = UNSET
        if _trajectories is not UNSET:
            trajectories = []
            for trajectories_item_data in _trajectories:
                trajectories_item = CreateKlingImage2VideoTaskBodyDynamicMasksItemTrajectoriesItem.from_dict(
                    trajectories_item_data
                )

                trajectories.append(trajectories_item)

        create_kling_image_2_video_task_body_dynamic_masks_item = cls(
            mask=mask,
            trajectories=trajectories,
        )

        create_kling_image_2_video_task_body_dynamic_masks_item.additional_properties = d
        return create_kling_image_2_video_task_body_dynamic_masks_item

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
