"""Mastodon account archive (zip, tar.gz or folder): `outbox.json` activities to canonical rows (FORMATS §2, §12).

The outbox can be hundreds of MB, so its `orderedItems` are streamed with `jsonstream.iter_array` and each
activity is turned into one row with as little work as possible.
"""

from __future__ import annotations

import codecs
import html
import json
import posixpath
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import BinaryIO
from urllib.parse import urlsplit

from auditor.core.errors import SourceError
from connectors.archive import Archive
from connectors.base import FRAME_MAX, FRAME_MIN, ImportLog, from_iso
from connectors.bom import decode, utf8_stream
from connectors.html_text import html_to_text
from connectors.jsonstream import BadElement, JSONStreamError, Repairs, iter_array
from connectors.mastodon_profile import actor_profile
from connectors.profile_fields import ProfileLog

PLATFORM = "mastodon"
LABEL = "Mastodon account archive"

HEAD = 64 * 1024  # enough for the @context and the collection header that precede the items
_PUBLIC = frozenset({"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"})
_COLLECTION = re.compile(r'"type"\s*:\s*"OrderedCollection"')
_ITEMS = re.compile(r'"orderedItems"\s*:\s*\[(\s*\])?')
# Mastodon ≥4.4 (and Fedibird/Misskey before it) prepend a "RE: <link>" paragraph for clients without quotes
_QUOTE_FALLBACK = re.compile(r'<(p|span) class="quote-inline">.*?</\1>', re.DOTALL)
_ANCHOR = re.compile(r"<a\s([^>]*)>", re.IGNORECASE)
_HREF = re.compile(r'href="([^"]+)"')
_MENTION_CLASS = re.compile(r'class="[^"]*\b(?:mention|hashtag)\b|rel="tag"')
_TAG = re.compile(r"<[^>]*>")
# anything beyond Mastodon's usual p/br/a/span goes through the full parser in html_text.html_to_text
_RICH = re.compile(r"<(?!/?(?:p|br|a|span)[\s/>])")
_TRAILING_SPACE = re.compile(r"[ \t\r\f\v]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")
_QUOTE_KEYS = ("quote", "quoteUri", "_misskey_quote")  # FEP-044f, Fedibird, Misskey: the first that is a URI


class _Broken(Exception):
    """An activity that cannot become a row; its message is the skip reason."""


def find(archive: Archive) -> list[str]:
    """Folders holding an `outbox.json` that is an ActivityStreams OrderedCollection."""
    return [posixpath.dirname(m) for m in archive.find("outbox.json") if _is_outbox(_head(archive, m))]


def read(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """Rows for every Create (post, reply, quote, poll) and Announce (repost) in the outbox under `root`."""
    member = posixpath.join(root, "outbox.json")
    account = _account(archive, root, log)
    yield from _outbox_rows(archive, member, account, log)


def profiles(archive: Archive, root: str, found: ProfileLog) -> None:
    """The account's name, bio, profile fields and picture descriptions, from actor.json."""
    actor_profile(archive, root, _account(archive, root, ImportLog()), found)


def _head(archive: Archive, member: str, size: int = HEAD) -> bytes:
    try:
        with _open(archive, member) as stream:
            return stream.read(size)
    except SourceError:
        return b""


def _open(archive: Archive, member: str) -> BinaryIO:
    """The member's bytes as UTF-8: a byte-order mark (a copy saved again on Windows) dropped, UTF-16 re-encoded."""
    return utf8_stream(archive.open(member), archive.where(member))


def _is_outbox(head: bytes) -> bool:
    text = head.decode("utf-8", errors="replace")
    return bool(_COLLECTION.search(text)) and '"orderedItems"' in text


def _account(archive: Archive, root: str, log: ImportLog) -> str:
    """`preferredUsername@host` from actor.json; an archive without it still imports, with no account."""
    member = posixpath.join(root, "actor.json")
    if member not in archive.members():
        log.note(f"{archive.where(member)} is missing: posts are imported without an account name")
        return ""
    try:
        actor = json.loads(decode(archive.read_bytes(member)))
    except (SourceError, ValueError, RecursionError) as exc:  # RecursionError: JSON nested absurdly deep
        log.note(f"{archive.where(member)} cannot be read ({exc}): posts are imported without an account name")
        return ""
    return account_of(actor)


def account_of(actor: dict) -> str:
    """The owner's `user@host` from an ActivityPub Person (`webfinger` when the server wrote one)."""
    if not isinstance(actor, dict):
        return ""
    if isinstance(actor.get("webfinger"), str):
        return actor["webfinger"].removeprefix("acct:").lstrip("@")
    user = actor.get("preferredUsername") or ""
    try:
        host = urlsplit(str(actor.get("url") or actor.get("id") or "")).hostname
    except ValueError:  # "http://[" and the like: not a URL, so no host
        host = None
    return f"{user}@{host}" if user and host else str(user)


def _items_start(archive: Archive, member: str) -> int:
    """Byte offset of the non-empty `orderedItems`: 2024 archives write an empty duplicate key first."""
    head = _head(archive, member, 4 * HEAD)
    text = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(head)
    matches = list(_ITEMS.finditer(text))
    if not matches:
        raise SourceError(archive.where(member), "has no orderedItems array in its header")
    full = [m for m in matches if m.group(1) is None]
    chosen = full[0] if full else matches[-1]
    return len(text[: chosen.start()].encode("utf-8"))


def _skip_bytes(stream: BinaryIO, count: int) -> None:
    # iter_array would look for the first "[" and the @context header is an array: start past it instead
    while count > 0:
        chunk = stream.read(min(count, 1024 * 1024))
        if not chunk:
            return
        count -= len(chunk)


def _check_encoding(archive: Archive, member: str) -> None:
    head = _head(archive, member)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a multi-byte character cut by the head's end is fine
            raise SourceError(archive.where(member), f"is not valid utf-8 text (byte {exc.start})") from None


def _outbox_rows(archive: Archive, member: str, account: str, log: ImportLog) -> Iterator[dict]:
    _check_encoding(archive, member)
    start = _items_start(archive, member)
    name, where = posixpath.basename(member), archive.where(member)
    index = -1
    repairs = Repairs()
    with _open(archive, member) as stream:
        _skip_bytes(stream, start)
        try:
            for index, item in enumerate(iter_array(stream, repairs=repairs)):
                log.record(where, index)
                try:
                    yield _row(item, account, f"{name}#{index}")
                except _Broken as exc:
                    log.skip(f"{where}#{index}", str(exc))
        except JSONStreamError as exc:
            log.skip(f"{where}#{index + 1}", f"the rest of the file is unreadable: {exc}")
        finally:
            if note := repairs.note(archive.where(member)):
                log.note(note)


def _row(item: object, account: str, source: str) -> dict:
    if isinstance(item, BadElement):
        raise _Broken(item.reason)
    if not isinstance(item, dict):
        raise _Broken("not an activity object")
    kind = item.get("type")
    if kind == "Create":
        return _create_row(item, account, source)
    if kind == "Announce":
        return _announce_row(item, account, source)
    raise _Broken(f"activity type {kind!r} is not a post")


def _announce_row(item: dict, account: str, source: str) -> dict:
    """A boost: the archive has only the boosted post's URI, never its text."""
    target = item.get("object")
    if isinstance(target, dict):
        target = target.get("id")
    if not isinstance(target, str) or not item.get("id"):
        raise _Broken("Announce without an id or object URI")
    # every canonical key, as `_create_row`'s, so that the frame reads both kinds of row by one C-level lookup
    return {
        "post_id": f"{PLATFORM}:{item['id']}", "platform": PLATFORM, "account": account, "kind": "repost",
        "created_at": _time(item.get("published")), "text": "", "title": None, "url": target,
        "visibility": visibility(item.get("to"), item.get("cc")), "reply_to": None, "quoted": target, "links": [],
        "mentions": [], "hashtags": [], "media_count": 0, "media_alt": None, "likes": None, "reposts": None,
        "replies": None, "language": None, "content_warning": None, "source": source, "deleted": False,
        "edited_at": None,
    }


def _create_row(item: dict, account: str, source: str) -> dict:
    note = item.get("object")
    if not isinstance(note, dict):
        raise _Broken("Create without an object")
    get = note.get  # one bound method for the ~20 lookups of every post
    if not isinstance(get("id"), str):
        raise _Broken("Create whose object has no id")
    content = get("content")
    text, links = _content(content) if isinstance(content, str) and content else ("", [])
    if get("oneOf") or get("anyOf"):
        text += _poll(note)
    quoted = _quoted(note)
    reply_to = _text(get("inReplyTo")) or None
    tags, attachments, url = get("tag"), get("attachment"), get("url")
    # most posts have neither: an empty list or none at all (but a lone {} is one attachment, as ever)
    mentions, hashtags = ([], []) if tags is None or tags == [] else _tags(tags)
    alts, media = (None, 0) if attachments is None or attachments == [] else _attachments(attachments)
    return {  # every canonical key: the frame reads such a row by one C-level lookup
        "post_id": f"{PLATFORM}:{note['id']}", "platform": PLATFORM, "account": account,
        "kind": "quote" if quoted else "reply" if reply_to else "post",
        "created_at": _time(get("published") or item.get("published")),
        "text": text, "title": None, "url": url if isinstance(url, str) else None,
        "visibility": visibility(get("to") if "to" in note else item.get("to"),
                                 get("cc") if "cc" in note else item.get("cc")),
        "reply_to": reply_to, "quoted": quoted, "links": links, "mentions": mentions,
        "hashtags": hashtags, "media_count": media, "media_alt": alts, "likes": _total(get("likes")),
        "reposts": _total(get("shares")), "replies": None, "language": _language(get("contentMap")),
        "content_warning": _text(get("summary")) or None, "source": source, "deleted": False,
        "edited_at": _time(note["updated"]) if get("updated") else None,
    }


def _quoted(note: dict) -> str | None:
    for key in _QUOTE_KEYS:
        value = note.get(key)
        if value and isinstance(value, str):
            return value
    return None


def _time(value: object) -> datetime:
    if not isinstance(value, str):
        raise _Broken("no published time")
    try:  # the usual "2024-05-01T12:00:00Z" straight from C; anything else takes from_iso's full path
        stamp = datetime.fromisoformat(value)
        if stamp.tzinfo is UTC and FRAME_MIN <= stamp < FRAME_MAX:
            return stamp
    except ValueError:
        pass
    try:
        return from_iso(value)  # aware UTC (a time without a zone is UTC) and within the years a frame can hold
    except ValueError:
        raise _Broken(f"published time {value[:40]!r} is not a usable ISO-8601 time") from None


def visibility(to: object, cc: object) -> str:
    """Mastodon's visibility from ActivityPub addressing (FORMATS §2)."""
    to, cc = _as_list(to), _as_list(cc)
    if _has_public(to):
        return "public"
    if _has_public(cc):
        return "unlisted"
    if any(isinstance(a, str) and a.endswith("/followers") for a in to):
        return "followers"
    return "direct"


def _has_public(addresses: list) -> bool:
    try:  # a list of strings, as always written, is checked in C
        return not _PUBLIC.isdisjoint(addresses)
    except TypeError:  # an object or list among the addresses: only a string can be the public address
        return not _PUBLIC.isdisjoint([a for a in addresses if isinstance(a, str)])


def _as_list(value: object) -> list:
    # ActivityPub allows a single value where a list is usual
    return value if isinstance(value, list) else [] if value is None else [value]


def _content(markup: str) -> tuple[str, list[str]]:
    """Plain text and outbound links: mention and hashtag anchors are not links, the quote fallback is dropped."""
    if markup.startswith("<p>") and markup.endswith("</p>") and markup.find("<", 3, -4) < 0:
        # the usual post, one paragraph with no tag inside: so no quote fallback and no anchor to look for
        return _paragraph(markup[3:-4]), []
    if "quote-inline" in markup:
        markup = _QUOTE_FALLBACK.sub("", markup)
    text = _plain(markup)
    if "<a" not in markup and "<A" not in markup:
        return text, []
    links = [h.group(1) for a in _ANCHOR.finditer(markup) if not _MENTION_CLASS.search(a.group(1))
             for h in [_HREF.search(a.group(1))] if h and h.group(1).startswith(("http://", "https://"))]
    return text, list(dict.fromkeys(links))


def _plain(markup: str) -> str:
    """Mastodon's sanitised HTML (p, br, a, span) as text with C-level passes; same result as html_to_text."""
    if markup.startswith("<p>") and markup.endswith("</p>") and markup.find("<", 3, -4) < 0:
        return _paragraph(markup[3:-4])  # the usual post: one paragraph, no link, no break
    if _RICH.search(markup):
        return html_to_text(markup)[0]
    text = markup.replace("</p>", "\n\n")
    if "<br" in text:
        text = text.replace("<br />", "\n").replace("<br>", "\n").replace("<br/>", "\n")
    text = _TAG.sub("", text)
    return _lines(_unescape(text) if "&" in text else text)


def _paragraph(inner: str) -> str:
    """What the general path makes of `<p>inner</p>` (inner + a blank line); with no line break, only the ends go."""
    if "&" in inner:
        inner = _unescape(inner)
    return _lines(inner + "\n\n") if "\n" in inner else inner.strip()


def _lines(text: str) -> str:
    """Spaces before line ends and runs of blank lines dropped, ends trimmed, as html_to_text does."""
    if " \n" in text or "\t\n" in text:
        text = _TRAILING_SPACE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _unescape(text: str) -> str:
    # html.unescape calls back into Python per entity; Mastodon writes only these few, so replace them in C
    if text.count("&") == text.count("&#39;"):  # every entity an apostrophe, the usual case: one replace, not five
        return text.replace("&#39;", "'")
    text = text.replace("&quot;", '"').replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
    if text.count("&") != text.count("&amp;"):  # an entity other than &amp; (counting copies nothing)
        return html.unescape(text)
    return text.replace("&amp;", "&")


def _tags(tags: object) -> tuple[list[str], list[str]]:
    mentions: list[str] = []
    hashtags: list[str] = []
    for tag in _as_list(tags):
        if not isinstance(tag, dict) or not isinstance(tag.get("name"), str):
            continue
        if tag.get("type") == "Mention":
            mentions.append(tag["name"].lstrip("@"))
        elif tag.get("type") == "Hashtag":
            hashtags.append(tag["name"].lstrip("#"))
    return mentions, hashtags


def _attachments(items: object) -> tuple[str | None, int]:
    attachments = [a for a in _as_list(items) if isinstance(a, dict)]
    alts = [a["name"] for a in attachments if isinstance(a.get("name"), str) and a["name"].strip()]
    return ("\n".join(alts) or None), len(attachments)


def _poll(note: dict) -> str:
    """A poll (`Question`) keeps its options in oneOf/anyOf, not in the content: append them so they are read."""
    options = note.get("oneOf") or note.get("anyOf")
    names = [o["name"] for o in _as_list(options) if isinstance(o, dict) and isinstance(o.get("name"), str)]
    return "\n\n" + "\n".join(f"- {name}" for name in names) if names else ""


def _total(collection: object) -> int | None:
    total = collection.get("totalItems") if isinstance(collection, dict) else None
    # a negative or 64-bit-overflowing total is damage, not a count
    return total if isinstance(total, int) and not isinstance(total, bool) and 0 <= total < 2**63 else None


def _text(value: object) -> str:
    # ActivityPub allows objects where Mastodon writes strings (inReplyTo, quote): only a string is a URI or text
    return value if isinstance(value, str) else ""


def _language(content_map: object) -> str | None:
    return next(iter(content_map), None) if isinstance(content_map, dict) else None
