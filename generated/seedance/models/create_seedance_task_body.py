from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_seedance_task_body_resolution import (
    CreateSeedanceTaskBodyResolution,
)
from ..models.create_seedance_task_body_service_tier import (
    CreateSeedanceTaskBodyServiceTier,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_seedance_task_body_content_item import (
        CreateSeedanceTaskBodyContentItem,
    )


T = TypeVar("T", bound="CreateSeedanceTaskBody")


@_attrs_define
class CreateSeedanceTaskBody:
    """
    Attributes:
        model (str): 模型 ID，如 doubao-seedance-1-0-pro-250528
        content (list[CreateSeedanceTaskBodyContentItem]):
        resolution (CreateSeedanceTaskBodyResolution | Unset):
        ratio (str | Unset): 16:9、4:3、1:1、3:4、9:16、21:9 或 adaptive
        duration (int | Unset):
        seed (int | Unset):
        camera_fixed (bool | Unset):
        watermark (bool | Unset):
        generate_audio (bool | Unset):
        return_last_frame (bool | Unset):
        callback_url (str | Unset):
        service_tier (CreateSeedanceTaskBodyServiceTier | Unset):
        execution_expires_after (int | Unset): 任务超时时间（秒），超时后任务状态为 expired
        draft (bool | Unset):
    """

    model: str
    content: list[CreateSeedanceTaskBodyContentItem]
    resolution: CreateSeedanceTaskBodyResolution | Unset = UNSET
    ratio: str | Unset = UNSET
    duration: int | Unset = UNSET
    seed: int | Unset = UNSET
    camera_fixed: bool | Unset = UNSET
    watermark: bool | Unset = UNSET
    generate_audio: bool | Unset = UNSET
    return_last_frame: bool | Unset = UNSET
    callback_url: str | Unset = UNSET
    service_tier: CreateSeedanceTaskBodyServiceTier | Unset = UNSET
    execution_expires_after: int | Unset = UNSET
    draft: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        ratio = self.ratio

        duration = self.duration

        seed = self.seed

        camera_fixed = self.camera_fixed

        watermark = self.watermark

        generate_audio = self.generate_audio

        return_last_frame = self.return_last_frame

        callback_url = self.callback_url

        service_tier: str | Unset = UNSET
        if not isinstance(self.service_tier, Unset):
            service_tier = self.service_tier.value

        execution_expires_after = self.execution_expires_after

        draft = self.draft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "content": content,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if seed is not UNSET:
            field_dict["seed"] = seed
        if camera_fixed is not UNSET:
            field_dict["camera_fixed"] = camera_fixed
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if return_last_frame is not UNSET:
            field_dict["return_last_frame"] = return_last_frame
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if execution_expires_after is not UNSET:
            field_dict["execution_expires_after"] = execution_expires_after
        if draft is not UNSET:
            field_dict["draft"] = draft

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_seedance_task_body_content_item import (
            CreateSeedanceTaskBodyContentItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        model = d.pop("model")

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = CreateSeedanceTaskBodyContentItem.from_dict(
                content_item_data
            )

            content.append(content_item)

        _resolution = d.pop("resolution", UNSET)
        resolution: CreateSeedanceTaskBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = CreateSeedanceTaskBodyResolution(_resolution)

        ratio = d.pop("ratio", UNSET)

        duration = d.pop("duration", UNSET)

        seed = d.pop("seed", UNSET)

        camera_fixed = d.pop("camera_fixed", UNSET)

        watermark = d.pop("watermark", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        return_last_frame = d.pop("return_last_frame", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        _service_tier = d.pop("service_tier", UNSET)
        service_tier: CreateSeedanceTaskBodyServiceTier | Unset
        if isinstance(_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = CreateSeedanceTaskBodyServiceTier(_service_tier)

        execution_expires_after = d.pop("execution_expires_after", UNSET)

        draft = d.pop("draft", UNSET)

        create_seedance_task_body = cls(
            model=model,
            content=content,
            resolution=resolution,
            ratio=ratio,
            duration=duration,
            seed=seed,
            camera_fixed=camera_fixed,
            watermark=watermark,
            generate_audio=generate_audio,
            return_last_frame=return_last_frame,
            callback_url=callback_url,
            service_tier=service_tier,
            execution_expires_after=execution_expires_after,
            draft=draft,
        )

        create_seedance_task_body.additional_properties = d
        return create_seedance_task_body

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
