"""The HTML report's content as plain values: summary numbers, coverage, skips, charts and the listed posts."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from markupsafe import Markup

from auditor.core.audit import BANDS, Audit
from auditor.core.counts import counts
from auditor.core.records import Skip
from auditor.core.safe_text import web_link
from reports import charts, values
from reports.bilingual import message, said
from reports.categories import SEVERITIES, known, ordered, severity
from reports.highlight import clipped, highlight, neutralise, span_of
from reports.i18n import Strings, format_date, format_number, strings
from reports.origin import origin
from reports.profiles import profiles_view
from reports.role_change import role_change_view

TEXT_FIELDS = ("title", "content_warning", "text", "media_alt")  # shown in this order, each with its marks
LISTED_BANDS = ("high", "medium", "low")
DECISIONS = ("keep", "delete", "edit", "not_a_problem")  # as auditor.review.decisions.DECISIONS, in the order offered
SHOWN_CHARS = 20_000  # a longer text shows its start and its marked passages; the CSV and JSON keep it whole
START_HERE = 5  # undecided posts the top of the page points to
START_SPARE = 5  # more, shown by the script in place of those decided in the browser
EXCERPT_CHARS = 160  # of a post's text in "Start here" (the line is cut to its width)


@dataclass
class Selection:
    """Which flagged posts the page lists in full, and what it only counts (when over the cap)."""

    listed: pd.DataFrame
    omitted: pd.DataFrame
    total: int

    @property
    def capped(self) -> bool:
        """Whether some flagged posts are counted instead of listed."""
        return len(self.omitted) > 0


@dataclass
class SkipGroup:
    """Skipped entries sharing one reason: how many, and the first few."""

    reason: str
    count: int
    entries: list[Skip] = field(default_factory=list)

    @property
    def said(self):
        """The reason in English, and in French where the importer's message has a French template."""
        return message(self.reason)


def by_risk(posts: pd.DataFrame) -> pd.DataFrame:
    """Highest risk first; among equals the newest first (the page's order without JavaScript)."""
    return posts.sort_values(["risk", "created_at"], ascending=[False, False], kind="stable", na_position="last")


def reviewed_last(posts: pd.DataFrame, reviewed: pd.Series) -> pd.DataFrame:
    """`posts` in the same order, but those already reviewed after all the others (a stable sort)."""
    done = reviewed.reindex(posts.index, fill_value=False).to_numpy(dtype=bool)
    if not done.any():
        return posts
    return pd.concat([posts[~done], posts[done]])


#: the columns choosing the listed posts reads, and those the summary of the omitted ones counts (facet_counts)
_CHOOSING = ("risk", "created_at", "band", "categories", "platform")


def select(audit: Audit, max_rows: int) -> Selection:
    """All flagged posts if they fit under `max_rows`; else the highest-risk high and medium ones, the rest counted.
    The listed posts are in reading order: undecided ones by risk, then the reviewed ones by risk. The omitted
    posts have only the columns their summary counts (`_CHOOSING`)."""
    posts = audit.posts
    # chosen on a few columns, and only the listed rows taken whole: a million posts' flagged ones, copied with their
    # texts (filtered, sorted, then the rest), were ~0.3 GB
    where = np.flatnonzero(posts["band"].isin(LISTED_BANDS).to_numpy())
    flagged = by_risk(posts[list(_CHOOSING)].take(where).set_axis(where))
    if len(flagged) > max_rows:
        # the low band is what gets summarised first: a person acts on high and medium posts
        chosen = flagged[flagged["band"].isin(("high", "medium"))].head(max_rows)
        omitted = flagged.drop(index=chosen.index)
    else:
        chosen, omitted = flagged, flagged.iloc[0:0]
    listed = posts.take(chosen.index.to_numpy())
    return Selection(reviewed_last(listed, audit.reviewed()), omitted, len(flagged))


def skip_groups(skipped: list[Skip], per_reason: int) -> list[SkipGroup]:
    """Skips grouped by reason, commonest first, each keeping its first `per_reason` entries for the details."""
    groups: dict[str, SkipGroup] = {}
    for skip in skipped:
        group = groups.setdefault(skip.reason, SkipGroup(skip.reason, 0))
        group.count += skip.count
        if len(group.entries) < per_reason and skip.count == 1:  # those counted together are "N more"
            group.entries.append(skip)
    return sorted(groups.values(), key=lambda g: (-g.count, g.reason))


def accounting(audit: Audit) -> dict[str, int] | None:
    """What the files of this scan held (records = imported + skipped + merged), or None when it read no file."""
    if not any(c.records for c in audit.coverage):
        return None
    names = ("records", "imported", "skipped", "merged")
    return {name: sum(getattr(c, name) for c in audit.coverage) for name in names}


def year_band_counts(posts: pd.DataFrame) -> dict[int, dict[str, int]]:
    """Posts per year (UTC) and band, for the timeline; undated posts are left out."""
    created = posts["created_at"]
    dated = created.notna()  # two columns, not the whole frame: a million posts carry their texts
    table = created[dated].groupby([created[dated].dt.year, posts["band"][dated]], observed=True).size()
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for (year, band), n in table.items():
        counts[int(year)][str(band)] = int(n)
    if counts:  # a year with no posts still gets its (empty) place on the axis
        for year in range(min(counts), max(counts) + 1):
            counts.setdefault(year, {})
    return dict(counts)


def category_counts(posts: pd.DataFrame) -> dict[str, int]:
    """Flagged posts per category (a post counts once in each of its categories), the most serious first."""
    flagged = posts["categories"][posts["band"] != "none"]  # one column, not the whole frame
    if flagged.empty:
        return {}
    found = Counter({c: 0 for c in known()})
    # a million posts' flagged ones hold a few hundred distinct lists of categories: each is counted once, then
    # spread over its categories (any other value, or a list of unhashable items, is counted as it is)
    lists: Counter = Counter()
    for value in flagged.tolist():
        if type(value) is list:
            try:
                lists[tuple(value)] += 1
                continue
            except TypeError:
                pass
        found.update(set(map(str, values.items(value))))
    for categories, n in lists.items():
        for c in set(map(str, categories)):
            found[c] += n
    return {c: found[c] for c in ordered(found) if found[c]}


def facet_counts(posts: pd.DataFrame) -> dict[str, dict[str, int]]:
    """Counts of the omitted posts by band, category, platform and year, for the summary of what is not listed."""
    years = posts["created_at"].dt.year.dropna().astype(int).astype(str)
    return {
        "band": {str(k): int(v) for k, v in posts["band"].value_counts().items() if v},
        "category": category_counts(posts),
        "platform": {str(k): int(v) for k, v in posts["platform"].value_counts().items() if v},
        "year": dict(sorted(Counter(years.tolist()).items(), reverse=True)),
    }


def label(s: Strings, prefix: str, value: str) -> str:
    """The translated name of a platform, kind, band…, or the raw value when the strings lack it."""
    return s.get(f"{prefix}.{value}", value)


def flags_by_post(flags: pd.DataFrame, post_ids: pd.Series) -> dict[str, list[dict]]:
    """The flags of the listed posts, highest score first, keyed by post id."""
    if flags.empty:
        return {}
    subset = flags[flags["post_id"].isin(set(post_ids))]
    if "score" in subset:
        subset = subset.sort_values("score", ascending=False, kind="stable")
    grouped: dict[str, list[dict]] = defaultdict(list)
    for record in values.records(subset):
        grouped[str(record["post_id"])].append(record)
    return grouped


def change(entry: object, rule_id: str = "") -> dict[str, object]:
    """One score change (a profile/context factor of the post, or an adjustment of the flag of `rule_id`) as
    name, signed delta, reason (in English and French: `reason_fr`, else the English marked as such) and rule;
    `zero` when its delta is a number that changed nothing."""
    data = entry if isinstance(entry, dict) else {"reason": str(entry)}
    name = values.text(data.get("factor") or data.get("name") or data.get("kind"))
    delta = data.get("delta")
    number = isinstance(delta, int | float) and not isinstance(delta, bool) and not values.is_missing(delta)
    shown = f"{delta:+g}".replace("-", "−") if number else values.text(delta)
    reason = values.text(data.get("reason") or data.get("explanation"))
    return {"name": name, "delta": shown, "reason": said(reason, data.get("reason_fr")) if reason else "",
            "rule_id": rule_id, "zero": number and delta == 0}


def score_changes(row: dict, flags: list[dict], s: Strings) -> list[dict]:
    """Everything that moved a post's score: its own factors (profile, kind, visibility, reach), then each flag's
    adjustments (work hours, quoted words, context words…) naming the flag; changes of zero are left out. `key`
    is the translated name of a known factor ('' for another, shown as it is)."""
    found = [change(f) for f in values.items(row.get("factors"))]
    for flag in flags:
        rule_id = values.text(flag.get("rule_id"))
        found.extend(change(a, rule_id) for a in values.items(flag.get("adjustments")))
    for c in found:
        c["key"] = f"factor.{c['name']}" if f"factor.{c['name']}" in s else ""
    return [c for c in found if not c["zero"]]


def excerpt(row: dict) -> Markup:
    """The start of a post's words on one line, for "Start here": its text, else its title, warning or alt text."""
    for name in ("text", "title", "content_warning", "media_alt"):
        words = " ".join(values.text(row.get(name)).split())
        if words:
            return neutralise(words if len(words) <= EXCERPT_CHARS else words[:EXCERPT_CHARS - 1] + "…")
    return Markup("")


def post_view(row: dict, flags: list[dict], s: Strings, lang: str, more: str = "") -> dict:
    """Everything one listed post shows, with its text escaped and evidence marked; `more` says where the whole of
    a text cut short is (post.more_text, {n} left to fill)."""
    evidence: dict[str, list] = defaultdict(list)
    for flag in flags:
        for item in values.items(flag.get("evidence")):
            if isinstance(item, dict):
                evidence[values.text(item.get("field")) or "text"].append(item)
    control, more = s.t("post.control_char"), more or s.t("post.more_text_short")
    fields, elsewhere = [], []
    for name in TEXT_FIELDS:
        content = values.text(row.get(name))
        spans = [span for span in (span_of(content, e) for e in evidence.pop(name, [])) if span]
        if content:
            fields.append({"name": name, "html": clipped(content, spans, SHOWN_CHARS, control, more)})
    for name, items in evidence.items():  # matches in list fields (links: offsets into links[index]) and others
        for item in items:
            elsewhere.append(_elsewhere(row, name, item, control))
    created = values.when(row.get("created_at"))
    categories = ordered(str(c) for c in values.items(row.get("categories")))
    return {
        "post_id": str(row["post_id"]), "review": review_view(row),
        "risk": int(row["risk"]), "band": str(row["band"]), "categories": categories,
        "created": created, "iso": values.iso(created), "date": format_date(created, lang),
        "year": str(created.year) if created else "", "ts": int(created.timestamp()) if created else 0,
        "platform": str(row["platform"]), "kind": str(row["kind"]), "visibility": str(row["visibility"]),
        "account": values.text(row.get("account")), "deleted": bool(row.get("deleted")),
        "reach": {k: values.count(row.get(k)) for k in ("likes", "reposts", "replies")},
        "url": web_link(row.get("url")), "fields": fields, "elsewhere": elsewhere,
        "flags": [_flag_view(f, str(row["post_id"])) for f in flags],
        "changes": score_changes(row, flags, s), "origin": origin(row),
    }


def _elsewhere(row: dict, name: str, item: dict, control: str) -> dict:
    """Evidence in a field shown apart from the text: the list item it points into, or else the quoted words."""
    listed = values.items(row.get(name)) if name in row else []
    index = item.get("index")
    whole = str(listed[index]) if isinstance(index, int) and 0 <= index < len(listed) else ""
    span = span_of(whole, item) if whole else None
    if span:
        return {"field": name, "html": highlight(whole, [span], control)}
    quoted = values.text(item.get("text"))
    return {"field": name, "html": highlight(quoted, [(0, len(quoted))], control)}


def review_view(row: dict) -> dict:
    """A post's standing from earlier audits: its decision and note, reviewed, asked again, new since last scan."""
    decision = values.text(row.get("decision"))
    return {
        "decision": decision if decision in DECISIONS else "", "note": values.text(row.get("decision_note")),
        "reviewed": _true(row.get("reviewed")), "ask_again": _true(row.get("ask_again")),
        "new": _true(row.get("is_new")) or row.get("change") in ("new", "changed"),
    }


def _true(value: object) -> bool:
    return not values.is_missing(value) and bool(value)


def _flag_view(flag: dict, post_id: str) -> dict:
    rule_id = values.text(flag.get("rule_id"))
    return {
        "flag_id": values.text(flag.get("flag_id")) or f"{post_id}/{rule_id}", "rule_id": rule_id,
        "category": values.text(flag.get("category")),
        "explanation": said(flag.get("explanation"), flag.get("explanation_fr")),
        "score": values.plain(flag.get("score")),
        "guidance_url": web_link(flag.get("guidance_url")), "guidance_title": values.text(flag.get("guidance_title")),
        "guidance_url_fr": web_link(flag.get("guidance_url_fr")),
        "guidance_title_fr": values.text(flag.get("guidance_title_fr")),
    }


def options(rows: list[dict], key: str) -> dict[str, int]:
    """Filter choices for one field of the listed posts, with how many posts each has."""
    found: Counter = Counter()
    for row in rows:
        value = row[key]
        found.update(value if isinstance(value, list) else [value] if value else [])
    return dict(found)


def review_summary(audit: Audit) -> dict:
    """What the summary leads with on a re-audit: new and changed since the last scan, decided and still to review
    (auditor.core.counts: flagged = to review + decided)."""
    numbers = counts(audit)
    return {
        "has_review": numbers.has_decisions, "reviewed": numbers.decided, "dismissed": numbers.dismissed,
        "to_review": numbers.to_review_total,
        "since": values.when(audit.previous_scan_at) if numbers.new is not None else None,
        "new_posts": numbers.new or 0, "changed_posts": numbers.changed or 0, "new_flagged": numbers.new_flagged,
    }


def start_here(records: list[dict], rows: list[dict]) -> list[dict]:
    """The highest-risk undecided listed posts, for the top of the page: the first START_HERE shown, then spares
    the script shows in place of those decided in the browser. Each names its post's place on the page."""
    picked = []
    for record, row in zip(records, rows, strict=True):
        if row["review"]["reviewed"]:
            continue  # the listed posts are in reading order: undecided ones first, so the rest are reviewed too
        picked.append({"n": row["n"], "post_id": row["post_id"], "band": row["band"], "risk": row["risk"],
                       "category": row["categories"][0] if row["categories"] else "", "platform": row["platform"],
                       "kind": row["kind"], "date": row["date"], "iso": row["iso"], "created": row["created"],
                       "excerpt": excerpt(record), "spare": len(picked) >= START_HERE})
        if len(picked) == START_HERE + START_SPARE:
            break
    return picked


def exports(formats: tuple[str, ...] | None) -> dict[str, str]:
    """The keys of the phrases that name where the whole data is: the CSV and JSON files this run writes, or,
    when it writes neither (or the caller does not say), how to have them."""
    formats = tuple(formats or ())
    written = [name for name in ("csv", "json") if name in formats]
    return {"all": "exports." + ("_".join(written) if written else "none"),
            "json": "exports.json" if "json" in formats else "exports.json_none"}


def build(audit: Audit, lang: str, *, max_rows: int, skips_per_reason: int,
          formats: tuple[str, ...] | None = None) -> dict:
    """The template's context: every number and text the report shows, in `lang`."""
    s = strings(lang)
    selection = select(audit, max_rows)
    numbers = counts(audit)
    grouped = flags_by_post(audit.flags, selection.listed["post_id"])
    records = values.records(selection.listed)
    where = exports(formats)
    more = s.t("post.more_text", exports=s.t(where["all"]))
    rows = [post_view(r, grouped.get(str(r["post_id"]), []), s, lang, more) | {"n": n}
            for n, r in enumerate(records, start=1)]
    cats = category_counts(audit.posts)
    years = options(rows, "year")
    timeline = year_band_counts(audit.posts)
    found = options(rows, "categories")
    return {
        "lang": lang, "s": s, "rows": rows, "selection": selection, "start": start_here(records, rows),
        "bands": audit.band_counts(exclude_reviewed=True), "band_names": BANDS, "review": review_summary(audit),
        "decisions": DECISIONS, "exports": where,
        "any_reviewed": any(r["review"]["reviewed"] for r in rows),
        "posts_read": numbers.posts, "flagged": numbers.flagged_total, "skipped_total": numbers.skipped,
        "merged_total": numbers.merged, "accounting": accounting(audit),
        "languages": audit.languages(), "role_change": role_change_view(audit, s, lang),
        "notes_said": [message(note) for note in audit.notes],
        "profiles": profiles_view(audit, s, lang),
        "coverage": audit.coverage, "skip_groups": skip_groups(audit.skipped, skips_per_reason),
        "timeline": timeline, "timeline_svg": charts.timeline(timeline, s, lang),
        "category_counts": cats, "categories_svg": charts.categories(cats, s, lang),
        "omitted": facet_counts(selection.omitted) if selection.capped else None,
        "advice_categories": ordered(cats), "severity": severity, "severities": SEVERITIES,
        "filters": {
            "band": options(rows, "band"),
            "category": {c: found[c] for c in ordered(found)}, "platform": options(rows, "platform"),
            "year": dict(sorted(years.items(), reverse=True)), "kind": options(rows, "kind"),
            "new": sum(1 for r in rows if r["review"]["new"]),
        },
        "num": lambda n: format_number(n, lang), "date": lambda d: format_date(d, lang),
        "label": lambda prefix, value: label(s, prefix, value),
    }
