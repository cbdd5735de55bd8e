"""The report's "Your profiles": every account's profile fields with their flags, for HTML, JSON and CSV.

JSON carries them under `profiles` (fields, flags, and what each export of the scan held); the CSV adds one row per
profile flag, marked `profile_flag` in its `record` column, after the post flags; the HTML report opens with them.
"""

from __future__ import annotations

from collections import defaultdict

from auditor.core.audit import Audit
from auditor.core.safe_text import web_link
from auditor.profiles.audit import ProfileAudit
from auditor.profiles.score import SEVERITY_ORDER, ProfileFlag
from auditor.profiles.table import ProfileField, ProfileSource
from connectors.profile_fields import FOUND
from reports import values
from reports.bilingual import message
from reports.highlight import clipped, span_of
from reports.i18n import Strings, format_date

SHOWN_CHARS = 2_000  # of one field's value in the page; the JSON keeps it whole
#: how the CSV's post columns hold a profile flag: the account's platform and name, the fields' values
CSV_RECORD = "profile_flag"


def records(audit: Audit) -> dict | None:
    """The JSON's `profiles`: the rules' version, every field, every flag, and what each export of the scan held."""
    found = audit.profiles
    if found is None:
        return None
    return {
        "rules_version": found.version,
        "fields": [_field_record(f, found) for f in found.table.fields],
        "flags": [_flag_record(flag) for flag in found.flags],
        "sources": [_source_record(s) for s in found.table.sources],
    }


def _field_record(field: ProfileField, found: ProfileAudit) -> dict:
    return {"platform": field.platform, "account": field.account, "field": field.field, "label": field.label,
            "value": field.value, "when": values.iso(field.when) or None, "source": field.source,
            # when an earlier scan read it (a field this scan read was read now: the report's generated_at)
            "read_at": (values.iso(field.read_at) or None) if found.is_kept(field.key) else None,
            "kept_from_earlier_scan": found.is_kept(field.key)}


def _flag_record(flag: ProfileFlag) -> dict:
    return {"flag_id": flag.flag_id, "platform": flag.platform, "account": flag.account, "rule_id": flag.rule_id,
            "category": flag.category, "severity": flag.severity, "confidence": flag.confidence,
            "score": flag.score, "title": flag.title, "title_fr": flag.title_fr, "explanation": flag.explanation,
            "explanation_fr": flag.explanation_fr, "guidance_url": flag.guidance_url,
            "guidance_title": flag.guidance_title, "guidance_url_fr": flag.guidance_url_fr or None,
            "guidance_title_fr": flag.guidance_title_fr or None, "evidence": [values.plain(e) for e in flag.evidence],
            "combines": list(flag.combines)}


def _in(lang: str, english: str, french: str) -> str:
    return french if lang == "fr" and french else english


def _source_record(source: ProfileSource) -> dict:
    return {"source": source.source, "platform": source.platform, "fields": source.fields,
            "has_profile_data": source.has_data, "fields_left_out": source.dropped,
            "looked": [{"where": lk.where, "state": lk.state, "detail": lk.detail} for lk in source.looked]}


def csv_rows(audit: Audit, lang: str = "en") -> list[dict]:
    """One CSV row per profile flag: the flag's own columns (what a person reads in `lang`), and in the post columns
    the account's platform and name, the profile fields it rests on (`text`) and their files (`source`)."""
    found = audit.profiles
    if found is None:
        return []
    out = []
    for flag in found.flags:
        indices = list(dict.fromkeys(e.get("field_index") for e in flag.evidence))
        shown = [found.table.fields[i] for i in indices if isinstance(i, int) and 0 <= i < len(found.table.fields)]
        out.append({
            "flag_id": flag.flag_id, "rule_id": flag.rule_id, "category": flag.category, "severity": flag.severity,
            "confidence": flag.confidence, "score": flag.score,
            "explanation": _in(lang, flag.explanation, flag.explanation_fr),
            "guidance_url": _in(lang, flag.guidance_url, flag.guidance_url_fr),
            "guidance_title": _in(lang, flag.guidance_title, flag.guidance_title_fr),
            "evidence": [values.plain(e) for e in flag.evidence], "platform": flag.platform,
            "account": flag.account, "text": "\n".join(f"{f.field}: {f.text}" for f in shown),
            "source": "\n".join(dict.fromkeys(f.source for f in shown)),
        })
    return out


def profiles_view(audit: Audit, s: Strings, lang: str) -> dict | None:
    """The section's content: each account (the most severe flags first) with its fields, evidence marked, and
    its flags in both languages; then what each export of this scan held. None when the audit has no profiles."""
    found = audit.profiles
    if found is None:
        return None
    control, more = s.t("post.control_char"), s.t("post.more_text")
    marks: dict[int, list[dict]] = defaultdict(list)
    for flag in found.flags:
        for item in flag.evidence:
            if isinstance(item.get("field_index"), int):
                marks[item["field_index"]].append(item)
    at = {id(f): i for i, f in enumerate(found.table.fields)}
    accounts = []
    for key in found.table.accounts():
        flags = found.flags_of(key)
        fields = [_field_view(f, marks.get(at[id(f)], []), control, more, lang) for f in found.table.of(key)]
        accounts.append({
            "platform": key[0], "account": key[1], "fields": fields, "flags": [_flag_view(f, lang) for f in flags],
            "worst": min((f.severity for f in flags), key=SEVERITY_ORDER.get, default=""),
            "kept": found.is_kept(key), "read_at": _read_at(found, key, lang),
            "dated": any(f["when"] for f in fields),
        })
    accounts.sort(key=lambda a: SEVERITY_ORDER.get(a["worst"], len(SEVERITY_ORDER)))
    return {"accounts": accounts, "sources": [_source_view(src) for src in found.table.sources],
            "counts": found.severity_counts(), "total": len(found.flags),
            "i18n": {"en": {k: v for f in found.flags for k, v in _texts(f, f.title, f.explanation)},
                     "fr": {k: v for f in found.flags for k, v in _texts(f, f.title_fr, f.explanation_fr)}}}


def _texts(flag: ProfileFlag, title: str, why: str) -> list[tuple[str, str]]:
    """A flag's words under the keys the page's language toggle looks up (its i18n data)."""
    return [(f"pflag.{flag.flag_id}.title", title), (f"pflag.{flag.flag_id}.why", why)]


def _field_view(field: ProfileField, evidence: list[dict], control: str, more: str, lang: str) -> dict:
    text = field.text
    spans = [span for span in (span_of(text, e) for e in evidence) if span]
    return {"field": field.field, "label": field.label if field.field != "profile_field" else "",
            "html": clipped(text, spans, SHOWN_CHARS, control, more), "flagged": bool(spans),
            "when": format_date(field.when, lang) if field.when else "", "when_iso": values.iso(field.when),
            "source": field.source}


def _flag_view(flag: ProfileFlag, lang: str) -> dict:
    return {"flag_id": flag.flag_id, "rule_id": flag.rule_id, "severity": flag.severity, "category": flag.category,
            "title": flag.title_fr if lang == "fr" else flag.title,
            "why": flag.explanation_fr if lang == "fr" else flag.explanation,
            "guidance_url": web_link(flag.guidance_url), "guidance_title": flag.guidance_title,
            "guidance_url_fr": web_link(flag.guidance_url_fr), "guidance_title_fr": flag.guidance_title_fr,
            "combines": list(flag.combines)}


def _source_view(source: ProfileSource) -> dict:
    return {"source": source.source, "platform": source.platform, "fields": source.fields,
            "has_data": source.has_data, "dropped": source.dropped,
            "looked": [{"where": lk.where, "state": lk.state, "detail": lk.detail, "said": message(lk.detail),
                        "fields": lk.detail.split(", ") if lk.state == FOUND and lk.detail else []}
                       for lk in source.looked]}


def _read_at(found: ProfileAudit, key: tuple[str, str], lang: str) -> str:
    """When a profile kept from an earlier scan was last read ('' for one read now)."""
    if not found.is_kept(key):
        return ""
    times = [f.read_at for f in found.table.of(key) if f.read_at is not None]
    return format_date(max(times), lang) if times else ""
