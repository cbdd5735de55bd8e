"""Strategies for Mastodon archives and Meta exports (Facebook, Instagram, Threads)."""

from __future__ import annotations

from hypothesis import strategies as st

from tests.property.kit import Export, bytes_level, json_file
from tests.property.strategies import (
    epochs,
    iso_times,
    json_text,
    json_value,
    record,
    weird_text,
)

# --- Mastodon --------------------------------------------------------------------------------------------------
_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
_audience = st.lists(
    st.sampled_from([_PUBLIC, "https://m.example/users/me/followers", "as:Public"]) | weird_text, max_size=2
)
note_object = record(
    {
        "id": weird_text,
        "content": weird_text | st.just('<p class="quote-inline">RE: <a href="https://x">x</a></p>hi'),
        "published": iso_times,
    },
    {
        "url": weird_text,
        "inReplyTo": weird_text,
        "quote": weird_text,
        "summary": weird_text,
        "updated": iso_times,
        "tag": st.lists(
            record({"type": st.sampled_from(["Mention", "Hashtag", "Emoji"]), "name": weird_text}), max_size=3
        ),
        "attachment": st.lists(record({"name": weird_text}), max_size=2),
        "contentMap": st.dictionaries(weird_text, weird_text),
        "likes": record({"totalItems": st.integers()}),
        "shares": record({"totalItems": st.integers()}),
        "oneOf": st.lists(record({"name": weird_text}), max_size=3),
        "to": _audience,
        "cc": _audience,
    },
)
activity = st.one_of(
    record(
        {"type": st.just("Create"), "id": weird_text, "object": note_object},
        {"to": _audience, "cc": _audience, "published": iso_times},
    ),
    record(
        {"type": st.just("Announce"), "id": weird_text, "object": weird_text, "published": iso_times},
        {"to": _audience, "cc": _audience},
    ),
)


@st.composite
def mastodon(draw, level: str) -> Export:
    """A Mastodon account archive: outbox.json (an OrderedCollection) and actor.json."""
    head = '{"type": "OrderedCollection", "orderedItems": '
    if level == "bytes":
        return draw(bytes_level(["outbox.json", "actor.json"], [head.encode(), b'{"preferredUsername": ']))
    if level == "shape":
        items = draw(st.lists(json_value, max_size=5))
        return Export(
            {
                "outbox.json": json_file("", {"type": "OrderedCollection", "orderedItems": items}),
                "actor.json": json_file("", draw(json_value)),
            },
            {"outbox.json": len(items)},
        )
    items = draw(st.lists(activity, max_size=6))
    actor = draw(record({"preferredUsername": weird_text}, {"url": weird_text, "webfinger": weird_text}))
    return Export(
        {
            "outbox.json": json_file("", {"type": "OrderedCollection", "orderedItems": items}),
            "actor.json": json_file("", actor),
        },
        {"outbox.json": len(items)},
    )


# --- Meta: Facebook, Instagram, Threads ----------------------------------------------------------------------------
def _mojibake(text: str) -> str:
    """Meta writes every non-ASCII character as its UTF-8 bytes, one escaped code point per byte."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


meta_text = st.one_of(weird_text, weird_text.map(_mojibake), json_text)
fb_post = record(
    {"timestamp": epochs},
    {
        "title": meta_text,
        "data": st.lists(record({}, {"post": meta_text, "update_timestamp": epochs}), max_size=2),
        "attachments": st.lists(
            record(
                {
                    "data": st.lists(
                        st.one_of(
                            record({"external_context": record({"url": weird_text})}),
                            record({"media": record({"uri": weird_text}, {"description": meta_text})}),
                            record({"place": record({"name": meta_text})}),
                            record({"text": weird_text}),
                        ),
                        max_size=3,
                    )
                }
            ),
            max_size=2,
        ),
        "tags": st.lists(record({"name": meta_text}) | meta_text, max_size=2),
    },
)
fb_comment = record(
    {"timestamp": epochs},
    {
        "title": meta_text,
        "data": st.lists(
            record({"comment": record({"comment": meta_text}, {"timestamp": epochs, "author": meta_text})}), max_size=2
        ),
    },
)
media_item = record(
    {"uri": weird_text, "creation_timestamp": epochs},
    {"title": meta_text, "text_app_post": record({"is_reply": st.booleans()})},
)
ig_post = st.one_of(
    record({"media": st.lists(media_item, max_size=3)}),
    record({"media": st.lists(media_item, max_size=3), "title": meta_text, "creation_timestamp": epochs}),
)
ig_comment = record(
    {
        "string_map_data": record(
            {
                "Comment": record({"value": meta_text}),
                "Media Owner": record({"value": meta_text}),
                "Time": record({"timestamp": epochs}),
            }
        )
    },
    {"media_list_data": json_value},
)


@st.composite
def facebook(draw, level: str) -> Export:
    """A Facebook export: your_posts_1.json (a bare array), comments.json (comments_v2), profile_information.json."""
    paths = ["posts/your_posts_1.json", "comments/comments.json", "profile_information/profile_information.json"]
    if level == "bytes":
        return draw(bytes_level(paths, [b'[{"timestamp": ', b'{"comments_v2": [{"timestamp": ']))
    if level == "shape":
        return Export({p: json_file("", draw(json_value)) for p in paths})
    posts, comments = draw(st.lists(fb_post, max_size=5)), draw(st.lists(fb_comment, max_size=4))
    return Export(
        {
            paths[0]: json_file("", posts),
            paths[1]: json_file("", {"comments_v2": comments}),
            paths[2]: json_file("", {"profile_v2": {"name": {"full_name": draw(meta_text)}}}),
        },
        {paths[0]: len(posts), paths[1]: len(comments)},
    )


@st.composite
def instagram(draw, level: str) -> Export:
    """An Instagram export: posts_1.json, stories.json, post_comments_1.json, personal_information.json."""
    paths = [
        "content/posts_1.json",
        "content/stories.json",
        "comments/post_comments_1.json",
        "personal_information/personal_information.json",
    ]
    if level == "bytes":
        return draw(bytes_level(paths, [b'[{"media": [{"creation_timestamp": ', b'[{"string_map_data": ']))
    if level == "shape":
        return Export({p: json_file("", draw(json_value)) for p in paths})
    posts, stories = draw(st.lists(ig_post, max_size=4)), draw(st.lists(media_item, max_size=3))
    comments = draw(st.lists(ig_comment, max_size=4))
    user = {"profile_user": [{"string_map_data": {"Username": {"value": draw(meta_text)}}}]}
    return Export(
        {
            paths[0]: json_file("", posts),
            paths[1]: json_file("", {"ig_stories": stories}),
            paths[2]: json_file("", comments),
            paths[3]: json_file("", user),
        },
        {paths[0]: len(posts), paths[1]: len(stories), paths[2]: len(comments)},
    )


@st.composite
def threads(draw, level: str) -> Export:
    """A Threads export: threads_and_replies.json under text_post_app_text_posts."""
    path = "your_instagram_activity/threads/threads_and_replies.json"
    if level == "bytes":
        return draw(bytes_level([path], [b'{"text_post_app_text_posts": ']))
    if level == "shape":
        return Export({path: json_file("", {"text_post_app_text_posts": draw(json_value)})})
    posts = draw(st.lists(ig_post, max_size=5))
    return Export({path: json_file("", {"text_post_app_text_posts": posts})}, {path: len(posts)})
