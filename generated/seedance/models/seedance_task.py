from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seedance_task_status import SeedanceTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seedance_task_content import SeedanceTaskContent
    from ..models.seedance_task_error import SeedanceTaskError
    from ..models.seedance_task_usage import SeedanceTaskUsage


T = TypeVar("T", bound="SeedanceTask")


@_attrs_define
class SeedanceTask:
    """
    Attributes:
        id (str):
        status (SeedanceTaskStatus | str):
        model (str | Unset):
        error (None | SeedanceTaskError | Unset):
        content (SeedanceTaskContent | Unset):
        usage (SeedanceTaskUsage | Unset):
        created_at (int | str | Unset):
        updated_at (int | str | Unset):
        seed (int | Unset):
        resolution (str | Unset):
        ratio (str | Unset):
        duration (int | Unset):
        framespersecond (int | Unset):
        service_tier (str | Unset):
        execution_expires_after (int | Unset):
        generate_audio (bool | Unset):
        draft (bool | Unset):
    """

    id: str
    status: SeedanceTaskStatus | str
    model: str | Unset = UNSET
    error: None | SeedanceTaskError | Unset = UNSET
    content: SeedanceTaskContent | Unset = UNSET
    usage: SeedanceTaskUsage | Unset = UNSET
    created_at: int | str | Unset = UNSET
    updated_at: int | str | Unset = UNSET
    seed: int | Unset = UNSET
    resolution: str | Unset = UNSET
    ratio: str | Unset = UNSET
    duration: int | Unset = UNSET
    framespersecond: int | Unset = UNSET
    service_tier: str | Unset = UNSET
    execution_expires_after: int | Unset = UNSET
    generate_audio: bool | Unset = UNSET
    draft: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.seedance_task_error import SeedanceTaskError  # noqa: PLC0415

        id = self.id

        status: str
        if isinstance(self.status, SeedanceTaskStatus):
            status = self.status.value
        else:
            status = self.status

        model = self.model

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, SeedanceTaskError):
            error = self.error.to_dict()
        else:
            error = self.error

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        seed = self.seed

        resolution = self.resolution

        ratio = self.ratio

        duration = self.duration

        framespersecond = self.framespersecond

        service_tier = self.service_tier

        execution_expires_after = self.execution_expires_after

        generate_audio = self.generate_audio

        draft = self.draft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if error is not UNSET:
            field_dict["error"] = error
        if content is not UNSET:
            field_dict["content"] = content
        if usage is not UNSET:
            field_dict["usage"] = usage
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if seed is not UNSET:
            field_dict["seed"] = seed
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if framespersecond is not UNSET:
            field_dict["framespersecond"] = framespersecond
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if execution_expires_after is not UNSET:
            field_dict["execution_expires_after"] = execution_expires_after
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if draft is not UNSET:
            field_dict["draft"] = draft

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.seedance_task_content import SeedanceTaskContent  # noqa: PLC0415
        from ..models.seedance_task_error import SeedanceTaskError  # noqa: PLC0415
        from ..models.seedance_task_usage import SeedanceTaskUsage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> SeedanceTaskStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SeedanceTaskStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SeedanceTaskStatus | str, data)

        status = _parse_status(d.pop("status"))

        model = d.pop("model", UNSET)

        def _parse_error(data: object) -> None | SeedanceTaskError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = SeedanceTaskError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeedanceTaskError | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _content = d.pop("content", UNSET)
        content: SeedanceTaskContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = SeedanceTaskContent.from_dict(_content)

        _usage = d.pop("usage", UNSET)
        usage: SeedanceTaskUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = SeedanceTaskUsage.from_dict(_usage)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        seed = d.pop("seed", UNSET)

        resolution = d.pop("resolution", UNSET)

        ratio = d.pop("ratio", UNSET)

        duration = d.pop("duration", UNSET)

        framespersecond = d.pop("framespersecond", UNSET)

        service_tier = d.pop("service_tier", UNSET)

        execution_expires_after = d.pop("execution_expires_after", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        draft = d.pop("draft", UNSET)

        seedance_task = cls(
            id=id,
            status=status,
            model=model,
            error=error,
            content=content,
            usage=usage,
            created_at=created_at,
            updated_at=updated_at,
            seed=seed,
            resolution=resolution,
            ratio=ratio,
            duration=duration,
            framespersecond=framespersecond,
            service_tier=service_tier,
            execution_expires_after=execution_expires_after,
            generate_audio=generate_audio,
            draft=draft,
        )

        seedance_task.additional_properties = d
        return seedance_task

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
