"""``tldops start-over [--yes] [--json]``: keep the data folder aside, renamed, and start a new
one in its place, as the app's *Start a new data folder…* does (a keyring that lost the key,
a forgotten passphrase). Nothing is deleted.

``tldops_desktop.cli`` is imported inside the handler: it imports this module while it loads.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from tldops_desktop.errors import UserError

Handler = Callable[[argparse.Namespace, TextIO], int]
CommandFactory = Callable[[str, str, Handler], argparse.ArgumentParser]


def register(command: CommandFactory) -> None:
    sub = command(
        "start-over",
        "when the database cannot be opened any more (the keyring lost its key, the "
        "passphrase is forgotten): keep the data folder whole under a new name, "
        "<folder>-kept-<date>-<time>, and start a new one in its place with the remembered "
        "mailboxes and the list's identity; nothing is deleted",
        _cmd_start_over,
    )
    sub.add_argument(
        "--yes", action="store_true",
        help="do it without asking (for scripts; else asked on the terminal)",
    )  # fmt: skip
    sub.add_argument("--json", action="store_true", help="print the result as JSON")


def _cmd_start_over(args: argparse.Namespace, out: TextIO) -> int:
    from tldops_desktop import cli
    from tldops_desktop.paths import shown_path
    from tldops_desktop.services.store import database_exists, start_over

    folder = cli.data_dir(args)
    if not database_exists(folder):
        raise UserError(
            f"There is no database in {shown_path(str(folder))} to set aside: nothing was "
            "changed. Import into it: tldops import PATH",
            code="no-database",
        )
    if not args.yes and not _confirmed(Path(shown_path(str(folder)))):
        raise UserError(
            f"{shown_path(str(folder))} was left as it is. To keep it aside and start a new "
            "data folder in its place, run tldops start-over --yes (nothing is deleted).",
            code="not-confirmed",
        )
    fresh = start_over(folder)
    if args.json:
        cli.print_json(
            {"data_dir": str(folder), "kept": str(fresh.kept),
             "carried_over": fresh.carried_over},
            out,
        )  # fmt: skip
        return cli.EXIT_OK
    kept = shown_path(str(fresh.kept))
    out.write(
        f"The data folder as it was is kept, whole and untouched, as {kept}: it opens again "
        f"with tldops --data-dir {kept} once its key or passphrase is found.\n"
    )
    carried = (
        f" It holds a copy of {' and '.join(fresh.carried_over)} (the remembered mailboxes, "
        "the list's identity)."
        if fresh.carried_over
        else ""
    )
    out.write(f"A new data folder is ready in {shown_path(str(folder))}.{carried}\n")
    again = "tldops import" if "sources.json" in fresh.carried_over else "tldops import MAILBOX"
    out.write(
        f"Next: {again}, to import the repository emails again. The new database is "
        "protected by the system keyring, or by a passphrase (TLDOPS_PASSPHRASE, "
        "--passphrase-file) where one is given or there is no keyring.\n"
    )
    return cli.EXIT_OK


def _confirmed(folder: Path) -> bool:
    """Asked on the terminal; never where no one can answer (a script must say --yes)."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return False
    sys.stderr.write(
        f"Keep {folder} aside, renamed, and start a new data folder in its place? Nothing is "
        "deleted. Type yes to go on: "
    )
    sys.stderr.flush()
    return sys.stdin.readline().strip().casefold() in ("yes", "y")
