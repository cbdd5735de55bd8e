"""LinkedIn profiles: Profile.csv and Positions.csv in generated copies of today's layout and of 2018's UTF-16 tab
layout (no real one is in the shared samples), beside the real Shares.csv; missing, empty and unknown tables."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import linkedin

PROFILE = ("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,"
           "Twitter Handles,Websites,Instant Messengers\n"
           'Jeanne,Tremblay,,"12 Elm St, Ottawa",1985-02-03,Senior Policy Analyst at ESDC,"Views my own.\n'
           'Fière libérale.",Government Administration,K1A 0A1,"Ottawa, Ontario, Canada",[jtremblay],'
           '"[COMPANY:https://www.canada.ca/en/employment-social-development.html,PERSONAL:https://jeanne.example]",'
           "[SKYPE:jt]\n")
POSITIONS = ("Company Name,Title,Description,Location,Started On,Finished On\n"
             "Employment and Social Development Canada,Senior Policy Analyst,Employment insurance files,"
             '"Gatineau, Quebec",Mar 2021,\n'
             "Statistics Canada,Analyst,,Ottawa,2016,Feb 2021\n")


@pytest.fixture
def export(samples: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "linkedin"
    shutil.copytree(samples / "linkedin" / "sanand0_2025", folder)
    return folder


def read(path: Path):
    imports = [i for i in open_source(str(path)) if i.connector is linkedin]
    frame = to_frame(row for i in imports for row in i.rows())
    for imp in imports:
        imp.read_profile()
    found = imports[0].log.profile
    return found, [(lk.where.rsplit("/", 1)[-1], lk.state) for lk in found.looked], frame


def test_the_real_export_has_no_profile_table_and_says_so(samples: Path) -> None:
    found, looked, _ = read(samples / "linkedin" / "sanand0_2025")
    assert found.fields == []
    assert looked == [("Profile.csv", "missing"), ("Positions.csv", "missing")]


def test_profile_and_positions(export: Path) -> None:
    (export / "Profile.csv").write_text(PROFILE, encoding="utf-8")
    (export / "Positions.csv").write_text(POSITIONS, encoding="utf-8")
    found, looked, _ = read(export)
    fields = [(f["field"], f["label"], f["value"]) for f in found.fields]
    assert fields == [
        ("name", "", "Jeanne Tremblay"), ("headline", "", "Senior Policy Analyst at ESDC"),
        ("bio", "", "Views my own.\nFière libérale."), ("profile_field", "Industry", "Government Administration"),
        ("location", "", "Ottawa, Ontario, Canada"), ("profile_field", "Twitter", "[jtremblay]"),
        ("website", "", "https://www.canada.ca/en/employment-social-development.html"),
        ("website", "", "https://jeanne.example"),
        ("position", "current",
         "Senior Policy Analyst — Employment and Social Development Canada\nEmployment insurance files"),
        ("position", "until Feb 2021", "Analyst — Statistics Canada"),
    ]
    assert [f["when"] for f in found.fields if f["field"] == "position"] == [
        datetime(2021, 3, 1, tzinfo=UTC), datetime(2016, 1, 1, tzinfo=UTC)]
    assert looked == [("Profile.csv", "found"), ("Positions.csv", "found")]
    assert {f["account"] for f in found.fields} == {"Jeanne Tremblay"}
    text = " ".join(f["value"] for f in found.fields)
    assert "Elm St" not in text and "1985" not in text and "K1A" not in text and "SKYPE" not in text


def test_the_2018_utf16_tab_layout_reads_the_same(export: Path) -> None:
    tabbed = "\n".join("\t".join(f'"{cell}"' for cell in line.split(",")) for line in
                       ["First Name,Last Name,Headline,Summary", "Jeanne,Tremblay,Porte-parole,Opinions personnelles"])
    (export / "Profile.csv").write_bytes(("\ufeff" + tabbed + "\n").encode("utf-16-le"))
    found, looked, _ = read(export)
    assert [(f["field"], f["value"]) for f in found.fields] == [
        ("name", "Jeanne Tremblay"), ("headline", "Porte-parole"), ("bio", "Opinions personnelles")]
    assert looked[0] == ("Profile.csv", "found")


@pytest.mark.parametrize(("content", "state"), [
    ("", "empty"),
    ("First Name,Last Name,Headline\n", "empty"),  # a header and no row
    ("Name;Occupation\nJeanne;Analyst\n", "unreadable"),  # no column auditor reads: a layout it does not know
    (b"\xff\xfe\x00\xd8".decode("latin-1"), "unreadable"),  # a UTF-16 mark, then a lone surrogate
])
def test_empty_or_unknown_tables_are_said_and_the_posts_do_not_change(samples: Path, export: Path, content: str,
                                                                     state: str) -> None:
    before = read(samples / "linkedin" / "sanand0_2025")[2]
    (export / "Profile.csv").write_bytes(content.encode("latin-1"))
    found, looked, frame = read(export)
    assert looked[0] == ("Profile.csv", state)
    assert found.fields == []
    assert frame.equals(before)
