"""Mastodon profiles: the real darkpatern actor.json and the real verify_credentials Account of Mastodon.py's
recordings, generated actors with HTML summaries and profile fields, and missing or broken actor.json."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import mastodon_archive
from connectors.mastodon_profile import account_profile
from connectors.profile_fields import ProfileLog


def read(path: Path):
    imports = [i for i in open_source(str(path)) if i.connector is mastodon_archive]
    frame = to_frame(row for i in imports for row in i.rows())
    for imp in imports:
        imp.read_profile()
    found = imports[0].log.profile
    return [(f["field"], f["label"], f["value"]) for f in found.fields], [(lk.state, lk.detail) for lk in
                                                                            found.looked], frame, found


@pytest.fixture(scope="module")
def darkpatern(samples: Path) -> Path:
    return samples / "mastodon" / "darkpatern_mastodon.social_2026"


@pytest.fixture
def archive(darkpatern: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "mastodon"
    shutil.copytree(darkpatern, folder)
    return folder


def test_the_real_actor_json(darkpatern: Path) -> None:
    fields, looked, _, found = read(darkpatern)
    assert fields == [("name", "", "darkpatern"), ("handle", "", "@darkpatern@mastodon.social")]
    assert looked == [("found", "name, handle")]  # its summary and profile fields are empty
    assert {f["account"] for f in found.fields} == {"darkpatern@mastodon.social"}


def test_a_summary_profile_fields_and_picture_descriptions(archive: Path) -> None:
    actor = json.loads((archive / "actor.json").read_text(encoding="utf-8"))
    actor.update({
        "name": "Jeanne D.",
        "summary": "<p>Policy analyst <a href=\"https://mastodon.social/tags/gc\" class=\"mention hashtag\">#"
                   "<span>GC</span></a>.<br>Views my own.</p>",
        "attachment": [
            {"type": "PropertyValue", "name": "Employer",
             "value": "<a href=\"https://www.canada.ca/en/employment-social-development.html\" rel=\"me\">"
                      "<span class=\"invisible\">https://www.</span><span>canada.ca/en/employment-social-dev"
                      "</span><span class=\"invisible\">elopment.html</span></a>"},
            {"type": "PropertyValue", "name": "Blog", "value": "<a href=\"https://jeanne.example\">my blog</a>"},
            {"type": "IdentityProof", "name": "keybase", "value": "x"},  # not a profile field: not read
        ],
        "icon": {"type": "Image", "url": "avatar.png", "name": "Me in front of the Canada wordmark"},
    })
    (archive / "actor.json").write_text(json.dumps(actor), encoding="utf-8")
    fields, _, _, _ = read(archive)
    assert ("bio", "", "Policy analyst #GC.\nViews my own.") in fields
    assert ("profile_field", "Employer",
            "https://www.canada.ca/en/employment-social-development.html") in fields
    assert ("profile_field", "Blog", "my blog https://jeanne.example") in fields  # the address a label hides
    assert ("avatar_alt", "icon", "Me in front of the Canada wordmark") in fields
    assert not any(label == "keybase" for _, label, _ in fields)


@pytest.mark.parametrize(("content", "state"), [
    (None, "missing"), ("", "empty"), ("{\"name\": ", "unreadable"), ("[1, 2]", "unreadable"),
    ("{\"type\": \"Person\"}", "empty"),
])
def test_a_missing_empty_or_broken_actor_json_is_said_and_the_posts_do_not_change(
        darkpatern: Path, archive: Path, content: str | None, state: str) -> None:
    before = read(darkpatern)[2]
    if content is None:
        (archive / "actor.json").unlink()
    else:
        (archive / "actor.json").write_text(content, encoding="utf-8")
    fields, looked, frame, _ = read(archive)
    assert [s for s, _ in looked] == [state]
    assert fields == []
    # without actor.json the posts have no account (as before this feature): only that column may differ
    assert frame.drop(columns="account").equals(before.drop(columns="account"))


def test_the_live_api_account_of_the_real_recording(samples: Path) -> None:
    me = json.loads((samples / "mastodon_api" / "derived" / "verify_credentials.json").read_text(encoding="utf-8"))
    found = ProfileLog("mastodon")
    account_profile(me, "mastodonpy_test@localhost", "mastodon:@mastodonpy_test@localhost", found)
    assert [(f["field"], f["label"], f["value"]) for f in found.fields] == [
        ("name", "", "John Lennon"), ("handle", "", "@mastodonpy_test@localhost"), ("bio", "", "I walk funny"),
        ("profile_field", "bread", "toasty."), ("profile_field", "lasagna", "no!!!"), ("followers", "", "0")]
    assert [lk.state for lk in found.looked] == ["found"]
