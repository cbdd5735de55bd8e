"""The files of a modern X archive: which `window.YTD.<type>.partN` each `data/*.js` holds, and their entries.

Files are told apart by the global name in their first bytes, never by file name: parts are renamed
(`tweets-part1.js`), older archives say `tweet.js`, and people share trimmed copies (`like.first40.js`).
"""

from __future__ import annotations

import json
import posixpath
import re
from collections import defaultdict
from collections.abc import Iterator

from auditor.errors import SourceError
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
    """The first bytes of a member without a BOM, or b"" when it cannot be read (foreign files never raise)."""
    try:
        with archive.open(member) as stream:
            data = stream.read(HEAD_BYTES)
    except (SourceError, OSError):
        return b""
    return data.removeprefix(b"\xef\xbb\xbf")


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
    try:
        with archive.open(member) as stream:
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
        text = archive.read_bytes(member).decode("utf-8-sig")
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
