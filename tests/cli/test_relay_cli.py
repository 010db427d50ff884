"""The command on a relay: `videotask relays`, `--relay` on the task commands, `validate --relay`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.definitions.test_relay_gateway import RELAY
from videotask.cli import EXIT_OK, EXIT_USAGE, main
from videotask.testing import MockGateway


def test_relays_lists_each_shipped_relays_routes(capsys) -> None:
    assert main(["relays"]) == EXIT_OK
    out = capsys.readouterr().out
    # written by hand from relays.md: new-api's own Kling route, the yunwu lineage's MiniMax result call
    assert "  kling              query   (image2video) GET /kling/v1/videos/image2video/{task_id}" in out
    assert "  minimax            result                GET /minimax/v1/files/retrieve?file_id={file_id}" in out
    assert out.index("newapi:") < out.index("yunwu:")


def test_relays_reads_a_relay_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "my-relay.yaml"
    path.write_text(RELAY, encoding="utf-8")
    assert main(["relays", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("my-relay: my-relay\n")
    assert "  seedance           query                 GET /api/v3/contents/generations/tasks/{task_id}" in out


def test_get_asks_the_relays_route(tmp_path: Path, capsys) -> None:
    path = tmp_path / "my-relay.yaml"
    path.write_text(RELAY, encoding="utf-8")
    with MockGateway(relay=path, running_polls=0) as mock:
        args = ["--base-url", mock.base_url, "--api-key", mock.token, "--relay", str(path), "--json"]
        assert main(["get", "luma", "lu-1", *args]) == EXIT_OK
        asked = [seen.path for seen in mock.requests]
    assert asked == ["/luma/v1/generations/lu-1"]
    assert json.loads(capsys.readouterr().out)["task_id"] == "lu-1"


def test_a_family_the_relay_does_not_serve_is_a_usage_error(capsys) -> None:
    code = main(["get", "wan", "t1", "--base-url", "http://127.0.0.1:9", "--api-key", "k", "--relay", "newapi"])
    assert code == EXIT_USAGE
    assert "family 'wan' is not on relay 'newapi'" in capsys.readouterr().err


def test_validate_refuses_a_family_off_the_relay(tmp_path: Path, capsys) -> None:
    body = tmp_path / "a.json"
    body.write_text('{"id": "x", "status": "queued"}', encoding="utf-8")
    assert main(["validate", "--family", "seedance", "--relay", "newapi", str(body)]) == EXIT_USAGE
    assert main(["validate", "--family", "seedance", "--relay", "yunwu", str(body)]) == EXIT_OK


def test_relays_shows_what_a_relays_answers_add_to_a_familys_reading(tmp_path: Path, capsys) -> None:
    path = tmp_path / "words.yaml"
    path.write_text(
        "relay: words\n"
        "families:\n"
        "  kling:\n"
        "    query: GET /kx/v1/videos/text2video/{task_id}\n"
        "    status: {fields: data.phase, values: {in_queue: queued, finished: succeeded}}\n"
        "    fields: {video_url: 'data.output.files[0].url'}\n",
        encoding="utf-8",
    )
    assert main(["relays", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert (
        "  kling              reads                 status data.phase; words in_queue=queued, finished=succeeded; "
        "video_url data.output.files[0].url\n"
    ) in out
