from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_task_response_status import ViduTaskResponseStatus
from ..models.vidu_task_status import ViduTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vidu_task_response_creations_item import ViduTaskResponseCreationsItem
    from ..models.vidu_task_response_detail import ViduTaskResponseDetail


T = TypeVar("T", bound="ViduTaskResponse")


@_attrs_define
class ViduTaskResponse:
    """
    Attributes:
        id (str):
        status (str | Unset | ViduTaskResponseStatus):
        video_url (None | str | Unset):
        enhanced_prompt (str | Unset):
        status_update_time (int | Unset):
        mode (str | Unset):
        type_ (str | Unset):
        error (str | Unset):
        model (str | Unset):
        ratio (str | Unset):
        prompt (str | Unset):
        post_id (str | Unset):
        asset_id (str | Unset):
        progress (int | Unset):
        trace_id (str | Unset):
        upscaled (bool | Unset):
        video_id (str | Unset):
        completed_at (int | Unset):
        thumbnail_url (str | Unset):
        video_file_id (str | Unset):
        thumbnail_file_id (str | Unset):
        upscale_on_complete (bool | Unset):
        detail (ViduTaskResponseDetail | Unset):
        state (str | Unset | ViduTaskStatus):
        err_code (str | Unset):
        credits_ (int | Unset):
        payload (str | Unset):
        bgm (bool | Unset):
        off_peak (bool | Unset):
        creations (list[ViduTaskResponseCreationsItem] | Unset):
    """

    id: str
    status: str | Unset | ViduTaskResponseStatus = UNSET
    video_url: None | str | Unset = UNSET
    enhanced_prompt: str | Unset = UNSET
    status_update_time: int | Unset = UNSET
    mode: str | Unset = UNSET
    type_: str | Unset = UNSET
    error: str | Unset = UNSET
    model: str | Unset = UNSET
    ratio: str | Unset = UNSET
    prompt: str | Unset = UNSET
    post_id: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    progress: int | Unset = UNSET
    trace_id: str | Unset = UNSET
    upscaled: bool | Unset = UNSET
    video_id: str | Unset = UNSET
    completed_at: int | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    video_file_id: str | Unset = UNSET
    thumbnail_file_id: str | Unset = UNSET
    upscale_on_complete: bool | Unset = UNSET
    detail: ViduTaskResponseDetail | Unset = UNSET
    state: str | Unset | ViduTaskStatus = UNSET
    err_code: str | Unset = UNSET
    credits_: int | Unset = UNSET
    payload: str | Unset = UNSET
    bgm: bool | Unset = UNSET
    off_peak: bool | Unset = UNSET
    creations: list[ViduTaskResponseCreationsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ViduTaskResponseStatus):
            status = self.status.value
        else:
            status = self.status

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        enhanced_prompt = self.enhanced_prompt

        status_update_time = self.status_update_time

        mode = self.mode

        type_ = self.type_

        error = self.error

        model = self.model

        ratio = self.ratio

        prompt = self.prompt

        post_id = self.post_id

        asset_id = self.asset_id

        progress = self.progress

        trace_id = self.trace_id

        upscaled = self.upscaled

        video_id = self.video_id

        completed_at = self.completed_at

        thumbnail_url = self.thumbnail_url

        video_file_id = self.video_file_id

        thumbnail_file_id = self.thumbnail_file_id

        upscale_on_complete = self.upscale_on_complete

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ViduTaskStatus):
            state = self.state.value
        else:
            state = self.state

        err_code = self.err_code

        credits_ = self.credits_

        payload = self.payload

        bgm = self.bgm

        off_peak = self.off_peak

        creations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.creations, Unset):
            creations = []
            for creations_item_data in self.creations:
                creations_item = creations_item_data.to_dict()
                creations.append(creations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if enhanced_prompt is not UNSET:
            field_dict["enhanced_prompt"] = enhanced_prompt
        if status_update_time is not UNSET:
            field_dict["status_update_time"] = status_update_time
        if mode is not UNSET:
            field_dict["mode"] = mode
        if type_ is not UNSET:
            field_dict["type"] = type_
        if error is not UNSET:
            field_dict["error"] = error
        if model is not UNSET:
            field_dict["model"] = model
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if post_id is not UNSET:
            field_dict["post_id"] = post_id
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if progress is not UNSET:
            field_dict["progress"] = progress
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if upscaled is not UNSET:
            field_dict["upscaled"] = upscaled
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if video_file_id is not UNSET:
            field_dict["video_file_id"] = video_file_id
        if thumbnail_file_id is not UNSET:
            field_dict["thumbnail_file_id"] = thumbnail_file_id
        if upscale_on_complete is not UNSET:
            field_dict["upscale_on_complete"] = upscale_on_complete
        if detail is not UNSET:
            field_dict["detail"] = detail
        if state is not UNSET:
            field_dict["state"] = state
        if err_code is not UNSET:
            field_dict["err_code"] = err_code
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if payload is not UNSET:
            field_dict["payload"] = payload
        if bgm is not UNSET:
            field_dict["bgm"] = bgm
        if off_peak is not UNSET:
            field_dict["off_peak"] = off_peak
        if creations is not UNSET:
            field_dict["creations"] = creations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vidu_task_response_creations_item import (
            ViduTaskResponseCreationsItem,  # noqa: PLC0415
        )
        from ..models.vidu_task_response_detail import ViduTaskResponseDetail  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> str | Unset | ViduTaskResponseStatus:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ViduTaskResponseStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | ViduTaskResponseStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        enhanced_prompt = d.pop("enhanced_prompt", UNSET)

        status_update_time = d.pop("status_update_time", UNSET)

        mode = d.pop("mode", UNSET)

        type_ = d.pop("type", UNSET)

        error = d.pop("error", UNSET)

        model = d.pop("model", UNSET)

        ratio = d.pop("ratio", UNSET)

        prompt = d.pop("prompt", UNSET)

        post_id = d.pop("post_id", UNSET)

        asset_id = d.pop("asset_id", UNSET)

        progress = d.pop("progress", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        upscaled = d.pop("upscaled", UNSET)

        video_id = d.pop("video_id", UNSET)

        completed_at = d.pop("completed_at", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        video_file_id = d.pop("video_file_id", UNSET)

        thumbnail_file_id = d.pop("thumbnail_file_id", UNSET)

        upscale_on_complete = d.pop("upscale_on_complete", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: ViduTaskResponseDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = ViduTaskResponseDetail.from_dict(_detail)

        def _parse_state(data: object) -> str | Unset | ViduTaskStatus:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ViduTaskStatus(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | ViduTaskStatus, data)

        state = _parse_state(d.pop("state", UNSET))

        err_code = d.pop("err_code", UNSET)

        credits_ = d.pop("credits", UNSET)

        payload = d.pop("payload", UNSET)

        bgm = d.pop("bgm", UNSET)

        off_peak = d.pop("off_peak", UNSET)

        _creations = d.pop("creations", UNSET)
        creations: list[ViduTaskResponseCreationsItem] | Unset = UNSET
        if _creations is not UNSET:
            creations = []
            for creations_item_data in _creations:
                creations_item = ViduTaskResponseCreationsItem.from_dict(
                    creations_item_data
                )

                creations.append(creations_item)

        vidu_task_response = cls(
            id=id,
            status=status,
            video_url=video_url,
            enhanced_prompt=enhanced_prompt,
            status_update_time=status_update_time,
            mode=mode,
            type_=type_,
            error=error,
            model=model,
            ratio=ratio,
            prompt=prompt,
            post_id=post_id,
            asset_id=asset_id,
            progress=progress,
            trace_id=trace_id,
            upscaled=upscaled,
            video_id=video_id,
            completed_at=completed_at,
            thumbnail_url=thumbnail_url,
            video_file_id=video_file_id,
            thumbnail_file_id=thumbnail_file_id,
            upscale_on_complete=upscale_on_complete,
            detail=detail,
            state=state,
            err_code=err_code,
            credits_=credits_,
            payload=payload,
            bgm=bgm,
            off_peak=off_peak,
            creations=creations,
        )

        vidu_task_response.additional_properties = d
        return vidu_task_response

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
