"""The one hardened XML reader for blog exports (WXR, Blogger): streaming, forgiving, and never expands entities.

lxml parses with entity resolution, DTD loading and network access off and libxml2's size guards on, in recovery
mode so a truncated or malformed export still gives what it holds. A document that declares entities is refused
outright: exports never need them, and they are how billion-laughs and external-entity attacks work. For the
parser we do not drive (feedparser), `declares_entities` looks for a declaration in every encoding it may read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from lxml import etree

from auditor.core.errors import SourceError
from connectors.archive import Archive
from connectors.base import ImportLog

HEAD_BYTES = 16 * 1024
#: libxml2 error types meaning the bytes do not decode in the document's encoding
_ENCODING_ERRORS = {"ERR_INVALID_ENCODING", "ERR_UNSUPPORTED_ENCODING", "ERR_UNKNOWN_ENCODING"}


def head(archive: Archive, member: str, size: int = HEAD_BYTES) -> bytes:
    """The first bytes of a member for content sniffing; empty when it cannot be read (never raises)."""
    try:
        with archive.open(member) as stream:
            return stream.read(size)
    except (SourceError, OSError):
        return b""


def localname(element: etree._Element) -> str:
    """An element's name without its namespace, so every export version's namespace URI matches."""
    tag = element.tag
    if not isinstance(tag, str):  # comments, processing instructions and entity references have no name
        return ""
    return tag.rsplit("}", 1)[-1]


def namespace(element: etree._Element) -> str:
    """An element's namespace URI ('' when it has none)."""
    tag = element.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def child(element: etree._Element, name: str) -> etree._Element | None:
    """The first direct child with this local name."""
    for item in element:
        if localname(item) == name:
            return item
    return None


def children(element: etree._Element, name: str) -> list[etree._Element]:
    """Every direct child with this local name, in document order."""
    return [item for item in element if localname(item) == name]


def text(element: etree._Element | None, name: str | None = None) -> str:
    """The text of an element (or of its first child called `name`), CDATA included, '' when absent."""
    if element is not None and name is not None:
        element = child(element, name)
    if element is None:
        return ""
    return "".join(element.itertext()).strip()


def records(stream: BinaryIO, where: str, depth: int, log: ImportLog) -> Iterator[etree._Element]:
    """Complete elements at `depth` below the root (1 = its children), each freed once the caller moves on."""
    events = etree.iterparse(
        stream, events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False,
        huge_tree=False, recover=True, remove_comments=True, remove_pis=True,
    )
    level, count, checked = -1, 0, 0
    try:
        for event, element in events:
            if event == "start":
                level += 1
                if level == 0:
                    _refuse_entities(element, where)
                continue
            if level == depth:
                checked = _check_encoding(events, element, where, checked)
                count += 1
                yield element
                _free(element)
            level -= 1
    except etree.XMLSyntaxError as exc:
        if not count:
            raise SourceError(where, f"is not readable XML ({exc.msg or exc})") from None
        log.skip(where, f"ill-formed XML, the rest of the file is not read ({exc.msg or exc})")
        return
    _report_recovered(events, where, log)


def _refuse_entities(root: etree._Element, where: str) -> None:
    # why: entity declarations are the vehicle of billion-laughs and XXE; no genuine export declares any
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise SourceError(where, "declares XML entities in a DOCTYPE (an entity-expansion or external-entity "
                                 "attack?); exports never do, so it is not read")


def _check_encoding(events: etree.iterparse, element: etree._Element, where: str, checked: int) -> int:
    # why: recovery mode silently turns undecodable bytes into U+FFFD; a wrongly encoded export must be named
    errors = events.error_log
    for error in list(errors)[checked:]:
        if error.type_name in _ENCODING_ERRORS:
            encoding = element.getroottree().docinfo.encoding or "UTF-8"
            raise SourceError(where, f"is not valid {encoding} text (line {error.line}: {error.message.strip()})")
    return len(errors)


def _report_recovered(events: etree.iterparse, where: str, log: ImportLog) -> None:
    # why: recovery mode keeps what it can; the person must still learn the file was damaged and where
    errors = [e for e in events.error_log if e.level_name in ("ERROR", "FATAL")]
    if errors:
        first = errors[0]
        log.skip(f"{where}:{first.line}",
                 f"ill-formed XML read in recovery mode ({len(errors)} error(s), first: {first.message.strip()})")


def _free(element: etree._Element) -> None:
    # why: streaming a large export keeps memory flat only if finished records and their siblings are dropped
    element.clear(keep_tail=True)
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


#: file name endings worth sniffing inside a larger archive (a single file given directly is always sniffed)
XML_SUFFIXES = (".xml", ".wxr", ".atom", ".rss", ".rdf", ".feed")


def candidates(archive: Archive) -> list[str]:
    """Members that may hold an XML export: XML-like names, or the one file a person passed directly."""
    members = archive.members()
    if len(members) == 1:
        return members
    return [m for m in members if m.lower().endswith(XML_SUFFIXES)]


def head_text(data: bytes) -> str:
    """Sniffed bytes as lower-case text, whatever the Unicode flavour, for cheap content checks."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # why: UTF-16 exports exist (Windows tools re-save them)
        return data.decode("utf-16", errors="ignore").lower()
    if data.startswith((b"<\0", b"\0<")):  # why: UTF-16 may also come without a BOM (XML spec, appendix F)
        return data.decode("utf-16-le" if data[0] else "utf-16-be", errors="ignore").lower()
    return data.decode("utf-8", errors="ignore").lower()


#: an entity declaration, as bytes of any ASCII-compatible encoding and as decoded text
ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ENTITY_TEXT = re.compile("<!ENTITY", re.IGNORECASE)
_WIDE = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
_EBCDIC = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC, which both libxml2 and feedparser recognise
_DECLARED = re.compile(r"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z][\w.:-]{0,40})["']""")


def declares_entities(data: bytes, charset: str | None = None) -> bool:
    """Whether a document holds an entity declaration anywhere, read in every encoding a parser may give it:
    ASCII-compatible (UTF-8, Latin-1…), UTF-16 and UTF-32 with or without a BOM, EBCDIC, the encoding its XML
    declaration names, and `charset` (from the HTTP headers). For the parsers we do not drive (feedparser)."""
    # why anywhere, not only before the root: what looks like the root may sit in a comment, and a parser's
    # idea of the prolog differs from a sniffer's (a 64 KB comment, or a KELVIN SIGN that lower() makes a "k")
    return ENTITY.search(data) is not None or any(_ENTITY_TEXT.search(text) for text in _readings(data, charset))


def _readings(data: bytes, charset: str | None) -> Iterator[str]:
    """The document decoded in each non-ASCII-compatible way a parser could read it (undecodable bytes dropped)."""
    heads = [data[:256].decode("latin-1")]
    for encoding in (*_WIDE, *(["cp037"] if data.startswith(_EBCDIC) else [])):
        text = data.decode(encoding, errors="ignore")
        heads.append(text[:256])
        yield text
    declared = {match.group(1).lower() for match in map(_DECLARED.search, heads) if match}
    for name in sorted(declared | {(charset or "").lower()} - {""}):
        try:
            yield data.decode(name, errors="ignore")
        except (LookupError, ValueError):  # an unknown or non-text codec: no parser can read the document in it
            continue
