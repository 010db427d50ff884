from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.luma_generation_state import LumaGenerationState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.luma_generation_2_data import LumaGeneration2Data
    from ..models.luma_generation_assets import LumaGenerationAssets
    from ..models.luma_generation_last_frame import LumaGenerationLastFrame
    from ..models.luma_generation_request import LumaGenerationRequest
    from ..models.luma_generation_thumbnail import LumaGenerationThumbnail
    from ..models.luma_generation_video import LumaGenerationVideo
    from ..models.luma_generation_video_raw import LumaGenerationVideoRaw


T = TypeVar("T", bound="LumaGeneration2")


@_attrs_define
class LumaGeneration2:
    """
    Attributes:
        id (str):
        state (LumaGenerationState | str):
        created_at (str):
        prompt (str | Unset):
        video (LumaGenerationVideo | None | Unset):
        liked (None | Unset):
        estimate_wait_seconds (int | None | Unset):
        queue_state (None | Unset):
        batch_id (str | Unset):
        data (LumaGeneration2Data | Unset):
        video_raw (LumaGenerationVideoRaw | None | Unset):
        thumbnail (LumaGenerationThumbnail | None | Unset):
        last_frame (LumaGenerationLastFrame | None | Unset):
        failure_reason (None | str | Unset):
        assets (LumaGenerationAssets | None | Unset):
        model (str | Unset):
        request (LumaGenerationRequest | Unset):
    """

    id: str
    state: LumaGenerationState | str
    created_at: str
    prompt: str | Unset = UNSET
    video: LumaGenerationVideo | None | Unset = UNSET
    liked: None | Unset = UNSET
    estimate_wait_seconds: int | None | Unset = UNSET
    queue_state: None | Unset = UNSET
    batch_id: str | Unset = UNSET
    data: LumaGeneration2Data | Unset = UNSET
    video_raw: LumaGenerationVideoRaw | None | Unset = UNSET
    thumbnail: LumaGenerationThumbnail | None | Unset = UNSET
    last_frame: LumaGenerationLastFrame | None | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    assets: LumaGenerationAssets | None | Unset = UNSET
    model: str | Unset = UNSET
    request: LumaGenerationRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.luma_generation_assets import LumaGenerationAssets  # noqa: PLC0415
        from ..models.luma_generation_last_frame import LumaGenerationLastFrame  # noqa: PLC0415
        from ..models.luma_generation_thumbnail import LumaGenerationThumbnail  # noqa: PLC0415
        from ..models.luma_generation_video import LumaGenerationVideo  # noqa: PLC0415
        from ..models.luma_generation_video_raw import LumaGenerationVideoRaw  # noqa: PLC0415

        id = self.id

        state: str
        if isinstance(self.state, LumaGenerationState):
            state = self.state.value
        else:
            state = self.state

        created_at = self.created_at

        prompt = self.prompt

        video: dict[str, Any] | None | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, LumaGenerationVideo):
            video = self.video.to_dict()
        else:
            video = self.video

        liked = self.liked

        estimate_wait_seconds: int | None | Unset
        if isinstance(self.estimate_wait_seconds, Unset):
            estimate_wait_seconds = UNSET
        else:
            estimate_wait_seconds = self.estimate_wait_seconds

        queue_state = self.queue_state

        batch_id = self.batch_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        video_raw: dict[str, Any] | None | Unset
        if isinstance(self.video_raw, Unset):
            video_raw = UNSET
        elif isinstance(self.video_raw, LumaGenerationVideoRaw):
            video_raw = self.video_raw.to_dict()
        else:
            video_raw = self.video_raw

        thumbnail: dict[str, Any] | None | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        elif isinstance(self.thumbnail, LumaGenerationThumbnail):
            thumbnail = self.thumbnail.to_dict()
        else:
            thumbnail = self.thumbnail

        last_frame: dict[str, Any] | None | Unset
        if isinstance(self.last_frame, Unset):
            last_frame = UNSET
        elif isinstance(self.last_frame, LumaGenerationLastFrame):
            last_frame = self.last_frame.to_dict()
        else:
            last_frame = self.last_frame

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        assets: dict[str, Any] | None | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, LumaGenerationAssets):
            assets = self.assets.to_dict()
        else:
            assets = self.assets

        model = self.model

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
                "created_at": created_at,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if video is not UNSET:
            field_dict["video"] = video
        if liked is not UNSET:
            field_dict["liked"] = liked
        if estimate_wait_seconds is not UNSET:
            field_dict["estimate_wait_seconds"] = estimate_wait_seconds
        if queue_state is not UNSET:
            field_dict["queue_state"] = queue_state
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if data is not UNSET:
            field_dict["data"] = data
        if video_raw is not UNSET:
            field_dict["video_raw"] = video_raw
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if last_frame is not UNSET:
            field_dict["last_frame"] = last_frame
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if assets is not UNSET:
            field_dict["assets"] = assets
        if model is not UNSET:
            field_dict["model"] = model
        if request is not UNSET:
            field_dict["request"] = request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.luma_generation_2_data import LumaGeneration2Data  # noqa: PLC0415
        from ..models.luma_generation_assets import LumaGenerationAssets  # noqa: PLC0415
        from ..models.luma_generation_last_frame import LumaGenerationLastFrame  # noqa: PLC0415
        from ..models.luma_generation_request import LumaGenerationRequest  # noqa: PLC0415
        from ..models.luma_generation_thumbnail import LumaGenerationThumbnail  # noqa: PLC0415
        from ..models.luma_generation_video import LumaGenerationVideo  # noqa: PLC0415
        from ..models.luma_generation_video_raw import LumaGenerationVideoRaw  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_state(data: object) -> LumaGenerationState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = LumaGenerationState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LumaGenerationState | str, data)

        state = _parse_state(d.pop("state"))

        created_at = d.pop("created_at")

        prompt = d.pop("prompt", UNSET)

        def _parse_video(data: object) -> LumaGenerationVideo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = LumaGenerationVideo.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LumaGenerationVideo | None | Unset, data)

        video = _parse_video(d.pop("video", UNSET))

        liked = d.pop("liked", UNSET)

        def _parse_estimate_wait_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimate_wait_seconds = _parse_estimate_wait_seconds(
            d.pop("estimate_wait_seconds", UNSET)
        )

        queue_state = d.pop("queue_state", UNSET)

        batch_id = d.pop("batch_id", UNSET)

        _data = d.pop("data", UNSET)
        data: LumaGeneration2Data | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = LumaGeneration2Data.from_dict(_data)

        def _parse_video_raw(data: object) -> LumaGenerationVideoRaw | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_raw_type_0 = LumaGenerationVideoRaw.from_dict(data)

                return video_raw_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LumaGenerationVideoRaw | None | Unset, data)

        video_raw = _parse_video_raw(d.pop("video_raw", UNSET))

        def _parse_thumbnail(data: object) -> LumaGenerationThumbnail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                thumbnail_type_0 = LumaGenerationThumbnail.from_dict(data)

                return thumbnail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LumaGenerationThumbnail | None | Unset, data)

        thumbnail = _parse_thumbnail(d.pop("thumbnail", UNSET))

        def _parse_last_frame(data: object) -> LumaGenerationLastFrame | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_frame_type_0 = LumaGenerationLastFrame.from_dict(data)

                return last_frame_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LumaGenerationLastFrame | None | Unset, data)

        last_frame = _parse_last_frame(d.pop("last_frame", UNSET))

        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))

        def _parse_assets(data: object) -> LumaGenerationAssets | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assets_type_0 = LumaGenerationAssets.from_dict(data)

                return assets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LumaGenerationAssets | None | Unset, data)

        assets = _parse_assets(d.pop("assets", UNSET))

        model = d.pop("model", UNSET)

        _request = d.pop("request", UNSET)
        request: LumaGenerationRequest | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = LumaGenerationRequest.from_dict(_request)

        luma_generation_2 = cls(
            id=id,
            state=state,
            created_at=created_at,
            prompt=prompt,
            video=video,
            liked=liked,
            estimate_wait_seconds=estimate_wait_seconds,
            queue_state=queue_state,
            batch_id=batch_id,
            data=data,
            video_raw=video_raw,
            thumbnail=thumbnail,
            last_frame=last_frame,
            failure_reason=failure_reason,
            assets=assets,
            model=model,
            request=request,
        )

        luma_generation_2.additional_properties = d
        return luma_generation_2

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
