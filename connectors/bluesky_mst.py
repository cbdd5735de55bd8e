"""Walking an atproto repo's Merkle Search Tree to recover each record's key (`collection/rkey`).

Record blocks carry only their `$type`; the key lives in the tree. Keys are prefix-compressed per node.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

MAX_DEPTH = 128  # real trees are ~10 levels deep even for millions of records
Problem = Callable[[bytes, str], None]


def walk_mst(blocks: dict[bytes, object], root: bytes, problem: Problem) -> Iterator[tuple[str, bytes]]:
    """(key, record CID) for every entry, in key order; missing nodes and cycles are reported, never followed."""
    yield from _node(blocks, root, 0, set(), problem)


def _node(blocks: dict[bytes, object], cid: bytes, depth: int, visited: set[bytes],
          problem: Problem) -> Iterator[tuple[str, bytes]]:
    if cid in visited:
        problem(cid, "MST node reached twice (the tree points back at itself): not followed again")
        return
    if depth > MAX_DEPTH:
        problem(cid, f"MST deeper than {MAX_DEPTH} levels: not followed")
        return
    visited.add(cid)
    node = blocks.get(cid)
    if not isinstance(node, dict) or not isinstance(node.get("e"), list):
        problem(cid, "MST node missing or not a tree node (truncated CAR?): its records are unreachable")
        return
    if node.get("l"):
        yield from _node(blocks, node["l"], depth + 1, visited, problem)
    key = b""
    for entry in node["e"]:
        if not _is_entry(entry, len(key)):
            problem(cid, "malformed MST entry: the rest of this node is unreachable")
            return
        key = key[:entry["p"]] + entry["k"]  # prefix compression: p bytes shared with the previous key
        yield key.decode("utf-8", "replace"), entry["v"]
        if entry.get("t"):
            yield from _node(blocks, entry["t"], depth + 1, visited, problem)


def _is_entry(entry: object, previous: int) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("k"), bytes) and isinstance(entry.get("v"), bytes)
            and isinstance(entry.get("p"), int) and 0 <= entry["p"] <= previous)
