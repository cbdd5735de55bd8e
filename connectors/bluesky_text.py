"""The content of an `app.bsky.feed.post` record: text with full links, facets, embeds, languages, self-labels."""

from __future__ import annotations

from connectors.base import hashtags_in, urls_in

LINK, MENTION, TAG = "app.bsky.richtext.facet#link", "app.bsky.richtext.facet#mention", "app.bsky.richtext.facet#tag"


def post_parts(record: dict) -> dict:
    """Canonical fields of one post record (everything but ids, times and URL)."""
    raw = record.get("text") if isinstance(record.get("text"), str) else ""
    facets = [f for f in _list(record.get("facets")) if isinstance(f, dict)]
    links, mentions, hashtags = _facet_values(facets)
    media_count, alts, external, quoted = _embed(_dict(record.get("embed")))
    reply = _uri(_dict(_dict(record.get("reply")).get("parent")).get("uri"))
    text = expand_links(raw, facets)
    langs = [lang for lang in _list(record.get("langs")) if isinstance(lang, str)]
    labels = [_dict(v).get("val") for v in _list(_dict(record.get("labels")).get("values"))]
    return {
        "kind": "reply" if reply else "quote" if quoted else "post",
        "text": text,
        "reply_to": reply,
        "quoted": quoted,
        "links": _unique(links + external + _entity_links(record) + urls_in(text)),
        "mentions": _unique(mentions),
        "hashtags": _unique(hashtags + [t for t in _list(record.get("tags")) if isinstance(t, str)]
                            + hashtags_in(raw)),
        "media_count": media_count,
        "media_alt": "\n".join(alts) or None,
        "language": langs[0] if langs else None,
        "content_warning": ", ".join(v for v in labels if isinstance(v, str)) or None,
    }


def facet_span(text: str, index: object) -> str | None:
    """The text a facet covers: its indices are UTF-8 byte offsets, not characters."""
    index = _dict(index)
    start, end = index.get("byteStart"), index.get("byteEnd")
    data = text.encode("utf-8")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(data)):
        return None
    try:
        return data[start:end].decode("utf-8")
    except UnicodeDecodeError:  # offsets that cut a character in two: the facet is wrong, not the text
        return None


def expand_links(text: str, facets: list[dict]) -> str:
    """The text with each link facet's display form ("example.com/very-lo…") replaced by its full URI."""
    data, out, pos = text.encode("utf-8"), [], 0
    for start, end, uri in sorted(_link_spans(text, facets)):
        if start >= pos:  # overlapping facets are malformed: keep the first
            out += [data[pos:start], uri.encode("utf-8")]
            pos = end
    out.append(data[pos:])
    return b"".join(out).decode("utf-8")


def _link_spans(text: str, facets: list[dict]) -> list[tuple[int, int, str]]:
    spans = []
    for facet in facets:
        uris = [f.get("uri") for f in _list(facet.get("features")) if _dict(f).get("$type") == LINK]
        if uris and isinstance(uris[0], str) and facet_span(text, facet.get("index")) is not None:
            spans.append((facet["index"]["byteStart"], facet["index"]["byteEnd"], uris[0]))
    return spans


def _facet_values(facets: list[dict]) -> tuple[list[str], list[str], list[str]]:
    links, mentions, hashtags = [], [], []
    for facet in facets:
        for feature in _list(facet.get("features")):
            feature = _dict(feature)
            kind = feature.get("$type")
            if kind == LINK and isinstance(feature.get("uri"), str):
                links.append(feature["uri"])
            elif kind == MENTION and isinstance(feature.get("did"), str):
                mentions.append(feature["did"])
            elif kind == TAG and isinstance(feature.get("tag"), str):
                hashtags.append(feature["tag"].lstrip("#"))
    return links, mentions, hashtags


def _embed(embed: dict) -> tuple[int, list[str], list[str], str | None]:
    """(media count, alt texts, external links, quoted URI) of an embed, recordWithMedia included."""
    kind = embed.get("$type")
    if kind == "app.bsky.embed.recordWithMedia":
        count, alts, external, _ = _embed(_dict(embed.get("media")))
        return count, alts, external, _uri(_dict(_dict(embed.get("record")).get("record")).get("uri"))
    if kind == "app.bsky.embed.record":
        return 0, [], [], _uri(_dict(embed.get("record")).get("uri"))
    if kind == "app.bsky.embed.images":
        images = [_dict(i) for i in _list(embed.get("images"))]
        return len(images), [i["alt"] for i in images if isinstance(i.get("alt"), str) and i["alt"]], [], None
    if kind == "app.bsky.embed.video":
        alt = embed.get("alt")
        return 1, [alt] if isinstance(alt, str) and alt else [], [], None
    if kind == "app.bsky.embed.external":
        uri = _dict(embed.get("external")).get("uri")
        return 0, [], [uri] if isinstance(uri, str) else [], None
    return 0, [], [], None


def _entity_links(record: dict) -> list[str]:
    """Links in the pre-facet `entities` field that posts from early 2023 carry."""
    entities = [_dict(e) for e in _list(record.get("entities"))]
    return [e["value"] for e in entities if e.get("type") == "link" and isinstance(e.get("value"), str)]


def _uri(value: object) -> str | None:
    """An at:// (or any) URI only when it is text: a damaged record may hold anything there."""
    return value if isinstance(value, str) and value else None


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
