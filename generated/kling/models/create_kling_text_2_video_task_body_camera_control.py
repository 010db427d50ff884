from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_kling_text_2_video_task_body_camera_control_config import (
        CreateKlingText2VideoTaskBodyCameraControlConfig,
    )


T = TypeVar("T", bound="CreateKlingText2VideoTaskBodyCameraControl")


@_attrs_define
class CreateKlingText2VideoTaskBodyCameraControl:
    """
    Attributes:
        type_ (str | Unset):
        config (CreateKlingText2VideoTaskBodyCameraControlConfig | Unset):
    """

    type_: str | Unset = UNSET
    config: CreateKlingText2VideoTaskBodyCameraControlConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_kling_text_2_video_task_body_camera_control_config import (
            CreateKlingText2VideoTaskBodyCameraControlConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _config = d.pop("config", UNSET)
        config: CreateKlingText2VideoTaskBodyCameraControlConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = CreateKlingText2VideoTaskBodyCameraControlConfig.from_dict(_config)

        create_kling_text_2_video_task_body_camera_control = cls(
            type_=type_,
            config=config,
        )

        create_kling_text_2_video_task_body_camera_control.additional_properties = d
        return create_kling_text_2_video_task_body_camera_control

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
