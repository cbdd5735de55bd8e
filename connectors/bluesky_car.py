"""Reading a CARv1 file (an atproto repo export) into its roots and decoded blocks, salvaging truncated files.

The DAG-CBOR decoding is libipld's; this module only adds detection from the first bytes and, when libipld
rejects a whole file, a walk of the CAR framing so the blocks before the damage are still read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import libipld

from auditor.core.errors import SourceError

HEADER_MAX = 1024  # a repo export's header holds one root: about 60 bytes


@dataclass
class Car:
    """A decoded CAR: root CIDs, blocks by CID bytes, and (where, reason) for what could not be read."""

    roots: list[bytes]
    blocks: dict[bytes, object]
    problems: list[tuple[str, str]] = field(default_factory=list)


def varint(data: bytes, pos: int) -> tuple[int, int]:
    """An unsigned LEB128 varint at `pos`: (value, position after it); ValueError past the end."""
    value = shift = 0
    while pos < len(data) and shift < 64:
        byte = data[pos]
        value |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            return value, pos
        shift += 7
    raise ValueError("varint runs past the end of the data")


def is_car_header(head: bytes) -> bool:
    """Whether bytes start like a CARv1: a varint length, then a DAG-CBOR map with roots and version 1."""
    try:
        length, pos = varint(head, 0)
        if not 0 < length <= HEADER_MAX or pos + length > len(head) or head[pos] & 0xE0 != 0xA0:
            return False  # 0xA0..0xBF: a CBOR map, checked before decoding foreign bytes
        header = libipld.decode_dag_cbor(head[pos:pos + length])
    except (ValueError, IndexError, TypeError, RecursionError):  # RecursionError: a header nested absurdly deep
        return False
    return isinstance(header, dict) and header.get("version") == 1 and bool(header.get("roots"))


def cid_text(cid: object) -> str:
    """A CID as its usual base32 string (`bafy…`), for messages."""
    try:
        return libipld.encode_cid(cid) if isinstance(cid, bytes) else str(cid)
    except (ValueError, TypeError):
        return repr(cid)[:60]


def read_car(data: bytes, where: str) -> Car:
    """Decode a CAR; a damaged one gives the blocks before the damage and a problem naming the byte offset."""
    try:
        header, blocks = libipld.decode_car(data)
        return Car(list(header.get("roots") or []), dict(blocks))
    except (ValueError, RecursionError) as exc:  # libipld raises RecursionError for a block nested absurdly deep
        return _salvage(data, where, str(exc))


def _salvage(data: bytes, where: str, cause: str) -> Car:
    roots, pos = _header(data, where)
    car = Car(roots, {})
    while pos < len(data):
        try:
            length, start = varint(data, pos)
            end = start + length
            if end > len(data):
                raise ValueError(f"block declares {length} bytes, {len(data) - start} remain")
            cid_end = start + _cid_length(data, start)
        except ValueError as exc:  # the framing itself is gone: nothing after this point can be located
            car.problems.append((f"{where}#byte {pos}", f"truncated or damaged CAR ({exc}; libipld: {cause})"))
            return car
        try:
            car.blocks[data[start:cid_end]] = libipld.decode_dag_cbor(data[cid_end:end])
        except (ValueError, RecursionError) as exc:  # one bad block: its neighbours are still framed correctly
            car.problems.append((f"{where}#byte {pos}", f"undecodable block ({exc})"))
        pos = end
    return car


def _header(data: bytes, where: str) -> tuple[list[bytes], int]:
    try:
        length, pos = varint(data, 0)
        header = libipld.decode_dag_cbor(data[pos:pos + length])
    except (ValueError, RecursionError) as exc:
        raise SourceError(where, f"is not a readable CAR file (header: {exc})") from None
    if not isinstance(header, dict) or header.get("version") != 1 or not header.get("roots"):
        raise SourceError(where, "is not a CARv1 file (header lacks version 1 and roots)")
    return list(header["roots"]), pos + length


def _cid_length(data: bytes, start: int) -> int:
    """Byte length of the CID at `start`: CIDv0 is a bare sha2-256 multihash, CIDv1 is four varints + digest."""
    if data[start:start + 2] == b"\x12\x20":
        return 34
    pos = start
    for _ in range(3):  # version, codec, hash function
        _, pos = varint(data, pos)
    size, pos = varint(data, pos)
    if pos + size > len(data):
        raise ValueError("CID runs past the end of the data")
    return pos + size - start
