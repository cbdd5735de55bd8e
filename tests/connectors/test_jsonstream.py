"""Streaming JSON arrays: prefixes, bad elements skipped with their index, truncation detected."""

from __future__ import annotations

import io
import json

import pytest

import connectors.jsonstream as jsonstream
from connectors.jsonstream import BadElement, JSONStreamError, iter_array


def _elements(data: bytes, **kwargs) -> list:
    return list(iter_array(io.BytesIO(data), **kwargs))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"window.YTD.tweets.part0 = [ {\"a\": 1}, {\"b\": [1, 2]} ]", [{"a": 1}, {"b": [1, 2]}]),
        (b"[1, 22, \"x\", {\"a\": \"]\"}]", [1, 22, "x", {"a": "]"}]),
        (b"[]", []),
        (b"  [\n]\n;", []),
    ],
)
def test_reads_arrays(data: bytes, expected: list) -> None:
    assert _elements(data) == expected


def test_bad_element_is_reported_and_reading_goes_on() -> None:
    out = _elements(b'[{"a": 1}, {"a": nope, "s": "},"}, {"c": 3}]')
    assert out[0] == {"a": 1} and out[2] == {"c": 3}
    assert isinstance(out[1], BadElement) and out[1].index == 1


def test_deep_nesting_is_a_bad_element_not_a_crash() -> None:
    out = _elements(b"[" + b"[" * 10_000 + b"]" * 10_000 + b', {"ok": 1}]')
    assert out[0] == BadElement(0, "nested too deeply") and out[1] == {"ok": 1}


def test_truncated_file_raises_after_yielding_what_was_read() -> None:
    got = []
    with pytest.raises(JSONStreamError, match="truncated"):
        for element in iter_array(io.BytesIO(b'[{"a": 1}, {"a": 2')):
            got.append(element)
    assert got == [{"a": 1}]


def test_not_an_array() -> None:
    with pytest.raises(JSONStreamError, match="no JSON array"):
        _elements(b"nothing here")


def test_tiny_blocks_split_elements_and_multibyte_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonstream, "BLOCK", 7)
    items = [{"text": "é🙂ü" * i, "n": 12345} for i in range(30)]
    assert _elements(json.dumps(items).encode()) == items


def test_start_offset_skips_an_earlier_array() -> None:
    data = b'{"orderedItems": [], "orderedItems": [{"id": 1}]}'
    start = data.decode().rindex('"orderedItems"')
    assert _elements(data, start=start) == [{"id": 1}]
