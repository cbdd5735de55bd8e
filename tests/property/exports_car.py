"""Strategies for Bluesky repo CARs: arbitrary bytes, a valid header before garbage, arbitrary records."""

from __future__ import annotations

from hypothesis import strategies as st

from tests.connectors.test_bluesky import Link, _car, _cid, _encode, _repo
from tests.property.kit import Export, raw
from tests.property.strategies import (
    CHARS,
    iso_times,
    weird_text,
)

# --- Bluesky (CAR) -----------------------------------------------------------------------------------------------
# DAG-CBOR has no NaN or infinities and 64-bit integers at most
cbor_value = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**63), 2**64 - 1),
        st.floats(allow_nan=False, allow_infinity=False),
        weird_text,
        st.binary(max_size=8),
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(weird_text, inner, max_size=3),
    max_leaves=10,
)
cbor_field = lambda plausible: st.one_of(plausible, plausible, cbor_value)  # noqa: E731
bsky_post = st.fixed_dictionaries(
    {"$type": st.just("app.bsky.feed.post"), "text": cbor_field(weird_text), "createdAt": cbor_field(iso_times)},
    optional={
        "facets": cbor_field(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "index": st.fixed_dictionaries(
                            {"byteStart": st.integers(-2, 40), "byteEnd": st.integers(-2, 40)}
                        ),
                        "features": st.lists(
                            st.fixed_dictionaries(
                                {
                                    "$type": st.sampled_from(
                                        [
                                            "app.bsky.richtext.facet#link",
                                            "app.bsky.richtext.facet#mention",
                                            "app.bsky.richtext.facet#tag",
                                        ]
                                    ),
                                    "uri": cbor_field(weird_text),
                                    "did": cbor_field(weird_text),
                                    "tag": cbor_field(weird_text),
                                }
                            ),
                            max_size=2,
                        ),
                    }
                ),
                max_size=3,
            )
        ),
        "embed": cbor_field(
            st.fixed_dictionaries(
                {
                    "$type": st.sampled_from(
                        [
                            "app.bsky.embed.images",
                            "app.bsky.embed.record",
                            "app.bsky.embed.external",
                            "app.bsky.embed.video",
                            "app.bsky.embed.recordWithMedia",
                        ]
                    )
                },
                optional={
                    "images": cbor_value,
                    "record": cbor_field(
                        st.fixed_dictionaries(
                            {"uri": cbor_value, "record": cbor_field(st.fixed_dictionaries({"uri": cbor_value}))}
                        )
                    ),
                    "external": cbor_value,
                    "media": cbor_value,
                    "alt": cbor_value,
                },
            )
        ),
        "reply": cbor_field(
            st.fixed_dictionaries({"parent": cbor_field(st.fixed_dictionaries({"uri": cbor_field(weird_text)}))})
        ),
        "langs": cbor_value,
        "labels": cbor_value,
        "tags": cbor_value,
        "entities": cbor_value,
    },
)
bsky_other = st.fixed_dictionaries(
    {"createdAt": cbor_field(iso_times)},
    optional={"subject": cbor_field(st.fixed_dictionaries({"uri": cbor_field(weird_text)}))},
)
_RKEYS = st.one_of(st.from_regex(r"\A[234567abcdefghij][234567a-z]{12}\Z"), st.text(CHARS, min_size=1, max_size=14))


@st.composite
def bluesky(draw, level: str) -> Export:
    """A repo CAR: arbitrary bytes, a valid CAR header before garbage blocks, or a valid repo of arbitrary records."""
    if level == "bytes":
        return Export({"repo.car": draw(raw)})
    if level == "shape":
        header = _encode({"version": 1, "roots": [Link(_cid(b"commit"))]})
        body = draw(st.lists(st.binary(max_size=60), max_size=5))
        framed = b"".join(bytes([len(b)]) + b for b in body) if draw(st.booleans()) else b"".join(body)
        blocks = draw(st.lists(cbor_value.map(_encode), max_size=3))
        valid = _car(_cid(blocks[0]) if blocks else _cid(b"x"), [(_cid(b), b) for b in blocks])
        return Export({"repo.car": draw(st.sampled_from([bytes([len(header)]) + header + framed, valid + framed]))})
    records = draw(
        st.dictionaries(
            st.tuples(
                st.sampled_from(
                    ["app.bsky.feed.post", "app.bsky.feed.repost", "app.bsky.feed.like", "app.bsky.graph.follow"]
                ),
                _RKEYS,
            ).map("/".join),
            st.one_of(bsky_post, bsky_other),
            max_size=6,
        )
    )
    counted = sum(1 for k in records if not k.startswith("app.bsky.graph."))
    # distinct records: test_bluesky's _encode tags each link CID by a bytes replace, which tags twice when two
    # MST entries point at one CID (identical records)
    records = {key: {**value, "n": n} for n, (key, value) in enumerate(records.items())}
    return Export(
        {"repo.car": _repo(records, did=draw(st.sampled_from(["did:plc:abc", "did:web:é.example"])))},
        {"repo.car": counted},
    )
