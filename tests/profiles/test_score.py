"""Profile flags: one per account and rule with the evidence of every field; combinations of signals, follower
counts (the export's, else profile.toml's) and roles; the department said once; other languages."""

from __future__ import annotations

from auditor.core.profile import Profile
from auditor.profiles.audit import audit_profiles
from auditor.profiles.rules import load_profile_rules
from auditor.profiles.score import score_profiles
from auditor.profiles.table import ProfileField, ProfileTable

ESDC = Profile(department=("Employment and Social Development Canada",), acronyms=("ESDC", "EDSC"))


def flags(rows: list[ProfileField], profile: Profile = ESDC) -> dict[str, object]:
    return {f.rule_id: f for f in score_profiles(ProfileTable(rows), load_profile_rules(), profile)}


def field(name: str, value: str, account: str = "me", label: str = "", platform: str = "twitter") -> ProfileField:
    return ProfileField(platform, account, name, value, label=label, source=f"{platform}/profile")


def test_one_flag_per_account_and_rule_with_the_evidence_of_every_field() -> None:
    rows = [field("bio", "Views my own."), field("headline", "Opinions are my own"),
            field("bio", "Views my own.", "you")]
    found = score_profiles(ProfileTable(rows), load_profile_rules(), ESDC)
    assert sorted((f.account, f.rule_id) for f in found) == [("me", "PRO-006"), ("you", "PRO-006")]
    mine = next(f for f in found if f.account == "me")
    assert [(e["field"], e["text"], e["field_index"]) for e in mine.evidence] == [
        ("bio", "Views my own", 0), ("headline", "Opinions are my own", 1)]
    assert mine.flag_id == "profile:twitter:me/PRO-006"


def test_your_department_beside_partisan_content_is_high() -> None:
    found = flags([field("bio", "Policy analyst at ESDC"), field("location", "Ottawa"),
                   field("bio", "Proud Conservative")])
    combined = found["PRO-020"]
    assert combined.severity == "high" and combined.category == "partisan"
    assert combined.combines == ("PRO-010", "PRO-007")
    assert {e["text"] for e in combined.evidence} == {"ESDC", "Proud Conservative"}
    assert "PRO-003" not in found  # "ESDC" is said once, as your department


def test_partisan_content_alone_or_the_employer_alone_is_not_the_combination() -> None:
    assert "PRO-020" not in flags([field("bio", "Proud Conservative")])
    assert "PRO-020" not in flags([field("bio", "Analyst at ESDC")])
    # on two different accounts they do not combine either
    assert "PRO-020" not in flags([field("bio", "Analyst at ESDC"), field("bio", "Proud Conservative", "other")])


def test_french_profiles_combine_too() -> None:
    found = flags([field("bio", "Analyste à Santé Canada. Fière libérale.")], Profile())
    assert {"PRO-003", "PRO-007", "PRO-020"} <= set(found)
    assert "« Santé Canada » dans la bio" in found["PRO-020"].explanation_fr


def test_followers_from_the_export_come_before_profile_toml() -> None:
    rows = [field("bio", "Analyst at ESDC"), field("followers", "12000")]
    few = Profile(department=ESDC.department, acronyms=ESDC.acronyms, followers=10)
    assert "12,000 followers, from the export" in flags(rows, few)["PRO-021"].explanation
    assert "12\u00a0000 abonnés, selon l'export" in flags(rows, few)["PRO-021"].explanation_fr
    many = Profile(department=ESDC.department, acronyms=ESDC.acronyms, followers=5000)
    assert "5,000 followers, from your profile.toml" in flags(rows[:1], many)["PRO-021"].explanation
    assert "PRO-021" not in flags(rows[:1], few)
    assert "PRO-021" not in flags([field("bio", "Analyst at ESDC"), field("followers", "999")], many)


def test_a_senior_or_public_facing_role_with_the_employer_named() -> None:
    rows = [field("bio", "Analyst at ESDC")]
    assert "PRO-022" not in flags(rows)
    for profile, said in ((Profile(level="executive"), "level executive"), (Profile(spokesperson=True), "spokesperson"),
                          (Profile(public_facing=True), "public-facing role")):
        found = flags([field("bio", "Analyste à EDSC, Santé Canada")], profile)
        assert said in found["PRO-022"].explanation


def test_official_looks_need_the_employer_and_an_official_sign() -> None:
    found = flags([field("bio", "Analyst at ESDC"), field("website", "https://www.canada.ca/en/esdc.html")])
    assert found["PRO-023"].combines == ("PRO-010", "PRO-005")  # one of each group, in the order of `when`
    assert "PRO-023" not in flags([field("website", "https://www.canada.ca/en/esdc.html")])


def test_a_profile_in_another_language_is_read_only_by_links_and_accounts() -> None:
    german = "Ich arbeite als Sprecher. Meine Meinung. Offizielles Konto der Regierung von Kanada, sehr wichtig."
    found = flags([field("bio", german), field("website", "https://www.canada.ca/de")], Profile())
    assert set(found) == {"PRO-005"}


def test_flags_come_most_severe_first_and_the_audit_counts_them() -> None:
    table = ProfileTable([field("bio", "Analyst at ESDC. Proud Conservative. Views my own.")])
    audit = audit_profiles(table, ESDC)
    severities = [f.severity for f in audit.flags]
    assert severities == sorted(severities, key=["high", "medium", "low"].index)
    assert audit.severity_counts() == {"high": 1, "medium": 1, "low": 2}
    assert audit.flags_of(("twitter", "me")) == audit.flags and audit.read_now == {("twitter", "me")}


def test_control_characters_and_markup_in_a_profile_are_only_text() -> None:
    found = flags([field("bio", "\x1b[31m Views my own \x1b[0m <script>alert(1)</script>")])
    assert found["PRO-006"].evidence[0]["text"] == "Views my own"
