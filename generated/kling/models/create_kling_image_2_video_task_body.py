from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_kling_image_2_video_task_body_duration import (
    CreateKlingImage2VideoTaskBodyDuration,
)
from ..models.create_kling_image_2_video_task_body_mode import (
    CreateKlingImage2VideoTaskBodyMode,
)
from ..models.create_kling_image_2_video_task_body_model_name import (
    CreateKlingImage2VideoTaskBodyModelName,
)
from ..models.create_kling_image_2_video_task_body_sound import (
    CreateKlingImage2VideoTaskBodySound,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_kling_image_2_video_task_body_dynamic_masks_item import (
        CreateKlingImage2VideoTaskBodyDynamicMasksItem,
    )


T = TypeVar("T", bound="CreateKlingImage2VideoTaskBody")


@_attrs_define
class CreateKlingImage2VideoTaskBody:
    """
    Attributes:
        image (str): 首帧图片，URL 或 Base64
        model_name (CreateKlingImage2VideoTaskBodyModelName | Unset):
        image_tail (str | Unset): 尾帧图片，URL 或 Base64
        prompt (str | Unset):
        negative_prompt (str | Unset):
        cfg_scale (float | Unset):
        mode (CreateKlingImage2VideoTaskBodyMode | Unset):
        duration (CreateKlingImage2VideoTaskBodyDuration | Unset):
        static_mask (str | Unset): 静态笔刷涂抹区域
        dynamic_masks (list[CreateKlingImage2VideoTaskBodyDynamicMasksItem] | Unset):
        sound (CreateKlingImage2VideoTaskBodySound | Unset):
        callback_url (str | Unset):
        external_task_id (str | Unset):
    """

    image: str
    model_name: CreateKlingImage2VideoTaskBodyModelName | Unset = UNSET
    image_tail: str | Unset = UNSET
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    cfg_scale: float | Unset = UNSET
    mode: CreateKlingImage2VideoTaskBodyMode | Unset = UNSET
    duration: CreateKlingImage2VideoTaskBodyDuration | Unset = UNSET
    static_mask: str | Unset = UNSET
    dynamic_masks: list[CreateKlingImage2VideoTaskBodyDynamicMasksItem] | Unset = UNSET
    sound: CreateKlingImage2VideoTaskBodySound | Unset = UNSET
    callback_url: str | Unset = UNSET
    external_task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        model_name: str | Unset = UNSET
        if not isinstance(self.model_name, Unset):
            model_name = self.model_name.value

        image_tail = self.image_tail

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        cfg_scale = self.cfg_scale

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        static_mask = self.static_mask

        dynamic_masks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dynamic_masks, Unset):
            dynamic_masks = []
            for dynamic_masks_item_data in self.dynamic_masks:
                dynamic_masks_item = dynamic_masks_item_data.to_dict()
                dynamic_masks.append(dynamic_masks_item)

        sound: str | Unset = UNSET
        if not isinstance(self.sound, Unset):
            sound = self.sound.value

        callback_url = self.callback_url

        external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if image_tail is not UNSET:
            field_dict["image_tail"] = image_tail
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if mode is not UNSET:
            field_dict["mode"] = mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if static_mask is not UNSET:
            field_dict["static_mask"] = static_mask
        if dynamic_masks is not UNSET:
            field_dict["dynamic_masks"] = dynamic_masks
        if sound is not UNSET:
            field_dict["sound"] = sound
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_kling_image_2_video_task_body_dynamic_masks_item import (
            CreateKlingImage2VideoTaskBodyDynamicMasksItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        image = d.pop("image")

        _model_name = d.pop("model_name", UNSET)
        model_name: CreateKlingImage2VideoTaskBodyModelName | Unset
        if isinstance(_model_name, Unset):
            model_name = UNSET
        else:
            model_name = CreateKlingImage2VideoTaskBodyModelName(_model_name)

        image_tail = d.pop("image_tail", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: CreateKlingImage2VideoTaskBodyMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = CreateKlingImage2VideoTaskBodyMode(_mode)

        _duration = d.pop("duration", UNSET)
        duration: CreateKlingImage2VideoTaskBodyDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = CreateKlingImage2VideoTaskBodyDuration(_duration)

        static_mask = d.pop("static_mask", UNSET)

        _dynamic_masks = d.pop("dynamic_masks", UNSET)
        dynamic_masks: list[CreateKlingImage2VideoTaskBodyDynamicMasksItem] | Unset = (
            UNSET
        )
        if _dynamic_masks is not UNSET:
            dynamic_masks = []
            for dynamic_masks_item_data in _dynamic_masks:
                dynamic_masks_item = (
                    CreateKlingImage2VideoTaskBodyDynamicMasksItem.from_dict(
                        dynamic_masks_item_data
                    )
                )

                dynamic_masks.append(dynamic_masks_item)

        _sound = d.pop("sound", UNSET)
        sound: CreateKlingImage2VideoTaskBodySound | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = CreateKlingImage2VideoTaskBodySound(_sound)

        callback_url = d.pop("callback_url", UNSET)

        external_task_id = d.pop("external_task_id", UNSET)

        create_kling_image_2_video_task_body = cls(
            image=image,
            model_name=model_name,
            image_tail=image_tail,
            prompt=prompt,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
            mode=mode,
            duration=duration,
            static_mask=static_mask,
            dynamic_masks=dynamic_masks,
            sound=sound,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        create_kling_image_2_video_task_body.additional_properties = d
        return create_kling_image_2_video_task_body

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
