"""The ``tldops`` command: the same services as the GUI, scriptable, with stable JSON.

Exit codes: 0 success, 1 a user error (a message on stderr, no traceback), 2 usage.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast

from tldops_desktop import __version__
from tldops_desktop.errors import Cancelled, UserError
from tldops_desktop.paths import resolve_data_dir

# The services are imported by the commands that use them: a script calling `tldops show`
# or `tldops import` many times waits for what that one command needs, not for all of them.
if TYPE_CHECKING:
    from tldops_desktop.core.diff import EditionDiff
    from tldops_desktop.core.model import Edition, Member
    from tldops_desktop.core.query import MissingMember
    from tldops_desktop.services.import_report import ImportReport, StopInfo
    from tldops_desktop.services.store import Store
    from tldops_desktop.storage.keys import KeySource

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2
VERSION_TEXT = f"tldops {__version__}"

Handler = Callable[[argparse.Namespace, TextIO], int]


def global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """``--data-dir``, ``--passphrase-file``, ``--version``: before or after a command."""
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir", metavar="DIR", default=default,
        help="folder of the encrypted database (default: $TLDOPS_DATA_DIR or the user data dir)",
    )  # fmt: skip
    parser.add_argument(
        "--passphrase-file", metavar="FILE", default=default,
        help="read the database passphrase from FILE, or from standard input with - (also "
        "$TLDOPS_PASSPHRASE_FILE)",
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=VERSION_TEXT)


BUILTIN_COMMANDS = ("import", "editions", "search", "show", "diff")

# What each command's --help ends with: the common uses, to copy at 2 a.m.
EXAMPLES = {
    "import": """\
  tldops import ~/Mail/Inbox               an mbox, Maildir, MH folder, .eml or a folder of them
  tldops import                            re-check the remembered mail sources
  tldops import saved.eml --dry-run --json what would be imported, as JSON""",
    "editions": """\
  tldops editions                          every edition imported, the current one marked""",
    "search": """\
  tldops search рф                         a ccTLD in any form (.de, DE, xn--p1ai)
  tldops search "region:EU lefevre"        terms combine; region:unknown too
  tldops search www.nic.de                 a domain, URL or address: its ccTLD
  tldops search +4915123 --json            phone digits; JSON for scripts
  tldops search "06 12 34 52 19"           a number as dialled: its owner first
  tldops search "" --tsv | grep -i nowak   every contact, one line each, its ccTLD first""",
    "show": """\
  tldops show .de                          one member, as of the current edition
  tldops show https://www.nic.de/abuse     a domain or URL: its ccTLD's member
  tldops show tel:+4915123456740           a number: the member whose contact has it
  tldops show .de --edition 20261001-0600  as of an older edition""",
    "diff": """\
  tldops diff                              the two latest editions
  tldops diff 20261001-0600 20261101-0600  two editions by their stamps""",
    "export": """\
  tldops export -o tld-ops.vcf             every current contact, one file
  tldops export --region EU -o eu.vcf      one region; or a query: tldops export .de -o de.vcf
  tldops export --split cards/             one .vcf per contact (Outlook)""",
    "qr": """\
  tldops qr .de 1 -o de-primary.png        the primary contact of .de (.png or .svg)""",
    "restore": """\
  tldops restore --list                    the backups taken before each import
  tldops restore                           put back the newest one""",
    "forget": """\
  tldops forget 20991201-0600              take out an edition imported by mistake
  tldops restore --list                    its backup, taken just before""",
    "start-over": """\
  tldops start-over                        asks first, then keeps the folder aside
  tldops start-over --yes && tldops import for a script: no question; import again""",
}


class UsageError(Exception):
    """A usage error found by a parser of ``tldops`` (a missing argument, an unknown option),
    raised for ``main`` to tell: as argparse does, or as JSON when ``--json`` was given."""

    def __init__(self, parser: argparse.ArgumentParser, message: str) -> None:
        super().__init__(message)
        self.parser = parser
        self.message = message


class _Parser(argparse.ArgumentParser):
    """The parser of ``tldops`` and (argparse makes them of its class) of its commands.

    An option is taken only as written whole: a script's ``--jso`` or ``--pre`` would mean
    one option today and become ambiguous, or another option, when one is added."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(self, message)


def build_parser(*, builtin_only: bool = False) -> argparse.ArgumentParser:
    """The whole parser; with ``builtin_only``, without the commands of
    ``tldops_desktop.commands`` (their modules take time to load: a command defined here
    does not wait for them)."""
    parser = _Parser(
        prog="tldops",
        description="The TLD-OPS incident-response contacts, offline: import the monthly "
        "repository emails from your mailbox, then search them.",
    )
    global_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        examples = EXAMPLES.get(name)
        sub = commands.add_parser(
            name, help=help_text, description=help_text,
            epilog=f"examples:\n{examples}" if examples else None,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )  # fmt: skip
        global_options(sub, suppress=True)
        sub.set_defaults(handler=handler)
        return sub

    sub = command("import", "import repository editions from mailboxes", _cmd_import)
    sub.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="mbox (.mbox, .mbox.gz, Thunderbird), Maildir, MH, .eml, Apple Mail (.emlx, "
        "Name.mbox/), Outlook (.msg, .pst, .ost), folder, or - for stdin; none: re-check the "
        "remembered sources (tldops sources list)",
    )  # fmt: skip
    sub.add_argument("--json", action="store_true", help="print the report as JSON")
    sub.add_argument("--dry-run", action="store_true", help="report what would be imported")
    sub.add_argument(
        "--allow-untrusted", action="store_true",
        help="also import editions not sent through the list (never made current)",
    )  # fmt: skip

    sub.add_argument(
        "--rescan", action="store_true",
        help="read every mailbox whole, even those unchanged since the last import",
    )  # fmt: skip
    sub.add_argument(
        "--prefer-copy", action="append", default=[], metavar="ID",
        help="keep this copy of an edition in place of the different one stored (a conflict "
        "in an earlier report): its content hash (the first 8 or more characters) or its "
        "Message-ID; the stored copy stays on record, to be chosen back",
    )  # fmt: skip

    sub = command("editions", "list the imported editions", _cmd_editions)
    sub.add_argument("--json", action="store_true", help="print JSON (for scripts)")

    sub = command("search", "find members by ccTLD, country, name, email or phone", _cmd_search)
    sub.add_argument(
        "query", nargs="*", default=[], type=str, metavar="QUERY",
        help="words that must all match: ccTLD, domain, country, name, email, phone digits "
        "(a number may be typed with its spaces); region:EU restricts",
    )  # fmt: skip
    sub.add_argument(
        "--region",
        metavar="R",
        help="AF, AP, EU, LAC, NA (or a name: europe, latin-america ...) or unknown",
    )
    _output_options(sub)

    sub = command("show", "show one member's contacts", _cmd_show)
    sub.add_argument("cctld", metavar="CCTLD", help=".de, DE, .рф, xn--p1ai ... or a country")
    sub.add_argument("--edition", metavar="STAMP", help="as of this edition (tldops editions)")
    _output_options(sub)

    sub = command("diff", "changes between two editions (default: the two latest)", _cmd_diff)
    sub.add_argument("old", nargs="?", metavar="OLD")
    sub.add_argument("new", nargs="?", metavar="NEW")
    sub.add_argument("--json", action="store_true", help="print JSON (for scripts)")

    if not builtin_only:
        for register in _command_modules():
            register(command)
    return parser


def _output_options(sub: argparse.ArgumentParser) -> None:
    shape = sub.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print JSON (for scripts)")
    shape.add_argument(
        "--tsv", action="store_true",
        help="one line per contact, tab-separated: ccTLD, A-label, country, region, position, "
        "name, email, phone, E.164 (for grep, cut and awk)",
    )  # fmt: skip


def _command_name(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (after the global options), or None."""
    takes_value = ("--data-dir", "--passphrase-file")
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in takes_value:
            skip = True
        elif not arg.startswith("-"):
            return arg
        elif not arg.startswith(tuple(f"{option}=" for option in takes_value)):
            return None  # --help, --version or a mistake: the whole parser answers
    return None


Register = Callable[[Callable[[str, str, Handler], argparse.ArgumentParser]], None]


def _command_modules() -> list[Register]:
    """``register`` of every module in ``tldops_desktop.commands``, in name order."""
    import importlib
    import pkgutil

    from tldops_desktop import commands

    names = sorted(m.name for m in pkgutil.iter_modules(commands.__path__))
    return [importlib.import_module(f"{commands.__name__}.{n}").register for n in names]


def key_source(args: argparse.Namespace) -> KeySource:
    from tldops_desktop.storage.keys import Keyring, KeySource, join_saying

    file = getattr(args, "passphrase_file", None)
    keyring = Keyring(wait=join_saying(_say_keyring_wait))
    return KeySource(passphrase_file=Path(file) if file else None, keyring=keyring)


def _say_keyring_wait() -> None:
    """A keyring slow to answer (an unlock prompt open on the desktop, a locked Secret
    Service): the command says what it waits for, and for how long at most."""
    from tldops_desktop.storage.keys import KEYRING_TIMEOUT

    sys.stderr.write(
        "tldops: waiting for the system keyring to give the database key (answer its unlock "
        f"prompt if your desktop shows one); at most {KEYRING_TIMEOUT:g} seconds, Ctrl+C to "
        "stop.\n"
    )
    sys.stderr.flush()


def data_dir(args: argparse.Namespace) -> Path:
    given = getattr(args, "data_dir", None)
    if given is not None and not given.strip():  # "--data-dir $DIR" with DIR unset
        raise UserError(
            "--data-dir is empty: give the folder of the database, or leave the option out.",
            code="empty-data-dir",
        )
    folder = resolve_data_dir(given)
    if folder.is_file():  # the database itself, say, copied from the folder's listing
        from tldops_desktop.paths import DATABASE_NAME, shown_path

        if folder.name == DATABASE_NAME:
            raise UserError(
                f"{shown_path(str(folder))} is the database file: give the folder that holds "
                f"it, --data-dir {shown_path(str(folder.parent))}",
                code="data-dir-is-a-file",
            )
        raise UserError(
            f"The data folder {shown_path(str(folder))} is a file, not a folder: give the "
            "folder of the database, or leave --data-dir out.",
            code="data-dir-is-a-file",
        )
    return folder


def open_store(args: argparse.Namespace, *, create: bool = False) -> Store:
    from tldops_desktop.services.store import Store

    # Commands that only read work from a folder that cannot be written (a disk remounted
    # read-only): the contacts matter most then. One that writes is told why it cannot.
    return Store.open(data_dir(args), key_source(args), create=create, read_only_ok=not create)


def print_json(data: Any, out: TextIO) -> None:
    """JSON, valid whatever the output's encoding: UTF-8 where it is UTF-8, else with
    ``\\u`` escapes (a Windows pipe, a legacy locale), never a Python escape. A path's bytes
    that are not UTF-8 are shown as the text report shows them (``shown_path``): a lone
    surrogate is in no valid UTF-8, and many JSON readers refuse its escape."""
    encoding = (getattr(out, "encoding", None) or "utf-8").replace("_", "-").lower()
    utf8 = encoding in ("utf-8", "utf8")
    out.write(json.dumps(_shown_paths(data), ensure_ascii=not utf8, indent=2) + "\n")


def _shown_paths(data: Any) -> Any:
    """``data`` with every text in it as ``shown_path`` shows it (others are left as they are:
    only a file name's bytes give lone surrogates)."""
    from tldops_desktop.paths import shown_path

    if isinstance(data, str):
        return shown_path(data)
    if isinstance(data, dict):
        return {_shown_paths(key): _shown_paths(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [_shown_paths(item) for item in data]
    return data


# -- commands ---------------------------------------------------------------------------------


def _cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from tldops_desktop.cli_progress import TerminalProgress
    from tldops_desktop.services import sources
    from tldops_desktop.services.import_report import ImportStopped
    from tldops_desktop.services.importer import ImportOptions, run_import
    from tldops_desktop.services.store import database_exists
    from tldops_desktop.services.trust import load_identity

    folder = data_dir(args)
    options = ImportOptions(
        allow_untrusted=args.allow_untrusted,
        dry_run=args.dry_run,
        use_marks=not args.rescan,
        prefer=frozenset(args.prefer_copy),
        # As set in the app's Settings (the list may move): a cron job trusts what it does.
        identity=load_identity(folder, lambda why: _warn_trust_file(folder, why)),
    )
    paths = list(args.paths) or sources.source_paths(folder)
    if not paths:
        raise UserError(
            "No mailbox to import from: name one (tldops import PATH), or remember your mail "
            "stores first (tldops sources discover, then tldops sources add PATH).",
            code="no-sources",
        )
    progress = TerminalProgress.for_stream(sys.stderr)
    not_remembered: UserError | None = None
    try:
        if args.dry_run and not database_exists(folder):
            report = run_import(paths, None, options, on_progress=progress)
        else:
            with open_store(args, create=not args.dry_run) as store:
                try:
                    report = run_import(paths, store.repo, options, on_progress=progress)
                except ImportStopped as stopped:
                    # What was stored before the failure, and what was not, then the failure
                    # itself on stderr (exit 1): a responder knows what to import again.
                    if progress is not None:
                        progress.clear()
                    _print_import(stopped.report, args, out)
                    raise
            if args.paths and not args.dry_run:
                # Re-checked by `tldops import` with no PATH; not what could not be read as
                # mail. The editions are stored by now: a list of sources that cannot be
                # written must not hide the report.
                try:
                    sources.remember(folder, args.paths, refused=report.refused_paths())
                except UserError as exc:
                    not_remembered = exc
    finally:
        if progress is not None:
            progress.clear()
    _print_import(report, args, out)
    if not_remembered is not None:
        sys.stderr.write(
            "tldops: the import is done, but what it read was not remembered for "
            f"`tldops import` with no PATH: {not_remembered.message}\n"
        )
    # A path given, or remembered, that is missing, unreadable or not mail: a cron job with a
    # mistyped path, or whose mailbox moved, must notice, also with its output sent to
    # /dev/null. (A broken message inside a mailbox is only reported: old mail has some.)
    refused = report.refused_paths()
    if refused:
        from tldops_desktop.paths import shown_path

        sys.stderr.write(
            "tldops: could not read as mail: " + ", ".join(map(shown_path, refused)) + "\n"
        )
    return EXIT_USER_ERROR if refused or not_remembered else EXIT_OK


def _print_import(report: ImportReport, args: argparse.Namespace, out: TextIO) -> None:
    if args.json:
        print_json(report.to_json(), out)
    else:
        _print_report(report, out)


def _warn_trust_file(folder: Path, why: str) -> None:
    from tldops_desktop.paths import shown_path
    from tldops_desktop.services.trust import TRUST_FILE

    sys.stderr.write(
        f"tldops: {shown_path(str(folder / TRUST_FILE))} cannot be read ({why}): editions are "
        "judged by the TLD-OPS list's own identity. Open the app's Settings to write it again.\n"
    )


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" if number == 1 else f"{number} {thing}s"


def _left_out(report: ImportReport) -> str:
    """What the import left out, counted ("" for nothing), as the lines below detail it."""
    counts = report.problem_counts()
    parts = []
    if counts.editions:
        parts.append(f"{_count(counts.editions, 'edition')} with a problem")
    if counts.untrusted:
        parts.append(f"{_count(counts.untrusted, 'edition')} not sent through the TLD-OPS list")
    if counts.conflicts:
        kept = "copy" if counts.conflicts == 1 else "copies"
        parts.append(f"{_count(counts.conflicts, 'conflict')} (the stored {kept} kept)")
    if counts.files:
        parts.append(f"{_count(counts.files, 'file')} not read as mail")
    if counts.other:
        parts.append(f"{_count(counts.other, 'other problem')}")
    return ", ".join(parts)


def _print_report(report: ImportReport, out: TextIO) -> None:
    """The report in words; paths shown as text (``--json`` keeps them as they are)."""
    from tldops_desktop.paths import shown_path as shown
    from tldops_desktop.services.import_report import shortened

    verb = "would be imported" if report.dry_run else "imported"
    if report.stopped is not None and report.stopped.stage != "marks":
        verb = "imported before the import stopped"
    out.write(
        f"Scanned {_count(report.messages_scanned, 'message')}: "
        f"{_count(report.editions_found, 'repository edition')} found (copies counted).\n"
    )
    left_out = _left_out(report)
    if left_out:  # said at once: an edition missing must not hide in the lines below
        out.write(f"{'Would not be imported' if report.dry_run else 'Not imported'}: {left_out}.\n")
    out.write(f"  {verb}: {', '.join(report.imported) or 'none'}\n")
    for source in report.unchanged_sources:
        out.write(f"  unchanged since the last import: {shown(source)}\n")
    if report.already_present:
        out.write(f"  already present: {', '.join(report.already_present)}\n")
    for item in report.untrusted:
        if item.get("stored_trusted"):
            state = (
                "already in the database as a trusted edition (a copy sent through the list "
                "was stored before); this copy changes nothing"
            )
        elif item.get("already_present"):
            state = "already in the database; current only while no trusted edition is stored"
        elif item["imported"]:
            state = "imported on request; current only while no trusted edition is stored"
        else:
            state = "NOT imported"
        reason = _TRUST_REASONS.get(str(item["reason"]), str(item["reason"]))
        out.write(
            f"  untrusted: {item['stamp']} {item['message_id']} ({reason}; {state}; "
            f"in {shown(item['source'])})\n"
        )
    if report.untrusted and not any(i["imported"] for i in report.untrusted):
        out.write("    Not trusted, for the reason given; import anyway with --allow-untrusted.\n")
    for item in report.conflicts:
        differs = ", ".join(f".{ace}" for ace in item.get("differs", []))
        out.write(
            f"  conflict: {item['stamp']}: {item['message_id']} differs from the edition already "
            f"stored under that stamp (kept the stored one)"
            + (f"; members that differ: {differs}" if differs else "")
            + "\n"
        )
        out.write(
            "    To keep this copy instead: tldops import PATH --prefer-copy "
            f"{str(item['content_hash'])[:12]}\n"
        )
    for item in report.unplaced_lines:
        out.write(f"  unplaced line {_line_of(item)}: {shortened(item['text'])}\n")
    for note in report.notes:
        where = _line_of(note) if note["line"] else str(note["stamp"])
        what = _EDITION_NOTES.get(note["code"], note["code"])
        out.write(f"  note {where}: {what}: {shown(str(note['detail']))}\n")
    from tldops_desktop.core.model import STAMP

    for item in report.errors:
        what = _PROBLEMS.get(item["code"], item["code"])
        source, detail = shown(str(item["source"])), shown(str(item.get("detail") or ""))
        stamp, _, more = detail.partition(": ")
        if STAMP.fullmatch(stamp):  # an edition's problem: which edition first
            out.write(f"  problem: {source}: {stamp} {what}{f' ({more})' if more else ''}\n")
        else:
            out.write(f"  problem: {source}: {what}{f' ({detail})' if detail else ''}\n")
    if report.stopped is not None:
        _print_stop(report.stopped, out)


def _line_of(item: dict[str, Any]) -> str:
    """Where an edition's line is: "stamp:line" in a text body; in an HTML one, a line of
    its HTML source, which a mail program does not show as it is."""
    if item.get("part") == "text/html":
        return f"{item['stamp']} HTML line {item['line']}"
    return f"{item['stamp']}:{item['line']}"


def _print_stop(stop: StopInfo, out: TextIO) -> None:
    """What a failed import did not store (the lists above name what it did)."""
    out.write("The import stopped before it was done (the reason follows on stderr).\n")
    if stop.stage == "backup":
        out.write("  Nothing was written: the backup taken before an import failed.\n")
    elif stop.stage == "marks":
        out.write(
            "  Every edition above is stored, but what was read is not remembered: the next "
            "import reads the same mail again.\n"
        )
    if stop.failed:
        out.write(f"  being written when it failed (not stored): {stop.failed}\n")
    if stop.undone:
        out.write(
            "  written in the same transaction, undone with it (not stored): "
            f"{', '.join(stop.undone)}\n"
        )
    if stop.not_examined:
        out.write(f"  not examined (not stored by this import): {', '.join(stop.not_examined)}\n")
    if stop.stage != "marks":
        out.write(
            "  Editions stored before stay, each whole. Once the cause is fixed, run the same "
            "import again: what is stored already is skipped.\n"
        )


# Why a copy was not trusted, for the text report (``--json`` gives the codes).
_TRUST_REASONS = {
    "no-list-id": "no List-Id header: it did not come through a mailing list",
    "foreign-list-id": "it came through another mailing list",
    "no-sender": "no Sender header of the TLD-OPS list server",
    "foreign-sender": "sent by another server than the TLD-OPS list's",
    "not-from-list": "neither its From nor its To is the TLD-OPS list address",
    "stamp-after-date": "its edition date is later than the day it was sent",
    "stamp-in-future": "its edition date is more than a week after today",
    "digest-not-from-list": "inside a digest the TLD-OPS list did not send",
}

# What a note means, for the text report (``--json`` gives the codes).
_EDITION_NOTES = {
    "replaced-cut-copy": "a whole copy replaced the one stored, which was cut short (its last "
    "members missing)",
    "cut-copy": "a copy cut short (its last members missing) was left out",
    "replaced-lossy-copy": "a copy with its names whole replaced the one stored, which had "
    '"?" for letters (a plain-text digest)',
    "lossy-copy": 'a copy with "?" for letters of its names (a plain-text digest) was left out',
    "letters-lost": 'letters of this name were lost on the way (written as "?", as a '
    "plain-text digest does): import the list's own copy",
    "replaced-untrusted": "the list's own copy took the place of one imported without the "
    "list's word",
    "read-again": "stored as another version of TLD-OPS Desktop read it; its contacts are now "
    "as this version reads the same email",
    "replaced-by-choice": "the copy chosen took the place of the one stored, which stays on "
    "record as a conflict",
    "no-footer": "it does not reach the list's footer, so it may have been cut short: check "
    "its last members, or import a complete copy",
    # What the parser noted about a line it kept.
    "label-mismatch": "the ccTLD's label and its A-label disagree; the A-label was kept",
    "column-not-read": "a table column whose cells are not kept (of no kind known, or a second "
    "one of a kind): read them in the email",
    "charset-mismatch": "its text is not in the character set it declares, so its names were "
    "read by a guess: check them",
    "charset-guessed": "its text names no character set, so its names were read by a guess: "
    "check them",
    "double-encoded": "its text was read in the wrong character set on its way and sent on so "
    '("JosÃ©" for "José"); its names were read back as written: check them',
    "email-invalid": "not an email address (kept as written)",
    "phone-unparsed": "no number to dial could be read (kept as written)",
    "field-missing": "a contact without this field",
    "region-missing": "no region given",
    "member-repeated": "the ccTLD is listed twice; every contact was kept",
    "no-contacts": "a member without contacts",
    "contact-repeated": "the same contact written again for the member: kept once",
    "contact-empty": "a contact whose every field is a placeholder (such as “—” or “TBD”): "
    "not kept",
    "too-many-contacts": "more than three contacts (all kept)",
    "position-repeated": "two contacts of the member give this position (both kept, in the "
    "order written)",
}


# What a problem code means, for the text report (``--json`` gives the codes).
_PROBLEMS = {
    "unreadable": "cannot be read",
    "not-found": "does not exist",
    "dangling-link": "is a link to a file or folder that does not exist",
    "named-pipe": "is a named pipe, not a file: save what it gives to a file and import that",
    "not-mail": "is not a mailbox or mail file",
    "too-large": "is too large to be an edition",
    "header-too-large": "has a header block too large to be mail",
    "unclosed-multipart": "ends before its last MIME part is closed, where another message "
    "begins in the file (a copy cut short, then another joined to it): read up to there",
    "run-together": "begins a message that names an edition, run on from the message before "
    "it after a “From ” line of a form mail programs do not write: not read; save that message "
    "from your mail program as an .eml file and import that",
    "too-deep": "is nested too deeply to read",
    "unpacks-too-much": "unpacks to far more than its own size, as no mail does (an archive made "
    "to fill memory or disk): the rest of it was not read",
    "too-many-files": "holds too many files to look through all of them; unpack it and import "
    "the mail in it",
    "unparsable": "cannot be parsed as mail",
    "no-body": "names an edition but has no readable text",
    "no-members": "names an edition, but no member's contacts could be read from it",
    "bad-stamp": "has an edition stamp that is not a date",
    "truncated": "may have been cut short (its mail file ends mid-line, before the list's "
    "footer): not imported; import a complete copy",
    "body-too-large": "has a text too large to be an edition",
    "damaged": "was not imported: part of it is zeroed (NUL bytes, as a crash or a disk fault "
    "leaves), so its members' contacts could be mixed up; import an intact copy",
    "no-text-body": "has only a rich-text (RTF) body; save it as .eml to import it",
    "attachment-left-out": "has an attached message that Apple Mail keeps apart and has not "
    "downloaded: open the message in Mail, then import again",
    "needs-extra": "needs the Outlook reader",
    "forwarded-inline": "was forwarded in the text of a message, not attached: who wrote it "
    "cannot be checked, so it was not imported; ask for the original as an attachment",
    "subject-not-edition": "names an edition and lists contacts, but its subject does not "
    "begin with the edition's title (a member's post, or a mark a mail filter put there): not "
    "imported",
    "partial-download": "was not imported: only its first lines were downloaded; in Thunderbird, "
    "open it and choose to download the rest of the message",
    "cut-short": "was not imported: it does not reach the list's footer and lists fewer members "
    "or contacts than the edition before it, as a copy cut short does; import a complete copy",
    "encrypted": "names an edition but is encrypted (S/MIME or PGP), which cannot be read "
    "here: not imported; save the edition from your mail program, decrypted, as an .eml file and "
    "import that",
    "stamp-unbracketed": "has the edition's title with a stamp not in angle brackets, as the "
    "list never writes it (a mail program or gateway changed the subject, or a forgery): not "
    "imported",
    "signature-damaged": "names an edition but is signed (S/MIME) with a damaged signature, in "
    "which the message is carried: not imported; save the edition from your mail program as an "
    ".eml file and import that",
    "outlook-attachment": "names an edition and has an attachment in Outlook's own format (a "
    ".msg file or winmail.dat), which cannot be read inside a message: not imported; open it in "
    "Outlook, save the attached message to a folder and import that folder",
}


def _cmd_editions(args: argparse.Namespace, out: TextIO) -> int:
    from tldops_desktop.services.store import database_exists

    if not database_exists(data_dir(args)):
        editions: list[Any] = []
    else:
        with open_store(args) as store:
            editions = store.repo.editions()
    if args.json:
        print_json({"editions": [e.to_json() for e in editions]}, out)
        return EXIT_OK
    if not editions:
        out.write("No editions yet. Import a repository email: tldops import PATH\n")
    for e in editions:
        flags = " ".join(
            f for f in ("current" if e.current else "", "" if e.trusted else "UNTRUSTED") if f
        )
        date = e.date.date().isoformat() if e.date else "?"
        out.write(f"{e.stamp}  {date}  {e.members:4d} members  {e.contacts:4d} contacts  {flags}\n")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    from tldops_desktop.core.query import QueryError
    from tldops_desktop.services import contacts

    with open_store(args) as store:
        try:
            result = contacts.search(store.repo, query_text(args.query), args.region)
        except QueryError as exc:
            raise UserError(
                f"Unknown region {exc}: use AF, AP, EU, LAC, NA (or africa, asia-pacific, europe, "
                "latin-america, north-america) or unknown.",
                code="bad-region",
            ) from None
    note_not_a_member(result.missing, result.edition)
    note_on_edition(result.edition)
    if args.json:
        print_json(
            {
                **edition_json(result.edition),
                "results": [contacts.member_json(m) for m in result.members],
                # What the text output says besides: the word nearest a slip, and the ccTLD
                # named that is not a member (a script sees no stderr note as a reason).
                "suggestion": result.suggestion,
                "not_a_member": _not_member_json(result.missing, result.edition),
            },
            out,
        )
        return EXIT_OK
    if args.tsv:
        _print_tsv(result.members, out)
        return EXIT_OK
    if not result.members:
        out.write(
            f"No member matches {query_text(args.query)!r} in edition {result.edition.stamp}.\n"
        )
        if result.suggestion is not None:
            import shlex

            region = f" --region {shlex.quote(args.region)}" if args.region else ""
            out.write(f"Did you mean: tldops search{region} {shlex.quote(result.suggestion)}\n")
    for member in result.members:
        _print_member(member, out)
    return EXIT_OK


def edition_json(edition: Edition) -> dict[str, Any]:
    """Which edition an answer comes from, and whether the list sent it: a script must see
    an untrusted edition's numbers as such, as the text output shows them."""
    from datetime import UTC

    from tldops_desktop.core.model import edition_date

    when = edition_date(edition)
    return {
        "edition": edition.stamp,
        # The day in UTC, as ``editions --json`` gives its date.
        "edition_date": when.astimezone(UTC).date().isoformat() if when else None,
        "trusted": edition.trusted,
    }


def query_text(words: str | Sequence[str]) -> str:
    """The query as one text: ``search region:EU lefevre``, ``search 06 12 34 52 19``."""
    return typed_text(words if isinstance(words, str) else " ".join(words))


_UNDECODED_BYTE = re.compile("[\udc80-\udcff]")


def typed_text(text: str) -> str:
    """An argument as it was typed: a terminal in Latin-1 or Windows-1252 sends "Müller" as
    bytes that are not UTF-8, which reach Python under the C locale as lone surrogates
    ("M\udcfcller"); read as that terminal wrote them, they find the name."""
    if text.isascii() or not _UNDECODED_BYTE.search(text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:  # a byte Windows-1252 leaves undefined
        return raw.decode("latin-1")


def note_on_edition(edition: Edition, *, stale: bool = True) -> None:
    """On stderr, what a reader of the answer must know about its edition: that the list did
    not send it (its numbers may be forged), and (with ``stale``) that it is old."""
    if not edition.trusted:
        _warn_untrusted(edition.stamp)
    if stale:
        _note_if_stale(edition)


def _warn_untrusted(stamp: str) -> None:
    sys.stderr.write(
        f"tldops: warning: edition {stamp} was NOT sent through the TLD-OPS list; it may be "
        "forged: check its numbers another way before you use them\n"
    )


def _note_if_stale(edition: Edition) -> None:
    from datetime import UTC, datetime

    from tldops_desktop.core.model import edition_date, is_stale

    now = datetime.now(UTC)
    when = edition_date(edition)
    if when is not None and is_stale(edition, now):
        sys.stderr.write(
            f"tldops: note: edition {edition.stamp} is {(now - when).days} days old; a newer "
            "one has probably been sent: tldops import\n"
        )


def _not_member_json(missing: MissingMember | None, edition: Edition) -> dict[str, Any] | None:
    """``search --json``'s account of the ccTLD a query names that is not a member."""
    from tldops_desktop.services.community import not_member_advice

    if missing is None:
        return None
    others = [not_member_advice(ace, edition).to_json() for ace in missing.others]
    return {
        **not_member_advice(missing.ace, edition).to_json(),
        "by_country": missing.by_country,
        "others": others,  # the other countries of that name ("Congo": .cd, then .cg)
    }


def note_not_a_member(missing: MissingMember | None, edition: Edition) -> None:
    """A query that names a ccTLD that is not a member (``ne``, or ``Niger`` by its
    country's name) finds other members by their text (``.ng`` Nigeria): say first (on
    stderr) that the ccTLD itself is not one, as ``show`` does."""
    from tldops_desktop.services.community import (
        not_member_advice,
        not_member_label,
        not_member_sentence,
    )

    if missing is None:
        return
    advice = not_member_advice(missing.ace, edition)
    sys.stderr.write(
        f"tldops: note: {not_member_label(advice)} is not a TLD-OPS member as of edition "
        f"{edition.stamp}. {not_member_sentence(advice)}\n"
    )
    for ace in missing.others:  # "Congo": nor is the other Congo's
        advice = not_member_advice(ace, edition)
        sys.stderr.write(
            f"tldops: note: {not_member_label(advice)} is not a member either. "
            f"{not_member_sentence(advice)}\n"
        )


def _print_tsv(members: Sequence[Member], out: TextIO) -> None:
    """One line per contact, its member's ccTLD on every line: ``grep`` finds a person and
    says whose contact it is. Tabs and line breaks inside a value become spaces."""

    def cell(value: str | None) -> str:
        return " ".join((value or "").split())

    for member in members:
        region = member.effective_region.value if member.effective_region else ""
        for c in member.contacts:
            fields = (
                "." + member.tld.unicode, member.tld.ace, member.country, region,
                c.position_name, c.name, c.email, c.phone, c.phone_e164,
            )  # fmt: skip
            out.write("\t".join(cell(f) for f in fields) + "\n")


def _print_member(member: Member, out: TextIO) -> None:
    label = f".{member.tld.unicode}"
    if member.tld.is_idn:
        label += f" ({member.tld.ace})"
    region = (
        member.region.value
        if member.region
        else (f"{member.region_inferred.value}?" if member.region_inferred else "region unknown")
    )
    out.write(f"{label}  {member.country}  [{region}]\n")
    for c in member.contacts:
        phone = c.phone + (
            f"  ({c.phone_e164})" if c.phone_e164 and c.phone_e164 != c.phone else ""
        )
        out.write(f"  #{c.position} {c.position_name:<9} {c.name}  <{c.email}>  {phone}\n")


def _cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from tldops_desktop.services import contacts

    with open_store(args) as store:
        edition, member = contacts.show(store.repo, typed_text(args.cctld), args.edition)
    note_on_edition(edition, stale=args.edition is None)  # (an edition asked for: old on purpose)
    others = contacts.others_named(edition, typed_text(args.cctld), member)
    note_others_named(typed_text(args.cctld), others)
    if args.json:
        also = [{"ace": ace, "unicode": _unicode_label(ace)} for ace in others]
        print_json({**edition_json(edition), **contacts.member_json(member),
                    "also_named_not_members": also}, out)  # fmt: skip
    elif args.tsv:
        _print_tsv([member], out)
    else:
        warning = "" if edition.trusted else "  UNTRUSTED: not sent through the TLD-OPS list"
        out.write(f"Edition {edition.stamp}{warning}\n")
        _print_member(member, out)
    return EXIT_OK


def note_others_named(text: str, aces: Sequence[str]) -> None:
    """On stderr, that the name ``show`` was given is also another country's, whose ccTLD
    is no member: "Korea" shows .kr, and North Korea's .kp is not a member."""
    from tldops_desktop.core import cctlds

    for ace in aces:
        info = cctlds.lookup(ace)
        country = f" ({info.country})" if info is not None else ""
        sys.stderr.write(
            f"tldops: note: {text!r} is also the name of .{_unicode_label(ace)}{country}, "
            f"which is not a TLD-OPS member: tldops show .{_unicode_label(ace)}\n"
        )


def _unicode_label(ace: str) -> str:
    from tldops_desktop.core.tld import to_unicode

    return to_unicode(ace)  # (an A-label of the ccTLD table: it decodes)


def _cmd_diff(args: argparse.Namespace, out: TextIO) -> int:
    from tldops_desktop.services import contacts

    with open_store(args) as store:
        diff = contacts.compare(store.repo, args.old, args.new)
        trusted = {e.stamp: e.trusted for e in store.repo.editions()}
    for stamp in (diff.old_stamp, diff.new_stamp):
        if not trusted.get(stamp, True):
            _warn_untrusted(stamp)
    if args.json:
        result = contacts.diff_json(diff)
        # Whether the list sent each edition, as show and search say of theirs.
        result["old_trusted"] = trusted.get(diff.old_stamp, True)
        result["new_trusted"] = trusted.get(diff.new_stamp, True)
        print_json(result, out)
    else:
        _print_diff(diff, out)
    return EXIT_OK


def _print_diff(diff: EditionDiff, out: TextIO) -> None:
    out.write(f"Changes from {diff.old_stamp} to {diff.new_stamp}\n")
    if not diff.members:
        out.write("  no changes\n")
    for change in diff.members:
        member = change.new or change.old
        assert member is not None
        out.write(f"  .{member.tld.unicode} {member.country}: {change.kind}\n")
        for f in change.member_fields:
            out.write(f"      {f.field}: {_value(f.old)} -> {_value(f.new)}\n")
        for c in change.contacts:
            person = c.new or c.old
            who = person.name if person else ""
            out.write(f"    contact {c.kind}: {who}\n")
            for f in c.fields:
                out.write(f"      {f.field}: {_value(f.old)} -> {_value(f.new)}\n")


def _value(text: str) -> str:
    return text if text else "(none)"


# -- entry point ------------------------------------------------------------------------------


# C0 and C1 controls but tab and newline: an escape sequence in a contact's name (mail is
# anyone's to write) would retitle, recolour or clear the terminal that shows it.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class SafeOutput:
    """Standard output with the mail's control characters shown as U+FFFD. (JSON escapes
    them anyway; vCards go to ``buffer`` as written, their writer having dropped them.)"""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.written = False  # whether the command printed anything (its JSON, say)

    def write(self, text: str) -> int:
        self.written = self.written or bool(text)
        return self._stream.write(_CONTROLS.sub("\ufffd", text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _configure_streams() -> None:
    _fill_closed_streams()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _fill_closed_streams() -> None:
    """Started with a standard stream closed (``>&-``, ``<&-``: a cron job, some launchers):
    Python has no ``sys.stdout`` (or ``stdin``) then. /dev/null takes its place, on its
    descriptor too, so that the command still does its work (or says what it lacks: a
    passphrase) and no file opened later (a database!) becomes fd 0, 1 or 2."""
    for name, fd, mode in (("stdin", 0, "r"), ("stdout", 1, "w"), ("stderr", 2, "w")):
        if getattr(sys, name) is not None:
            continue
        null = os.open(os.devnull, os.O_RDONLY if mode == "r" else os.O_WRONLY)
        if null != fd:
            os.dup2(null, fd)
            os.close(null)
        setattr(sys, name, open(fd, mode, encoding="utf-8", closefd=False))  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> int:
    _configure_streams()
    logging.basicConfig(level=logging.WARNING, format="tldops: %(message)s")
    arguments = list(sys.argv[1:] if argv is None else argv)
    output = SafeOutput(sys.stdout)
    try:
        return _main(arguments, output)
    except KeyboardInterrupt:
        # Ctrl+C before the command began (its modules load in the first half second): it
        # had done nothing yet.
        return _ErrorOutput(output, as_json=_json_asked(arguments))(
            "interrupted", "interrupted.", 130
        )


def _main(arguments: list[str], output: SafeOutput) -> int:
    parser = build_parser(builtin_only=_command_name(arguments) in BUILTIN_COMMANDS)
    try:
        args = parser.parse_args(arguments)
    except UsageError as exc:
        return _usage_error(exc, _ErrorOutput(output, as_json=_json_asked(arguments)))
    handler: Handler = args.handler
    say = _ErrorOutput(output, as_json=bool(getattr(args, "json", False)))
    try:
        return handler(args, cast(TextIO, output))
    except UsageError as exc:  # a command's own check of its options (export --json -o -)
        return _usage_error(exc, say)
    except UserError as exc:
        return say(exc.code, exc.message, EXIT_USER_ERROR)
    except (Cancelled, KeyboardInterrupt):
        if args.command == "import":
            return say(
                "interrupted",
                "interrupted. Editions stored before stay, each whole; those being "
                "written (up to ten at a time) were not. Run the command again to finish.",
                130,
            )
        return say("interrupted", "interrupted.", 130)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        if not _is_output_error(exc):
            return _internal_error()
        sys.stderr.write(f"tldops: could not write the output: {exc.strerror or exc}.\n")
        return EXIT_USER_ERROR
    except Exception:
        return _internal_error(say)


class _ErrorOutput:
    """How a command's error is told: a line on stderr; with ``--json``, one JSON object
    (``error``, a stable code, and ``message``) on stdout, where the command's JSON goes. Where
    the command printed its JSON before failing (an import's report, whose ``stopped`` names
    the failure), stdout keeps that one object, and the error is the line on stderr."""

    def __init__(self, output: SafeOutput, *, as_json: bool) -> None:
        self.output = output
        self.as_json = as_json

    def __call__(self, code: str, message: str, status: int) -> int:
        if self.as_json and not self.output.written:
            with contextlib.suppress(OSError):  # stdout gone (a closed pipe): stderr instead
                print_json({"error": code, "message": message}, cast(TextIO, self.output))
                self.output.flush()
                return status
        sys.stderr.write(f"tldops: {message}\n")
        return status


def _json_asked(arguments: Sequence[str]) -> bool:
    """Whether ``--json`` is among the options (after ``--`` it is a word, not an option)."""
    options = arguments[: arguments.index("--")] if "--" in arguments else arguments
    return "--json" in options


def _usage_error(exc: UsageError, say: _ErrorOutput) -> int:
    """A usage error: with ``--json``, one JSON object on stdout, as any other error; else
    argparse's own usage and message on stderr."""
    if say.as_json:
        return say("usage", f"{exc.message} (see {exc.parser.prog} --help)", EXIT_USAGE)
    exc.parser.print_usage(sys.stderr)
    sys.stderr.write(f"{exc.parser.prog}: error: {exc.message}\n")
    return EXIT_USAGE


def _is_output_error(exc: OSError) -> bool:
    """Whether writing to standard output failed (a full disk, a closed stream): said as
    such, not taken for a bug. A file a command opens fails with its name, and commands
    turn that into a ``UserError`` already."""
    return exc.filename is None


def _internal_error(say: _ErrorOutput | None = None) -> int:
    try:
        where = f"Details were written to {_write_crash_log()}."
    except Exception:  # the log cannot be written either (a full disk): no traceback shown
        where = "Its details could not be written to the log."
    message = f"an internal error occurred; this is a bug, not something you did. {where}"
    if say is not None:
        return say("internal-error", message, 70)
    sys.stderr.write(f"tldops: {message}\n")
    return 70


def _write_crash_log() -> Path:
    from tldops_desktop.logs import write_crash_report

    return write_crash_report(traceback.format_exc())


if __name__ == "__main__":
    raise SystemExit(main())
