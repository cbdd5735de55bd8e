"""HTML to plain text, for the exports and APIs that hold a post or a profile field as markup."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import ClassVar


class _TextExtractor(HTMLParser):
    """HTML to plain text: block ends become newlines, links are collected, scripts and styles dropped."""

    _BLOCK: ClassVar[set[str]] = {
        "p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre", "ul", "ol", "table",
    }
    _SKIP: ClassVar[set[str]] = {"script", "style", "head", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip_depth += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "a":
            href = dict(attrs).get("href")
            if href and href.lower().startswith(("http://", "https://")):
                self.links.append(href)
        elif tag in self._BLOCK:
            self._block_break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(alt)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in self._BLOCK:
            self._block_break()

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)

    def _block_break(self) -> None:
        if self.parts and not "".join(self.parts[-2:]).endswith("\n\n"):
            self.parts.append("\n\n")


def html_to_text(markup: str) -> tuple[str, list[str]]:
    """Plain text of an HTML fragment (paragraphs and breaks kept as newlines) and the http(s) links in it."""
    if not markup:
        return "", []
    if "<" not in markup and "&" not in markup:
        return markup.strip(), []
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup: fall back to escaped text
        return html.unescape(re.sub(r"<[^>]*>", " ", markup)).strip(), []
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip(), list(dict.fromkeys(parser.links))


__all__ = ["html_to_text"]
