"""One mail message → the repository editions it holds (itself, digest parts, forwarded copies).

The MIME walk is bounded (nesting depth) and never raises on broken input: every problem
becomes a ``MessageProblem`` entry for the import report.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email import policy
from email.errors import MessageError
from email.message import Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from tldops_desktop.core.model import content_hash, stamp_date
from tldops_desktop.mail.decode import (
    declared_charset_wrong,
    decode_header_value,
    header_values,
    part_text,
    unflow,
)
from tldops_desktop.mail.ending import cut_short
from tldops_desktop.mail.html import parse_html
from tldops_desktop.mail.identity import (
    DEFAULT_IDENTITY,
    ListIdentity,
    TrustVerdict,
    check_trust,
    edition_stamp,
    is_reply_or_forward,
    stamp_near_miss,
    subject_kind,
)
from tldops_desktop.mail.mojibake import undo_double_encoding, undo_double_encoding_html
from tldops_desktop.mail.outlookparts import outlook_parts
from tldops_desktop.mail.parse import ParsedBody, ParseNote, parse_text
from tldops_desktop.mail.plaindigest import digest_messages, is_plain_digest
from tldops_desktop.mail.scan_items import MAX_MESSAGE_BYTES
from tldops_desktop.mail.smime import may_be_opaque_signed, signed_content
from tldops_desktop.mail.structure import ATTACHED_MESSAGE_TYPES, SAVED_MESSAGE_TYPES
from tldops_desktop.mail.wrap import list_wrapped

MAX_DEPTH = 24  # nested multiparts and attached messages, beyond any real mail
# An edition body is ~3,300 lines and ~250 KB. The parser's work and memory grow with the
# lines it is given (every contact, note and unplaced line is kept): a hostile body of a
# million short lines would take gigabytes, so a body beyond these is reported, not parsed.
MAX_BODY_LINES = 60_000
MAX_BODY_CHARS = 8 * 1024 * 1024
# Python's email parser keeps every line of a message as an object: a message of many short
# lines costs ~200 bytes a line before any body is read. A digest of editions stays far below.
MAX_MESSAGE_LINES = 500_000
_TRUST_HEADERS = ("list-id", "sender", "return-path", "from", "to", "cc")


@dataclass(frozen=True, slots=True)
class FoundEdition:
    stamp: str
    message_id: str
    sent_at: datetime | None
    trusted: bool
    trust_reason: str
    container: str  # "message" | "digest" | "forward"
    body: ParsedBody
    part: str  # "text/plain" or "text/html": which part was read
    source: str
    content_hash: str  # of the members: worked out here, in a worker when there are some
    # The copy is whole: it reached the list's footer, its closing MIME boundary or its HTML's
    # end. A copy that is not may be one cut at a line end, which a whole copy replaces.
    complete: bool = True


@dataclass(frozen=True, slots=True)
class MessageProblem:
    source: str
    message_id: str
    # "too-deep" | "unparsable" | "no-body" | "no-members" | "bad-stamp" | "truncated" | ...
    code: str
    detail: str = ""


@dataclass
class MessageResult:
    editions: list[FoundEdition] = field(default_factory=list)
    problems: list[MessageProblem] = field(default_factory=list)
    replies: int = 0  # messages that quote an edition: never editions themselves


def examine(raw: bytes, source: str, identity: ListIdentity = DEFAULT_IDENTITY) -> MessageResult:
    result = MessageResult()
    if raw.count(b"\n") > MAX_MESSAGE_LINES:
        result.problems.append(
            MessageProblem(source, "", "too-large", f"over {MAX_MESSAGE_LINES} lines")
        )
        return result
    if b"\r\r\n" in raw:
        # A CRLF file converted to CRLF once more: each line would be followed by a blank one,
        # and the header block end after its first field.
        raw = raw.replace(b"\r\r\n", b"\r\n")
    try:
        message = BytesParser(policy=policy.compat32).parsebytes(raw)
    except (RecursionError, MessageError, ValueError, LookupError, TypeError) as exc:
        result.problems.append(MessageProblem(source, "", "unparsable", type(exc).__name__))
        return result
    ends_cut = not raw.endswith((b"\n", b"\r"))
    try:
        _examine_message(message, source, identity, result, depth=0, container="message",
                         digest_trusted=None, ends_cut=ends_cut)  # fmt: skip
    except RecursionError:
        result.problems.append(MessageProblem(source, _message_id(message), "too-deep"))
    if _partly_downloaded(message) and result.editions:
        # Only its first lines were fetched: the members after them would be missing.
        result.problems.extend(
            MessageProblem(source, found.message_id, "partial-download", found.stamp)
            for found in result.editions
        )
        result.editions = []
    return result


_MOZILLA_PARTIAL = 0x0400  # nsMsgMessageFlags::Partial


def _partly_downloaded(message: Message) -> bool:
    """Whether Thunderbird stored only the first lines of the message: what a POP account
    that leaves large messages on the server keeps ("Download the rest of the message")."""
    value = str(message.get("x-mozilla-status", "")).strip()
    try:
        return bool(int(value, 16) & _MOZILLA_PARTIAL)
    except ValueError:
        return False


def _examine_message(
    message: Message,
    source: str,
    identity: ListIdentity,
    result: MessageResult,
    *,
    depth: int,
    container: str,
    digest_trusted: bool | None,
    ends_cut: bool = False,
    wrapped_by_list: bool = False,
) -> None:
    """``ends_cut``: the message's last line has no newline (where its file ended).
    ``wrapped_by_list``: the list's DMARC wrapper, trusted, holds this message as the edition
    its subject names (``wrap.list_wrapped``)."""
    message_id = _message_id(message)
    if depth > MAX_DEPTH:
        result.problems.append(MessageProblem(source, message_id, "too-deep"))
        return
    signed = may_be_opaque_signed(message)
    if signed and (opened := _opened_signature(message)) is not None:
        # Opaque-signed S/MIME: the message a reader shows is inside the signature.
        _examine_message(opened, source, identity, result, depth=depth + 1, container=container,
                         digest_trusted=digest_trusted, ends_cut=ends_cut,
                         wrapped_by_list=wrapped_by_list)  # fmt: skip
        return
    subject = " ".join(header_values(message, "subject"))
    kind = subject_kind(subject)
    if signed and kind in ("edition", "forward", "mention") and not _encrypted(message):
        # Said to be signed, and nothing could be taken out: a damaged signature (cut short,
        # garbled) that holds what the subject names.
        stamp = edition_stamp(subject) or ""
        result.problems.append(MessageProblem(source, message_id, "signature-damaged", stamp))
        return
    if kind in ("edition", "forward", "mention") and _encrypted(message):
        # An edition forwarded encrypted (S/MIME, PGP): what it holds cannot be read, but the
        # user sees it, decrypted, in the mail program; said, not passed over.
        stamp = edition_stamp(subject) or ""
        result.problems.append(MessageProblem(source, message_id, "encrypted", stamp))
        return
    if kind == "edition":
        trust = TrustVerdict(True, "") if wrapped_by_list else None
        problem = _read_edition(
            message, subject, source, identity, result, container, digest_trusted, ends_cut, trust
        )
        if problem is None:
            return
        if problem.code in ("no-body", "no-members"):
            # Mailman's DMARC wrapper around the edition; or the list's subject kept on a
            # forward ("[Fwd: ...]" or unchanged): the attached message, by its own headers.
            if digest_trusted is None and _read_wrapped(message, source, identity, result, depth):
                return
            if _walk_found(message, source, identity, result, depth, "forward"):
                return
            problem = _outlook_problem(message, subject, kind, source) or problem
        result.problems.append(problem)
        return
    if kind == "reply":
        result.replies += 1
    # A digest the list sent, not a member's reply to one quoting it (its copy may be edited).
    if not message.is_multipart() and is_plain_digest(subject) and not is_reply_or_forward(subject):
        own_trust = check_trust(_headers(message), identity).trusted
        _walk_plain_digest(message, source, identity, result, depth, own_trust)
        return
    if message.get_content_type() == "multipart/digest":
        container = "digest"
    if _walk_found(message, source, identity, result, depth, container):
        return
    if not kind:
        if (near_miss := stamp_near_miss(subject)) is not None:
            result.problems.append(MessageProblem(source, message_id, near_miss, subject))
        return
    if kind in _NAMED_WITH_CONTACTS and _name_contacts_not_read(
        message, subject, source, result, _NAMED_WITH_CONTACTS[kind]
    ):
        return
    if (outlook := _outlook_problem(message, subject, kind, source)) is not None:
        result.problems.append(outlook)


# The media types of an encrypted message: S/MIME (RFC 8551, "enveloped-data"; an old
# client's "x-" type, or none said) and PGP/MIME (RFC 3156).
_ENCRYPTED_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")


def _encrypted(message: Message) -> bool:
    kind = message.get_content_type()
    if kind == "multipart/encrypted":
        return True
    smime_type = str(message.get_param("smime-type", "")).casefold()
    return kind in _ENCRYPTED_TYPES and smime_type in ("", "enveloped-data", "authenveloped-data")


def _opened_signature(message: Message) -> Message | None:
    """The message an opaque-signed S/MIME message signs, under its own header fields (who
    sent it, the subject, the list's fields) and the signed entity's Content-* fields."""
    der = message.get_payload(decode=True)
    content = signed_content(der) if isinstance(der, bytes) else None
    if content is None:
        return None
    head = b"".join(
        f"{name}: {value}\n".encode("ascii", "surrogateescape")
        for name, value in message.raw_items()  # (as read: raw 8-bit bytes kept as escapes)
        if not name.casefold().startswith("content-") and name.casefold() != "mime-version"
    )
    try:
        return BytesParser(policy=policy.compat32).parsebytes(head + content)
    except (RecursionError, MessageError, ValueError, LookupError, TypeError):
        return None


def _read_wrapped(
    message: Message, source: str, identity: ListIdentity, result: MessageResult, depth: int
) -> bool:
    """The edition in the list's DMARC wrapper, if ``message`` is one: as trusted as the
    wrapper. Not in a digest: Mailman wraps single deliveries only."""
    inner = list_wrapped(message, identity)
    if inner is None:
        return False
    _examine_message(inner, source, identity, result, depth=depth + 1, container="forward",
                     digest_trusted=None, wrapped_by_list=True)  # fmt: skip
    return True


def _outlook_problem(
    message: Message, subject: str, kind: str, source: str
) -> MessageProblem | None:
    """A message that names an edition and holds an attachment in Outlook's own format
    (``outlookparts``), where no edition was read: named, as the edition may be in there.
    Outlook puts a rich-text reply in winmail.dat too: a reply is named only for a ``.msg``."""
    kinds = outlook_parts(message)
    if not (kinds - {"tnef"} if kind == "reply" else kinds):
        return None
    message_id = _message_id(message)
    return MessageProblem(source, message_id, "outlook-attachment", edition_stamp(subject) or "")


def _walk_found(
    message: Message,
    source: str,
    identity: ListIdentity,
    result: MessageResult,
    depth: int,
    container: str,
) -> bool:
    """Walk a message's attachments; whether that found an edition or a problem."""
    before = (len(result.editions), len(result.problems))
    own_trust = check_trust(_headers(message), identity).trusted
    _walk_attachments(message, source, identity, result, depth, container, own_trust)
    return (len(result.editions), len(result.problems)) != before


# Messages that name an edition and hold contacts in their own text, yet are no edition:
# a forward in the text ("---------- Forwarded message ----------"), whose writer cannot be
# checked; a subject with something before the title that is no known tag (a mail filter's
# mark, a person's post). Neither is imported, but both are named, not passed over.
_NAMED_WITH_CONTACTS = {"forward": "forwarded-inline", "mention": "subject-not-edition"}


def _name_contacts_not_read(
    message: Message, subject: str, source: str, result: MessageResult, code: str
) -> bool:
    """Name the message if its own text lists contacts (quoted with ">", in a forward, as
    some clients forward); whether it did."""
    try:
        body, _kind = _best_body(message)
        listed = body is not None and _has_contacts(body)
        if not listed and code == "forwarded-inline":
            listed = any(
                _has_contacts(parse_text(_unquoted(part))) for part in _text_parts(message)[0]
            )
    except (_BodyTooLarge, _DamagedBody):
        return False
    if listed:
        stamp = edition_stamp(subject) or ""
        result.problems.append(MessageProblem(source, _message_id(message), code, stamp))
        return True
    return False


_QUOTE = re.compile(r"^> ?", re.MULTILINE)


def _unquoted(part: Message) -> str:
    """A part's text with one level of ">" quoting taken off."""
    return _QUOTE.sub("", _bounded_text(part))


def _walk_plain_digest(
    message: Message,
    source: str,
    identity: ListIdentity,
    result: MessageResult,
    depth: int,
    trusted_outer: bool,
) -> None:
    """The messages of a plain-text digest, as the parts of a MIME digest are read."""
    try:
        text = _bounded_text(message)
    except _BodyTooLarge as exc:
        problem = MessageProblem(source, _message_id(message), "body-too-large", str(exc))
        result.problems.append(problem)
        return
    except _DamagedBody as exc:
        result.problems.append(MessageProblem(source, _message_id(message), "damaged", str(exc)))
        return
    for raw in digest_messages(text):
        inner = BytesParser(policy=policy.compat32).parsebytes(raw)
        _examine_message(inner, source, identity, result, depth=depth + 1, container="digest",
                         digest_trusted=trusted_outer)  # fmt: skip


def _walk_attachments(
    part: Message,
    source: str,
    identity: ListIdentity,
    result: MessageResult,
    depth: int,
    container: str,
    trusted_outer: bool,
) -> None:
    """Look inside for attached messages: digest parts and forwarded copies."""
    if depth > MAX_DEPTH:
        result.problems.append(MessageProblem(source, _message_id(part), "too-deep"))
        return
    if not part.is_multipart():
        return
    if part.get_content_type() in ATTACHED_MESSAGE_TYPES:
        # A message that is itself a wrapper: Mailman's DMARC "wrap message", a gateway's
        # quarantine release, some clients' forwards.
        _examine_attached(part, source, identity, result, depth, container == "digest",
                          trusted_outer)  # fmt: skip
        return
    in_digest = part.get_content_type() == "multipart/digest"
    for child in part.get_payload():
        if not isinstance(child, Message):
            continue
        if child.get_content_type() in ATTACHED_MESSAGE_TYPES:
            _examine_attached(child, source, identity, result, depth,
                              in_digest or container == "digest", trusted_outer)  # fmt: skip
        elif child.is_multipart():
            sub = "digest" if child.get_content_type() == "multipart/digest" else container
            _walk_attachments(child, source, identity, result, depth + 1, sub, trusted_outer)
        elif (attached := _saved_message(child)) is not None:
            _examine_message(attached, source, identity, result, depth=depth + 1,
                             container="forward", digest_trusted=None)  # fmt: skip


def _examine_attached(
    part: Message,
    source: str,
    identity: ListIdentity,
    result: MessageResult,
    depth: int,
    digest_part: bool,
    trusted_outer: bool,
) -> None:
    """The messages of a message/rfc822 part: a digest's, or forwarded copies."""
    for message in _attached_messages(part):
        _examine_message(
            message, source, identity, result, depth=depth + 1,
            container="digest" if digest_part else "forward",
            digest_trusted=trusted_outer if digest_part else None,
        )  # fmt: skip


def _saved_message(part: Message) -> Message | None:
    """A message attached as a file ("edition.eml" sent as application/octet-stream, as
    Outlook and webmail forward one), or as text by SpamAssassin (``report_safe 2``: the
    original, before it tagged it as spam), parsed; None for any other part."""
    # (A name with RFC 2047 words in it, as Outlook and Gmail write a non-ASCII one.)
    name = decode_header_value(str(part.get_filename("") or "")).strip().casefold()
    kind = part.get_content_type()
    spam_original = (
        kind == "text/plain" and str(part.get_param("x-spam-type", "")).casefold() == "original"
    )
    named = name.endswith(".eml") or kind in SAVED_MESSAGE_TYPES
    if part.get_content_maintype() == "multipart" or not (named or spam_original):
        return None
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes) or len(raw) > MAX_MESSAGE_BYTES:
        return None
    try:
        message = BytesParser(policy=policy.compat32).parsebytes(raw)
    except (RecursionError, MessageError, ValueError, LookupError, TypeError):
        return None
    if kind.startswith("text/") and not spam_original and "subject" not in message:
        return None  # a text file named .eml that holds no message
    return message


def _attached_messages(part: Message) -> list[Message]:
    """The messages a message/rfc822 part holds; also one sent base64 or quoted-printable
    encoded (RFC 2046 forbids it, some clients do it), which the parser leaves undecoded."""
    payload = part.get_payload()
    inner = [m for m in (payload if isinstance(payload, list) else [payload])
             if isinstance(m, Message)]  # fmt: skip
    encoding = str(part.get("content-transfer-encoding", "")).strip().casefold()
    if encoding not in ("base64", "quoted-printable") or len(inner) != 1 or inner[0].keys():
        return inner
    text = inner[0].get_payload()
    if not isinstance(text, str):
        return inner
    carrier = Message()  # the encoded text, decoded as a leaf part would be
    carrier["Content-Transfer-Encoding"] = encoding
    carrier.set_payload(text)
    raw = carrier.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return inner
    try:
        return [BytesParser(policy=policy.compat32).parsebytes(raw)]
    except (RecursionError, MessageError, ValueError, LookupError, TypeError):
        return inner


def _read_edition(
    message: Message,
    subject: str,
    source: str,
    identity: ListIdentity,
    result: MessageResult,
    container: str,
    digest_trusted: bool | None,
    ends_cut: bool,
    trust: TrustVerdict | None = None,
) -> MessageProblem | None:
    """Add the edition ``message`` holds to ``result``; or say why it holds none. ``trust``:
    the verdict already given by what holds the message (the list's wrapper)."""
    message_id = _message_id(message)
    stamp = edition_stamp(subject)
    if stamp is None or _stamp_invalid(stamp):
        return MessageProblem(source, message_id, "bad-stamp", subject)
    if trust is not None:
        verdict = trust
    elif digest_trusted is None:
        verdict = check_trust(_headers(message), identity)
    elif digest_trusted:
        verdict = check_trust(_headers(message), identity, in_list_digest=True)
    else:
        verdict = check_trust(_headers(message), identity)
        if verdict.trusted:  # a list-looking part inside a digest the list did not send
            verdict = TrustVerdict(False, "digest-not-from-list")
    sent_at = _date(message)
    if verdict.trusted and _stamp_after(stamp, sent_at):
        # The list sends an edition when it is made. A later stamp on a post through the list
        # would otherwise stay the current edition until that date.
        verdict = TrustVerdict(False, "stamp-after-date")
    elif verdict.trusted and _stamp_after(stamp, datetime.now(UTC)):
        # A Date header is as easy to forge as the stamp: no genuine edition is dated ahead of
        # today's date, and one that was would be the current edition for years.
        verdict = TrustVerdict(False, "stamp-in-future")
    try:
        body, part_kind = _best_body(message)
    except _BodyTooLarge as exc:
        return MessageProblem(source, message_id, "body-too-large", str(exc))
    except _DamagedBody:
        return MessageProblem(source, message_id, "damaged", stamp)
    if body is None:
        return MessageProblem(source, message_id, "no-body", stamp)
    if not any(member.contacts for member in body.members):
        detail = _unread_detail(stamp, body, html=part_kind == "text/html")
        return MessageProblem(source, message_id, "no-members", detail)
    cut = container == "message" and cut_short(message, body)
    if ends_cut and cut:
        return MessageProblem(source, message_id, "truncated", stamp)
    result.editions.append(
        FoundEdition(
            stamp=stamp,
            message_id=message_id,
            sent_at=sent_at,
            trusted=verdict.trusted,
            trust_reason=verdict.reason,
            container=container,
            body=body,
            part=part_kind,
            source=source,
            content_hash=content_hash(body.members),
            complete=not cut,
        )
    )
    return None


# Of the lines an edition without contacts could not place, how many its problem shows, and
# how much of each: enough to see how its layout changed, short enough for a report's row.
_UNPLACED_SHOWN = 5
_UNPLACED_TEXT_SHOWN = 80


def _unread_detail(stamp: str, body: ParsedBody, *, html: bool = False) -> str:
    """The detail of an edition none of whose contacts could be read: its stamp and, where
    the parser could not place lines, how many and the first of them with their numbers (an
    HTML body's are lines of its HTML source, and said to be)."""
    if not body.unplaced:
        return stamp
    count = len(body.unplaced)
    where = "HTML line" if html else "line"
    shown = "; ".join(
        f"{where} {u.line} ({u.reason}): {_shortened(u.text)}"
        for u in body.unplaced[:_UNPLACED_SHOWN]
    )
    more = f"; {count - _UNPLACED_SHOWN} more" if count > _UNPLACED_SHOWN else ""
    lines = "1 line" if count == 1 else f"{count} lines"
    return f"{stamp}: {lines} not placed: {shown}{more}"


def _shortened(text: str) -> str:
    return text if len(text) <= _UNPLACED_TEXT_SHOWN else text[: _UNPLACED_TEXT_SHOWN - 1] + "…"


class _BodyTooLarge(Exception):
    """A body beyond ``MAX_BODY_LINES`` or ``MAX_BODY_CHARS``; the message says which."""


class _DamagedBody(ValueError):
    """A body with a run of NUL bytes: a stretch of the file zeroed (a crash, a disk fault).
    Read on, the text on each side of the hole would join: one member's numbers under another."""


_ZEROED = "\x00\x00"


def _bounded_text(part: Message) -> str:
    return _read_text(part)[0]


def _read_text(part: Message) -> tuple[str, bool]:
    """A part's text, and whether it was read back from a double encoding (UTF-8 read as
    Windows-1252 on its way, then sent on as UTF-8): the names as written, to be checked."""
    text = part_text(part)
    if part.get_content_type() == "text/html":
        repaired = undo_double_encoding_html(text)
    else:
        repaired = undo_double_encoding(text)
    if repaired is not None:
        text = repaired
    if _ZEROED in text:
        raise _DamagedBody(f"{part.get_content_type()}: a run of NUL bytes")
    text = text.replace("\x00", "")  # a stray one is never part of a name, address or number
    if str(part.get_param("format", "")).casefold() == "flowed":  # as Thunderbird sends text
        text = unflow(text, delsp=str(part.get_param("delsp", "")).casefold() == "yes")
    if len(text) > MAX_BODY_CHARS:
        raise _BodyTooLarge(f"{part.get_content_type()}: over {MAX_BODY_CHARS // 2**20} MiB")
    if text.count("\n") > MAX_BODY_LINES or text.count("\r") > MAX_BODY_LINES:
        raise _BodyTooLarge(f"{part.get_content_type()}: over {MAX_BODY_LINES} lines")
    return text, repaired is not None


def _best_body(message: Message) -> tuple[ParsedBody | None, str]:
    """The first text/plain part that holds the edition; otherwise the first text/html one.

    Not simply the first text part: Mailman 2 puts the list's header (``msg_header``) in a
    text/plain part of its own before the message it decorates.
    """
    plains, htmls = _text_parts(message)
    first: ParsedBody | None = None
    for part in plains:
        text, repaired = _read_text(part)
        parsed = _with_charset_note(parse_text(text), part, repaired=repaired)
        if _has_contacts(parsed):
            return parsed, "text/plain"
        first = first or parsed
    for part in htmls:
        text, repaired = _read_text(part)
        parsed = _with_charset_note(parse_html(text), part, repaired=repaired)
        if _has_contacts(parsed):
            return parsed, "text/html"
        first = first or parsed
    return first, "text/plain" if plains else "text/html"


def _with_charset_note(parsed: ParsedBody, part: Message, *, repaired: bool) -> ParsedBody:
    """``parsed``, noting when its part's declared charset cannot be right, or its text was
    read back from a double encoding: its names were read by a guess, which the user should
    check."""
    notes: list[ParseNote] = []
    declared = declared_charset_wrong(part)
    if declared is not None:
        notes.append(ParseNote(0, "charset-mismatch" if declared else "charset-guessed", declared))
    if repaired:
        notes.append(ParseNote(0, "double-encoded", "windows-1252"))
    return replace(parsed, notes=(*notes, *parsed.notes)) if notes else parsed


def _has_contacts(parsed: ParsedBody) -> bool:
    """Whether a part holds the edition: a plain alternative an HTML-to-text converter made
    (cells run together) may yield members with no contacts, where the HTML part has them."""
    return any(member.contacts for member in parsed.members)


def _text_parts(message: Message) -> tuple[list[Message], list[Message]]:
    """The inline text/plain and text/html parts, in order, not looking into attached
    messages."""
    plains: list[Message] = []
    htmls: list[Message] = []
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack:
        part, depth = stack.pop(0)
        if depth > MAX_DEPTH:
            continue
        ctype = part.get_content_type()
        if ctype in (*ATTACHED_MESSAGE_TYPES, "multipart/digest") or _is_attachment(part):
            continue  # attached messages are editions of their own, or none
        if part.is_multipart():
            children = [c for c in part.get_payload() if isinstance(c, Message)]
            stack[0:0] = [(c, depth + 1) for c in children]
            continue
        if ctype == "text/plain":
            plains.append(part)
        elif ctype == "text/html":
            htmls.append(part)
    return plains, htmls


def _is_attachment(part: Message) -> bool:
    disposition = str(part.get("content-disposition", "")).split(";")[0].strip().casefold()
    return disposition == "attachment"


def _headers(message: Message) -> dict[str, list[str]]:
    return {name: header_values(message, name) for name in _TRUST_HEADERS}


def _message_id(message: Message) -> str:
    value = message.get("message-id")
    if value:
        text = decode_header_value(str(value)).strip()
        if text:
            return text
    # No Message-ID: a stable stand-in from what identifies the message.
    seed = "\x00".join(str(message.get(h, "")) for h in ("subject", "date", "from"))
    return f"<no-message-id-{hashlib.sha256(seed.encode()).hexdigest()[:16]}>"


def _date(message: Message) -> datetime | None:
    value = message.get("date")
    if not value:
        return None
    try:
        return parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError, OverflowError):  # (a year of twenty digits)
        return None


STAMP_AHEAD_DAYS = 7  # of the Date header: mail queued or resent, not a stamp made up


def _stamp_after(stamp: str, sent_at: datetime | None) -> bool:
    """Whether an edition stamp names a time well after the message was sent."""
    made = stamp_date(stamp)
    if made is None or sent_at is None:
        return False
    sent = sent_at if sent_at.tzinfo is None else sent_at.astimezone(UTC).replace(tzinfo=None)
    return made - sent > timedelta(days=STAMP_AHEAD_DAYS)


def _stamp_invalid(stamp: str) -> bool:
    try:
        datetime.strptime(stamp, "%Y%m%d-%H%M")
    except ValueError:
        return True
    return False
