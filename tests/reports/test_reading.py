"""The report's reading order and its sentences, parsed (issue 18): Start here, reviewed posts last, categories by
severity, likes and reposts said as such, and no sentence that the data contradicts. The browser side is in
test_browser_reading.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reports
from auditor.core.records import Skip
from reports import categories, html, origin
from reports.i18n import strings
from tests.reports import factory, reading
from tests.reports.htmltree import Node, parse


def articles(doc: Node) -> list[Node]:
    return doc.find_all("article", cls="post")


def words(node: Node) -> str:
    return " ".join(node.text().split())


def section_ids(doc: Node) -> list[str]:
    return [n.attrs["id"] for n in doc.find("main").children if isinstance(n, Node) and n.tag == "section"]


def test_sections_read_top_then_posts_then_what_explains_them() -> None:
    doc = parse(html.to_html(factory.sample()))
    assert section_ids(doc) == ["summary", "start", "posts", "advice", "about"]
    about = doc.find("section", id="about")
    for inside in ("chart-categories", "chart-timeline"):
        assert about.find("svg", id=inside)
    assert about.find("table", cls="coverage") and about.find("ul", cls="skips")
    assert not doc.find("section", id="summary").find_all("svg"), "no chart above the posts"
    nav = [a.attrs["href"] for a in doc.find("nav").find_all("a")]
    assert nav == ["#summary", "#posts", "#advice", "#about"]


def test_a_role_change_comes_after_the_posts(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from auditor.cli import main

    out = tmp_path / "demo.html"
    result = CliRunner().invoke(main, ["demo", "--out", str(out), "--format", "html"])
    assert result.exit_code == 0, result.output
    doc = parse(out.read_text(encoding="utf-8"))
    assert section_ids(doc) == ["summary", "start", "posts", "role-change", "profiles", "advice", "about"]
    nav = [a.attrs["href"] for a in doc.find("nav").find_all("a")]
    assert nav == ["#summary", "#posts", "#role-change", "#profiles", "#advice", "#about"]


def test_start_here_lists_the_riskiest_undecided_posts_and_links_to_them() -> None:
    doc = parse(html.to_html(reading.crowded()))
    items = doc.find("ol", cls="start-list").find_all("li")
    shown = [li for li in items if "hidden" not in li.attrs]
    assert [li.attrs["data-post-id"] for li in shown] == ["p:1", "p:2", "p:4", "p:5", "p:6"], "p:0, p:3 reviewed"
    assert len(items) == 10, "five spares for posts decided in the browser"
    for li in items:
        target = li.find("a").attrs["href"].removeprefix("#")
        assert doc.find("article", id=target).attrs["data-post-id"] == li.attrs["data-post-id"]
    assert words(shown[0]).startswith("High Harassment, discrimination or hate Post number 1")


def test_reviewed_posts_come_after_the_undecided_ones_each_by_risk() -> None:
    doc = parse(html.to_html(reading.crowded()))
    order = [(a.attrs["data-reviewed"], int(a.attrs["data-risk"])) for a in articles(doc)]
    assert [r for r, _ in order] == ["0"] * 38 + ["1"] * 2
    assert [risk for _, risk in order[:38]] == sorted((risk for _, risk in order[:38]), reverse=True)
    assert [risk for _, risk in order[38:]] == [95, 89]
    assert [a.attrs["data-order"] for a in articles(doc)] == [str(n) for n in range(1, 41)]
    assert "reviewed posts last" in words(doc.find("p", cls="posts-intro"))


def test_no_reviewed_post_no_sentence_about_them() -> None:
    assert "reviewed" not in words(parse(html.to_html(factory.sample())).find("p", cls="posts-intro"))


def test_one_order_of_categories_most_serious_first() -> None:
    known = categories.known()
    assert known[:3] == ("respect", "partisan", "confidential")
    assert known[-2:] == ("profanity", "controversial")
    assert set(known) == set(categories.severities())
    doc = parse(html.to_html(reading.severities()))
    bars = [t.attrs["data-i18n"] for t in doc.find("svg", id="chart-categories").find_all("text", cls="label")]
    assert bars == ["cat.respect", "cat.partisan", "cat.employer", "cat.profanity", "cat.controversial"]
    fills = [r.attrs["class"] for r in doc.find("svg", id="chart-categories").find_all("rect", cls="bar")]
    assert fills == ["bar sev-high", "bar sev-high", "bar sev-medium", "bar sev-low", "bar sev-low"]
    legend = [t.text() for t in doc.find("svg", id="chart-categories").find_all("text", cls="legend")]
    assert legend == ["High severity", "Medium severity", "Low severity"]
    options = [o.attrs["value"] for o in doc.find("select", id="f-category").find_all("option")][1:]
    assert options == ["respect", "partisan", "employer", "profanity", "controversial"]
    advice = [s.attrs["id"] for s in doc.find("section", id="advice").find_all("section", cls="advice")]
    assert advice == ["advice-deletion", "advice-respect", "advice-partisan", "advice-employer",
                      "advice-profanity", "advice-controversial"]
    rows = [(tr.find("th").text(), tr.find_all("td")[0].text()) for tr in
            doc.find("section", id="about").find_all("table", cls="data")[0].find("tbody").find_all("tr")]
    assert rows[0] == ("Harassment, discrimination or hate", "High severity")
    assert rows[-1] == ("Grey area", "Low severity")


def test_a_posts_categories_are_listed_most_serious_first() -> None:
    post = factory.post("mastodon:x", "words", 60, "medium", ["profanity", "policy", "respect"])
    flags = [factory.flag("mastodon:x", "R-1", "respect", [(0, 5, "words")])]
    cats = parse(html.to_html(factory.audit([post], flags))).find("article").find("dl", cls="facts").find_all(
        "span", cls="cat")
    assert [c.attrs["data-i18n"] for c in cats] == ["cat.respect", "cat.policy", "cat.profanity"]
    assert [c.attrs["class"] for c in cats] == ["cat sev-high", "cat sev-medium", "cat sev-low"]


@pytest.mark.parametrize(("platform", "text", "quoted", "expected"), [
    ("twitter", "RT @CPC_HQ: Vote", "", "@CPC_HQ"),
    ("twitter", "Vote", "https://x.com/someone/status/12", "@someone"),
    ("twitter", "Vote", "https://twitter.com/i/web/status/12", ""),
    ("mastodon", "", "https://green.example/users/greenparty/statuses/7", "@greenparty@green.example"),
    ("mastodon", "", "https://green.example/@greenparty/7", "@greenparty@green.example"),
    ("bluesky", "", "at://did:plc:abc123/app.bsky.feed.post/3k", "did:plc:abc123"),
    ("facebook", "", "https://example.org/an-article", ""),
    ("mastodon", "", "javascript:alert(1)", ""),
])
def test_the_original_author_is_read_only_where_the_export_names_it(platform, text, quoted, expected) -> None:
    assert origin.author(platform, text, quoted) == expected


def test_likes_and_reposts_say_who_wrote_the_words() -> None:
    doc = parse(html.to_html(reading.endorsements()))
    said = {a.attrs["data-post-id"]: words(a.find("p", cls="origin")) for a in articles(doc)
            if a.find_all("p", cls="origin")}
    assert said == {
        "twitter:like:9": "You liked this post; the export does not say who wrote it. "
                          "The words below are the liked post's.",
        "twitter:rt:8": "You reposted this post by @CPC_HQ. The words below are theirs, not yours.",
        "mastodon:boost:7": "You reposted this post by @greenparty@green.example. "
                            "The words below are theirs, not yours.",
        "mastodon:boost:6": "You reposted your own post.",
    }
    own = doc.find("article", data_post_id="mastodon:own")
    assert "Account" in words(own.find("dl", cls="facts")) and not own.find_all("p", cls="origin")
    like = doc.find("article", data_post_id="twitter:like:9")
    assert [dt.text() for dt in like.find("dl", cls="facts").find_all("dt")][-1] == "Your account"
    assert "deleting it means undoing the like or the repost" in words(like.find("details", cls="todo"))
    assert "undoing" not in words(own.find("details", cls="todo"))
    origin_span = doc.find("article", data_post_id="twitter:rt:8").find("p", cls="origin").find("span")
    assert json.loads(origin_span.attrs["data-i18n-args"]) == {"author": "@@@CPC_HQ"}, "kept as is on a toggle"
    start = {li.attrs["data-post-id"]: words(li) for li in doc.find("ol", cls="start-list").find_all("li")}
    assert "You liked Vote Liberal" in start["twitter:like:9"]
    assert "You reposted RT @CPC_HQ" in start["twitter:rt:8"]


def test_french_says_the_same() -> None:
    doc = parse(html.to_html(reading.endorsements(), lang="fr"))
    said = words(doc.find("article", data_post_id="twitter:rt:8").find("p", cls="origin"))
    assert said == "Vous avez partagé cette publication de @CPC_HQ. Les mots ci-dessous sont les siens, pas les vôtres."


def test_nothing_changed_the_score_is_said_only_when_nothing_did() -> None:
    work_hours = [{"factor": "work_hours", "delta": 10, "reason": "posted during work hours"}]
    posts = [factory.post("mastodon:a", "Vote for the Party", 80, "high", ["partisan"]),
             factory.post("mastodon:b", "Vote for them", 70, "high", ["partisan"]),
             factory.post("mastodon:c", "Vote again", 60, "medium", ["partisan"])]
    flags = [factory.flag("mastodon:a", "PART-001", "partisan", [(0, 4, "Vote")], adjustments=work_hours),
             factory.flag("mastodon:b", "PART-001", "partisan", [(0, 4, "Vote")]),
             factory.flag("mastodon:c", "PART-001", "partisan", [(0, 4, "Vote")],
                          adjustments=[{"factor": "context", "delta": 0, "reason": "changed nothing"}])]
    doc = parse(html.to_html(factory.audit(posts, flags)))
    first, second, third = articles(doc)
    assert "Nothing in your profile" not in words(first)
    assert "+10 Work hours (for PART-001): posted during work hours" in words(first.find("ul", cls="changes"))
    assert "Nothing in your profile or the post's context changed the scores." in words(second)
    assert "Nothing in your profile" in words(third), "a change of zero changed nothing"
    fr = parse(html.to_html(factory.audit(posts, flags), lang="fr"))
    assert "+10 Heures de travail (pour PART-001)" in words(articles(fr)[0].find("ul", cls="changes"))


def test_the_exports_are_named_only_when_this_run_writes_them(tmp_path: Path) -> None:
    audit = factory.sample()
    doc = parse(html.to_html(audit, max_rows=2))
    assert "which this scan did not write (add csv,json to --format)" in words(doc.find("p", id="cap-notice"))

    def notice(*formats: str) -> str:
        page = reports.render(audit, tmp_path / "r.html", formats=formats)[0]
        return words(parse(page.read_text(encoding="utf-8")).find("section", id="about").find("ul", cls="skips"))

    skips = [Skip(f"outbox.json#{i}", "not valid JSON", "mastodon") for i in range(60)]  # past the 50 listed
    audit = factory.audit([factory.post("mastodon:1", "words", 50, "medium", ["policy"])],
                          [factory.flag("mastodon:1", "POL-001", "policy", [(0, 5, "words")])], skips)
    assert "(all are listed in the CSV and JSON exports, which this scan did not write" in notice("html")
    assert "(all are listed in the CSV export)" in notice("html", "csv")
    assert "(all are listed in the CSV and JSON exports)" in notice("html", "csv", "json")


def test_a_decision_asked_again_names_both_reasons_it_may_be() -> None:
    doc = parse(html.to_html(factory.reviewed(), lang="fr"))
    said = words(doc.find("article", data_post_id="facebook:3").find("p", cls="ask-again"))
    assert said == ("À revoir : la règle qui a signalé cette publication, ou la publication elle-même, a changé "
                    "depuis votre décision (Supprimer).")


def test_the_bands_heading_of_a_reaudit_says_what_it_counts() -> None:
    doc = parse(html.to_html(factory.reviewed()))
    heading = words(doc.find("div", cls="bands-row").find("h3"))
    assert heading == "Posts per risk band, reviewed ones left out"


def test_every_new_string_is_in_both_languages() -> None:
    en, fr = strings("en"), strings("fr")
    assert set(en) == set(fr)
    for key in en:
        assert en[key].count("{") == fr[key].count("{"), key
