"""``tldops export`` (vCards) and ``tldops qr`` (one contact as a QR code).

Registered into the CLI by ``tldops_desktop.cli`` (``EXTRA_COMMANDS``); ``tldops_desktop.cli`` is
imported inside the handlers, as it imports this module while it loads.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from tldops_desktop.core.model import POSITION_NAMES, Contact, Edition, Member
from tldops_desktop.core.query import QueryError
from tldops_desktop.errors import NotFoundError, UserError
from tldops_desktop.export import qr
from tldops_desktop.export.vcard import (
    VERSIONS,
    VCardOptions,
    cards,
    display_name,
    people,
    write_split,
    write_vcards,
)
from tldops_desktop.fileio import output_file, refuse_data_folder

Handler = Callable[[argparse.Namespace, TextIO], int]
CommandFactory = Callable[[str, str, Handler], argparse.ArgumentParser]

STDOUT = "-"


def register(command: CommandFactory) -> None:
    sub = command(
        "export",
        "write contacts as vCards for phones and mail clients (all current contacts, "
        "or those a query or region selects)",
        _cmd_export,
    )
    sub.add_argument(
        "query", nargs="*", default=[], type=str, metavar="QUERY",
        help="as for search: ccTLD, country, name, email or phone (default: every member)",
    )  # fmt: skip
    sub.add_argument(
        "--region",
        metavar="R",
        help="AF, AP, EU, LAC, NA (or a name: europe, latin-america ...) or unknown",
    )
    target = sub.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "-o", "--output", metavar="FILE.vcf",
        help="one file with every card (phones import it whole); - writes to standard output",
    )  # fmt: skip
    target.add_argument(
        "--split", metavar="DIR",
        help="one file per contact in DIR (for mail clients that read one card a file)",
    )  # fmt: skip
    sub.add_argument(
        "--vcard-version", choices=VERSIONS, default="3.0",
        help="3.0 (default: every phone reads it) or 4.0 (RFC 6350)",
    )  # fmt: skip
    sub.add_argument(
        "--name-prefix", action="store_true",
        help="put the ccTLD before each name (.nl Anna Jansen), to find contacts by ccTLD",
    )  # fmt: skip
    _force_option(sub)
    _json_option(sub)
    sub.set_defaults(export_parser=sub)

    sub = command("qr", "write one contact as a QR code a phone camera adds", _cmd_qr)
    sub.add_argument("cctld", metavar="CCTLD", help=".de, DE, .рф, xn--p1ai ...")
    sub.add_argument(
        "position", metavar="POSITION", type=_position,
        help="the contact's position: 1, 2, 3 (or primary, secondary, third; first, 2nd ...)",
    )  # fmt: skip
    sub.add_argument("-o", "--output", metavar="FILE", required=True, help="FILE.png or FILE.svg")
    sub.add_argument(
        "--scale", type=int, default=8, metavar="N", help="pixels per module (default 8)"
    )
    _force_option(sub)
    _json_option(sub)


def _json_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--json", action="store_true", help="print what was written as JSON (for scripts)"
    )


def _force_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--force", action="store_true",
        help="replace an existing file (through a link, the file it links to); without it, "
        "an existing file is left as it is. Never a file in the data folder",
    )  # fmt: skip


def _output(args: argparse.Namespace, path: Path) -> Path:
    """Where to write the output file ``path``: checked before anything is read or written."""
    from tldops_desktop import cli

    return output_file(path, data_dir=cli.data_dir(args), force=args.force)


# A position as said: "the first contact", "2nd".
_SAID_POSITIONS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "3rd": 3}


def _position(text: str) -> int:
    names = {name: number for number, name in POSITION_NAMES.items()} | _SAID_POSITIONS
    word = text.strip().lower().lstrip("#")
    if word in names:
        return names[word]
    if word.isdigit() and int(word) >= 1:
        return int(word)
    raise argparse.ArgumentTypeError(f"{text!r} is not a position (1, 2, 3 or primary ...)")


def _select(args: argparse.Namespace) -> tuple[Edition, list[Member], str | None]:
    """The edition, the members to write, and the query with a slip spelt as the search
    knows it when it finds nothing ("Germnay" → "Germany"), as ``search`` suggests it."""
    from tldops_desktop import cli
    from tldops_desktop.services import contacts

    query = cli.query_text(args.query)
    with cli.open_store(args) as store:
        if not query.strip() and args.region is None:
            edition = contacts.require_current(store.repo)
            return edition, list(edition.members), None
        named = contacts.member_named(store.repo, query) if args.region is None else None
        if named is not None:  # "DE", ".рф": that member, not every text that holds "de"
            return (*named, None)
        try:
            result = contacts.search(store.repo, query, args.region)
        except QueryError as exc:
            raise UserError(
                f"Unknown region {exc}: use AF, AP, EU, LAC, NA (or africa, asia-pacific, europe, "
                "latin-america, north-america) or unknown.",
                code="bad-region",
            ) from None
    cli.note_not_a_member(result.missing, result.edition)  # "Niger": .ne is not a member
    return result.edition, result.members, result.suggestion


def _describe(args: argparse.Namespace) -> str:
    from tldops_desktop import cli

    query = cli.query_text(args.query)
    parts = [repr(query)] if query.strip() else []
    if args.region is not None:
        parts.append(f"region {args.region}")
    return " in ".join(parts)


def _cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from tldops_desktop import cli

    options = VCardOptions(version=args.vcard_version, name_prefix=args.name_prefix)
    if args.json and args.output == STDOUT:
        args.export_parser.error(
            "--json needs -o FILE or --split DIR (with -o - the cards are the output)"
        )
    target: Path | None = None
    if args.split is not None:
        refuse_data_folder(Path(args.split), cli.data_dir(args))
    elif args.output != STDOUT:
        target = _output(args, Path(args.output))
    edition, members, suggestion = _select(args)
    cli.note_on_edition(edition)
    count = sum(len(m.contacts) for m in members)
    if count == 0:
        what = _describe(args)
        subject = f"No member matches {what}" if what else "The current edition lists no contact"
        hint = f" Did you mean {suggestion!r}?" if suggestion is not None else ""
        raise NotFoundError(
            f"{subject} in edition {edition.stamp}; nothing was written.{hint}", code="no-match"
        )
    # One person listed for several ccTLDs is one card: say so when that happens.
    card_count = len(people(members, name_prefix=options.name_prefix))
    in_cards = (
        f" in {card_count} card{'s' if card_count != 1 else ''}" if card_count != count else ""
    )
    summary = (
        f"{count} contact{'s' if count != 1 else ''} of {len(members)} "
        f"member{'s' if len(members) != 1 else ''}{in_cards} (edition {edition.stamp}, "
        f"vCard {options.version})"
    )
    if args.split is not None:
        files = write_split(edition, members, Path(args.split), options, overwrite=args.force)
        told = f"Wrote {summary} to {len(files)} files in {args.split}\n"
    elif target is None:
        _write_stdout(cards(edition, members, options), out)
        sys.stderr.write(f"tldops: wrote {summary} to standard output\n")
        return 0
    else:
        existed = target.exists()
        write_vcards(edition, members, target, options, overwrite=args.force)
        files = [Path(args.output)]
        told = f"Wrote {summary} to {_written_to(args.output, target, existed=existed)}\n"
    if not args.json:
        out.write(told)
        return 0
    cli.print_json(
        {
            **cli.edition_json(edition),
            "vcard_version": options.version,
            "members": [m.tld.ace for m in members],
            "contacts": count,
            "cards": card_count,
            "files": [str(f) for f in files],
        },
        out,
    )
    return 0


def _written_to(given: str, target: Path, *, existed: bool) -> str:
    """The output file as given, with what was replaced and where a link led."""
    if Path(given) != target:
        verb = "replaced" if existed else "wrote"
        return f"{given} ({verb} {target}, the file it links to)"
    return f"{given} (replaced the file that was there)" if existed else given


MAX_QR_SCALE = 64  # a code of 100 modules is then 6,400 pixels wide: more than any screen


def _write_stdout(text: str, out: TextIO) -> None:
    """Cards on standard output as UTF-8 bytes, so no platform turns CRLF into CRCRLF."""
    buffer = getattr(out, "buffer", None)
    try:
        if buffer is None:
            out.write(text)
            return
        out.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    except BrokenPipeError:  # `| head` has what it wanted: the CLI ends quietly, as elsewhere
        raise
    except OSError as exc:  # a full disk behind a redirection
        raise UserError(
            f"Could not write the cards to standard output: {exc.strerror or exc}.",
            code="write-failed",
        ) from None


def _find_contact(member: Member, position: int) -> Contact:
    for contact in member.contacts:
        if contact.position == position:
            return contact
    listed = ", ".join(str(c.position) for c in member.contacts) or "none"
    raise NotFoundError(
        f"{member.tld.display} has no contact at position {position} (positions: {listed}).",
        code="no-such-contact",
    )


def _cmd_qr(args: argparse.Namespace, out: TextIO) -> int:
    from tldops_desktop import cli
    from tldops_desktop.services import contacts

    path = Path(args.output)
    if path.suffix.lower() not in qr.FORMATS:
        raise UserError(
            f"Write the QR code to a .png or .svg file, not {args.output}.", code="bad-qr-format"
        )
    if not 1 <= args.scale <= MAX_QR_SCALE:
        raise UserError(
            f"--scale must be from 1 to {MAX_QR_SCALE} (pixels per module).", code="bad-qr-scale"
        )
    target = _output(args, path)
    with cli.open_store(args) as store:
        edition, member = contacts.show(store.repo, args.cctld)
    cli.note_on_edition(edition)
    # "Korea": .kr's contact, and .kp is no member (as show says)
    cli.note_others_named(args.cctld, contacts.others_named(edition, args.cctld, member))
    contact = _find_contact(member, args.position)
    existed = target.exists()
    qr.write_qr(
        edition, member, contact, target,
        scale=args.scale, overwrite=args.force, suffix=path.suffix,  # a link's, as given
    )  # fmt: skip
    short = qr.fit_contact_qr(edition, member, contact).short  # the code just written
    if short:
        sys.stderr.write(
            "tldops: the QR code holds the first phone number and email address only: the "
            "whole contact would make a code too dense for a phone camera; 'tldops export' "
            "writes all of it\n"
        )
    if args.json:
        cli.print_json(
            {
                **cli.edition_json(edition),
                "tld": {"ace": member.tld.ace, "unicode": member.tld.unicode},
                "contact": contacts.contact_json(contact),
                "file": args.output,
                "short": short,  # the first number and address only
            },
            out,
        )
        return 0
    out.write(
        f"Wrote the QR code of {display_name(member, contact)} ({member.tld.display} "
        f"{contact.position_name} contact, edition {edition.stamp}) to "
        f"{_written_to(args.output, target, existed=existed)}\n"
    )  # the card's name: the email when the list gave no name
    return 0
