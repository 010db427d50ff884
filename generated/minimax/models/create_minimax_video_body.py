from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_minimax_video_body_duration import CreateMinimaxVideoBodyDuration
from ..models.create_minimax_video_body_resolution import (
    CreateMinimaxVideoBodyResolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_minimax_video_body_subject_reference_item import (
        CreateMinimaxVideoBodySubjectReferenceItem,
    )


T = TypeVar("T", bound="CreateMinimaxVideoBody")


@_attrs_define
class CreateMinimaxVideoBody:
    """
    Attributes:
        model (str): 模型名，例如 MiniMax-Hailuo-02、MiniMax-Hailuo-2.3、T2V-01
        prompt (str | Unset): 视频描述
        duration (CreateMinimaxVideoBodyDuration | Unset): 时长（秒）
        resolution (CreateMinimaxVideoBodyResolution | Unset):
        first_frame_image (str | Unset): 首帧图片，URL 或 data URL
        last_frame_image (str | Unset): 尾帧图片，URL 或 data URL
        prompt_optimizer (bool | Unset): 是否自动优化 prompt
        fast_pretreatment (bool | Unset):
        subject_reference (list[CreateMinimaxVideoBodySubjectReferenceItem] | Unset):
    """

    model: str
    prompt: str | Unset = UNSET
    duration: CreateMinimaxVideoBodyDuration | Unset = UNSET
    resolution: CreateMinimaxVideoBodyResolution | Unset = UNSET
    first_frame_image: str | Unset = UNSET
    last_frame_image: str | Unset = UNSET
    prompt_optimizer: bool | Unset = UNSET
    fast_pretreatment: bool | Unset = UNSET
    subject_reference: list[CreateMinimaxVideoBodySubjectReferenceItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        first_frame_image = self.first_frame_image

        last_frame_image = self.last_frame_image

        prompt_optimizer = self.prompt_optimizer

        fast_pretreatment = self.fast_pretreatment

        subject_reference: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subject_reference, Unset):
            subject_reference = []
            for subject_reference_item_data in self.subject_reference:
                subject_reference_item = subject_reference_item_data.to_dict()
                subject_reference.append(subject_reference_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if first_frame_image is not UNSET:
            field_dict["first_frame_image"] = first_frame_image
        if last_frame_image is not UNSET:
            field_dict["last_frame_image"] = last_frame_image
        if prompt_optimizer is not UNSET:
            field_dict["prompt_optimizer"] = prompt_optimizer
        if fast_pretreatment is not UNSET:
            field_dict["fast_pretreatment"] = fast_pretreatment
        if subject_reference is not UNSET:
            field_dict["subject_reference"] = subject_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_minimax_video_body_subject_reference_item import (
            CreateMinimaxVideoBodySubjectReferenceItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: CreateMinimaxVideoBodyDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = CreateMinimaxVideoBodyDuration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: CreateMinimaxVideoBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = CreateMinimaxVideoBodyResolution(_resolution)

        first_frame_image = d.pop("first_frame_image", UNSET)

        last_frame_image = d.pop("last_frame_image", UNSET)

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        fast_pretreatment = d.pop("fast_pretreatment", UNSET)

        _subject_reference = d.pop("subject_reference", UNSET)
        subject_reference: list[CreateMinimaxVideoBodySubjectReferenceItem] | Unset = (
            UNSET
        )
        if _subject_reference is not UNSET:
            subject_reference = []
            for subject_reference_item_data in _subject_reference:
                subject_reference_item = (
                    CreateMinimaxVideoBodySubjectReferenceItem.from_dict(
                        subject_reference_item_data
                    )
                )

                subject_reference.append(subject_reference_item)

        create_minimax_video_body = cls(
            model=model,
            prompt=prompt,
            duration=duration,
            resolution=resolution,
            first_frame_image=first_frame_image,
            last_frame_image=last_frame_image,
            prompt_optimizer=prompt_optimizer,
            fast_pretreatment=fast_pretreatment,
            subject_reference=subject_reference,
        )

        create_minimax_video_body.additional_properties = d
        return create_minimax_video_body

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
