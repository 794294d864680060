"""Mailman's DMARC mitigation "wrap message": the list's own message around a post.

When a poster's domain publishes a DMARC policy the list cannot pass, Mailman (2.1
``dmarc_moderation_action = Wrap Message``, 3 ``dmarc_mitigate_action = wrap_message``) sends
a message of its own, ``From: "Name via tld-ops" <list address>``, with the list's headers
(``List-Id``, the bounce ``Sender``, the tagged ``Subject``) and the post whole inside it:
either as its only content (``Content-Type: message/rfc822``) or in a ``multipart/mixed``
after a short ``text/plain`` explanation. The list's decoration may add a header and footer
as ``text/plain`` parts around it. The post keeps its own ``From`` and ``Subject`` but not
the list's identity (2.1 keeps it only on the wrapper; 3 leaves ``Sender`` off).

The wrapper is what came through the list, so an edition inside one is as trusted as the
wrapper: only when the wrapper carries the list's identity, is From the list, has this shape
and names the same edition as the post it wraps. A member's post through the list is
trusted the same way when it is not wrapped, so this opens nothing new.
"""

from __future__ import annotations

from email.message import Message
from email.utils import getaddresses

from tldops_desktop.mail.decode import header_values
from tldops_desktop.mail.identity import ListIdentity, check_trust, edition_stamp, subject_kind

_TRUST_HEADERS = ("list-id", "sender", "return-path", "from", "to")


def list_wrapped(wrapper: Message, identity: ListIdentity) -> Message | None:
    """The post that the list wrapped in ``wrapper``, when that post is the edition the
    wrapper's subject names; None for any other message."""
    headers = {name: header_values(wrapper, name) for name in _TRUST_HEADERS}
    if not check_trust(headers, identity).trusted:
        return None
    # (a gateway's unquoted "[EXTERNAL]" before the name splits it into entries without "@")
    senders = {addr.casefold() for _, addr in getaddresses(headers["from"]) if "@" in addr}
    if senders != {identity.list_address.casefold()}:
        return None  # the list writes its own From on a wrapper; anything else is a post
    inner = _wrapped_post(wrapper)
    if inner is None:
        return None
    stamp = edition_stamp(" ".join(header_values(wrapper, "subject")))
    inner_subject = " ".join(header_values(inner, "subject"))
    if stamp is None or subject_kind(inner_subject) != "edition":
        return None
    return inner if edition_stamp(inner_subject) == stamp else None


def _wrapped_post(wrapper: Message) -> Message | None:
    """The one message in a wrapper of Mailman's shape, else None."""
    ctype = wrapper.get_content_type()
    if ctype == "message/rfc822":
        return _only_message(wrapper)
    if ctype != "multipart/mixed":
        return None
    children = wrapper.get_payload()
    if not isinstance(children, list):
        return None
    posts: list[Message] = []
    for child in children:
        if not isinstance(child, Message):
            return None
        if child.get_content_type() == "message/rfc822":
            posts.append(child)
        elif not _is_note(child):
            return None  # an attachment beside the post: a forward, not the list's wrapper
    return _only_message(posts[0]) if len(posts) == 1 else None


def _is_note(part: Message) -> bool:
    """The explanation, header or footer Mailman puts beside the post: inline plain text."""
    disposition = str(part.get("content-disposition", "")).split(";")[0].strip().casefold()
    return part.get_content_type() == "text/plain" and disposition in ("", "inline")


def _only_message(part: Message) -> Message | None:
    payload = part.get_payload()
    inner = payload if isinstance(payload, list) else [payload]
    if len(inner) != 1 or not isinstance(inner[0], Message):
        return None
    return inner[0]
