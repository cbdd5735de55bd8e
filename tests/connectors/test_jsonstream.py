"""Streaming JSON arrays: prefixes, bad elements skipped with their index, truncation detected, bad text counted."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import connectors.jsonstream as jsonstream
from connectors.jsonstream import BadElement, JSONStreamError, Repairs, iter_array, repair


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


def test_a_number_past_the_digit_limit_is_a_bad_element_not_a_crash() -> None:
    out = _elements(b'[{"id": ' + b"9" * 5_000 + b'}, {"ok": 1}]')
    assert out[0] == BadElement(0, "a number too long to read") and out[1] == {"ok": 1}


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


@pytest.mark.parametrize(
    ("raw", "text", "characters"),
    [
        (b'"caf\xe9 au lait"', "caf\ufffd au lait", 1),  # Latin-1 byte in a UTF-8 file
        (b'"\xff\xfe two"', "\ufffd\ufffd two", 2),
        (b'"cut \xf0\x9f\x99"', "cut \ufffd\ufffd\ufffd", 3),  # an emoji cut short: each stray byte counts
        (b'"lone \\ud800 escape"', "lone \ufffd escape", 1),  # valid JSON, but no UTF-8 can hold it
        (b'"low \\uDC00 first"', "low \ufffd first", 1),
    ],
)
def test_invalid_text_is_kept_with_replacement_and_counted(raw: bytes, text: str, characters: int) -> None:
    repairs = Repairs()
    data = b'[{"t": "ok"}, {"t": ' + raw + b', "n": 2}, {"t": "after"}]'
    out = list(iter_array(io.BytesIO(data), repairs=repairs))
    assert out == [{"t": "ok"}, {"t": text, "n": 2}, {"t": "after"}]
    assert (repairs.elements, repairs.characters, repairs.first) == (1, characters, [1])


def test_valid_escapes_and_characters_are_not_counted() -> None:
    repairs = Repairs()
    data = '[{"t": "\\ud83d\\ude00 \\u00e9 é 🙂"}]'.encode()
    assert list(iter_array(io.BytesIO(data), repairs=repairs)) == [{"t": "😀 é é 🙂"}]
    assert repairs == Repairs()


def test_bad_bytes_in_keys_and_nested_values_are_repaired(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonstream, "BLOCK", 5)  # bad bytes and multibyte characters split across blocks
    repairs = Repairs()
    data = b'[{"k\xe9y": {"list": ["\xe9", ["d\xe9ep", "\xc3\xa9"]]}}, "\xe9", {"fine": "\xc3\xa9"}]'
    out = list(iter_array(io.BytesIO(data), repairs=repairs))
    assert out == [{"k\ufffdy": {"list": ["\ufffd", ["d\ufffdep", "é"]]}}, "\ufffd", {"fine": "é"}]
    assert (repairs.elements, repairs.characters, repairs.first) == (2, 4, [0, 1])


def test_repair_is_not_recursive() -> None:
    deep: object = "\udce9"
    for _ in range(20_000):  # deeper than Python's recursion limit
        deep = [deep]
    fixed, count = repair(deep)
    assert count == 1
    for _ in range(20_000):
        fixed = fixed[0]
    assert fixed == "\ufffd"


def test_repairs_note_names_the_file_and_the_first_entries() -> None:
    repairs = Repairs()
    assert repairs.note("x.zip/data/tweets.js") is None
    for index in range(7):
        repairs.add(index * 10, 2)
    note = repairs.note("x.zip/data/tweets.js")
    assert note.startswith("x.zip/data/tweets.js: 7 entries held 14 characters that are not valid text")
    assert note.endswith("(#0, #10, #20, #30, #40, …)")


def test_raw_control_characters_in_strings_are_kept() -> None:
    # not valid JSON (controls must be escaped), but the post is still the person's post
    out = _elements(b'[{"t": "a\x00b\x01c\td"}, {"t": "e\\u0000f"}]')
    assert out == [{"t": "a\x00b\x01c\td"}, {"t": "e\x00f"}]


def test_duplicated_keys_keep_the_last_value_like_json_loads() -> None:
    data = b'[{"full_text": "first", "id": 1, "full_text": "second"}]'
    assert _elements(data) == [json.loads(data)[0]] == [{"full_text": "second", "id": 1}]


def test_a_ten_megabyte_element_spanning_blocks() -> None:
    text = "mot " * (10 * 1024 * 1024 // 4)
    data = json.dumps([{"t": "small"}, {"t": text}, {"t": "after"}]).encode()
    out = _elements(data)
    assert [len(e["t"]) for e in out] == [5, len(text), 5] and out[1]["t"] == text


@pytest.mark.parametrize("block", [1, 2, 3, 5, 64])
def test_bare_numbers_split_across_blocks_are_read_whole(monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    # a block could end at "1.5" or "1.5e" with "+3" to come: the number is decided only with more text after it
    monkeypatch.setattr(jsonstream, "BLOCK", block)
    data = b'[-1.5e+3, 2.25E-2, 10, "s", 7e1 , true, 0.5]'
    assert _elements(data) == [-1500.0, 0.0225, 10, "s", 70.0, True, 0.5]


@pytest.mark.parametrize("block", [7, 4096, 64 * 1024])
def test_same_elements_whatever_the_block_size(monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    # the reader keeps only the element being decoded and reads on before the text runs out: results must not
    # depend on where blocks end (spaces between elements, 4-byte emoji, big elements, a bad one, a bad byte)
    monkeypatch.setattr(jsonstream, "BLOCK", block)
    items = [{"t": "👀" * (i % 5) + "é", "n": i, "big": "z" * (200_000 if i == 30 else 3)} for i in range(60)]
    body = " ,\n\t".join(json.dumps(item, ensure_ascii=False) for item in items).encode()
    data = b"[ " + body.replace(b'"n": 40', b'"n": oops', 1).replace(b'"n": 41', b'"n": 41, "x": "\xe9"', 1) + b" ]"
    repairs = Repairs()
    out = list(iter_array(io.BytesIO(data), repairs=repairs))
    assert out[40] == BadElement(40, "invalid JSON (Expecting value)")
    assert out[41] == {**items[41], "x": "\ufffd"}
    assert out[:40] + out[42:] == items[:40] + items[42:]
    assert (repairs.elements, repairs.characters, repairs.first) == (1, 1, [41])


def _scanned_alone(data: bytes, monkeypatch: pytest.MonkeyPatch) -> list:
    """What the C scanner gives on its own, element by element (no run decoded by msgspec)."""
    with monkeypatch.context() as patch:
        patch.setattr(jsonstream._Reader, "batch", lambda self, pos: ([], pos))
        return _elements(data)


def _tweets_js(items: list[bytes]) -> bytes:
    return b"window.YTD.tweets.part0 = [ " + b",\n  ".join(items) + b"\n]"


def test_runs_are_decoded_together_and_give_what_the_scanner_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    decode = jsonstream._BATCH.decode
    monkeypatch.setattr(jsonstream, "_BATCH", type("Spy", (), {"decode": lambda self, t: calls.append(t) or
                                                                decode(t)})())
    items = [{"tweet": {"id_str": str(10**18 + i), "n": i, "big": 10**30 + i, "f": i / 7, "t": "é🙂" * (i % 4)}}
             for i in range(2_000)]
    data = _tweets_js([json.dumps(item, ensure_ascii=False).encode() for item in items])
    assert _elements(data) == items == _scanned_alone(data, monkeypatch)
    assert 1 < len(calls) < 100  # runs of hundreds of these small elements, not one call per element


@pytest.mark.parametrize("odd", [b'{"tweet": {"n": nope}}', b'{"tweet": {"t": "raw\x01control"}}',
                                 b'{"tweet": {"n": NaN}}', b'{"tweet": {"n": 1e400}}', b'{"tweet": {"t": "\\ud800"}}',
                                 b'{"tweet": {"t": "x\xe9y"}}', b'{"tweet": {"t": "in text,\\n  {\\"tweet\\":"}}',
                                 b'{"tweet": ' + b"[" * 3_000 + b"]" * 3_000 + b"}",
                                 b'{"tweet": {"n": ' + b"9" * 4_000 + b"}}"])
def test_an_element_a_run_cannot_take_is_read_as_the_scanner_reads_it(odd: bytes,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    items = [json.dumps({"tweet": {"n": i}}).encode() for i in range(300)]
    data = _tweets_js([*items[:150], odd, *items[150:]])
    out = _elements(data)
    assert out == _scanned_alone(data, monkeypatch)
    assert len(out) == 301 and out[151:] == [{"tweet": {"n": i}} for i in range(150, 300)]


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(_json_values, min_size=2, max_size=60), st.booleans())
def test_any_json_in_runs_reads_as_json_loads(values: list, ascii_only: bool) -> None:
    data = _tweets_js([json.dumps({"k": value}, ensure_ascii=ascii_only).encode() for value in values])
    assert _elements(data) == json.loads(data[data.index(b"["):])


def _read(data: bytes, monkeypatch: pytest.MonkeyPatch, *, raw: bool) -> tuple[list, tuple]:
    """The elements and repairs; with `raw` False, no run is cut from the bytes (every run is decoded as text)."""
    repairs = Repairs()
    with monkeypatch.context() as patch:
        if not raw:
            patch.setattr(jsonstream._Reader, "raw_batch", lambda self, pos: None)
        try:
            out: list = list(iter_array(io.BytesIO(data), repairs=repairs))
        except JSONStreamError as exc:
            out = [f"error: {exc}"]
    return out, (repairs.elements, repairs.characters, repairs.first)


_ODD = [b'{"tweet": {"n": nope}}', b'{"tweet": {"t": "raw\x01control"}}', b'{"tweet": {"t": "\\ud800"}}',
        b'{"tweet": {"t": "pair \\ud83d\\ude00"}}', b'{"tweet": {"t": "x\xe9y"}}', b'{"tweet": {"t": "\xed\xa0\x80"}}',
        b'{"tweet": {"t": "in text,\\n  {\\"tweet\\":"}}', b'{"tweet": {"n": 1e400}}', b'  {"tweet": {"n": -0.0}}']


@pytest.mark.parametrize("block", [7, 13, 1000, 64 * 1024])
@pytest.mark.parametrize("batch", [64, 500, 32 * 1024])
def test_runs_cut_from_bytes_read_as_runs_decoded_as_text(block: int, batch: int,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # multi-byte characters cut by block ends, odd elements a run from bytes cannot take, runs of every length
    monkeypatch.setattr(jsonstream, "BLOCK", block)
    monkeypatch.setattr(jsonstream, "BATCH", batch)
    items = [json.dumps({"tweet": {"n": i, "t": "é🙂ü" * (i % 7), "big": "z" * (3000 if i % 50 == 7 else 1)}},
                        ensure_ascii=False).encode() for i in range(400)]
    for k, odd in enumerate(_ODD):
        items.insert(20 + 40 * k, odd)
    data = b"\xef\xbb\xbf" + _tweets_js(items)  # a BOM before the prefix, as some exports have
    fast = _read(data, monkeypatch, raw=True)
    assert fast == _read(data, monkeypatch, raw=False)
    assert fast[0] == _scanned_alone(data, monkeypatch)
    for cut in (len(data) // 3, len(data) - 5):  # truncated: the same error after the same elements
        assert _read(data[:cut], monkeypatch, raw=True) == _read(data[:cut], monkeypatch, raw=False)


def test_runs_are_cut_from_bytes_when_the_text_runs_short(monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[type] = []
    decode = jsonstream._BATCH.decode
    monkeypatch.setattr(jsonstream, "_BATCH", type("Spy", (), {"decode": lambda self, t: taken.append(type(t)) or
                                                                decode(t)})())
    items = [json.dumps({"tweet": {"n": i, "t": "é" * (i % 9)}}, ensure_ascii=False).encode() for i in range(5_000)]
    assert _elements(_tweets_js(items)) == [json.loads(i) for i in items]
    assert taken[0] is str and len(taken) > 5 and set(taken[1:]) == {bytes}  # only the first run is read as text
