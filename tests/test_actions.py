"""From decisions to action: the to-do list per platform, and Mastodon deletions against a local server."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor import actions, decisions
from auditor.cli import main
from auditor.decisions import Decision
from auditor.frame import PLATFORMS
from auditor.store import Store
from tests.history import POSTS, post_id, scan_into, write_archive


@pytest.fixture
def store(tmp_path: Path):
    """A store with the small archive and three decided posts: delete (two flags), edit, keep."""
    with Store.open(tmp_path / "store.sqlite") as opened:
        scan_into(opened, write_archive(tmp_path / "archive"))
        decisions.record(opened, [
            Decision(post_id("101"), "PART-001", "delete", "old campaign"),
            Decision(post_id("101"), "PART-002", "keep"),
            Decision(post_id("102"), "CONF-001", "edit", "remove the marking"),
            Decision(post_id("103"), "PROF-001", "keep"),
        ])
        yield opened


def test_every_platform_has_both_how_tos() -> None:
    for platform in (*PLATFORMS, "default"):
        assert set(actions.howto().get(platform, actions.howto()["default"])) == {"delete", "edit"}, platform
    assert "--apply" in actions.how("mastodon", "delete")
    assert actions.how("no-such-platform", "edit") == actions.howto()["default"]["edit"]


def test_planned_lists_each_post_once_under_its_strongest_decision(store) -> None:
    planned = actions.planned(store)
    assert [(a.post_id, a.action, a.rules, a.note) for a in planned] == [
        (post_id("101"), "delete", ("PART-001",), "old campaign"),
        (post_id("102"), "edit", ("CONF-001",), "remove the marking"),
    ]
    first = planned[0]
    assert (first.platform, first.created_at, first.url, first.text) == (
        "mastodon", "2024-03-01", "https://mastodon.example/@me/101", POSTS["101"])
    assert first.how == actions.how("mastodon", "delete")


def test_csv_has_a_header_and_one_row_per_post(store) -> None:
    rows = list(csv.DictReader(io.StringIO(actions.to_csv(actions.planned(store)))))
    assert [r["action"] for r in rows] == ["delete", "edit"]
    assert rows[1]["url"] == "https://mastodon.example/@me/102" and rows[1]["rules"] == "CONF-001"


def test_markdown_is_a_checklist_that_escapes_post_text(store, tmp_path: Path) -> None:
    text = actions.to_markdown(actions.planned(store))
    assert text.startswith("# To do: 2 post(s)") and "## mastodon" in text
    assert "- [ ] [2024-03-01](https://mastodon.example/@me/101) " in text
    hostile = actions.Action("delete", "x:1", "blog", "", "2020-01-01", "", "[click](javascript:x) <b>",
                             ("R",), "", "how")
    line = next(x for x in actions.to_markdown([hostile]).splitlines() if x.startswith("- [ ]"))
    assert "\\[click\\]\\(javascript:x\\) \\<b\\>" in line
    odd_url = actions.Action("edit", "x:2", "blog", "", "2020-01-01", "https://b.example/a (b)", "t", ("R",), "", "")
    assert "(https://b.example/a%20%28b%29)" in actions.to_markdown([odd_url])
    assert actions.to_markdown([]).startswith("Nothing to do")


def test_actions_command_formats(store) -> None:
    path = str(store.path)
    md = CliRunner().invoke(main, ["actions", "--store", path])
    assert md.exit_code == 0, md.output
    assert "**Delete** (1)" in md.output and "**Edit** (1)" in md.output
    as_csv = CliRunner().invoke(main, ["actions", "--format", "csv", "--store", path])
    assert as_csv.exit_code == 0 and as_csv.output.splitlines()[0].startswith("action,platform,created_at,url")
    lone = CliRunner().invoke(main, ["actions", "--yes", "--store", path])
    assert lone.exit_code == 2 and "--yes only goes with --apply" in lone.output
