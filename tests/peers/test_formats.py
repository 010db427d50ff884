"""Validation checks the specs' formats: Runway answers a create with `{id}`, a UUID (its API reference), and
an id that is no UUID breaks the spec."""

from __future__ import annotations

from videotask import validate

CREATE = "create_runway_image_to_video"


def test_an_id_that_is_no_uuid_breaks_the_runway_create_answer():
    found = validate("runway", {"id": "vtask-000403-68167c"}, operation=CREATE)
    assert [(v.path, v.message) for v in found] == [("$.id", '"vtask-000403-68167c" is not a "uuid"')]


def test_a_uuid_passes():
    assert validate("runway", {"id": "9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4"}, operation=CREATE) == []
