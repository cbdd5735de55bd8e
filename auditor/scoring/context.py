"""Context factors from the profile and the post itself; each is a recorded score change, never a silent weight."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from auditor.core.profile import DAYS, Profile
from auditor.i18n import grouped
from auditor.scoring.explain import both

# Categories where a more senior or more visible role makes the same words weigh more (PSC, TBS executives' page).
ROLE_SENSITIVE = frozenset({"partisan", "policy", "employer", "official", "confidential", "own_work"})
VISIBLE_ROLE = frozenset({"partisan", "policy", "official", "employer"})
# each reason in English and French (auditor/i18n: factor.why.*)
_LEVEL = {"supervisor": (5, *both("factor.why.level.supervisor")),
          "executive": (10, *both("factor.why.level.executive")),
          "deputy_head": (15, *both("factor.why.level.deputy_head"))}
_KIND = {"like": (-10, *both("factor.why.like")), "repost": (-5, *both("factor.why.repost"))}
_VISIBILITY = {"followers": (-5, *both("factor.why.followers")), "direct": (-10, *both("factor.why.direct"))}
_PUBLIC_FACING = both("factor.why.public_facing")
_WORK_HOURS = both("factor.why.work_hours")
_REPLY_TO_PARTY = both("factor.why.reply_to_party")


def factor(name: str, delta: int, reason: str, reason_fr: str = "") -> dict:
    """One recorded score change: its reason in English, and in French (`reason_fr`) when it has one."""
    out = {"factor": name, "delta": delta, "reason": reason}
    if reason_fr:
        out["reason_fr"] = reason_fr
    return out


def post_factors(post: dict, categories: set[str], profile: Profile) -> list[dict]:
    """Score changes that come from the post (kind, visibility, reach) and the person's role and audience."""
    out: list[dict] = []
    if post["kind"] in _KIND:
        out.append(factor("endorsement", *_KIND[post["kind"]]))
    if post["visibility"] in _VISIBILITY:
        out.append(factor("visibility", *_VISIBILITY[post["visibility"]]))
    out.extend(_reach(post, profile))
    if categories & ROLE_SENSITIVE and profile.level in _LEVEL:
        out.append(factor("level", *_LEVEL[profile.level]))
    if categories & VISIBLE_ROLE and (profile.spokesperson or profile.public_facing):
        delta = 10 if profile.spokesperson else 5
        out.append(factor("public_facing", delta, *_PUBLIC_FACING))
    return out


def _reach(post: dict, profile: Profile) -> list[dict]:
    engagement = sum(int(post[k] or 0) for k in ("likes", "reposts", "replies"))
    out = []
    if engagement >= 50:
        delta = 10 if engagement >= 500 else 5
        out.append(factor("reach", delta, *_counted("factor.why.reach", engagement)))
    if profile.followers >= 1000:
        delta = 10 if profile.followers >= 10000 else 5
        out.append(factor("audience", delta, *_counted("factor.why.audience", profile.followers)))
    return out


def _counted(key: str, n: int) -> tuple[str, str]:
    """A reason with a count: as English wrote it before (1234), and as French writes it (1 234)."""
    english, _ = both(key, n=n)
    _, french = both(key, n=grouped(n))
    return english, french


def is_work_hours(created: datetime | None, profile: Profile) -> bool:
    """True when the post was made on a work day, within the profile's work hours, in its time zone."""
    if created is None or pd.isna(created):
        return False
    local = created.astimezone(profile.zone)
    return DAYS[local.weekday()] in profile.work_days and profile.work_start <= local.time() < profile.work_end


def flag_factors(category: str, post: dict, profile: Profile, party_accounts: frozenset[str]) -> list[dict]:
    """Score changes that belong to one flag: partisan posts in work hours or in reply to a party account."""
    if category != "partisan":
        return []
    out = []
    if is_work_hours(post["created_at"], profile):
        out.append(factor("work_hours", 10, *_WORK_HOURS))
    if _handle(post.get("reply_to")) in party_accounts:
        out.append(factor("reply_to_party", 10, *_REPLY_TO_PARTY))
    return out


def _handle(reply_to: object) -> str:
    """The account handle in a reply_to value (a handle, @handle, or a profile or status URL)."""
    if not isinstance(reply_to, str) or not reply_to:
        return ""
    text = reply_to.strip().lower()
    if "://" in text:
        parts = [p for p in text.split("://", 1)[1].split("/")[1:] if p]
        text = parts[0] if parts else ""
    return text.lstrip("@").split("@")[0]
