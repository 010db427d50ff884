from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_kling_text_2_video_task_body_aspect_ratio import (
    CreateKlingText2VideoTaskBodyAspectRatio,
)
from ..models.create_kling_text_2_video_task_body_duration import (
    CreateKlingText2VideoTaskBodyDuration,
)
from ..models.create_kling_text_2_video_task_body_mode import (
    CreateKlingText2VideoTaskBodyMode,
)
from ..models.create_kling_text_2_video_task_body_model_name import (
    CreateKlingText2VideoTaskBodyModelName,
)
from ..models.create_kling_text_2_video_task_body_sound import (
    CreateKlingText2VideoTaskBodySound,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_kling_text_2_video_task_body_camera_control import (
        CreateKlingText2VideoTaskBodyCameraControl,
    )


T = TypeVar("T", bound="CreateKlingText2VideoTaskBody")


@_attrs_define
class CreateKlingText2VideoTaskBody:
    """
    Attributes:
        prompt (str): 正向提示词，不超过 2500 个字符
        model_name (CreateKlingText2VideoTaskBodyModelName | Unset): 模型名称
        negative_prompt (str | Unset): 负向提示词，不超过 2500 个字符
        cfg_scale (float | Unset):
        mode (CreateKlingText2VideoTaskBodyMode | Unset):
        aspect_ratio (CreateKlingText2VideoTaskBodyAspectRatio | Unset):
        duration (CreateKlingText2VideoTaskBodyDuration | Unset):
        sound (CreateKlingText2VideoTaskBodySound | Unset): 仅 kling-v2-6 及以上
        camera_control (CreateKlingText2VideoTaskBodyCameraControl | Unset):
        callback_url (str | Unset):
        external_task_id (str | Unset):
    """

    prompt: str
    model_name: CreateKlingText2VideoTaskBodyModelName | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    cfg_scale: float | Unset = UNSET
    mode: CreateKlingText2VideoTaskBodyMode | Unset = UNSET
    aspect_ratio: CreateKlingText2VideoTaskBodyAspectRatio | Unset = UNSET
    duration: CreateKlingText2VideoTaskBodyDuration | Unset = UNSET
    sound: CreateKlingText2VideoTaskBodySound | Unset = UNSET
    camera_control: CreateKlingText2VideoTaskBodyCameraControl | Unset = UNSET
    callback_url: str | Unset = UNSET
    external_task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model_name: str | Unset = UNSET
        if not isinstance(self.model_name, Unset):
            model_name = self.model_name.value

        negative_prompt = self.negative_prompt

        cfg_scale = self.cfg_scale

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        sound: str | Unset = UNSET
        if not isinstance(self.sound, Unset):
            sound = self.sound.value

        camera_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.camera_control, Unset):
            camera_control = self.camera_control.to_dict()

        callback_url = self.callback_url

        external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if mode is not UNSET:
            field_dict["mode"] = mode
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if sound is not UNSET:
            field_dict["sound"] = sound
        if camera_control is not UNSET:
            field_dict["camera_control"] = camera_control
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_kling_text_2_video_task_body_camera_control import (
            CreateKlingText2VideoTaskBodyCameraControl,  # noqa: PLC0415
        )

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _model_name = d.pop("model_name", UNSET)
        model_name: CreateKlingText2VideoTaskBodyModelName | Unset
        if isinstance(_model_name, Unset):
            model_name = UNSET
        else:
            model_name = CreateKlingText2VideoTaskBodyModelName(_model_name)

        negative_prompt = d.pop("negative_prompt", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: CreateKlingText2VideoTaskBodyMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = CreateKlingText2VideoTaskBodyMode(_mode)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: CreateKlingText2VideoTaskBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = CreateKlingText2VideoTaskBodyAspectRatio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: CreateKlingText2VideoTaskBodyDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = CreateKlingText2VideoTaskBodyDuration(_duration)

        _sound = d.pop("sound", UNSET)
        sound: CreateKlingText2VideoTaskBodySound | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = CreateKlingText2VideoTaskBodySound(_sound)

        _camera_control = d.pop("camera_control", UNSET)
        camera_control: CreateKlingText2VideoTaskBodyCameraControl | Unset
        if isinstance(_camera_control, Unset):
            camera_control = UNSET
        else:
            camera_control = CreateKlingText2VideoTaskBodyCameraControl.from_dict(
                _camera_control
            )

        callback_url = d.pop("callback_url", UNSET)

        external_task_id = d.pop("external_task_id", UNSET)

        create_kling_text_2_video_task_body = cls(
            prompt=prompt,
            model_name=model_name,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
            mode=mode,
            aspect_ratio=aspect_ratio,
            duration=duration,
            sound=sound,
            camera_control=camera_control,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        create_kling_text_2_video_task_body.additional_properties = d
        return create_kling_text_2_video_task_body

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
