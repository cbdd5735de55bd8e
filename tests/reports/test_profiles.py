"""'Your profiles' in every format: the HTML section (first, both languages, marks, escaping, exports without
profile data), the JSON's `profiles` and the CSV's `profile_flag` rows."""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor.core.audit import Audit
from auditor.core.profile import Profile
from auditor.profiles.audit import audit_profiles
from auditor.profiles.table import ProfileField, ProfileSource, ProfileTable
from connectors.profile_fields import Looked
from reports import csv as csv_report
from reports import html
from reports import json as json_report
from tests.reports import factory
from tests.reports.htmltree import Node, parse

READ = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
ESDC = Profile(department=("Employment and Social Development Canada",), acronyms=("ESDC", "EDSC"), followers=40)


def with_profiles() -> Audit:
    """The sample audit with two accounts' profiles (one kept from an earlier scan) and an export with none."""
    fields = [
        ProfileField("twitter", "jdoe", "name", "Jane Doe", source="x.zip/data/manifest.js", read_at=READ),
        ProfileField("twitter", "jdoe", "bio", "Policy analyst at ESDC. Proud Conservative \x1b[31m "
                     "<script>window.__pwned=1</script>. Views my own.", source="x.zip/data/profile.js", read_at=READ),
        ProfileField("twitter", "jdoe", "website", "https://www.canada.ca/en/employment-social-development.html",
                     source="x.zip/data/profile.js", read_at=READ),
        ProfileField("linkedin", "Jane Doe", "position", "Analyste des politiques — EDSC", label="current",
                     when=datetime(2021, 3, 1, tzinfo=UTC), source="li.zip/Positions.csv",
                     read_at=datetime(2026, 1, 5, tzinfo=UTC)),
    ]
    sources = [
        ProfileSource("x.zip", "twitter", (Looked("x.zip/data/manifest.js", "found", "name", "twitter"),
                                           Looked("x.zip/data/account.js", "missing", "", "twitter"),
                                           Looked("x.zip/data/profile.js", "found", "bio, website", "twitter")), 3),
        ProfileSource("reddit.zip", "reddit", (Looked("reddit.zip", "none", "no profile", "reddit"),)),
        ProfileSource("fb.zip", "facebook", (Looked("fb.zip/profile_information.json", "unreadable",
                                                    "not valid JSON (Expecting value)", "facebook"),)),
    ]
    profiles = audit_profiles(ProfileTable(fields, sources), ESDC, read_now=frozenset({("twitter", "jdoe")}))
    return dataclasses.replace(factory.sample(), profiles=profiles)


@pytest.fixture(scope="module")
def audit() -> Audit:
    return with_profiles()


@pytest.fixture(scope="module")
def page(audit: Audit) -> Node:
    return parse(html.to_html(audit))


def section(doc: Node) -> Node:
    return doc.find("section", id="profiles")


def test_the_report_opens_with_a_line_to_your_profiles_and_the_section_follows_the_posts(page: Node) -> None:
    main = page.find("main")
    first = next(child for child in main.children if isinstance(child, Node))
    assert first.attrs.get("id") == "summary"  # the first flagged post stays in the first screen (issue 18)
    line = first.find("p", cls="profiles-line").find("a")
    assert line.attrs["href"] == "#profiles" and line.text().startswith("Your profiles: ")
    order = [c.attrs.get("id") for c in main.children if isinstance(c, Node)]
    assert order.index("posts") < order.index("profiles")
    assert section(page).find("h2").text() == "Your profiles"
    links = [a.attrs["href"] for a in page.find("nav").find_all("a")]
    assert "#profiles" in links


def test_each_account_shows_its_fields_with_the_words_found_marked(page: Node) -> None:
    accounts = section(page).find_all("article", cls="profile")
    assert [a.attrs["data-platform"] for a in accounts] == ["twitter", "linkedin"]  # the most severe first
    twitter = accounts[0]
    assert "band-high" in twitter.attrs["class"] and "jdoe" in twitter.find("h3").text()
    rows = {row.find("th").text().strip(): row for row in twitter.find("tbody").find_all("tr")}
    assert list(rows) == ["Name", "Bio", "Website"]
    assert [m.text() for m in rows["Bio"].find_all("mark")] == ["Policy analyst", "ESDC", "Proud Conservative",
                                                                "Views my own"]
    assert [m.text() for m in rows["Website"].find_all("mark")] == ["canada.ca"]
    assert "flagged" not in (rows["Name"].attrs.get("class") or "")


def test_hostile_profile_text_is_shown_never_run(audit: Audit) -> None:
    markup = html.to_html(audit)
    doc = parse(markup)
    bio = section(doc).find_all("article", cls="profile")[0].find("tbody").find_all("tr")[1]
    assert "<script>window.__pwned=1</script>" in bio.text()  # as text
    assert bio.find_all("script") == []
    assert not any("__pwned" in script.text() for script in doc.find_all("script") if not script.attrs)
    assert bio.find("span", cls="ctl").text() == "[U+001B]"
    assert "\x1b" not in markup


def test_flags_carry_their_reason_rule_guidance_and_what_they_rest_on(page: Node) -> None:
    reasons = section(page).find_all("article", cls="profile")[0].find("ul", cls="reasons").find_all("li")
    ids = [li.attrs["data-rule-id"] for li in reasons]
    assert ids[0] == "PRO-020" and {"PRO-005", "PRO-006", "PRO-007", "PRO-010", "PRO-023"} <= set(ids)
    first = reasons[0]
    assert "rests on PRO-010, PRO-007" in " ".join(first.find("span", cls="rule").text().split())
    assert first.find("a").attrs["href"].startswith("https://www.tbs-sct.canada.ca/")
    disclaimer = next(li for li in reasons if li.attrs["data-rule-id"] == "PRO-006")
    assert "not a shield" in disclaimer.find("span", cls="why").text()


def test_a_profile_kept_from_an_earlier_scan_says_so(page: Node) -> None:
    linkedin = section(page).find_all("article", cls="profile")[1]
    assert "Kept from an earlier scan (last read Jan 5, 2026)" in linkedin.text()
    assert linkedin.find("time").attrs["datetime"] == "2021-03-01T00:00:00Z"  # the position's start


def test_each_export_says_what_it_held(page: Node) -> None:
    listing = section(page).find("ul", cls="profile-sources")
    items = [li for li in listing.children if isinstance(li, Node) and li.tag == "li"]
    text = [" ".join(li.text().split()) for li in items]
    assert "3 profile fields read" in text[0] and "not found x.zip/data/account.js" in text[0]
    assert "no profile data in this export" in text[1] and "this kind of export holds no profile data" in text[1]
    assert "no profile data in this export" in text[2]
    assert "could not be read fb.zip/profile_information.json: not valid JSON" in text[2]


def test_the_french_report_speaks_french_and_the_toggle_knows_every_flag(audit: Audit) -> None:
    doc = parse(html.to_html(audit, lang="fr"))
    part = section(doc)
    assert part.find("h2").text() == "Vos profils"
    why = part.find_all("article", cls="profile")[0].find("span", cls="why").text()
    assert why.startswith("PRO-020 votre employeur") and "gravité élevée" in why
    data = json.loads(doc.find("script", id="i18n-data").text())
    for flag in audit.profiles.flags:
        key = f"pflag.{flag.flag_id}.why"
        assert data["en"][key] == flag.explanation and data["fr"][key] == flag.explanation_fr
    assert "aucune donnée de profil dans cet export" in part.text()


def test_without_profiles_there_is_no_section_and_with_none_found_it_says_so() -> None:
    assert 'id="profiles"' not in html.to_html(factory.sample())
    empty = dataclasses.replace(factory.sample(), profiles=audit_profiles(ProfileTable(), Profile()))
    doc = parse(html.to_html(empty))
    assert "No profile data was found" in section(doc).text()


def test_the_json_carries_fields_flags_and_sources(audit: Audit, tmp_path: Path) -> None:
    data = json.loads(json_report.render(audit, tmp_path / "r.json").read_text(encoding="utf-8"))
    found = data["profiles"]
    assert found["rules_version"] == audit.profiles.version
    assert [(f["platform"], f["field"], f["kept_from_earlier_scan"]) for f in found["fields"]] == [
        ("twitter", "name", False), ("twitter", "bio", False), ("twitter", "website", False),
        ("linkedin", "position", True)]
    assert found["fields"][3]["when"] == "2021-03-01T00:00:00Z"
    assert [f["read_at"] for f in found["fields"]] == [None, None, None, "2026-01-05T00:00:00Z"]  # kept ones only
    flag = found["flags"][0]
    assert flag["rule_id"] == "PRO-020" and flag["severity"] == "high" and flag["combines"] == ["PRO-010", "PRO-007"]
    assert flag["explanation_fr"].startswith("PRO-020 votre employeur")
    assert {e["field_index"] for e in flag["evidence"]} == {1}
    assert [(s["source"], s["has_profile_data"]) for s in found["sources"]] == [
        ("x.zip", True), ("reddit.zip", False), ("fb.zip", False)]
    assert "profiles" not in json.loads(json_report.render(factory.sample(), tmp_path / "n.json").read_text())


def test_the_csv_has_one_marked_row_per_profile_flag(audit: Audit, tmp_path: Path) -> None:
    with csv_report.render(audit, tmp_path / "r.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    marked = [r for r in rows if r["record"] == "profile_flag"]
    assert len(marked) == len(audit.profiles.flags)
    assert [r["record"] for r in rows] == sorted((r["record"] for r in rows),
                                                 key=["flag", "profile_flag", "skipped"].index)
    first = marked[0]
    assert (first["rule_id"], first["severity"], first["platform"], first["account"]) == (
        "PRO-020", "high", "twitter", "jdoe")
    assert first["ruleset_version"] == f"profiles-{audit.profiles.version}" and first["post_id"] == ""
    assert first["text"].startswith("bio: Policy analyst at ESDC") and first["source"] == "x.zip/data/profile.js"
    assert json.loads(first["evidence"])[0]["text"] == "ESDC"
