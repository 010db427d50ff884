from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_image_task_created_state import ViduImageTaskCreatedState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduImageTaskCreated")


@_attrs_define
class ViduImageTaskCreated:
    """
    Attributes:
        task_id (str):
        state (str | ViduImageTaskCreatedState):
        model (str | Unset):
        prompt (str | Unset):
        images (list[str] | Unset):
        duration (int | Unset):
        seed (int | Unset):
        aspect_ratio (str | Unset):
        resolution (str | Unset):
        movement_amplitude (str | Unset):
        payload (str | Unset):
        credits_ (int | Unset):
        created_at (str | Unset): UTC 时间，ISO-8601
    """

    task_id: str
    state: str | ViduImageTaskCreatedState
    model: str | Unset = UNSET
    prompt: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    duration: int | Unset = UNSET
    seed: int | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    resolution: str | Unset = UNSET
    movement_amplitude: str | Unset = UNSET
    payload: str | Unset = UNSET
    credits_: int | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        state: str
        if isinstance(self.state, ViduImageTaskCreatedState):
            state = self.state.value
        else:
            state = self.state

        model = self.model

        prompt = self.prompt

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        duration = self.duration

        seed = self.seed

        aspect_ratio = self.aspect_ratio

        resolution = self.resolution

        movement_amplitude = self.movement_amplitude

        payload = self.payload

        credits_ = self.credits_

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "state": state,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if images is not UNSET:
            field_dict["images"] = images
        if duration is not UNSET:
            field_dict["duration"] = duration
        if seed is not UNSET:
            field_dict["seed"] = seed
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if movement_amplitude is not UNSET:
            field_dict["movement_amplitude"] = movement_amplitude
        if payload is not UNSET:
            field_dict["payload"] = payload
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        def _parse_state(data: object) -> str | ViduImageTaskCreatedState:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ViduImageTaskCreatedState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ViduImageTaskCreatedState, data)

        state = _parse_state(d.pop("state"))

        model = d.pop("model", UNSET)

        prompt = d.pop("prompt", UNSET)

        images = cast(list[str], d.pop("images", UNSET))

        duration = d.pop("duration", UNSET)

        seed = d.pop("seed", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        resolution = d.pop("resolution", UNSET)

        movement_amplitude = d.pop("movement_amplitude", UNSET)

        payload = d.pop("payload", UNSET)

        credits_ = d.pop("credits", UNSET)

        created_at = d.pop("created_at", UNSET)

        vidu_image_task_created = cls(
            task_id=task_id,
            state=state,
            model=model,
            prompt=prompt,
            images=images,
            duration=duration,
            seed=seed,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            movement_amplitude=movement_amplitude,
            payload=payload,
            credits_=credits_,
            created_at=created_at,
        )

        vidu_image_task_created.additional_properties = d
        return vidu_image_task_created

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
