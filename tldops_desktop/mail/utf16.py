"""Mail saved as UTF-16 text, with its byte order mark (Notepad's "Unicode", PowerShell's
Out-File, some Windows tools' "Save as"): its text read back as the bytes a mail parser
expects, UTF-8, as it streams (the message's own 8-bit text was UTF-8 before it was saved
so, in practice; its quoted-printable and base64 parts are ASCII, which UTF-8 keeps)."""

from __future__ import annotations

import codecs

from tldops_desktop.mail.scan_items import Readable

_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_READ_BYTES = 64 * 1024


def is_utf16(head: bytes) -> bool:
    """Whether a file that begins with ``head`` is UTF-16 text (a byte order mark first)."""
    return head.startswith(_BOMS)


class Utf16AsUtf8:
    """The UTF-16 text that begins with ``head`` and goes on in ``stream``, read as UTF-8
    (its byte order mark dropped; a byte that makes no character read as U+FFFD)."""

    def __init__(self, head: bytes, stream: Readable) -> None:
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder("utf-16")("replace")
        self._ready = self._decoder.decode(head).encode("utf-8")
        self._ended = False

    def read(self, size: int = -1) -> bytes:
        while not self._ended and (size < 0 or len(self._ready) < size):
            raw = self._stream.read(_READ_BYTES if size < 0 else max(size, _READ_BYTES))
            self._ended = not raw
            self._ready += self._decoder.decode(raw, final=self._ended).encode("utf-8")
        if size < 0:
            size = len(self._ready)
        chunk, self._ready = self._ready[:size], self._ready[size:]
        return chunk
