"""Profile rules, table-driven: English beside French, positives beside near misses, field by field; then what the
rule file's validation refuses, each error naming the file, the rule and the key."""

from __future__ import annotations

import pytest

from auditor.core.errors import RuleError
from auditor.core.profile import Profile
from auditor.profiles.rules import load_profile_rules, parse_profile_rules
from auditor.profiles.score import score_profiles
from auditor.profiles.table import ProfileField, ProfileTable

DEPARTMENT = Profile(department=("Employment and Social Development Canada", "Emploi et Développement social Canada"),
                     acronyms=("ESDC", "EDSC"))


def rule_ids(*fields: tuple[str, str] | tuple[str, str, str], profile: Profile = DEPARTMENT) -> set[str]:
    """The rules raised by one account's profile, given as (field, value) or (field, label, value)."""
    rows = [ProfileField("twitter", "me", f[0], f[-1], label=f[1] if len(f) == 3 else "") for f in fields]
    return {flag.rule_id for flag in score_profiles(ProfileTable(rows), load_profile_rules(), profile)}


POSITIVES = [
    (("bio", "Official account of a federal public servant"), "PRO-001"),
    (("bio", "Compte officiel d'une analyste"), "PRO-001"),
    (("name", "Official Government of Canada updates"), "PRO-011"),
    (("bio", "Compte officiel du gouvernement"), "PRO-001"),
    (("headline", "Spokesperson, Parks Canada"), "PRO-002"),
    (("headline", "Porte-parole, Parcs Canada"), "PRO-002"),
    (("bio", "Working at Health Canada"), "PRO-003"),
    (("bio", "Je travaille à Santé Canada"), "PRO-003"),
    (("bio", "Proud public servant"), "PRO-003"),
    (("bio", "Fonctionnaire fédérale et maman"), "PRO-003"),
    (("position", "current", "Director General — Statistics Canada"), "PRO-004"),
    (("headline", "Sous-ministre adjointe"), "PRO-004"),
    (("website", "https://www.canada.ca/en/services.html"), "PRO-005"),
    (("website", "esdc.gc.ca"), "PRO-005"),
    (("profile_field", "Site", "https://www.quebec.ca/gouvernement"), "PRO-005"),
    (("bio", "Views my own."), "PRO-006"),
    (("bio", "Opinions personnelles."), "PRO-006"),
    (("bio", "Proud Conservative"), "PRO-007"),
    (("bio", "Fière libérale"), "PRO-007"),
    (("bio", "Campaign volunteer"), "PRO-007"),
    (("bio", "Bénévole de campagne"), "PRO-007"),
    (("website", "https://liberal.ca/join"), "PRO-007"),
    (("profile_field", "Political views", "Conservative"), "PRO-008"),
    (("profile_field", "Opinions politiques", "Libéral"), "PRO-008"),
    (("avatar_alt", "Me with the Canada wordmark"), "PRO-009"),
    (("avatar_alt", "Moi et les armoiries du Canada"), "PRO-009"),
    (("bio", "Analyst at ESDC"), "PRO-010"),
    (("bio", "Analyste à EDSC"), "PRO-010"),
]

NEAR_MISSES = [
    ("name", "Official cat photographer"),  # 'official' with no government word beside it
    ("bio", "Not an official account"),  # a disclaimer, not a claim (PRO-006 only)
    ("bio", "Spokes and wheels: I fix bikes"),
    ("bio", "Liberal arts graduate"),
    ("bio", "A conservative estimate of my coffee intake"),
    ("bio", "Canadian. Cyclist. Reader."),
    ("website", "https://notcanada.ca.example.com"),
    ("website", "https://example.org/canada.ca"),  # a government domain in a path is not a link to it
    ("bio", "DnD nerd"),
    ("profile_field", "Political views", "none of your business"),
]


@pytest.mark.parametrize(("field", "rule_id"), POSITIVES, ids=[f"{r}:{f[-1][:24]}" for f, r in POSITIVES])
def test_positives(field: tuple, rule_id: str) -> None:
    assert rule_id in rule_ids(field)


@pytest.mark.parametrize("field", NEAR_MISSES, ids=[f[-1][:24] for f in NEAR_MISSES])
def test_near_misses(field: tuple) -> None:
    assert rule_ids(field) <= {"PRO-006"}


def test_a_disclaimer_is_low_and_says_it_is_not_a_shield() -> None:
    rows = [ProfileField("twitter", "me", "bio", "Views my own")]
    (flag,) = score_profiles(ProfileTable(rows), load_profile_rules(), Profile())
    assert flag.severity == "low"
    assert "not a shield" in flag.explanation and "pas un bouclier" in flag.explanation_fr
    assert flag.guidance_url.startswith("https://www.canada.ca/en/government/publicservice/values/")


def test_every_rule_has_a_french_title_and_reason_and_guidance() -> None:
    rules = load_profile_rules()
    for rule in rules.rules:
        assert rule.title_fr and rule.reason_fr and rule.rule.guidance_url.startswith("https://"), rule.rule.id
        assert rule.rule.guidance_url_fr.startswith(("https://www.canada.ca/fr/", "https://www.tbs-sct.canada.ca/pol/"
                                                     "doc-fra.aspx")) and rule.rule.guidance_title_fr, rule.rule.id
        assert any(scope in ("fr", "en+fr", "any") for _, scope in (*rule.rule.term_scopes, ("", "en+fr"))) \
            or rule.rule.domains, rule.rule.id
    for combination in rules.combinations:
        assert combination.title_fr and combination.reason_fr and combination.guidance_url.startswith("https://")
        assert combination.guidance_url_fr.startswith(("https://www.canada.ca/fr/", "https://www.tbs-sct.canada.ca/"
                                                       "pol/doc-fra.aspx")) and combination.guidance_title_fr


def test_the_version_changes_with_the_file() -> None:
    assert load_profile_rules().version == load_profile_rules().version
    text = ("[[rule]]\nid = \"PRO-001\"\ncategory = \"official\"\nsignal = \"x\"\ntitle = \"t\"\ntitle_fr = \"t\"\n"
             "reason = \"r\"\nreason_fr = \"r\"\nguidance_url = \"https://a.ca\"\nguidance_title = \"g\"\n"
             "guidance_url_fr = \"https://a.ca/fr\"\nguidance_title_fr = \"o\"\nterms = [\"a\"]\n")
    assert parse_profile_rules("a.toml", text).version != parse_profile_rules("a.toml", text + "\n").version


BASE = ("[[rule]]\nid = \"PRO-001\"\ncategory = \"official\"\nsignal = \"official\"\ntitle = \"t\"\n"
        "title_fr = \"t\"\nreason = \"r\"\nreason_fr = \"r\"\nguidance_url = \"https://a.ca\"\nguidance_title = \"g\"\n"
        "guidance_url_fr = \"https://a.ca/fr\"\nguidance_title_fr = \"o\"\nterms = [\"official account\"]\n")
COMBINE = ("\n[[combine]]\nid = \"PRO-020\"\ncategory = \"partisan\"\nseverity = \"high\"\ntitle = \"t\"\n"
           "title_fr = \"t\"\nreason = \"r\"\nreason_fr = \"r\"\nguidance_url = \"https://a.ca\"\n"
           "guidance_title = \"g\"\nguidance_url_fr = \"https://a.ca/fr\"\nguidance_title_fr = \"o\"\n")


@pytest.mark.parametrize(("text", "message"), [
    ("[[rule]]\nid = ", "not valid TOML"),
    ("category = \"official\"\n", "needs at least one [[rule]]"),
    (BASE.replace("title_fr = \"t\"\n", ""), "rule PRO-001: field title_fr: is required"),
    (BASE.replace("guidance_url_fr = \"https://a.ca/fr\"\n", ""), "rule PRO-001: field guidance_url_fr: is required"),
    (BASE + COMBINE.replace("guidance_title_fr = \"o\"\n", "") + "when = [[\"official\"]]\n",
     "rule PRO-020: field guidance_title_fr: is required"),
    (BASE.replace("signal = \"official\"", "signal = \"two words\""), "rule PRO-001: field signal"),
    (BASE + "profile_fields = [\"shoe size\"]\n", "rule PRO-001: field profile_fields"),
    (BASE + "colour = \"red\"\n", "rule PRO-001: field colour: unknown"),
    (BASE.replace("terms = [\"official account\"]", "terms = []"), "rule PRO-001"),
    (BASE + COMBINE + "when = [[\"official\"], [\"partisan\"]]\n", "rule PRO-020: field when: no rule gives the "
                                                                   "signal 'partisan'"),
    (BASE + COMBINE + "when = \"official\"\n", "rule PRO-020: field when: must be a list of lists"),
    (BASE + COMBINE + "when = [[\"official\"]]\nroles = [\"minister\"]\n", "rule PRO-020: field roles"),
    (BASE + COMBINE + "when = [[\"official\"]]\nfollowers_at_least = -1\n", "rule PRO-020: field followers_at_least"),
    (BASE + COMBINE + "when = [[\"official\"]]\ncolour = 1\n", "rule PRO-020: field colour: unknown"),
    (BASE + COMBINE.replace("PRO-020", "PRO-001") + "when = [[\"official\"]]\n", "rule PRO-001: field id: duplicate"),
])
def test_a_broken_rule_file_is_refused_naming_the_file_rule_and_key(text: str, message: str) -> None:
    with pytest.raises(RuleError, match=r"^mine\.toml: ") as error:
        parse_profile_rules("mine.toml", text)
    assert message in str(error.value)
