"""Facebook and Instagram profiles, in generated layouts beside the real posts (no real profile file is in the shared
samples): Facebook's profile_v2 and its older `profile`, Instagram's string_map_data, mojibake, and what is never
read (e-mail, phone, birthday)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import facebook, instagram


def mojibake(text: str) -> str:
    """Text as Meta writes it: each UTF-8 byte of a character escaped as its own code point."""
    return text.encode("utf-8").decode("latin-1")


FACEBOOK = {"profile_v2": {
    "name": {"full_name": "Jeanne Tremblay", "first_name": "Jeanne", "last_name": "Tremblay"},
    "emails": {"emails": ["jeanne@example.com"]}, "birthday": {"year": 1985, "month": 2, "day": 3},
    "current_city": {"name": mojibake("Gatineau, Québec"), "timestamp": 0}, "username": "jeanne.tremblay",
    "intro_bio": mojibake("Analyste à Santé Canada · opinions personnelles"),
    "websites": [{"address": "https://www.canada.ca/fr/sante-canada.html"}],
    "work_experiences": [{"employer": mojibake("Santé Canada"), "title": "Analyste des politiques",
                          "description": "", "start_timestamp": 1614556800}],
    "political_view": {"name": "Conservative", "description": ""},
    "phone_numbers": [{"phone_number": "+16135550123"}],
}}
INSTAGRAM = {"profile_user": [{
    "string_map_data": {"Email": {"value": "jeanne@example.com"}, "Phone Number": {"value": "+16135550123"},
                        "Username": {"value": "jeanne.t"}, "Name": {"value": "Jeanne"},
                        "Bio": {"value": mojibake("Porte-parole, Parcs Canada 🇨🇦")},
                        "Website": {"value": "https://parcs.canada.ca"}, "Date of birth": {"value": "1985-02-03"}},
    "media_map_data": {"Profile Photo": {"uri": "media/profile/1.jpg"}}}]}


def read(path: Path, connector):
    imports = [i for i in open_source(str(path)) if i.connector is connector]
    frame = to_frame(row for i in imports for row in i.rows())
    for imp in imports:
        imp.read_profile()
    found = imports[0].log.profile
    return found, [lk.state for lk in found.looked], frame


@pytest.fixture
def fb(samples: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "facebook"
    (folder / "posts").mkdir(parents=True)
    shutil.copy(samples / "facebook" / "hunterhillis_2022_posts_your_posts_1" / "your_posts_1.json", folder / "posts")
    return folder


@pytest.fixture
def ig(samples: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "instagram"
    shutil.copytree(samples / "instagram" / "yummyhopper_2024", folder / "your_instagram_activity" / "content")
    return folder


def test_a_facebook_profile(fb: Path) -> None:
    (fb / "profile_information").mkdir()
    (fb / "profile_information" / "profile_information.json").write_text(json.dumps(FACEBOOK), encoding="utf-8")
    found, states, _ = read(fb, facebook)
    assert [(f["field"], f["label"], f["value"]) for f in found.fields] == [
        ("name", "", "Jeanne Tremblay"), ("handle", "", "jeanne.tremblay"),
        ("bio", "", "Analyste à Santé Canada · opinions personnelles"), ("location", "", "Gatineau, Québec"),
        ("website", "", "https://www.canada.ca/fr/sante-canada.html"),
        ("position", "current", "Analyste des politiques — Santé Canada"),
        ("profile_field", "Political views", "Conservative")]
    assert states == ["found"]
    text = json.dumps(found.fields, default=str)
    assert "example.com" not in text and "6135550123" not in text and "1985" not in text


def test_the_older_facebook_profile_key_and_labelled_values(fb: Path) -> None:
    (fb / "profile_information.json").write_text(json.dumps({"profile": {"name": "Jeanne T"}}), encoding="utf-8")
    found, _, _ = read(fb, facebook)
    assert [(f["field"], f["value"]) for f in found.fields] == [("name", "Jeanne T")]


@pytest.mark.parametrize(("content", "state"), [
    (None, "missing"), ("", "empty"), ("{\"profile_v2\": ", "unreadable"), ("{\"other\": 1}", "unreadable"),
])
def test_a_missing_or_broken_facebook_profile_is_said_and_the_posts_do_not_change(
        samples: Path, fb: Path, content: str | None, state: str) -> None:
    before = read(fb, facebook)[2]
    if content is not None:
        (fb / "profile_information.json").write_text(content, encoding="utf-8")
    found, states, frame = read(fb, facebook)
    assert states == [state] and found.fields == []
    assert frame.equals(before)


def test_an_instagram_profile(ig: Path) -> None:
    (ig / "personal_information").mkdir()
    (ig / "personal_information" / "personal_information.json").write_text(json.dumps(INSTAGRAM), encoding="utf-8")
    found, states, _ = read(ig, instagram)
    assert [(f["field"], f["value"]) for f in found.fields] == [
        ("handle", "@jeanne.t"), ("name", "Jeanne"), ("bio", "Porte-parole, Parcs Canada 🇨🇦"),
        ("website", "https://parcs.canada.ca")]
    assert states == ["found"] and {f["account"] for f in found.fields} == {"jeanne.t"}


def test_an_instagram_export_without_personal_information_says_so(ig: Path) -> None:
    found, states, _ = read(ig, instagram)
    assert states == ["missing"] and found.fields == []
