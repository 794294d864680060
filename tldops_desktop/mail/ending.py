"""Whether an edition's message reached its end, or may have been cut short.

An edition the list sends reaches its footer. Without one, a message still shows itself
whole by its closing MIME delimiter, or by the end of the part that comes last in it: an
HTML part's closing tags, or a base64 part's padding, which only an encoder that finished
writes.
"""

from __future__ import annotations

import re
from email.errors import CloseBoundaryNotFoundDefect, StartBoundaryNotFoundDefect
from email.message import Message

from tldops_desktop.mail.decode import part_text
from tldops_desktop.mail.parse import ParsedBody

_HTML_END = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_HTML_END_WITHIN = 4096  # characters from the end of an HTML body
_BASE64_TAIL = 8  # characters from the end of a base64 body, past its blanks


def cut_short(message: Message, body: ParsedBody) -> bool:
    """Whether an edition's message may have been cut short (an interrupted copy or write):
    its last members would be missing, or half there. It was not when its text reaches the
    list's footer, its multipart structure is closed, or its last part shows its end."""
    if body.footer:
        return False
    if not message.is_multipart():
        return not _part_ends_whole(message)
    if not any(
        isinstance(defect, (CloseBoundaryNotFoundDefect, StartBoundaryNotFoundDefect))
        for part in message.walk()
        for defect in part.defects
    ):
        return False
    leaves = [part for part in message.walk() if not part.is_multipart()]
    return not (leaves and _part_ends_whole(leaves[-1]))


def _part_ends_whole(part: Message) -> bool:
    """Whether a leaf part shows that it ends where its writer ended it."""
    if part.get_content_type() == "text/html":
        return _HTML_END.search(part_text(part)[-_HTML_END_WITHIN:]) is not None
    encoding = str(part.get("content-transfer-encoding", "")).strip().casefold()
    if encoding != "base64":
        return False
    try:
        raw = part.get_payload(decode=False)
    except (ValueError, LookupError):  # 8-bit bytes, re-read in a charset no codec takes
        return False
    if not isinstance(raw, str):
        return False
    return raw.rstrip()[-_BASE64_TAIL:].endswith("=")
