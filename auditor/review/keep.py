"""Keep rules: mark a whole group of posts keep at once, every post carrying a hashtag or every post of a thread.

A keep rule is not stored as a rule: it is applied now and recorded as ordinary decisions, `keep` on each flag the
rules raise today on the group's posts (so the report, `auditor review` and `auditor actions` see them as any
other decision), each with a note naming the rule (`auditor review keep --hashtag tag`). A post the rules do not
flag has nothing to decide; run the keep rule again after new rules or a new scan flag more of the group.

A decision you made one post at a time always wins over a keep rule, whether you made it before or after: the
keep rule fills only flags with no decision, and refreshes the keep decisions of keep rules that no longer stand
(the rule's definition or the post changed since). A decision of yours that no longer stands is left for you to
make again, not turned into keep. So running a keep rule again records nothing new unless something changed.

A thread is the posts joined by replies: the given post, what it answers, what answers it, and so on, among the
posts in the store (the frame keeps `reply_to`: a reply's target as a post id, a status URL or URI, or a bare id).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from auditor.core.profile import Profile
from auditor.review import decisions as dec
from auditor.scoring.model import RuleSet

#: the note of a decision made by a keep rule starts so; a decision without it was made one post at a time
NOTE_PREFIX = "auditor review keep "
_ROWS = ("SELECT post_id, platform, url, reply_to, hashtags FROM posts "
         "WHERE post_id NOT IN (SELECT post_id FROM removed_posts WHERE deleted_at IS NOT NULL)")


@dataclass(frozen=True)
class Outcome:
    """What one keep rule did: posts in the group, how many the rules flag, and what became of their flags."""

    posts: int
    flagged: int
    recorded: int  # flags marked keep now (new, or a keep rule's decision that no longer stood, refreshed)
    already: int  # flags a keep rule had marked keep, still standing
    yours: int  # flags you decided one at a time: left as you decided


def normal_tag(tag: str) -> str:
    """A hashtag as compared: without '#', Unicode-normalised, case-folded (#Vote, #vote and #VOTE are one tag)."""
    return unicodedata.normalize("NFKC", tag.strip().lstrip("#")).casefold()


def hashtag_posts(store, tag: str) -> list[str]:
    """Post ids of the stored posts (not deleted by us) carrying `tag`."""
    wanted = normal_tag(tag)
    out = []
    for post_id, _platform, _url, _reply, tags in store.connection.execute(_ROWS):
        if wanted and tags != "[]" and any(normal_tag(t) == wanted for t in _tags(tags)):
            out.append(post_id)
    return out


def _tags(value: str | None) -> list[str]:
    try:
        tags = json.loads(value or "[]")
    except ValueError:
        return []
    return [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []


class Posts:
    """The stored posts' ids, links and reply targets, to find a post from what a person types, and its thread."""

    def __init__(self, store) -> None:
        rows = store.connection.execute(_ROWS).fetchall()
        self.platform = {r[0]: r[1] for r in rows}
        self._keys: dict[str, set[str]] = defaultdict(set)  # a post id, a link or a status number → posts it names
        for post_id, platform, url, _reply, _tags in rows:
            number = _number(post_id.removeprefix(f"{platform}:"), platform) or _number(url or "", platform)
            for key in (post_id, url, *((f"{platform}#{number}", f"#{number}") if number else ())):
                if key:
                    self._keys[key].add(post_id)
        self.parent = {r[0]: p for r in rows if r[3] and (p := self._target(r[1], r[3])) and p != r[0]}

    def find(self, text: str) -> list[str]:
        """The posts `text` names: a post id, a post's link, or the number of an X or Mastodon status."""
        text = text.strip()
        number = _number(text, "any")
        return sorted(self._keys.get(text) or (self._keys.get(f"#{number}", set()) if number else set()))

    def thread(self, post_id: str) -> list[str]:
        """Every post joined to `post_id` by replies, in either direction."""
        children: dict[str, list[str]] = defaultdict(list)
        for child, parent in self.parent.items():
            children[parent].append(child)
        seen, queue = {post_id}, deque([post_id])
        while queue:
            current = queue.popleft()
            for near in [*children.get(current, ()), *([self.parent[current]] if current in self.parent else [])]:
                if near not in seen:
                    seen.add(near)
                    queue.append(near)
        return sorted(seen)

    def _target(self, platform: str, reply_to: str) -> str | None:
        """The stored post of the same platform a reply answers, when the store holds it. An X status number names
        one tweet anywhere; a Mastodon one only on its server, so it is used only when the reply gives no URI."""
        number = _number(reply_to, platform) if platform == "twitter" or reply_to.isdigit() else None
        for key in (reply_to, f"{platform}:{reply_to}", f"{platform}#{number}" if number else ""):
            found = [p for p in self._keys.get(key, ()) if self.platform[p] == platform]
            if len(found) == 1:
                return found[0]
        return None


_NUMBERED = {"twitter": re.compile(r"/status(?:es)?/(\d+)$"),
             "mastodon": re.compile(r"/(?:statuses|@[^/]+)/(\d+)$")}


def _number(value: str, platform: str) -> str | None:
    """The number of an X or Mastodon status from its id, link or URI (`platform` "any": either), else None."""
    value = value.strip().split("?")[0].split("#")[0].rstrip("/")
    if platform not in _NUMBERED and platform != "any":
        return None
    if value.isascii() and value.isdigit():
        return value
    patterns = _NUMBERED.values() if platform == "any" else (_NUMBERED[platform],)
    return next((m.group(1) for pattern in patterns if (m := pattern.search(value))), None)


def keep(store, post_ids: list[str], note: str, rules: RuleSet, profile: Profile,
         clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Outcome:
    """Mark keep every flag the rules raise today on `post_ids` that has no decision (or a keep rule's that no
    longer stands), with `note`; decisions made one at a time are left as they are."""
    from auditor.review.standing import superseded
    from auditor.scoring.derived import profile_rules

    flags = _raised(store, post_ids, rules, profile)
    digests = dec.rule_digests([*rules.rules, *profile_rules(profile)])
    decided = dec.load(store)
    changed = superseded(store, {f: d for f, d in decided.items() if f in flags})
    now = clock()
    fresh, already, yours = [], 0, 0
    for flag, (post_id, rule_id) in flags.items():
        made = decided.get(flag)
        stands = made is not None and made.rule_digest == digests.get(rule_id) and flag not in changed
        if made is not None and not made.note.startswith(NOTE_PREFIX):
            yours += 1
        elif made is not None and stands:
            already += 1
        else:
            fresh.append(dec.Decision(post_id, rule_id, "keep", note, now, rules.version, digests.get(rule_id)))
    if fresh:
        dec.remember_digests(store, rules.version, digests)
        dec.record(store, fresh)
    return Outcome(len(post_ids), len({p for p, _r in flags.values()}), len(fresh), already, yours)


def _raised(store, post_ids: list[str], rules: RuleSet, profile: Profile) -> dict[str, tuple[str, str]]:
    """flag id → (post_id, rule_id) of the flags the rules raise today on these posts, scored as a scan scores."""
    if not post_ids:
        return {}
    from auditor.pipeline.build import build_audit
    from auditor.store import codec as store_codec

    frame = store_codec.decode(store.rows_of(post_ids))
    flags = build_audit(frame, [], rules, profile, [str(store.path)]).flags
    return {f: (p, r) for f, p, r in zip(flags["flag_id"], flags["post_id"], flags["rule_id"], strict=True)}
