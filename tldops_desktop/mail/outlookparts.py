"""Attachments in Outlook's own formats, which the MIME walk cannot open.

Outlook forwards a message "as an attachment" as an Outlook item (``.msg``, a compound file
of MAPI properties), and when it sends in its rich-text format it packs the attachments into
TNEF (``winmail.dat``). An edition in either is not read; the import report names the message
instead of passing it over.
"""

from __future__ import annotations

from email.message import Message

_MSG_TYPES = frozenset({"application/vnd.ms-outlook"})
_TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})
_MAX_DEPTH = 24  # as the MIME walk's


def outlook_parts(message: Message) -> frozenset[str]:
    """Which of ``"msg"`` and ``"tnef"`` the message's own parts hold (not looking into
    attached messages, which are examined as messages of their own)."""
    kinds: set[str] = set()
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack:
        part, depth = stack.pop()
        if depth > _MAX_DEPTH or part.get_content_type() == "message/rfc822":
            continue
        if part.is_multipart():
            payload = part.get_payload()
            children = payload if isinstance(payload, list) else []
            stack.extend((c, depth + 1) for c in children if isinstance(c, Message))
            continue
        kind = _kind(part)
        if kind:
            kinds.add(kind)
    return frozenset(kinds)


def _kind(part: Message) -> str:
    ctype = part.get_content_type()
    if part.get_content_maintype() in ("text", "multipart", "message"):
        return ""  # a body, or a message the walk reads: never Outlook's binary formats
    name = str(part.get_filename("") or "").strip().casefold()
    if ctype in _TNEF_TYPES or name == "winmail.dat":
        return "tnef"
    if ctype in _MSG_TYPES or name.endswith(".msg"):
        return "msg"
    return ""
