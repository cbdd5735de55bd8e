"""The files of a modern X archive: which `window.YTD.<type>.partN` each `data/*.js` holds, and their entries.

Files are told apart by the global name in their first bytes, never by file name: parts are renamed
(`tweets-part1.js`), older archives say `tweet.js`, and people share trimmed copies (`like.first40.js`).
"""

from __future__ import annotations

import codecs
import io
import json
import posixpath
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import BinaryIO

from auditor.core.errors import SourceError
from connectors.archive import Archive
from connectors.base import ImportLog
from connectors.jsonstream import BadElement, JSONStreamError, Repairs, iter_array

HEAD_BYTES = 256
MANIFEST_MAX = 16 * 1024**2  # manifest.js is a few KB; a bigger one is not what it claims
_YTD = re.compile(rb"\s*window\.YTD\.(\w+)\.part(\d+)\s*=")
_MANIFEST = re.compile(rb"\s*window\.__THAR_CONFIG\s*=")
# X renamed the tweet file from the singular (about 2019-2022) to the plural; both hold the same objects
_ALIASES = {"tweet": "tweets"}


def head(archive: Archive, member: str) -> bytes:
    """The first bytes of a member as UTF-8 without a BOM, or b"" when it cannot be read (foreign files never raise).

    A UTF-16 file's first bytes are given as UTF-8 too, so one test of its first line serves every encoding.
    """
    try:
        with archive.open(member) as stream:
            data = stream.read(HEAD_BYTES)
    except (SourceError, OSError):
        return b""
    encoding = wide_encoding(data)
    if encoding:
        data = data.decode(encoding, "ignore").removeprefix("\ufeff").encode("utf-8")
    return data.removeprefix(b"\xef\xbb\xbf")


def wide_encoding(first: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` for a file in UTF-16 (by its BOM, or by the NULs beside its ASCII), else None.

    X writes UTF-8; a file re-saved by a Windows editor ("Unicode") is UTF-16, with or without a BOM.
    """
    if first.startswith(codecs.BOM_UTF16_LE) and not first.startswith(codecs.BOM_UTF32_LE):
        return "utf-16-le"
    if first.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    if len(first) >= 4 and first[0] and not first[1] and first[2] and not first[3]:
        return "utf-16-le"
    if len(first) >= 4 and not first[0] and first[1] and not first[2] and first[3]:
        return "utf-16-be"
    return None


class Utf16Stream(io.RawIOBase):
    """A UTF-16 member's bytes as UTF-8, decoded as they stream (the JSON and CSV readers after it read UTF-8).

    Text that is not valid UTF-16 (a lone surrogate, an odd byte at a cut end) becomes U+FFFD and is counted in
    `replaced`, where the readers after this one would otherwise stop at it.
    """

    def __init__(self, inner: BinaryIO, encoding: str) -> None:
        self._inner = inner
        self._decoder = codecs.getincrementaldecoder(encoding)(errors=_COUNTED)
        self._pending = b""
        self._started = False
        self.replaced = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = self._inner.read(max(len(buffer), 2))
            self._pending = self._decode(chunk)
            if not chunk:
                break
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def close(self) -> None:
        self._inner.close()
        super().close()

    def _decode(self, chunk: bytes) -> bytes:
        before = _replaced[0]
        text = self._decoder.decode(chunk, final=not chunk)
        self.replaced += _replaced[0] - before
        if not self._started and text:
            text, self._started = text.removeprefix("\ufeff"), True
        return text.encode("utf-8")


_COUNTED = "auditor-x-utf16"
_replaced = [0]  # characters the handler below replaced so far (files are read one at a time, as in jsonstream)


def _replace_and_count(exc: UnicodeError) -> tuple[str, int]:
    _replaced[0] += 1
    return "\ufffd", exc.end  # type: ignore[attr-defined]


codecs.register_error(_COUNTED, _replace_and_count)


def open_utf8(archive: Archive, member: str) -> BinaryIO:
    """The member opened as UTF-8 bytes: as it is, or through `Utf16Stream` when it is UTF-16."""
    encoding = wide_encoding(_first_bytes(archive, member))
    stream = archive.open(member)
    return Utf16Stream(stream, encoding) if encoding else stream  # type: ignore[return-value]


def decode(data: bytes) -> str:
    """A small file's text: UTF-16 by its BOM or NULs, else UTF-8 (a BOM dropped); ValueError when it is neither."""
    encoding = wide_encoding(data[:4])
    text = data.decode(encoding) if encoding else data.decode("utf-8-sig")
    return text.removeprefix("\ufeff")


def _first_bytes(archive: Archive, member: str) -> bytes:
    try:
        with archive.open(member) as stream:
            return stream.read(4)
    except (SourceError, OSError):
        return b""


def ytd_type(first: bytes) -> tuple[str, int] | None:
    """The data type and part number of a `window.YTD.<type>.partN =` file, from its first bytes."""
    match = _YTD.match(first)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    return _ALIASES.get(name, name), int(match.group(2))


def is_manifest(first: bytes) -> bool:
    """Whether the first bytes are those of `manifest.js` (`window.__THAR_CONFIG = {…}`)."""
    return bool(_MANIFEST.match(first))


def ytd_files(archive: Archive, folder: str) -> tuple[dict[str, list[str]], str | None]:
    """The YTD files directly in `folder`, by type in part order, and the manifest member if there is one."""
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    manifest = None
    for member in archive.members():
        if posixpath.dirname(member) != folder or not member.lower().endswith(".js"):
            continue
        first = head(archive, member)
        kind = ytd_type(first)
        if kind:
            found[kind[0]].append((kind[1], member))
        elif is_manifest(first):
            manifest = member
    return {name: [m for _, m in sorted(parts)] for name, parts in found.items()}, manifest


def entries(archive: Archive, member: str, log: ImportLog) -> Iterator[tuple[int, object]]:
    """(index, element) of a YTD file; bad elements and a truncated end are skipped and counted, never raised."""
    where = archive.where(member)
    count = 0
    repairs = Repairs()
    stream = None
    try:
        with open_utf8(archive, member) as stream:
            for count, element in enumerate(iter_array(stream, repairs=repairs), start=1):
                if isinstance(element, BadElement):
                    log.record(where, element.index)
                    log.skip(f"{where}#{element.index}", f"undecodable entry ({element.reason})")
                else:
                    yield count - 1, element
    except (JSONStreamError, SourceError) as exc:
        problem = exc.problem if isinstance(exc, SourceError) else str(exc)
        log.skip(where, f"{problem}; {count} entries were read, the rest of the file is lost")
    finally:
        if note := repairs.note(where):
            log.note(note)
        if note := utf16_note(where, stream):
            log.note(note)


def utf16_note(where: str, stream: object) -> str | None:
    """One line for the import log when a UTF-16 file held text that is not valid UTF-16."""
    if not isinstance(stream, Utf16Stream) or not stream.replaced:
        return None
    return (f"{where}: {stream.replaced} characters were not valid UTF-16 (a lone surrogate, or a byte cut off at "
            f"the end); they read as \ufffd")


def unwrap(element: object, key: str) -> dict | None:
    """The object inside `{"<key>": {...}}`; the earliest archives have bare tweets without the wrapper."""
    if not isinstance(element, dict):
        return None
    inner = element.get(key, element)
    return inner if isinstance(inner, dict) else None


def read_manifest(archive: Archive, member: str | None, log: ImportLog) -> dict:
    """The `window.__THAR_CONFIG` object of manifest.js, or {} (noted) when it is missing or unreadable."""
    if member is None:
        return {}
    try:
        if archive.size(member) > MANIFEST_MAX:
            raise ValueError(f"larger than {MANIFEST_MAX // 2**20} MB")
        text = decode(archive.read_bytes(member))
        value = json.loads(text[text.index("=") + 1:].strip().rstrip(";"))
    except (SourceError, ValueError, RecursionError) as exc:  # RecursionError: JSON nested absurdly deep
        log.note(f"{archive.where(member)} was not read ({exc}); the account name may be missing")
        return {}
    return value if isinstance(value, dict) else {}


def manifest_counts(manifest: dict) -> dict[str, int]:
    """Entries per YTD type as manifest.js declares them (to check against what the files held)."""
    counts: dict[str, int] = defaultdict(int)
    data_types = manifest.get("dataTypes")
    for data_type in data_types.values() if isinstance(data_types, dict) else ():
        files = data_type.get("files") if isinstance(data_type, dict) else None
        for file in files if isinstance(files, list) else ():
            name = file.get("globalName") if isinstance(file, dict) else None
            if not isinstance(name, str):
                continue
            kind = ytd_type(f"window.{name} =".encode("utf-8", "replace"))
            count = str(file.get("count", ""))
            if kind and count.isascii() and count.isdigit():  # isdigit alone accepts "²", which int() refuses
                counts[kind[0]] += int(count)
    return dict(counts)
