"""Turn one parsed rule file into validated Rule objects; every error names the file, the rule and the field."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from auditor.core.errors import RuleError
from auditor.scoring.fold import fold_term
from auditor.scoring.model import (
    CATEGORIES,
    FIELDS,
    LANGUAGES,
    SCOPES,
    SEVERITIES,
    TEXT_FIELDS,
    VALIDATORS,
    Pattern,
    Rule,
)
from auditor.scoring.spans import DEFAULT_READS, KINDS

_ID = re.compile(r"^[A-Z]{2,5}-\d{3}$")
_FILE_KEYS = {"pack", "category", "guidance_url", "guidance_title", "guidance_url_fr", "guidance_title_fr", "reads",
              "rule"}
_RULE_KEYS = {"id", "title", "category", "severity", "confidence", "reason", "terms", "exclude", "requires", "window",
              "raise", "lower", "patterns", "domains", "accounts", "min_terms", "fields", "reads", "guidance_url",
              "guidance_title", "title_fr", "reason_fr", "guidance_url_fr", "guidance_title_fr"}
#: the French a rule may give (title_fr, reason_fr; guidance_url_fr and guidance_title_fr also for the whole file):
#: optional in a person's own rule file, required of the built-in ones
FRENCH_KEYS = ("title_fr", "reason_fr", "guidance_url_fr", "guidance_title_fr")
#: the scope of terms by where they are listed: `terms.en`, `terms.fr`, `terms.both` or a plain list (English and
#: French posts), `terms.any` (every language)
_LIST_SCOPE = {"en": "en", "fr": "fr", "both": "en+fr", "any": "any", None: "en+fr"}
_TERM_FIELDS = {"terms": "terms", "exclude": "exclude", "requires": "requires", "raise": "raise_terms",
                "lower": "lower_terms"}
_LEXICON = "lexicon:"


class _Where:
    """Where a problem is: file and rule, so every message names them the same way."""

    def __init__(self, name: str, rule: str = "(file)") -> None:
        self.name, self.rule = name, rule

    def error(self, field: str, problem: str) -> RuleError:
        return RuleError(f"{self.name}: rule {self.rule}: field {field}: {problem}")


def build_rules(name: str, data: dict[str, Any], *, require_french: bool = False) -> list[Rule]:
    """Validate a rule file's parsed TOML and build its rules; with `require_french` (the built-in files), every rule
    must give its title, reason and guidance in French too."""
    where = _Where(name)
    _no_unknown(where, data, _FILE_KEYS, "(file)")
    pack = data.get("pack")
    if pack is not None and not (isinstance(pack, str) and pack.isidentifier()):
        raise where.error("pack", "must be a short name such as 'uk'")
    entries = data.get("rule")
    if not isinstance(entries, list) or not entries:
        raise where.error("rule", "a rule file needs at least one [[rule]] table")
    defaults = {k: data[k] for k in ("category", "guidance_url", "guidance_title", "guidance_url_fr",
                                     "guidance_title_fr", "reads") if k in data}
    return [_build_rule(name, {**defaults, **entry} if isinstance(entry, dict) else entry, pack, require_french)
            for entry in entries]


def _build_rule(name: str, entry: Any, pack: str | None, require_french: bool = False) -> Rule:
    if not isinstance(entry, dict):
        raise _Where(name).error("rule", "each [[rule]] must be a table")
    where = _Where(name, str(entry.get("id", "(no id)")))
    _no_unknown(where, entry, _RULE_KEYS, "")
    rule_id = _text(where, entry, "id")
    if not _ID.match(rule_id):
        raise where.error("id", f"{rule_id!r} is not a short stable id such as PART-001")
    category = _choice(where, entry, "category", tuple(CATEGORIES))
    values: dict[str, Any] = {
        "id": rule_id, "category": category, "pack": pack, "source": name,
        "title": _text(where, entry, "title"), "reason": _text(where, entry, "reason"),
        "severity": _choice(where, entry, "severity", SEVERITIES, CATEGORIES[category]),
        "confidence": _number(where, entry, "confidence", 0.7, 0.05, 1.0),
        "guidance_url": _url(where, entry), "guidance_title": _text(where, entry, "guidance_title"),
        "window": int(_number(where, entry, "window", 0, 0, 2000)),
        "min_terms": int(_number(where, entry, "min_terms", 1, 1, 20)),
        "fields": _fields(where, entry), "patterns": _patterns(where, entry.get("patterns", [])),
        "domains": _plain_list(where, entry, "domains"), "accounts": _plain_list(where, entry, "accounts"),
        "reads": _reads(where, entry), **_french(where, entry, require_french),
    }
    for key, attr in _TERM_FIELDS.items():
        scoped = _scoped_terms(where, key, entry.get(key, []))
        values[attr] = tuple(scoped)
        if key == "terms":
            values["term_scopes"] = tuple((term, scope) for term, scope in scoped.items() if scope != "en+fr")
    if not (values["terms"] or values["patterns"] or values["domains"] or values["accounts"]):
        raise where.error("terms", "a rule needs terms, patterns, domains or accounts to match")
    return Rule(**values)


def _french(where: _Where, entry: dict, required: bool) -> dict[str, str]:
    """title_fr, reason_fr, guidance_url_fr and guidance_title_fr: each a non-empty string when given (the URL an
    https:// address), all four when `required`."""
    out = {}
    for key in FRENCH_KEYS:
        if key not in entry:
            if required:
                raise where.error(key, "required of a built-in rule: its French, beside the English")
            continue
        out[key] = _text(where, entry, key)
    if "guidance_url_fr" in out and not out["guidance_url_fr"].startswith("https://"):
        raise where.error("guidance_url_fr", "must be an https:// address")
    return out


def _no_unknown(where: _Where, data: dict, allowed: set[str], prefix: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise where.error(unknown[0], f"unknown field (allowed: {', '.join(sorted(allowed))})")


def _text(where: _Where, entry: dict, key: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise where.error(key, "required, a non-empty string")
    return value.strip()


def _choice(where: _Where, entry: dict, key: str, allowed: tuple[str, ...], default: str | None = None) -> str:
    value = entry.get(key, default)
    if value not in allowed:
        raise where.error(key, f"{value!r} is not one of {', '.join(allowed)}")
    return value


def _number(where: _Where, entry: dict, key: str, default: float, low: float, high: float) -> float:
    value = entry.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise where.error(key, f"{value!r} must be a number from {low} to {high}")
    return float(value)


def _url(where: _Where, entry: dict) -> str:
    url = _text(where, entry, "guidance_url")
    if not url.startswith("https://"):
        raise where.error("guidance_url", "must be an https:// address")
    return url


def _fields(where: _Where, entry: dict) -> tuple[str, ...]:
    fields = entry.get("fields", list(TEXT_FIELDS))
    if not isinstance(fields, list) or not fields or any(f not in FIELDS for f in fields):
        raise where.error("fields", f"must be a list drawn from {', '.join(FIELDS)}")
    return tuple(fields)


def _plain_list(where: _Where, entry: dict, key: str) -> tuple[str, ...]:
    values = entry.get(key, [])
    if not isinstance(values, list) or any(not isinstance(v, str) or not v.strip() for v in values):
        raise where.error(key, "must be a list of non-empty strings")
    return tuple(v.strip().lower().lstrip("@") for v in values)


def _scoped_terms(where: _Where, key: str, value: Any) -> dict[str, str]:
    """term -> scope. Terms are a list, or a table of lists per language; 'lexicon:NAME' pulls in lexicons/NAME.txt,
    read in the language its `# language:` line names, else in that of the list it is named in. A term listed for
    English and for French is read in both."""
    if isinstance(value, dict):
        bad = sorted(set(value) - set(LANGUAGES))
        if bad:
            raise where.error(f"{key}.{bad[0]}", f"unknown language (use {', '.join(LANGUAGES)})")
        items = [(f"{key}.{lang}", _LIST_SCOPE[lang], v) for lang, vals in value.items()
                 for v in _as_list(where, f"{key}.{lang}", vals)]
    else:
        items = [(key, _LIST_SCOPE[None], v) for v in _as_list(where, key, value)]
    out: dict[str, str] = {}
    for field, scope, item in items:
        for term, term_scope in _expand(where, field, item, scope):
            out[term] = _joined_scope(out.get(term), term_scope)
    return out


def _joined_scope(old: str | None, new: str) -> str:
    if old is None or old == new:
        return new
    return "any" if "any" in (old, new) else "en+fr"


def _reads(where: _Where, entry: dict) -> tuple[str, ...]:
    reads = entry.get("reads", list(DEFAULT_READS))
    if not isinstance(reads, list) or not reads or any(r not in KINDS for r in reads):
        raise where.error("reads", f"must be a list drawn from {', '.join(KINDS)}")
    return tuple(dict.fromkeys(reads))


def _as_list(where: _Where, field: str, values: Any) -> list[str]:
    if not isinstance(values, list) or any(not isinstance(v, str) for v in values):
        raise where.error(field, "must be a list of strings")
    return values


def _expand(where: _Where, field: str, item: str, scope: str) -> list[tuple[str, str]]:
    if item.startswith(_LEXICON):
        found = lexicon_scoped(item[len(_LEXICON):])
        if found is None:
            raise where.error(field, f"no lexicon named {item[len(_LEXICON):]!r} under auditor/rules/lexicons")
        terms, declared = found
        return [(term, declared or scope) for term in terms]
    term = fold_term(item)
    if not term.rstrip("*") or "*" in term[:-1]:
        raise where.error(field, f"{item!r}: a term needs letters, and '*' only at its end")
    return [(term, scope)]


def lexicon(name: str) -> tuple[str, ...] | None:
    """The folded terms of lexicons/NAME.txt (one per line, '#' starts a comment), or None if there is none."""
    found = lexicon_scoped(name)
    return None if found is None else found[0]


_DECLARED_LANGUAGE = re.compile(r"^#\s*language:\s*(\S+)\s*$", re.MULTILINE)


@cache
def lexicon_scoped(name: str) -> tuple[tuple[str, ...], str | None] | None:
    """(folded terms, the scope its `# language: en|fr|en+fr|any` line declares or None) of lexicons/NAME.txt."""
    path = resources.files("auditor.rules").joinpath("lexicons", f"{name}.txt")
    if not re.fullmatch(r"[a-z0-9_]+", name) or not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    declared = _DECLARED_LANGUAGE.search(text)
    scope = declared.group(1) if declared else None
    if scope is not None and scope not in SCOPES:
        raise RuleError(f"lexicons/{name}.txt: '# language: {scope}' is not one of {', '.join(SCOPES)}")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(dict.fromkeys(fold_term(line) for line in lines if line)), scope


def _patterns(where: _Where, value: Any) -> tuple[Pattern, ...]:
    if not isinstance(value, list):
        raise where.error("patterns", "must be a list of tables {regex, validator, flags, group}")
    return tuple(_pattern(where, f"patterns[{i}]", item) for i, item in enumerate(value))


def _pattern(where: _Where, field: str, item: Any) -> Pattern:
    if not isinstance(item, dict) or not isinstance(item.get("regex"), str):
        raise where.error(field, "needs a 'regex' string")
    validator = item.get("validator")
    if validator is not None and validator not in VALIDATORS:
        raise where.error(f"{field}.validator", f"{validator!r} is not one of {', '.join(VALIDATORS)}")
    flags = re.IGNORECASE if "i" in str(item.get("flags", "")) else 0
    try:
        regex = re.compile(item["regex"], flags)
    except re.error as exc:
        raise where.error(f"{field}.regex", f"does not compile ({exc})") from None
    group = item.get("group", 0)
    if not isinstance(group, int) or group > regex.groups:
        raise where.error(f"{field}.group", "names a group the regex does not have")
    needs = item.get("needs", [])
    if not isinstance(needs, list) or any(not isinstance(n, str) or not n for n in needs):
        raise where.error(f"{field}.needs", "must be a list of literal strings (or '#digit')")
    # a checked number reads the same in every language; a pattern of words is read where its words are
    scope = item.get("lang", "any" if validator else "en+fr")
    if scope not in SCOPES:
        raise where.error(f"{field}.lang", f"{scope!r} is not one of {', '.join(SCOPES)}")
    return Pattern(regex, validator, group, tuple(n if n == "#digit" else fold_term(n) for n in needs), scope)
