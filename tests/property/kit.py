"""What every export strategy shares: the `Export` value, raw hostile bodies, and file writers (JSON, CSV, XML)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from hypothesis import strategies as st
from lxml import etree

from tests.property.strategies import (
    dumps,
)


@dataclass(frozen=True)
class Export:
    """Files by path inside the export, and per file name how many records must each give a row or a skip."""

    files: dict[str, bytes]
    counted: dict[str, int] = field(default_factory=dict)


#: raw bodies that have broken parsers before: deep nesting, huge numbers, truncation, BOMs, UTF-16, NUL, entities
NASTY = [
    b"",
    b"\x00" * 64,
    b"[" + b"1" * 5000 + b"]",
    b"[" * 50_000,
    b'{"a":' * 20_000,
    b"[1e999999]",
    b"[" + b"1" * 4000 + b"]",
    b'["\\ud800"]',
    b"\xef\xbb\xbf[",
    b"\xff\xfe[\x00]\x00",
    b'[{"tweet":{"id_str":"1"',
    b"[]]]",
    b"\xc3\x28",
    b"<?xml version='1.0' encoding='utf-16'?><rss/>",
    b"<!DOCTYPE x [<!ENTITY a 'b'>]><rss>&a;</rss>",
]
raw = st.one_of(st.binary(max_size=200), st.sampled_from(NASTY))


def json_file(prefix: str, value: object) -> bytes:
    """A JSON file's bytes, after a JavaScript prefix when the format has one (`window.YTD.tweets.part0 = `)."""
    return (prefix + dumps(value)).encode("utf-8", "surrogatepass")


def bytes_level(paths: list[str], headers: list[bytes]) -> st.SearchStrategy[Export]:
    """Arbitrary bytes in files with the right names, bare or behind the format's own first bytes."""
    body = st.tuples(st.sampled_from([b"", *headers]), raw).map(lambda t: t[0] + t[1])
    return st.lists(body, min_size=len(paths), max_size=len(paths)).map(
        lambda bodies: Export(dict(zip(paths, bodies, strict=True)))
    )


def csv_text(header: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    """A CSV as the exports write it: a header line, CRLF line ends, quoting only where needed."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def element(tree: tuple, ns: str | None) -> etree._Element:
    """An lxml element from a generated (name, attributes, text, children) tree, in namespace `ns`."""
    name, attrs, text, kids = tree
    node = etree.Element(f"{{{ns}}}{name}" if ns else name, attrs)
    node.text = text
    node.extend(element(k, ns) for k in kids)
    return node


def xml_bytes(root: etree._Element) -> bytes:
    """A document as exports write it: XML declaration, UTF-8."""
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")
