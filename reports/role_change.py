"""The report's "What a new role changes" section: the posts whose band rises or drops under the next profile."""

from __future__ import annotations

from pathlib import PurePath

from auditor.core.audit import Audit
from auditor.core.safe_text import web_link
from reports import values
from reports.bilingual import said
from reports.highlight import clipped
from reports.i18n import Strings, format_date
from reports.origin import origin

LISTED = 200  # posts listed per direction; the rest are counted
SHOWN_CHARS = 280


def _french(change) -> tuple[str, ...]:
    """A change's lines in French, or none (each then shown in English) when it was made without them."""
    french = tuple(getattr(change, "because_fr", ()) or ())
    return french if len(french) == len(change.because) else ("",) * len(change.because)


def role_change_view(audit: Audit, s: Strings, lang: str) -> dict | None:
    """The section's rows (rises, then drops), each with its post's text, date and link; None without a compare."""
    comparison = audit.role_change
    if comparison is None:
        return None
    wanted = {c.post_id for c in (*comparison.rises[:LISTED], *comparison.drops[:LISTED])}
    posts = audit.posts[audit.posts["post_id"].isin(wanted)]
    by_id = {str(r["post_id"]): r for r in posts.to_dict("records")}
    control, more = s.t("post.control_char"), s.t("post.more_text_short")  # a post unflagged now is in no export

    def row(change) -> dict:
        post = by_id.get(change.post_id, {})
        created = values.when(post.get("created_at"))
        return {"post_id": change.post_id, "band_now": change.band_now, "band_next": change.band_next,
                "risk_now": change.risk_now, "risk_next": change.risk_next,
                "because": [said(en, fr) for en, fr in zip(change.because, _french(change), strict=True)],
                "platform": values.text(post.get("platform")), "date": format_date(created, lang),
                "iso": values.iso(created),  # the page's script writes the date again when the language changes
                "url": web_link(post.get("url")), "origin": origin(post) if post else None,
                "html": clipped(values.text(post.get("text")), [], SHOWN_CHARS, control, more)}

    return {"rises": [row(c) for c in comparison.rises[:LISTED]],
            "drops": [row(c) for c in comparison.drops[:LISTED]],
            "more_rises": max(0, len(comparison.rises) - LISTED), "more_drops": max(0, len(comparison.drops) - LISTED),
            "total_rises": len(comparison.rises), "total_drops": len(comparison.drops),
            "next_name": PurePath(comparison.profile_next.get("profile", "")).name}
