from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.luma_generation_state import LumaGenerationState
from ..types import UNSET, Unset

T = TypeVar("T", bound="LumaGeneration")


@_attrs_define
class LumaGeneration:
    """
    Attributes:
        id (str | Unset):
        prompt (str | Unset):
        state (LumaGenerationState | str | Unset):
        created_at (str | Unset):
        video (None | Unset):
        video_raw (None | Unset):
        thumbnail (None | Unset):
        last_frame (None | Unset):
        liked (None | Unset):
        estimate_wait_seconds (None | Unset):
        queue_state (None | Unset):
        batch_id (str | Unset):
    """

    id: str | Unset = UNSET
    prompt: str | Unset = UNSET
    state: LumaGenerationState | str | Unset = UNSET
    created_at: str | Unset = UNSET
    video: None | Unset = UNSET
    video_raw: None | Unset = UNSET
    thumbnail: None | Unset = UNSET
    last_frame: None | Unset = UNSET
    liked: None | Unset = UNSET
    estimate_wait_seconds: None | Unset = UNSET
    queue_state: None | Unset = UNSET
    batch_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        prompt = self.prompt

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, LumaGenerationState):
            state = self.state.value
        else:
            state = self.state

        created_at = self.created_at

        video = self.video

        video_raw = self.video_raw

        thumbnail = self.thumbnail

        last_frame = self.last_frame

        liked = self.liked

        estimate_wait_seconds = self.estimate_wait_seconds

        queue_state = self.queue_state

        batch_id = self.batch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if state is not UNSET:
            field_dict["state"] = state
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if video is not UNSET:
            field_dict["video"] = video
        if video_raw is not UNSET:
            field_dict["video_raw"] = video_raw
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if last_frame is not UNSET:
            field_dict["last_frame"] = last_frame
        if liked is not UNSET:
            field_dict["liked"] = liked
        if estimate_wait_seconds is not UNSET:
            field_dict["estimate_wait_seconds"] = estimate_wait_seconds
        if queue_state is not UNSET:
            field_dict["queue_state"] = queue_state
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        prompt = d.pop("prompt", UNSET)

        def _parse_state(data: object) -> LumaGenerationState | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = LumaGenerationState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LumaGenerationState | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        created_at = d.pop("created_at", UNSET)

        video = d.pop("video", UNSET)

        video_raw = d.pop("video_raw", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        last_frame = d.pop("last_frame", UNSET)

        liked = d.pop("liked", UNSET)

        estimate_wait_seconds = d.pop("estimate_wait_seconds", UNSET)

        queue_state = d.pop("queue_state", UNSET)

        batch_id = d.pop("batch_id", UNSET)

        luma_generation = cls(
            id=id,
            prompt=prompt,
            state=state,
            created_at=created_at,
            video=video,
            video_raw=video_raw,
            thumbnail=thumbnail,
            last_frame=last_frame,
            liked=liked,
            estimate_wait_seconds=estimate_wait_seconds,
            queue_state=queue_state,
            batch_id=batch_id,
        )

        luma_generation.additional_properties = d
        return luma_generation

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
