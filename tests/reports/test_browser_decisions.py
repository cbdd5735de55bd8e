"""Decisions in a real browser: mark two posts, reload, download the decisions file, record it with the CLI."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from importlib.util import find_spec
from pathlib import Path

import pytest
from click.testing import CliRunner

from reports import html
from tests.reports import factory

pytestmark = pytest.mark.browser
HAS_REVIEW_IMPORT = find_spec("auditor.commands.review") is not None
NOTE = "Campaign post from 2021: delete it."


def _open(browser, audit, tmp_path: Path) -> Iterator[object]:
    """`audit`'s report open in a fresh context that accepts downloads; fails on any console error or request."""
    path = html.render(audit, tmp_path / "report.html")
    ctx = browser.new_context(accept_downloads=True)
    opened = ctx.new_page()
    errors: list[str] = []
    requests: list[str] = []
    opened.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.on("request", lambda request: requests.append(request.url))
    opened.goto(path.as_uri())
    yield opened
    assert errors == []
    assert {url for url in requests if not url.startswith("blob:")} == {path.as_uri()}, "no request but the page"
    ctx.close()


@pytest.fixture
def page(browser, tmp_path: Path) -> Iterator[object]:
    yield from _open(browser, factory.sample(), tmp_path)


@pytest.fixture
def reaudit_page(browser, tmp_path: Path) -> Iterator[object]:
    yield from _open(browser, factory.reviewed(), tmp_path)


def visible(page) -> list[str]:
    return page.eval_on_selector_all("article.post:not([hidden])", "els => els.map(e => e.id)")


def counter(page) -> str:
    return page.text_content("#decided-count")


def mark_two_posts(page) -> None:
    """p1 'delete' with a note by mouse; p2 'not a problem' with the keyboard alone (arrows move the choice)."""
    page.check("#p1-d-delete")
    page.fill("#p1-note", NOTE)
    page.focus("#p2-d-keep")
    page.keyboard.press("Space")
    for _ in range(3):
        page.keyboard.press("ArrowRight")


def download(page, folder: Path) -> Path:
    """Click the download button and save what the browser downloads."""
    with page.expect_download() as caught:
        page.click("#download-decisions")
    got = caught.value
    assert re.fullmatch(r"auditor-decisions-\d{4}-\d{2}-\d{2}\.json", got.suggested_filename), got.suggested_filename
    target = folder / got.suggested_filename
    got.save_as(target)
    return target


def test_controls_show_with_javascript_and_decisions_persist_across_a_reload(page) -> None:
    assert page.is_visible("#decisions") and page.is_visible("#p1-decide")
    assert counter(page) == "0 of 3 listed posts decided on this page."
    assert page.is_disabled("#download-decisions")
    mark_two_posts(page)
    assert page.is_checked("#p2-d-not_a_problem")
    assert counter(page) == "2 of 3 listed posts decided on this page."
    page.reload()
    assert page.is_checked("#p1-d-delete") and page.input_value("#p1-note") == NOTE
    assert page.is_checked("#p2-d-not_a_problem") and not page.is_checked("#p3-d-keep")
    assert counter(page) == "2 of 3 listed posts decided on this page."
    page.click("#lang-toggle")
    assert counter(page) == "2 publications décidées sur 3 dans cette page."


def test_search_ignores_the_decision_controls_labels(page) -> None:
    page.fill("#f-q", "false positive")
    assert visible(page) == []
    page.fill("#f-q", "boss")
    assert visible(page) == ["p2"]


def test_clearing_a_decision_goes_back_to_what_the_store_says(reaudit_page) -> None:
    page = reaudit_page  # p3: the reviewed post, listed after the two still to review
    assert page.get_attribute("#p3", "data-post-id") == "mastodon:1"
    assert page.is_checked("#p3-d-keep"), "a reviewed post's stored decision is pre-selected"
    page.check("#p3-d-edit")
    assert counter(page) == "1 of 3 listed posts decided on this page."
    page.click("#p3-decide button.clear")
    assert page.is_checked("#p3-d-keep") and not page.is_checked("#p3-d-edit")
    assert page.input_value("#p3-note") == "Volunteer work <before> I joined."
    assert counter(page) == "0 of 3 listed posts decided on this page."


def test_review_and_new_only_filters_and_the_fragment(reaudit_page) -> None:
    page = reaudit_page  # p1 twitter:2 (new), p2 facebook:3 (asked again), then p3 mastodon:1 (reviewed)
    page.select_option("#f-review", "todo")
    assert visible(page) == ["p1", "p2"]
    page.check("#p1-d-edit")
    page.select_option("#f-review", "done")
    assert visible(page) == ["p1", "p3"], "a post decided on this page counts as reviewed once the filter re-runs"
    page.select_option("#f-review", "todo")
    assert visible(page) == ["p2"]
    page.select_option("#f-review", "")
    assert visible(page) == ["p2", "p1", "p3"], "and sinks below those still to review"
    page.check("#f-new")
    assert visible(page) == ["p1"]
    assert "new=1" in page.url
    page.reload()
    assert page.is_checked("#f-new") and visible(page) == ["p1"]


def test_the_downloaded_file_has_one_entry_per_flag_of_each_decided_post(page, tmp_path: Path) -> None:
    mark_two_posts(page)
    page.reload()
    document = json.loads(download(page, tmp_path).read_text(encoding="utf-8"))
    assert set(document) == {"format", "version", "report", "decisions"}
    assert (document["format"], document["version"], document["report"]) == ("auditor-decisions", 1, "2026.11-test")
    entries = sorted(document["decisions"], key=lambda e: e["flag_id"])
    assert [(e["flag_id"], e["post_id"], e["rule_id"], e["decision"], e["note"]) for e in entries] == [
        ("mastodon:1/PART-001", "mastodon:1", "PART-001", "delete", NOTE),
        ("twitter:2/CONF-001", "twitter:2", "CONF-001", "not_a_problem", ""),
        ("twitter:2/EMPL-002", "twitter:2", "EMPL-002", "not_a_problem", ""),
    ]
    for entry in entries:
        assert set(entry) == {"flag_id", "post_id", "rule_id", "decision", "note", "decided_at"}
        assert entry["decided_at"].endswith("Z")
        when = datetime.fromisoformat(entry["decided_at"].replace("Z", "+00:00"))
        assert abs(datetime.now(UTC) - when) < timedelta(minutes=5)


@pytest.mark.skipif(not HAS_REVIEW_IMPORT, reason="auditor review import not yet available")
def test_review_import_records_the_downloaded_decisions(page, tmp_path: Path) -> None:
    from auditor.cli import main
    from auditor.core.frame import COLUMNS
    from auditor.review import decisions
    from auditor.store.database import Store

    mark_two_posts(page)
    file = download(page, tmp_path)
    store_path = tmp_path / "store.db"
    with Store.open(store_path) as store:
        store.upsert(factory.sample().posts[list(COLUMNS)])
    result = CliRunner().invoke(main, ["review", "import", str(file), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "3 decision(s) read, 3 recorded" in result.output
    with Store.open(store_path) as store:
        stored = decisions.load(store)
    assert {flag: (d.decision, d.note, d.ruleset_version) for flag, d in stored.items()} == {
        "mastodon:1/PART-001": ("delete", NOTE, "2026.11-test"),
        "twitter:2/CONF-001": ("not_a_problem", "", "2026.11-test"),
        "twitter:2/EMPL-002": ("not_a_problem", "", "2026.11-test"),
    }


def test_axe_finds_no_serious_violation_with_decisions_shown(browser, tmp_path: Path) -> None:
    from tests.reports.test_browser import AXE

    if not AXE.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{AXE} is missing: run npm ci")
        pytest.skip(f"{AXE} is missing: run `npm ci` for the accessibility check")
    path = html.render(factory.reviewed(), tmp_path / "r.html")
    ctx = browser.new_context(bypass_csp=True)  # only so the injected axe script may run
    page = ctx.new_page()
    page.goto(path.as_uri())
    page.check("#p2-d-delete")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    ctx.close()
    bad = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
           if v["impact"] in ("serious", "critical")]
    assert bad == [], json.dumps(bad, indent=1)


def test_decision_words_follow_the_language_toggle(browser, tmp_path: Path) -> None:
    path = html.render(factory.reviewed(), tmp_path / "fr.html", lang="fr")
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(path.as_uri())
    server = page.text_content("main")
    page.click("#lang-toggle")
    assert "Your decision: Keep (ready to explain)" in page.text_content("#p3 .review-state")
    assert "since you decided (Delete)" in page.text_content("#p2 .ask-again")
    lead = " ".join(page.text_content("#new-since").split())
    assert lead == "Since your last audit (Oct 1, 2026): 2 new posts and 0 changed, 1 of them flagged now"
    page.click("#lang-toggle")
    assert page.text_content("main") == server, "toggling away and back gives the server's French text"
    ctx.close()
