"""``tldops sources``: find mail stores, and the remembered sources ``tldops import`` re-checks.

``tldops sources discover [--json]`` lists the stores of the mail clients in their standard
places (nothing is read but folder listings and sizes); ``tldops sources list|add PATH|remove
PATH [--json]`` keeps the remembered list. ``tldops_desktop.cli`` is imported inside the
handlers, as it imports this module while it loads.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, TextIO

from tldops_desktop.cli_progress import human_size
from tldops_desktop.mail.discover import NOTE_EXPORT_NEEDED, NOTE_NEEDS_EXTRA, MailStore
from tldops_desktop.mail.outlook import EXTRA_HINT
from tldops_desktop.paths import shown_path
from tldops_desktop.services import sources

Handler = Callable[[argparse.Namespace, TextIO], int]
CommandFactory = Callable[[str, str, Handler], argparse.ArgumentParser]


def register(command: CommandFactory) -> None:
    sub = command(
        "sources",
        "find your mail stores, and the mail sources `tldops import` re-checks with no PATH",
        _cmd_help,
    )
    actions = sub.add_subparsers(dest="sources_action", metavar="ACTION")
    discover = actions.add_parser(
        "discover",
        help="list the mail stores of Thunderbird, Evolution, KMail, Claws Mail, Apple Mail "
        "and Outlook in their usual places (reads nothing but folder listings and sizes)",
    )
    discover.set_defaults(handler=_cmd_discover)
    listing = actions.add_parser("list", help="list the remembered mail sources")
    listing.set_defaults(handler=_cmd_list)
    add = actions.add_parser("add", help="remember a mailbox, folder or mail store")
    add.add_argument("path", metavar="PATH", help="an mbox, Maildir, MH folder or mail store")
    add.set_defaults(handler=_cmd_add)
    remove = actions.add_parser("remove", help="forget a remembered mail source")
    remove.add_argument("path", metavar="PATH", help="as `tldops sources list` shows it")
    remove.set_defaults(handler=_cmd_remove)
    from tldops_desktop.cli import global_options  # (loaded by now: it is building parsers)

    for parser in (discover, listing, add, remove):
        parser.add_argument("--json", action="store_true", help="print JSON")
        global_options(parser, suppress=True)  # "tldops sources list --data-dir DIR" too
    sub.set_defaults(sources_parser=sub)


def _cmd_help(args: argparse.Namespace, out: TextIO) -> int:
    """``tldops sources`` without an action: a usage error, its help on stderr."""
    args.sources_parser.print_help(sys.stderr)
    return 2


def _data_dir(args: argparse.Namespace) -> Any:
    from tldops_desktop.cli import data_dir

    return data_dir(args)


def _print_json(data: Any, out: TextIO) -> None:
    from tldops_desktop.cli import print_json

    print_json(data, out)


def _note_text(store: MailStore) -> str:
    if store.note == NOTE_NEEDS_EXTRA:
        return f"  (needs the Outlook extra: {EXTRA_HINT})"
    if store.note == NOTE_EXPORT_NEEDED:
        return "  (not readable: save the messages as .eml files, or export them, first)"
    return ""


def _cmd_discover(args: argparse.Namespace, out: TextIO) -> int:
    stores = sources.discover_stores()
    remembered = {s.path for s in sources.list_sources(_data_dir(args))}
    if args.json:
        _print_json(
            {"stores": [{**s.to_json(), "remembered": str(s.path) in remembered} for s in stores]},
            out,
        )
        return 0
    if not stores:
        out.write(
            "No mail store found in the usual places. Name your mailbox yourself: "
            "tldops sources add PATH\n"
        )
        return 0
    for store in stores:
        mark = "*" if str(store.path) in remembered else " "
        out.write(
            f"{mark} {store.client:<11} {human_size(store.size):>10}  {shown_path(str(store.path))}"
            f"{_note_text(store)}\n"
        )
    out.write("Remember one with: tldops sources add PATH  (* = remembered)\n")
    return 0


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    items = sources.list_sources(_data_dir(args))
    if args.json:
        _print_json({"sources": [s.to_json() for s in items]}, out)
        return 0
    if not items:
        out.write(
            "No remembered mail sources. Add one (tldops sources add PATH), or import from one "
            "(tldops import PATH): it is remembered.\n"
        )
    for item in items:
        client = f"  ({item.client})" if item.client else ""
        out.write(f"{shown_path(item.path)}{client}\n")
    return 0


def _cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    folder = _data_dir(args)
    known = {s.path for s in sources.list_sources(folder)}
    source = sources.add_source(folder, args.path)
    if args.json:
        _print_json({"added": source.path not in known, "source": source.to_json()}, out)
    elif source.path in known:
        out.write(f"Already remembered: {shown_path(source.path)}\n")
    else:
        out.write(f"Remembered: {shown_path(source.path)}\n")
    return 0


def _cmd_remove(args: argparse.Namespace, out: TextIO) -> int:
    source = sources.remove_source(_data_dir(args), args.path)
    if args.json:
        _print_json({"removed": source.to_json()}, out)
    else:
        out.write(f"Forgotten: {shown_path(source.path)}\n")
    return 0
