"""Rules built from the profile: the person's own department, work topics and colleagues' names."""

from __future__ import annotations

from dataclasses import dataclass, replace

from auditor.core.profile import Profile
from auditor.scoring.fold import fold_term
from auditor.scoring.model import Rule
from auditor.scoring.validate import lexicon

_VE_URL = "https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=32811"
_VE_TITLE = "TBS Guidance for Public Servants on their Personal Use of Social Media"
_VE_URL_FR = "https://www.tbs-sct.canada.ca/pol/doc-fra.aspx?id=32811"
_VE_TITLE_FR = ("SCT : Lignes directrices pour les fonctionnaires concernant l'utilisation personnelle des médias "
                "sociaux")
#: each profile rule's title and reason in French (the English are in DERIVED)
_FRENCH = {
    "OWN-001": ("Nomme votre propre ministère",
                "votre profil l'indique comme votre ministère (department, acronyms) : les publications sur le travail "
                "de votre propre organisation devraient être autorisées ou clairement personnelles"),
    "EMP-090": ("Critique votre propre ministère ou son ministre",
                "votre profil indique votre ministère (department, acronyms), et un ministre le dirige : critiquer "
                "publiquement votre propre ministère ou votre ministre peut miner la confiance en votre impartialité"),
    "EMP-091": ("Critique nommément votre gestionnaire",
                "votre profil indique cette personne comme votre gestionnaire : afficher en public du mépris pour "
                "votre propre superviseur est un manquement au respect et à la loyauté que les employeurs "
                "sanctionnent"),
    "OWN-002": ("Traite d'un dossier sur lequel vous travaillez",
                "votre profil l'inscrit parmi vos sujets de travail : commenter des dossiers sur lesquels vous "
                "travaillez risque de divulguer de l'information ou de donner l'impression de parler à titre officiel"),
    "PII-090": ("Nomme un collègue ou votre gestionnaire",
                "votre profil inscrit cette personne parmi vos collègues ou comme votre gestionnaire : nommer des "
                "collègues dans des publications personnelles peut divulguer les renseignements personnels d'autrui"),
}
_MINISTER = ("the minister", "my minister", "our minister", "the deputy minister", "my deputy minister", "our dm",
             "my dm", "le ministre", "la ministre", "notre ministre", "mon ministre", "le sous-ministre",
             "la sous-ministre")


@dataclass(frozen=True)
class Derived:
    """A rule made from the profile: all but its terms, and the profile keys its terms come from."""

    rule: Rule  # without terms: the profile gives them
    keys: tuple[str, ...]  # the profile.toml keys whose values are its terms; no values there, no rule
    fixed: tuple[str, ...] = ()  # terms it also reads once the profile gives it some (EMP-090: the minister)
    contempt: bool = False  # a word of contempt must be near (lexicons `venting` and `criticism`)


def _rule(rule_id: str, title: str, category: str, severity: str, confidence: float, reason: str,
          window: int = 0) -> Rule:
    title_fr, reason_fr = _FRENCH[rule_id]
    return Rule(id=rule_id, title=title, category=category, severity=severity, confidence=confidence,
                reason=reason, guidance_url=_VE_URL, guidance_title=_VE_TITLE, window=window, source="profile",
                title_fr=title_fr, reason_fr=reason_fr, guidance_url_fr=_VE_URL_FR, guidance_title_fr=_VE_TITLE_FR)


#: every rule the profile can make, in the order they are made
DERIVED = (
    Derived(_rule("OWN-001", "Names your own department", "own_work", "low", 0.6,
                  "your profile names it as your department (department, acronyms): posts about your own "
                  "organization's work should be authorized or plainly personal"), ("department", "acronyms")),
    # why the minister: a public servant's minister is the head of their own department
    Derived(_rule("EMP-090", "Criticizes your own department or its minister", "employer", "medium", 0.75,
                  "your profile names your department (department, acronyms), and a minister heads it: "
                  "public criticism of your own department or minister can undermine trust in your impartiality",
                  window=120), ("department", "acronyms"), fixed=_MINISTER, contempt=True),
    Derived(_rule("EMP-091", "Criticizes your manager by name", "employer", "high", 0.7,
                  "your profile names this person as your manager: contempt for your own supervisor in public is "
                  "a breach of respect and loyalty that employers act on", window=80), ("manager",), contempt=True),
    Derived(_rule("OWN-002", "Discusses a file you work on", "own_work", "low", 0.5,
                  "your profile lists it among your work topics: commenting on files you work on risks "
                  "disclosing or appearing to speak officially"), ("topics",)),
    Derived(_rule("PII-090", "Names a colleague or your manager", "personal_info", "low", 0.5,
                  "your profile lists this person among your colleagues or as your manager: naming colleagues in "
                  "personal posts can disclose others' personal information"), ("colleagues", "manager")),
)


def profile_rules(profile: Profile) -> list[Rule]:
    """OWN-, EMP- and PII- rules for what only the profile knows; none when the profile is empty."""
    contempt = contempt_words()
    rules: list[Rule] = []
    for derived in DERIVED:
        terms = _terms(tuple(value for key in derived.keys for value in _values(profile, key)))
        if terms:
            rules.append(replace(derived.rule, terms=terms + derived.fixed,
                                 requires=contempt if derived.contempt else ()))
    return rules


def contempt_words() -> tuple[str, ...]:
    """The words of contempt a `contempt` rule needs near its term."""
    return tuple(dict.fromkeys((*(lexicon("venting") or ()), *(lexicon("criticism") or ()))))


def _values(profile: Profile, key: str) -> tuple[str, ...]:
    value = getattr(profile, key)
    return (value,) if isinstance(value, str) else value


def _terms(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(fold_term(v) for v in values if fold_term(v)))
