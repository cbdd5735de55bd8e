"""The short summary a scan prints on the terminal: what was read, skipped and flagged, and where the report is.

In English or French (`lang`): the sentences are auditor/i18n's `summary.*`, the importers' notes and skip reasons
are written again in French where a template fits (auditor.i18n.messages), counts are grouped as each language
writes them (1,234 / 1 234). Platform ids, file names, language codes and rule-set versions are the same in both.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from auditor.core.counts import Counts, counts
from auditor.core.safe_text import for_terminal
from auditor.i18n import strings
from auditor.i18n.messages import say
from auditor.scan import ScanOutcome
from auditor.scoring.explain import fill
from connectors.base import file_of

MAX_REASONS = 8


class _Words:
    """The summary's strings and numbers in one language."""

    def __init__(self, lang: str) -> None:
        self.lang, self.said = lang, strings(lang)

    def __call__(self, key: str, **args: object) -> str:
        return fill(self.said[key], **args)

    def n(self, value: int) -> str:
        """A count with the language's digit grouping."""
        return f"{value:,}" if self.lang == "en" else f"{value:,}".replace(",", "\u00a0")

    def decimal(self, value: float) -> str:
        return f"{value:.1f}" if self.lang == "en" else f"{value:.1f}".replace(".", ",")


def lines(outcome: ScanOutcome, lang: str = "en") -> list[str]:
    """The summary as lines of text, in `lang`."""
    t = _Words(lang)
    audit = outcome.audit
    numbers = counts(audit)
    out = _new_since(audit, numbers, t)
    out.append(t("summary.read_store" if numbers.new is not None else "summary.read", posts=t.n(numbers.posts),
                 sources=t.n(numbers.sources), seconds=t.decimal(outcome.seconds)))
    for cov in audit.coverage:
        kinds = ", ".join(f"{_kind(kind, t)} {t.n(n)}" for kind, n in sorted(cov.kinds.items(), key=lambda kv: -kv[1]))
        span = f"  {cov.first:%Y-%m-%d} → {cov.last:%Y-%m-%d}" if cov.first and cov.last else ""
        out.append(f"  {cov.platform:<10} {t.n(cov.posts):>9}  ({kinds}){span}")
    if outcome.out_of_range:
        out.append("  " + t("summary.out_of_range", n=t.n(outcome.out_of_range)))
    if outcome.direct_left_out:
        out.append("  " + t("summary.direct_left_out", n=t.n(outcome.direct_left_out)))
    out += _languages(audit, t)
    out += _accounting(audit, t)
    out += _skips(audit.skipped, numbers, t)
    out += _merges(audit, t)
    out += [t("summary.note", note=say(note, lang)) for note in audit.notes[:MAX_REASONS]]
    out += _profiles(audit, t)
    bands, todo = numbers.flagged, numbers.to_review
    out.append(t("summary.flagged", high=t.n(bands["high"]), medium=t.n(bands["medium"]), low=t.n(bands["low"]),
                 version=audit.ruleset_version))
    if numbers.has_decisions:
        out.append(t("summary.to_review", high=t.n(todo["high"]), medium=t.n(todo["medium"]), low=t.n(todo["low"]),
                     decided=t.n(numbers.decided), dismissed=t.n(numbers.dismissed)))
    if audit.role_change is not None:
        change = audit.role_change
        high = sum(c.band_next == "high" for c in change.rises)
        name = change.profile_next.get("profile")
        out.append(t("summary.role", name=Path(name).name if name else t("summary.compared_profile"),
                     rises=t.n(len(change.rises)), high=t.n(high), drops=t.n(len(change.drops))))
    out += [t("summary.written", path=where(path)) for path in outcome.written]
    return [for_terminal(line, newlines=False) for line in out]  # why: a name in an export may hold a line break


def _profiles(audit, t: _Words) -> list[str]:
    """What the profiles of the accounts say: how many were read, their flags, and the exports with none."""
    found = audit.profiles
    if found is None:
        return []
    accounts = found.table.accounts()
    counts = found.severity_counts()
    out = [t("summary.profiles", accounts=t.n(len(accounts)), fields=t.n(len(found.table.fields)),
             flags=t.n(len(found.flags)), high=t.n(counts["high"]), medium=t.n(counts["medium"]),
             low=t.n(counts["low"])) + (t("summary.profiles_see") if found.flags else ".")]
    for source in found.table.sources:
        if not source.has_data:
            unreadable = [lk for lk in source.looked if lk.state == "unreadable"]
            why = f" ({unreadable[0].where}: {say(unreadable[0].detail, t.lang)})" if unreadable else ""
            out.append("  " + t("summary.no_profile_data", source=source.source, platform=source.platform, why=why))
    return out


def where(path: str | os.PathLike) -> str:
    """A written file's path as a person can open it from any folder: absolute (scan and demo alike)."""
    return os.path.abspath(path)


def _kind(kind: str, t: _Words) -> str:
    # a kind with no entry reads the same in both languages (an "article" is one in French too)
    return t.said.get(f"summary.kind.{kind}", kind)


def _new_since(audit, numbers: Counts, t: _Words) -> list[str]:
    """What changed since the previous audit leads the verdict (first audits have nothing to compare)."""
    if numbers.new is None:
        return []
    return [t("summary.new_since", date=f"{audit.previous_scan_at:%Y-%m-%d}", new=t.n(numbers.new),
              changed=t.n(numbers.changed or 0), flagged=t.n(numbers.new_flagged))]


def _languages(audit, t: _Words) -> list[str]:
    """Which languages the posts are in: those read by every rule, and those read only by language-neutral ones."""
    found = audit.languages()
    if not found["scored"] and not found["not_scored"]:
        return []
    scored = ", ".join(f"{lang} {t.n(n)}" for lang, n in found["scored"].items())
    out = [t("summary.languages", scored=scored or t("summary.none"))]
    if found["not_scored"]:
        others = ", ".join(f"{lang} {t.n(n)}" for lang, n in list(found["not_scored"].items())[:12])
        more = len(found["not_scored"]) - 12
        out.append(t("summary.not_scored", n=t.n(sum(found["not_scored"].values())), languages=others,
                     more=t("summary.and_more", n=t.n(more)) if more > 0 else ""))
    return out


def _accounting(audit, t: _Words) -> list[str]:
    """What the files of this scan held, per platform: records = imported + skipped + duplicates merged."""
    counted = [c for c in audit.coverage if c.records]
    if not counted:
        return []
    total = {name: sum(getattr(c, name) for c in counted) for name in ("records", "imported", "skipped", "merged")}
    out = [t("summary.accounting", records=t.n(total["records"]), parts=_adding_up(total, t))]
    out += [f"  {c.platform:<10} {t.n(c.records):>9} {t('summary.records')} = {_adding_up(vars(c), t)}"
            for c in counted]
    return out


def _adding_up(count: dict, t: _Words) -> str:
    return t("summary.parts", imported=t.n(count["imported"]), skipped=t.n(count["skipped"]),
             merged=t.n(count["merged"]))


def _merges(audit, t: _Words) -> list[str]:
    """The files where duplicates were merged, with the first of each (the record kept is the one read last)."""
    files = [f for f in audit.files if f.merged]
    if not files:
        return []
    first: dict[str, object] = {}
    for merge in audit.merged:
        first.setdefault(file_of(merge.where), merge)
    out = [t("summary.merged", n=t.n(sum(f.merged for f in files)))]
    for count in sorted(files, key=lambda f: -f.merged)[:MAX_REASONS]:
        example = first.get(file_of(count.where))
        shown = t("summary.merged_first", where=example.where, into=example.into) if example else ""
        out.append(f"  {t.n(count.merged):>6} × {file_of(count.where)}{shown}")
    if len(files) > MAX_REASONS:
        out.append("  " + t("summary.merged_more", n=t.n(len(files) - MAX_REASONS)))
    return out


def _skips(skipped, numbers: Counts, t: _Words) -> list[str]:
    if not skipped:
        return [t("summary.skipped_none")]
    by_reason: Counter = Counter()
    for s in skipped:
        by_reason[_file_of(s.where), s.reason] += s.count
    out = [t("summary.skipped", n=t.n(numbers.skipped))]
    for (where, reason), n in by_reason.most_common(MAX_REASONS):
        out.append(f"  {t.n(n):>6} × {say(reason, t.lang)}  [{where}]")
    if len(by_reason) > MAX_REASONS:
        out.append("  " + t("summary.skipped_more", n=t.n(len(by_reason) - MAX_REASONS)))
    return out


def _file_of(where: str) -> str:
    """`tweets.js#812` → `tweets.js`, so identical reasons in one file are counted together."""
    return where.split("#", 1)[0]
