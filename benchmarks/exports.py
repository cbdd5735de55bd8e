"""Build and write posts in the real export formats: the X archive (`data/*.js`) and the Mastodon archive.

Shared by `make_demo.py` (the bundled demo history) and `generate.py` (synthetic exports of any size). Builders
return the plain objects the platforms write; writers stream them to disk one element at a time, so a
million-post export never exists as one string in memory.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import IO

TWITTER_EPOCH_MS = 1288834974657
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
WEB_APP = '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>'
_TOKEN = re.compile(r"https?://\S+|#\w+|@\w+(?:@[\w.-]+\w)?")
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# one encoder each, built once: json.dumps with non-default options builds a new encoder on every call
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_PRETTY = json.JSONEncoder(ensure_ascii=False, indent=2, separators=(",", " : "))


@dataclass(frozen=True)
class XUser:
    """The archive owner as `manifest.js` names them."""

    account_id: str
    user_name: str
    display_name: str


@dataclass(frozen=True)
class Actor:
    """A Mastodon account with classic `/users/<name>` URIs."""

    host: str
    username: str
    display_name: str
    summary: str = ""
    published: str = "2022-11-05T00:00:00Z"
    fields: tuple[tuple[str, str], ...] = ()  # profile fields (label, HTML value), as Mastodon's PropertyValue

    @property
    def uri(self) -> str:
        """The ActivityPub id of the account."""
        return f"https://{self.host}/users/{self.username}"

    @property
    def followers(self) -> str:
        """The followers collection, used in to/cc addressing."""
        return f"{self.uri}/followers"


# ---------------------------------------------------------------- ids and small helpers


def x_snowflake(when: datetime, seq: int = 0) -> str:
    """An X id for a moment: milliseconds since X's epoch shifted past 22 bits of worker and sequence."""
    ms = int(when.timestamp() * 1000)
    return str(((ms - TWITTER_EPOCH_MS) << 22) | ((seq * 4099) % (1 << 22)))


def mastodon_id(when: datetime, seq: int = 0) -> str:
    """A Mastodon status id: milliseconds since 1970 shifted past 16 bits of sequence."""
    return str((int(when.timestamp() * 1000) << 16) | (seq % (1 << 16)))


def stable_code(seed: str, length: int = 10) -> str:
    """A short alphanumeric code derived from a seed (t.co paths, media keys): same seed, same code."""
    digest = hashlib.blake2b(seed.encode(), digest_size=16).digest()
    return "".join(_ALPHABET[b % 62] for b in digest[:length])


@lru_cache(maxsize=4096)
def stable_number(seed: str, digits: int) -> str:
    """A decimal id of `digits` digits derived from a seed, for accounts we only mention."""
    value = int.from_bytes(hashlib.blake2b(seed.encode(), digest_size=8).digest(), "big")
    return str(10 ** (digits - 1) + value % (9 * 10 ** (digits - 1)))


def x_date(when: datetime) -> str:
    """X's `created_at`: English names always, so not strftime (%a/%b follow the locale)."""
    w = when.astimezone(UTC)
    return (f"{_DAYS[w.weekday()]} {_MONTHS[w.month - 1]} {w.day:02d} {w.hour:02d}:{w.minute:02d}:{w.second:02d}"
            f" +0000 {w.year}")


def iso(when: datetime) -> str:
    """Mastodon's ISO time, UTC with a `Z`."""
    w = when.astimezone(UTC)
    return f"{w.year:04d}-{w.month:02d}-{w.day:02d}T{w.hour:02d}:{w.minute:02d}:{w.second:02d}Z"


def _x_escape(text: str) -> str:
    # X escapes only these three in full_text, and entity indices count the escaped form
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _display_url(url: str, limit: int = 26) -> str:
    bare = re.sub(r"^https?://(www\.)?", "", url)
    return bare if len(bare) <= limit else bare[: limit - 1] + "…"


# ---------------------------------------------------------------- X tweets


def tweet(
    id_str: str,
    when: datetime,
    text: str,
    *,
    user: XUser,
    lang: str = "en",
    reply_to: tuple[str, str] | None = None,
    media_alt: Sequence[str] = (),
    favorites: int = 0,
    retweets: int = 0,
    edit_ids: Sequence[str] = (),
) -> dict:
    """One tweet object as `data/tweets.js` holds it: every number a string, t.co links, entities with indices.

    `text` is plain text with real URLs; `reply_to` is (status id, screen name) of the answered tweet;
    `edit_ids` lists every version's id when the tweet was edited (this object being one of them).
    """
    full, urls = _shorten(text, id_str)
    entities = _entities(full, urls)
    t: dict = {
        "edit_info": _edit_info(id_str, when, edit_ids),
        "retweeted": False,
        "source": WEB_APP,
        "entities": entities,
        "display_text_range": ["0", str(len(full))],
        "favorite_count": str(favorites),
        "id_str": id_str,
        "truncated": False,
        "retweet_count": str(retweets),
        "id": id_str,
        "created_at": x_date(when),
        "favorited": False,
        "full_text": full,
        "lang": lang,
    }
    if reply_to:
        status_id, screen_name = reply_to
        uid = user.account_id if screen_name == user.user_name else stable_number(screen_name, 10)
        t.update({"in_reply_to_status_id_str": status_id, "in_reply_to_status_id": status_id,
                  "in_reply_to_user_id": uid, "in_reply_to_user_id_str": uid, "in_reply_to_screen_name": screen_name})
    if media_alt:
        _attach_media(t, user, media_alt)
    return t


def _shorten(text: str, seed: str) -> tuple[str, list[tuple[str, str]]]:
    """Escape the text and put t.co links in place of its URLs; return it and (t.co, expanded) pairs."""
    pairs: list[tuple[str, str]] = []

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if not token.startswith("http"):
            return token
        short = f"https://t.co/{stable_code(f'{seed}/{len(pairs)}')}"
        pairs.append((short, token))
        return short

    return _x_escape(_TOKEN.sub(swap, text)), pairs


def _entities(full: str, urls: list[tuple[str, str]]) -> dict:
    expanded = dict(urls)
    out: dict = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
    for m in _TOKEN.finditer(full):
        token, span = m.group(0), [str(m.start()), str(m.end())]
        if token.startswith("#"):
            out["hashtags"].append({"text": token[1:], "indices": span})
        elif token.startswith("@"):
            name = token[1:]
            uid = stable_number(name, 10)
            out["user_mentions"].append({"name": name, "screen_name": name, "indices": span, "id_str": uid, "id": uid})
        elif token in expanded:
            url = expanded[token]
            out["urls"].append({"url": token, "expanded_url": url, "display_url": _display_url(url), "indices": span})
    return out


def _edit_info(id_str: str, when: datetime, edit_ids: Sequence[str]) -> dict:
    ids = list(edit_ids) or [id_str]
    control = {
        "editTweetIds": ids,
        "editableUntil": iso(when + timedelta(hours=1))[:-1] + ".000Z",
        "editsRemaining": str(5 - (len(ids) - 1)),
        "isEditEligible": len(ids) > 1,
    }
    if ids[0] == id_str:
        return {"initial": control}
    # later versions point back at the first one, as X writes them
    return {"edit": {"initialTweetId": ids[0], "editControlInitial": control}}


def _attach_media(t: dict, user: XUser, alts: Sequence[str]) -> None:
    """Add photos: one trailing t.co link in the text, and `media` in entities and extended_entities."""
    short = f"https://t.co/{stable_code(t['id_str'] + '/media')}"
    start = len(t["full_text"]) + 1
    t["full_text"] += " " + short
    span = [str(start), str(start + len(short))]
    items = []
    for n, _alt in enumerate(alts, 1):
        media_id = str(int(t["id_str"]) - 7 - n)
        key = stable_code(f"{media_id}/key", 15)
        items.append({
            "expanded_url": f"https://x.com/{user.user_name}/status/{t['id_str']}/photo/{n}",
            "indices": span, "url": short,
            "media_url": f"http://pbs.twimg.com/media/{key}.jpg", "id_str": media_id, "id": media_id,
            "media_url_https": f"https://pbs.twimg.com/media/{key}.jpg",
            "sizes": {"small": {"w": "680", "h": "510", "resize": "fit"},
                      "large": {"w": "2048", "h": "1536", "resize": "fit"},
                      "medium": {"w": "1200", "h": "900", "resize": "fit"},
                      "thumb": {"w": "150", "h": "150", "resize": "crop"}},
            "type": "photo", "display_url": f"pic.x.com/{short.rsplit('/', 1)[1]}",
        })
    t["entities"]["media"] = items[:1]
    t["extended_entities"] = {"media": items}
    t["display_text_range"] = ["0", str(start - 1)]
    t["possibly_sensitive"] = False


def retweet(id_str: str, when: datetime, author: str, text: str, *, user: XUser, lang: str = "en") -> dict:
    """A retweet as the archive keeps it: `RT @author: ` plus the text cut near 140 characters, counts zero."""
    body = f"RT @{author}: {text}"
    if len(body) > 140:
        body = body[:139].rstrip() + "…"
    return tweet(id_str, when, body, user=user, lang=lang)


def as_community(t: dict, community_id: str) -> dict:
    """A community post: the tweet shape plus community ids and scopes, without edit_info (as exported)."""
    out = {k: v for k, v in t.items() if k != "edit_info"}
    out.update({"scopes": {"followers": False}, "community_id": community_id, "community_id_str": community_id})
    return out


def as_deleted(t: dict, deleted_at: datetime) -> dict:
    """A deleted tweet: the tweet shape plus `deleted_at`."""
    return {**t, "deleted_at": x_date(deleted_at)}


def like(tweet_id: str, text: str) -> dict:
    """One entry of `like.js`: someone else's tweet the owner liked."""
    return {"like": {"tweetId": tweet_id, "fullText": _x_escape(text),
                     "expandedUrl": f"https://twitter.com/i/web/status/{tweet_id}"}}


# ---------------------------------------------------------------- X archive writer


def write_x_archive(
    folder: Path,
    tweets: Iterable[dict],
    *,
    user: XUser,
    likes: Iterable[dict] = (),
    deleted: Iterable[dict] = (),
    community: Iterable[dict] = (),
    parts: int = 1,
    count: int | None = None,
    pretty: bool = True,
    generated: datetime | None = None,
    profile: dict | None = None,
) -> dict[str, int]:
    """Write an X archive folder (`data/manifest.js`, `tweets.js` [+ `tweets-partN.js`], …); return counts per file.

    With `parts` > 1 the tweets are cut into that many consecutive files, as X splits big archives; an
    iterator of unknown length then needs `count`. X itself pretty-prints; `pretty=False` writes the same data
    as compact JSON, four times faster.
    """
    data = Path(folder) / "data"
    data.mkdir(parents=True, exist_ok=True)
    if count is None:
        count = len(tweets) if isinstance(tweets, Sequence) else None
    if parts > 1 and count is None:
        raise ValueError("splitting an iterator of tweets into parts needs its count")
    per_part = -(-count // parts) if parts > 1 and count else None
    counts: dict[str, int] = {}
    it = iter(tweets)
    for n in range(parts):
        name = "tweets.js" if n == 0 else f"tweets-part{n}.js"
        chunk = it if per_part is None else _take(it, per_part)
        counts[name] = _write_ytd(data / name, f"tweets.part{n}", ({"tweet": t} for t in chunk), pretty)
    counts["note-tweet.js"] = _write_ytd(data / "note-tweet.js", "note_tweet.part0", (), pretty)
    counts["community-tweet.js"] = _write_ytd(
        data / "community-tweet.js", "community_tweet.part0", ({"tweet": t} for t in community), pretty)
    counts["deleted-tweets.js"] = _write_ytd(
        data / "deleted-tweets.js", "deleted_tweets.part0", ({"tweet": t} for t in deleted), pretty)
    counts["like.js"] = _write_ytd(data / "like.js", "like.part0", likes, pretty)
    if profile is not None:  # `profile.js`: {"description": {"bio", "website", "location"}, ...}
        _write_ytd(data / "profile.js", "profile.part0", [{"profile": profile}], pretty)
    _write_manifest(data, user, counts, generated or datetime.now(UTC))
    return counts


def _take(it: Iterable[dict], n: int) -> Iterable[dict]:
    for _, item in zip(range(n), it, strict=False):
        yield item


def _write_ytd(path: Path, global_name: str, items: Iterable[dict], pretty: bool) -> int:
    """Stream `window.YTD.<name> = [ … ]` one element at a time; return how many elements were written."""
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(f"window.YTD.{global_name} = [")
        for item in items:
            out.write(",\n  " if n else "\n  ")
            # X pretty-prints with Jackson: `"key" : value`, nested two spaces under the array's own indent
            out.write(_PRETTY.encode(item).replace("\n", "\n  ") if pretty else _COMPACT.encode(item))
            n += 1
        out.write("\n]" if n else " ]")
    return n


def _write_manifest(data: Path, user: XUser, counts: dict[str, int], generated: datetime) -> None:
    size = sum(p.stat().st_size for p in data.glob("*.js") if p.name != "manifest.js")
    files = lambda prefix, glob: [  # noqa: E731 - a tiny local shorthand keeps the table below readable
        {"fileName": f"data/{name}", "globalName": f"YTD.{glob}.part{n}", "count": str(counts[name])}
        for n, name in enumerate(k for k in counts if k.startswith(prefix))]
    manifest = {
        "userInfo": {"accountId": user.account_id, "userName": user.user_name, "displayName": user.display_name},
        "archiveInfo": {"sizeBytes": str(size), "generationDate": generated.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": {
            "communityTweet": {"mediaDirectory": "data/community_tweet_media",
                               "files": files("community-tweet", "community_tweet")},
            "deletedTweets": {"mediaDirectory": "data/deleted_tweets_media",
                              "files": files("deleted-tweets", "deleted_tweets")},
            "like": {"files": files("like", "like")},
            "noteTweet": {"files": files("note-tweet", "note_tweet")},
            "tweets": {"mediaDirectory": "data/tweets_media", "files": files("tweets", "tweets")},
        },
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2, separators=(",", " : "))
    (data / "manifest.js").write_text(f"window.__THAR_CONFIG = {text}", encoding="utf-8")


# ---------------------------------------------------------------- Mastodon statuses


def note(
    actor: Actor,
    status_id: str,
    when: datetime,
    text: str,
    *,
    lang: str = "en",
    visibility: str = "public",
    reply_to: str | None = None,
    cw: str | None = None,
    updated: datetime | None = None,
    quote: str | None = None,
    media_alt: Sequence[str | None] = (),
    poll: Sequence[str] = (),
    likes: int = 0,
    shares: int = 0,
) -> dict:
    """A Create activity wrapping a Note (or a Question when `poll` names options), as `outbox.json` holds it.

    `visibility` is public, unlisted, followers or direct and becomes to/cc addressing; mentions are
    `@user@host` in `text`; `quote` is the quoted post's URI, rendered with Mastodon's quote-inline fallback.
    """
    uri = f"{actor.uri}/statuses/{status_id}"
    content, tags, mentioned = _toot_html(text, actor.host)
    if quote:
        content = f'<p class="quote-inline">RE: {_link(_web_url(quote))}</p>{content}'
    to, cc = _addressing(actor, visibility, mentioned)
    thread = f"https://{actor.host}/contexts/{stable_number(reply_to or uri, 17)}-{status_id}"
    obj: dict = {
        "id": uri, "type": "Question" if poll else "Note", "summary": cw, "inReplyTo": reply_to,
        "published": iso(when), "url": f"https://{actor.host}/@{actor.username}/{status_id}",
        "attributedTo": actor.uri, "to": to, "cc": cc, "sensitive": bool(cw), "atomUri": uri,
        "inReplyToAtomUri": reply_to, "conversation": thread, "context": thread,
        "content": content, "contentMap": {lang: content},
    }
    if updated:
        obj["updated"] = iso(updated)
    if quote:
        obj.update({"quote": quote, "_misskey_quote": quote, "quoteUri": quote,
                    "quoteAuthorization": quote.replace("/statuses/", "/quote_authorizations/")})
    if poll:
        obj.update(_poll(when, poll, status_id))
    obj["attachment"] = [_attachment(status_id, n, alt) for n, alt in enumerate(media_alt)]
    obj["tag"] = tags
    obj["replies"] = {"id": f"{uri}/replies", "type": "Collection",
                      "first": {"type": "CollectionPage", "next": f"{uri}/replies?only_other_accounts=true&page=true",
                                "partOf": f"{uri}/replies", "items": []}}
    obj["likes"] = {"id": f"{uri}/likes", "type": "Collection", "totalItems": likes}
    obj["shares"] = {"id": f"{uri}/shares", "type": "Collection", "totalItems": shares}
    return {"id": f"{uri}/activity", "type": "Create", "actor": actor.uri, "published": iso(when),
            "to": to, "cc": cc, "object": obj}


def announce(actor: Actor, status_id: str, when: datetime, boosted: str) -> dict:
    """An Announce (boost) activity: the object is only the boosted post's URI."""
    author = boosted.split("/statuses/")[0]
    return {"id": f"{actor.uri}/statuses/{status_id}/activity", "type": "Announce", "actor": actor.uri,
            "published": iso(when), "to": [PUBLIC], "cc": [author, actor.followers], "object": boosted}


def _addressing(actor: Actor, visibility: str, mentioned: list[str]) -> tuple[list[str], list[str]]:
    """to/cc as Mastodon writes them for each visibility; the connector reads visibility back from these."""
    match visibility:
        case "public":
            return [PUBLIC], [actor.followers, *mentioned]
        case "unlisted":
            return [actor.followers], [PUBLIC, *mentioned]
        case "followers":
            return [actor.followers], mentioned
        case "direct":
            return mentioned, []
    raise ValueError(f"unknown visibility {visibility!r}")


def _web_url(uri: str) -> str:
    # https://host/users/name/statuses/ID -> https://host/@name/ID, the link Mastodon shows
    m = re.match(r"(https://[^/]+)/users/([^/]+)/statuses/(\d+)$", uri)
    return f"{m.group(1)}/@{m.group(2)}/{m.group(3)}" if m else uri


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace(
        "'", "&#39;")


def _link(url: str) -> str:
    """Mastodon's link markup: the scheme hidden, long paths cut with an ellipsis span."""
    m = re.match(r"(https?://(?:www\.)?)(.*)", url)
    scheme, rest = (m.group(1), m.group(2)) if m else ("", url)
    shown, hidden = rest[:30], rest[30:]
    return (f'<a href="{_escape(url)}" target="_blank" rel="nofollow noopener" translate="no">'
            f'<span class="invisible">{scheme}</span><span class="{"ellipsis" if hidden else ""}">'
            f'{_escape(shown)}</span><span class="invisible">{_escape(hidden)}</span></a>')


def _toot_html(text: str, host: str) -> tuple[str, list[dict], list[str]]:
    """Render plain text as Mastodon's HTML; return it, the tag list and the mentioned account URIs."""
    tags: list[dict] = []
    mentioned: list[str] = []

    def render(m: re.Match[str]) -> str:
        token = m.group(0)
        if token.startswith("http"):
            return _link(token)
        if token.startswith("#"):
            href = f"https://{host}/tags/{token[1:]}"
            tags.append({"type": "Hashtag", "href": href.lower(), "name": token.lower()})
            return f'<a href="{href}" class="mention hashtag" rel="tag">#<span>{token[1:]}</span></a>'
        user, _, where = token[1:].partition("@")
        where = where or host
        mentioned.append(f"https://{where}/users/{user}")
        tags.append({"type": "Mention", "href": mentioned[-1], "name": token})
        return (f'<span class="h-card" translate="no"><a href="https://{where}/@{user}" class="u-url mention">'
                f"@<span>{user}</span></a></span>")

    paragraphs = []
    for para in text.split("\n\n"):
        pieces, last = [], 0
        for m in _TOKEN.finditer(para):
            pieces += [_escape(para[last:m.start()]), render(m)]
            last = m.end()
        pieces.append(_escape(para[last:]))
        paragraphs.append("<p>" + "".join(pieces).replace("\n", "<br />") + "</p>")
    return "".join(paragraphs), tags, mentioned


def _attachment(status_id: str, n: int, alt: str | None) -> dict:
    digits = str(int(status_id) + n).rjust(18, "0")
    path = "/".join(digits[i:i + 3] for i in range(0, 18, 3))
    return {"type": "Document", "mediaType": "image/jpeg",
            "url": f"/media_attachments/files/{path}/original/{stable_code(status_id + str(n), 16).lower()}.jpeg",
            "name": alt, "blurhash": "U" + stable_code(f"{status_id}/{n}/blur", 27), "focalPoint": [0.0, 0.0],
            "width": 1600, "height": 1200}


def _poll(when: datetime, options: Sequence[str], seed: str) -> dict:
    votes = [int(stable_number(f"{seed}/{o}", 2)) for o in options]
    return {"endTime": iso(when + timedelta(days=1)), "closed": iso(when + timedelta(days=1)),
            "votersCount": sum(votes),
            "oneOf": [{"type": "Note", "name": o, "replies": {"type": "Collection", "totalItems": v}}
                      for o, v in zip(options, votes, strict=True)]}


# ---------------------------------------------------------------- Mastodon archive writer

_CONTEXT = ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1", {
    "manuallyApprovesFollowers": "as:manuallyApprovesFollowers", "sensitive": "as:sensitive", "Hashtag": "as:Hashtag",
    "toot": "http://joinmastodon.org/ns#", "Emoji": "toot:Emoji", "ostatus": "http://ostatus.org#",
    "atomUri": "ostatus:atomUri", "inReplyToAtomUri": "ostatus:inReplyToAtomUri",
    "conversation": "ostatus:conversation",
    "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"}, "blurhash": "toot:blurhash",
    "votersCount": "toot:votersCount", "quote": {"@id": "https://w3id.org/fep/044f#quote", "@type": "@id"},
    "quoteUri": "http://fedibird.com/ns#quoteUri", "_misskey_quote": "https://misskey-hub.net/ns#_misskey_quote",
    "quoteAuthorization": {"@id": "https://w3id.org/fep/044f#quoteAuthorization", "@type": "@id"}}]


def actor_json(actor: Actor) -> dict:
    """The `actor.json` Person of the archive owner."""
    return {"@context": _CONTEXT, "id": actor.uri, "type": "Person", "following": f"{actor.uri}/following",
            "followers": actor.followers, "inbox": f"{actor.uri}/inbox", "outbox": "outbox.json",
            "featured": f"{actor.uri}/collections/featured", "preferredUsername": actor.username,
            "name": actor.display_name, "summary": f"<p>{_escape(actor.summary)}</p>",
            "url": f"https://{actor.host}/@{actor.username}", "manuallyApprovesFollowers": False,
            "discoverable": True, "indexable": False, "published": actor.published, "memorial": False,
            "tag": [], "attachment": [{"type": "PropertyValue", "name": name, "value": value}
                                      for name, value in actor.fields],
            "endpoints": {"sharedInbox": f"https://{actor.host}/inbox"},
            "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"},
            "likes": "likes.json", "bookmarks": "bookmarks.json"}


def write_mastodon_archive(
    folder: Path,
    statuses: Iterable[dict],
    *,
    actor: Actor,
    total_items: int | None = None,
    liked: Iterable[str] = (),
) -> int:
    """Write `outbox.json` (streamed, compact as Mastodon writes it), `actor.json`, `likes.json`, `bookmarks.json`.

    `totalItems` is the account's status count, which real archives do not keep equal to the items written;
    it defaults to the length of `statuses` when that is known. Returns the number of activities written.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if total_items is None and isinstance(statuses, Sequence):
        total_items = len(statuses)
    n = 0
    with (folder / "outbox.json").open("w", encoding="utf-8", newline="\n") as out:
        head = json.dumps({"@context": _CONTEXT, "id": "outbox.json", "type": "OrderedCollection",
                           "totalItems": total_items or 0}, ensure_ascii=False, separators=(",", ":"))
        out.write(head[:-1] + ',"orderedItems":[')
        n = _write_items(out, statuses)
        out.write("]}")
    _dump(folder / "actor.json", actor_json(actor))
    _dump(folder / "likes.json", {"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
                                  "type": "OrderedCollection", "orderedItems": list(liked)})
    _dump(folder / "bookmarks.json", {"@context": "https://www.w3.org/ns/activitystreams", "id": "bookmarks.json",
                                      "type": "OrderedCollection", "orderedItems": []})
    return n


def _write_items(out: IO[str], items: Iterable[dict]) -> int:
    n = 0
    for item in items:
        if n:
            out.write(",")
        out.write(_COMPACT.encode(item))
        n += 1
    return n


def _dump(path: Path, obj: dict) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
