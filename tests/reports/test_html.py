"""The HTML report's structure, parsed: order, summary, skips, marks, escaping, CSP and no remote resource."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

import reports
from reports import html
from reports.i18n import strings
from tests.reports import factory
from tests.reports.htmltree import Node, parse


@pytest.fixture(scope="module")
def page() -> Node:
    return parse(html.to_html(factory.sample()))


@pytest.fixture(scope="module")
def hostile_markup() -> str:
    return html.to_html(factory.hostile())


def articles(doc: Node) -> list[Node]:
    return doc.find_all("article", cls="post")


def post_of(doc: Node, post_id: str) -> Node:
    return doc.find("article", cls="post", data_post_id=post_id)


def test_posts_are_listed_highest_risk_first_and_unflagged_posts_are_not(page: Node) -> None:
    risks = [int(a.attrs["data-risk"]) for a in articles(page)]
    assert risks == [88, 61, 22]
    assert not any("hidden" in a.attrs for a in articles(page)), "without JS every post shows"


def test_every_post_shows_band_as_text_categories_date_platform_kind_visibility_and_reach(page: Node) -> None:
    first = articles(page)[0]
    heading = first.find("h3").text()
    assert "High" in heading and "Risk 88 of 100" in heading and "Mastodon" in heading and "Mar 4, 2021" in heading
    facts = first.find("dl", cls="facts").text()
    for expected in ("Partisan political activity", "Post", "Public", "3", "likes"):
        assert expected in facts
    assert first.find("time").attrs["datetime"] == "2021-03-04T12:00:00Z"
    second = articles(page)[1]
    assert "not in the export" in second.find("dl", cls="facts").text()  # likes were NA


def test_summary_counts_bands_and_posts(page: Node) -> None:
    totals = {d.find("dt").text(): d.find("dd").text() for d in page.find("dl", cls="totals").find_all("div")}
    assert totals == {"Posts read": "4", "Posts flagged": "3", "Entries skipped": "3"}  # merged: under About
    assert page.find("dl", cls="totals").find("a").attrs["href"] == "#skipped"
    assert "Duplicates merged" not in parse(html.to_html(factory.audit([], []))).find("dl", cls="totals").text()
    bands = {li.find("span", cls="badge").text(): li.find("span", cls="n").text() for li in
             page.find("ul", cls="bands").find_all("li")}
    assert bands == {"High": "1", "Medium": "1", "Low": "1", "Not flagged": "1"}


def test_coverage_has_a_row_per_platform_with_counts_dates_and_skips(page: Node) -> None:
    rows = page.find("table", cls="coverage").find("tbody").find_all("tr")
    cells = {r.find("th").text(): [td.text() for td in r.find_all("td")] for r in rows}
    assert cells["Mastodon"][0] == "2"
    assert (cells["Mastodon"][2], cells["Mastodon"][3]) == ("Mar 4, 2021", "May 5, 2022")
    assert cells["X / Twitter"][4] == "2" and cells["Facebook"][4] == "1"


def test_skipped_entries_are_grouped_by_reason_with_counts_and_details(page: Node) -> None:
    groups = page.find("ul", cls="skips").find_all("li", cls="skip-group")
    summary = [(g.find("span", cls="reason").text(), g.find("span", cls="n").text()) for g in groups]
    assert summary == [("not valid JSON", "2"), ("empty file", "1")]
    assert [c.text() for c in groups[0].find_all("code")] == ["tweets.js#12", "tweets.js#40"]
    assert groups[0].find("details")


def test_evidence_spans_are_marked_in_the_field_they_point_into(page: Node) -> None:
    first, second, third = articles(page)
    assert [m.text() for m in first.find_all("mark")] == ["Vote for the Party", "#Campaign2021"]
    assert [m.text() for m in second.find_all("mark")] == ["My boss", "internal only"]
    assert [m.text() for m in third.find("p", cls="text").find_all("mark")] == ["idiots"]
    assert third.find("p", cls="text").attrs["dir"] == "auto"


def test_reasons_guidance_score_changes_and_advice_are_shown(page: Node) -> None:
    second = articles(page)[1]
    reasons = second.find("ul", cls="reasons")
    assert "The post matches CONF-001." in reasons.text() and "The post matches EMPL-002." in reasons.text()
    assert reasons.find("a").attrs["href"] == factory.GUIDANCE
    changes = " ".join(second.find("ul", cls="changes").text().split())  # a flag's change names its rule
    assert "−5 reply (for EMPL-002): A reply reaches fewer people." in changes
    first = " ".join(articles(page)[0].text().split())
    assert "+10 Public-facing role (for the post's risk): You are a spokesperson." in first
    todo = second.find("details", cls="todo")
    # most serious category first: official information (high severity) before criticism of the employer (medium)
    assert [a.attrs["href"] for a in todo.find_all("a")] == ["#advice-confidential", "#advice-employer"]
    assert page.find("section", id="advice-employer").find("dl")


def test_only_http_links_become_links(page: Node) -> None:
    first, second, _ = articles(page)
    assert first.find("a", cls="original").attrs["href"] == "https://example.social/@me/1"
    assert not second.find_all("a", cls="original"), "a javascript: URL must not become a link"
    assert "no web link to the original" in second.text()


def test_charts_are_inline_svg_with_a_table_of_the_same_numbers(page: Node) -> None:
    timeline = page.find("svg", id="chart-timeline")
    assert timeline.attrs["role"] == "img"
    titles = [t.text() for t in timeline.find_all("title")]
    assert "2021, High: 1" in titles and "2022, Not flagged: 1" in titles
    bars = page.find("svg", id="chart-categories").find_all("rect", cls="bar")
    assert len(bars) == 4
    assert page.find_all("table", cls="data")


def test_csp_allows_only_the_inline_script_and_style_by_hash(page: Node) -> None:
    csp = page.find("meta", http_equiv="Content-Security-Policy").attrs["content"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'" and directives["img-src"] == "data:"
    scripts = [s for s in page.find_all("script") if s.attrs.get("type") != "application/json"]
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].text().encode()).digest()).decode()
    assert directives["script-src"] == f"'sha256-{digest}'"
    style = page.find("style").text()
    assert directives["style-src"] == f"'sha256-{base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()}'"
    assert "unsafe" not in csp


@pytest.mark.parametrize("audit", [factory.sample(), factory.hostile()], ids=["sample", "hostile"])
def test_no_remote_resource_only_post_and_guidance_links(audit) -> None:
    doc = parse(html.to_html(audit))
    allowed = set(audit.posts["url"].dropna()) | set(audit.flags["guidance_url"].dropna().str.strip())
    allowed |= {value for key, value in strings("en").items() if key.endswith(".url")}  # the report's own guidance
    for node in doc.iter():
        if "src" in node.attrs:
            raise AssertionError(f"<{node.tag} src=…> in the report")
        href = node.attrs.get("href")
        if href is None or href.startswith("#") or (node.tag == "link" and href == "data:,"):
            continue
        assert node.tag == "a" and href.startswith(("http://", "https://")) and href in allowed, (node.tag, href)
    assert not doc.find_all("link", rel="stylesheet") and not doc.find_all("iframe")


def test_hostile_text_is_escaped_and_cannot_add_elements_or_handlers(hostile_markup: str) -> None:
    doc = parse(hostile_markup)
    assert len(doc.find_all("script")) == 2  # the i18n data block and the report's own script
    assert not doc.find_all("img") and not doc.find_all("b") and not doc.find_all("i")
    assert len(doc.find_all("style")) == 1 and len(doc.find("head").find_all("title")) == 1
    svgs = doc.find_all("svg")
    assert {s.attrs.get("id") for s in svgs} == {"chart-timeline", "chart-categories"}
    for node in doc.iter():
        assert not any(name.startswith("on") for name in node.attrs), (node.tag, node.attrs)
        for value in node.attrs.values():
            assert "javascript:" not in (value or "").lower() or node.tag not in ("a", "link", "form", "iframe")
    first = articles(doc)[0]
    assert "<script>window.__pwned = 1</script>" in first.find("p", cls="text").text()
    assert "{{ 7*7 }}" in first.text()
    assert 'onclick="window.__pwned=8' in articles(doc)[1].attrs["data-cats"]  # one attribute value, quoted


def test_bidi_overrides_and_control_characters_are_shown_not_obeyed(hostile_markup: str) -> None:
    for char in ("\u202e", "\u202c", "\u2066", "\u2069", "\x07"):
        assert char not in hostile_markup
    tokens = [s.text() for s in parse(hostile_markup).find_all("span", cls="ctl")]
    for code in ("U+202E", "U+202C", "U+0007", "U+2066", "U+2069"):
        assert f"[{code}]" in tokens
    skips = parse(hostile_markup).find("ul", cls="skips")
    assert "<script>window.__pwned=14</script>" in skips.text()


def test_marks_survive_hostile_text_and_hidden_characters(hostile_markup: str) -> None:
    marks = [m.text() for m in articles(parse(hostile_markup))[0].find_all("mark")]
    assert marks == [factory.HOSTILE_TEXT[:33], "Transfer"]


def test_over_the_cap_high_and_medium_are_listed_and_the_rest_counted_and_said() -> None:
    doc = parse(html.to_html(factory.sample(), max_rows=2))
    assert [a.attrs["data-band"] for a in articles(doc)] == ["high", "medium"]
    notice = doc.find("p", id="cap-notice").text()
    assert "lists 2 posts in full" in notice and "1 lower-risk" in notice and "CSV" in notice
    summary = doc.find("section", id="low-summary")
    assert "Vulgar or unprofessional language" in summary.text() and "2016" in summary.text()


def test_without_javascript_filters_and_toggle_stay_hidden(page: Node) -> None:
    assert "hidden" in page.find("form", id="filters").attrs
    assert "hidden" in page.find("button", id="lang-toggle").attrs


def test_landmarks_headings_and_labels(page: Node) -> None:
    assert page.find("html").attrs["lang"] == "en"
    for tag in ("header", "nav", "main", "footer"):
        assert len(page.find_all(tag)) == 1
    assert len(page.find_all("h1")) == 1
    labelled = {n.attrs["for"] for n in page.find_all("label") if "for" in n.attrs}
    for control in page.find("form", id="filters").find_all("select") + page.find_all("input", type="search"):
        assert control.attrs["id"] in labelled
    assert page.find("a", cls="skip").attrs["href"] == "#posts"


def test_french_interface_dates_and_numbers() -> None:
    audit = factory.sample()
    doc = parse(html.to_html(audit, lang="fr"))
    assert doc.find("html").attrs["lang"] == "fr"
    assert doc.find("h1").text().startswith("Votre historique")
    first = articles(doc)[0]
    assert "Élevé" in first.find("h3").text() and "4 mars 2021" in first.find("h3").text()
    assert doc.find("button", id="lang-toggle").text() == "English"
    big = factory.audit([factory.post(f"mastodon:{i}", "x", 0, "none", []) for i in range(1234)], [])
    totals = parse(html.to_html(big, lang="fr")).find("dl", cls="totals").text()
    assert "1\u00a0234" in totals


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="en, fr"):
        html.to_html(factory.sample(), lang="de")


def test_an_audit_with_nothing_renders() -> None:
    doc = parse(html.to_html(factory.audit([], [])))
    assert not articles(doc)
    assert "No post was flagged." in doc.find("section", id="posts").text()
    assert "Every entry was read." in doc.text()


def test_file_is_owner_only_and_replaced_in_one_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.html"
    assert html.render(factory.sample(), target) == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    before = target.read_bytes()

    def fail(*_args) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        html.render(factory.hostile(), target)
    assert target.read_bytes() == before, "a failed render leaves the earlier report whole"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"], "and no temporary file behind"


def test_render_dispatches_by_format_beside_out(tmp_path: Path) -> None:
    paths = reports.render(factory.sample(), tmp_path / "audit.html", formats=("html", "csv", "json"), lang="fr")
    assert [p.name for p in paths] == ["audit.html", "audit.csv", "audit.json"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in paths)
    assert 'lang="fr"' in paths[0].read_text()
    with pytest.raises(ValueError, match="unknown report format"):
        reports.render(factory.sample(), tmp_path / "x.html", formats=("pdf",))


@pytest.fixture(scope="module")
def reviewed_page() -> Node:
    return parse(html.to_html(factory.reviewed()))


def test_a_reviewed_post_shows_its_decision_in_words_and_preselects_it(reviewed_page: Node) -> None:
    first = post_of(reviewed_page, "mastodon:1")
    assert first.attrs["data-reviewed"] == "1"
    assert "Reviewed" in first.find("h3").text()
    state = first.find("div", cls="review-state").text()
    assert "Your decision: Keep (ready to explain)" in state and "Volunteer work <before> I joined." in state
    checked = [i.attrs["value"] for i in first.find("fieldset", cls="decide").find_all("input") if "checked" in i.attrs]
    assert checked == ["keep"]
    assert first.find("textarea").text() == "Volunteer work <before> I joined."


def test_a_decision_whose_rule_changed_is_asked_again_not_preselected(reviewed_page: Node) -> None:
    third = post_of(reviewed_page, "facebook:3")
    assert third.attrs["data-reviewed"] == "0"
    assert third.find("p", cls="ask-again").text() == (
        "Asked again: the rule that flagged this post, or the post itself, changed since you decided (Delete).")
    assert not [i for i in third.find("fieldset", cls="decide").find_all("input") if "checked" in i.attrs]


def test_band_and_to_review_counts_leave_reviewed_posts_out(reviewed_page: Node) -> None:
    totals = {d.find("dt").text(): d.find("dd").text() for d in reviewed_page.find("dl", cls="totals").find_all("div")}
    assert totals == {"Posts read": "4", "Posts flagged": "3", "To review": "2", "Decided": "1",
                      "Entries skipped": "3"}  # flagged = to review + decided (auditor.core.counts)
    bands = {li.find("span", cls="badge").text(): li.find("span", cls="n").text() for li in
             reviewed_page.find("ul", cls="bands").find_all("li")}
    assert bands == {"High": "0", "Medium": "1", "Low": "1", "Not flagged": "1"}
    assert "reviewed ones left out" in reviewed_page.find("section", id="summary").find_all("h3")[0].text()


def test_the_summary_leads_with_what_is_new_since_the_last_audit(reviewed_page: Node) -> None:
    summary = reviewed_page.find("section", id="summary")
    lead = [n for n in summary.children if isinstance(n, Node)][1]
    assert lead.attrs.get("id") == "new-since"
    assert " ".join(lead.text().split()) == ("Since your last audit (Oct 1, 2026): 2 new posts and 0 changed, 1 of "
                                             "them flagged now")
    assert lead.find("time").attrs["datetime"] == "2026-10-01T08:00:00Z"
    second = post_of(reviewed_page, "twitter:2")
    assert second.attrs["data-new"] == "1" and "New" in second.find("span", cls="tag-new").text()
    fr = parse(html.to_html(factory.reviewed(), lang="fr")).find("p", id="new-since").text()
    assert "Depuis votre dernier audit (1 oct. 2026)" in " ".join(fr.split())


def test_review_and_new_filters_only_when_the_audit_has_those_columns(reviewed_page: Node, page: Node) -> None:
    options = [o.attrs["value"] for o in reviewed_page.find("select", id="f-review").find_all("option")]
    assert options == ["", "todo", "done"]
    assert reviewed_page.find("input", id="f-new").attrs["type"] == "checkbox"
    assert not page.find_all("select", id="f-review") and not page.find_all("input", id="f-new")
    assert not page.find_all("p", id="new-since") and not page.find_all("div", cls="review-state")
    totals = [d.find("dt").text() for d in page.find("dl", cls="totals").find_all("div")]
    assert totals == ["Posts read", "Posts flagged", "Entries skipped"]


def test_decision_controls_are_labelled_radios_and_a_note_hidden_until_the_script_runs(page: Node) -> None:
    for article in articles(page):
        fieldset = article.find("fieldset", cls="decide")
        assert "hidden" in fieldset.attrs and fieldset.find("legend").text() == "Your decision on this post"
        radios = fieldset.find_all("input", type="radio")
        assert [r.attrs["value"] for r in radios] == ["keep", "delete", "edit", "not_a_problem"]
        assert len({r.attrs["name"] for r in radios}) == 1
        for control in [*radios, fieldset.find("textarea")]:
            assert fieldset.find("label", **{"for": control.attrs["id"]}).text().strip()
    flags = [(li.attrs["data-flag-id"], li.attrs["data-rule-id"]) for li in
             articles(page)[1].find("ul", cls="reasons").find_all("li") if "data-flag-id" in li.attrs]
    assert flags == [("twitter:2/CONF-001", "CONF-001"), ("twitter:2/EMPL-002", "EMPL-002")]
    box = page.find("section", id="decisions")
    assert "hidden" in box.attrs and box.attrs["data-report"] == "2026.11-test"
    assert box.attrs["data-report-id"] == "2026.11-test@2026-11-22T09:30:00Z"


def test_a_change_column_from_the_reaudit_marks_posts_new_in_the_page_and_exports(tmp_path: Path) -> None:
    audit = factory.sample()
    audit.posts["change"] = ["new" if p == "twitter:2" else "changed" if p == "facebook:3" else ""
                             for p in audit.posts["post_id"]]
    doc = parse(html.to_html(audit))
    assert [a.attrs["data-new"] for a in articles(doc)] == ["0", "1", "1"]
    exported = json.loads(reports.render(audit, tmp_path / "c.json", formats=("json",))[0].read_text())
    assert {f["post_id"]: f["is_new"] for f in exported["flags"]} == {
        "mastodon:1": False, "twitter:2": True, "facebook:3": True}


def test_the_new_since_lead_counts_new_and_changed_posts_apart() -> None:
    audit = factory.reviewed()
    audit.posts["change"] = ["new" if p == "mastodon:4" else "changed" if p == "twitter:2" else ""
                             for p in audit.posts["post_id"]]
    audit.new_posts = 1
    lead = parse(html.to_html(audit)).find("p", id="new-since").text()
    assert " ".join(lead.split()).endswith(": 1 new posts and 1 changed, 1 of them flagged now")  # twitter:2


@pytest.mark.parametrize(("lang", "heading", "url"), [
    ("en", "Before you delete", "https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=32811"),
    ("fr", "Avant de supprimer", "https://www.tbs-sct.canada.ca/pol/doc-fra.aspx?id=32811"),
])
def test_what_you_might_do_says_how_deletion_is_seen(lang: str, heading: str, url: str) -> None:
    section = parse(html.to_html(factory.sample(), lang=lang)).find("section", id="advice-deletion")
    assert section.find("h3").text() == heading
    assert len(section.find_all("li")) == 3 and section.find("a").attrs["href"] == url
