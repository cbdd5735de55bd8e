"""Rule files: the built-in set loads, and invalid files give errors naming file, rule and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.core.errors import RuleError
from auditor.scoring import CATEGORIES, load_rules, parse_rule_file

GOOD = '''
category = "partisan"
guidance_url = "https://example.org/guide"
guidance_title = "A guide"

[[rule]]
id = "MINE-001"
title = "My own rule"
reason = "Because"
terms = ["rhubarb party"]
'''


def test_every_category_has_rules_with_guidance() -> None:
    rules = load_rules().active()
    assert {r.category for r in rules} == set(CATEGORIES)
    assert all(r.guidance_url.startswith("https://") for r in rules)


def test_version_is_a_stable_short_hash() -> None:
    assert load_rules().version == load_rules().version
    assert len(load_rules().version) == 10


def test_packs_are_off_by_default_and_switch_on() -> None:
    rules = load_rules()
    assert {"uk", "us", "au"} <= rules.available_packs
    assert not any(r.pack for r in rules.active())
    assert any(r.pack == "uk" for r in load_rules(packs=["uk"]).active())


def test_unknown_pack_is_an_error() -> None:
    with pytest.raises(RuleError, match="unknown jurisdiction pack"):
        load_rules(packs=["mars"])


def test_user_rule_file_is_added_and_changes_the_version(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(GOOD, encoding="utf-8")
    rules = load_rules(extra=[path])
    assert "MINE-001" in rules.by_id
    assert rules.version != load_rules().version


@pytest.mark.parametrize(("change", "message"), [
    (('id = "MINE-001"', 'id = "mine1"'), "rule mine1: field id"),
    (('title = "My own rule"', ''), "rule MINE-001: field title"),
    (('category = "partisan"', 'category = "gossip"'), "rule MINE-001: field category"),
    (('terms = ["rhubarb party"]', 'terms = ["rhu*barb"]'), "rule MINE-001: field terms"),
    (('terms = ["rhubarb party"]', 'terms = { de = ["x"] }'), "rule MINE-001: field terms.de"),
    (('terms = ["rhubarb party"]', 'terms = ["lexicon:nope"]'), "rule MINE-001: field terms"),
    (('terms = ["rhubarb party"]', 'patterns = [{ regex = "(" }]'), "rule MINE-001: field patterns[0].regex"),
    (('terms = ["rhubarb party"]', 'patterns = [{ regex = "x", validator = "crc" }]'),
     "rule MINE-001: field patterns[0].validator"),
    (('reason = "Because"', 'reason = "Because"\nconfidence = 3'), "rule MINE-001: field confidence"),
    (('reason = "Because"', 'reason = "Because"\nweight = 3'), "rule MINE-001: field weight"),
    (('guidance_url = "https://example.org/guide"', 'guidance_url = "http://x"'), "rule MINE-001: field guidance_url"),
    (('terms = ["rhubarb party"]', ''), "rule MINE-001: field terms"),
])
def test_invalid_rule_names_file_rule_and_field(change: tuple[str, str], message: str) -> None:
    text = GOOD.replace(*change)
    with pytest.raises(RuleError) as info:
        parse_rule_file("mine.toml", text)
    assert str(info.value).startswith("mine.toml: ")
    assert message in str(info.value)


def test_invalid_toml_names_the_file() -> None:
    with pytest.raises(RuleError, match=r"mine\.toml: not valid TOML"):
        parse_rule_file("mine.toml", "[[rule]\n")


def test_duplicate_ids_are_an_error(tmp_path: Path) -> None:
    path = tmp_path / "dup.toml"
    path.write_text(GOOD.replace("MINE-001", "PART-001"), encoding="utf-8")
    with pytest.raises(RuleError, match="rule PART-001: field id: duplicate"):
        load_rules(extra=[path])
