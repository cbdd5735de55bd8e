"""The one hardened XML reader for blog exports (WXR, Blogger): streaming, forgiving, and never expands entities.

lxml parses with entity resolution, DTD loading and network access off and libxml2's size guards on, in recovery
mode so a truncated or malformed export still gives what it holds. A document that declares entities is refused
outright: exports never need them, and they are how billion-laughs and external-entity attacks work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from lxml import etree

from auditor.errors import SourceError
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
    return data.decode("utf-8", errors="ignore").lower()


_ROOT_START = re.compile(r"<(?:rss|feed|rdf:rdf|[a-z0-9_]+:feed)[\s>]")


def declares_entities(data: bytes) -> bool:
    """Whether a document's prolog (before its root element) declares entities: for parsers we do not drive."""
    sniffed = head_text(data[:HEAD_BYTES * 4])
    match = _ROOT_START.search(sniffed)
    return "<!entity" in (sniffed[: match.start()] if match else sniffed)
