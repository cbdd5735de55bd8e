"""Byte-order marks: which encoding a file's first bytes name, and its bytes as UTF-8 whatever that encoding.

Platforms write their JSON as UTF-8 without a mark, but a copy opened and saved again on Windows comes back with
a UTF-8 mark (Notepad) or as UTF-16 ("Unicode"). The JSON readers take UTF-8 bytes, so such a file is read through
`Utf8Stream`: the mark dropped and, for UTF-16/32, the text re-encoded as UTF-8 as it is read.
"""

from __future__ import annotations

import codecs
import io
from typing import BinaryIO

from auditor.core.errors import SourceError

_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
          (codecs.BOM_UTF16_BE, "utf-16"), (codecs.BOM_UTF8, "utf-8-sig"))
HEAD = 4  # the longest mark


def encoding_of(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of `head` names (`utf-8-sig`, `utf-16`, `utf-32`), or None."""
    return next((name for mark, name in _MARKS if head.startswith(mark)), None)


def decode_head(head: bytes) -> str:
    """The first bytes of a file as text, for deciding by content: its mark's encoding (else UTF-8), mark dropped."""
    return head.decode(encoding_of(head) or "utf-8", errors="replace").removeprefix("\ufeff")


class Utf8Stream(io.RawIOBase):
    """A file's bytes as UTF-8, its byte-order mark dropped; text its own encoding cannot read raises
    `SourceError` naming `where` and about where in the file."""

    def __init__(self, inner: BinaryIO, where: str) -> None:
        self._inner, self._where = inner, where
        head = inner.read(HEAD)
        self._encoding = encoding_of(head)
        self._decoder = None
        if self._encoding in ("utf-16", "utf-32"):  # the codec reads the mark itself and decodes by it
            self._decoder = codecs.getincrementaldecoder(self._encoding)()
        self._seen, self._ended = 0, False
        self._pending = self._convert(head) if self._decoder else head.removeprefix(codecs.BOM_UTF8)

    @property
    def transcoded(self) -> bool:
        """Whether the file is UTF-16 or UTF-32, re-encoded here (byte offsets are then the UTF-8 text's)."""
        return self._decoder is not None

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        """Close the file read from too."""
        if not self.closed:
            self._inner.close()
        super().close()

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending and not self._ended:
            chunk = self._inner.read(max(len(buffer), 4096))
            self._ended = not chunk
            self._pending = self._convert(chunk) if self._decoder else chunk
        size = min(len(buffer), len(self._pending))
        buffer[:size], self._pending = self._pending[:size], self._pending[size:]
        return size

    def _convert(self, chunk: bytes) -> bytes:
        try:
            text = self._decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            where = f"near byte {self._seen + exc.start}"
            raise SourceError(self._where, f"is not valid {self._encoding.upper()} text ({where})") from None
        self._seen += len(chunk)
        return text.encode("utf-8")


def utf8_stream(inner: BinaryIO, where: str) -> BinaryIO:
    """`inner` read as UTF-8 (see `Utf8Stream`), buffered so that `read(n)` gives n bytes until the end."""
    return io.BufferedReader(Utf8Stream(inner, where), buffer_size=64 * 1024)


def decode(data: bytes) -> str:
    """A whole file as text: the encoding its byte-order mark names, else UTF-8; the mark dropped.

    Raises UnicodeDecodeError like `bytes.decode`.
    """
    return data.decode(encoding_of(data[:HEAD]) or "utf-8").removeprefix("\ufeff")
