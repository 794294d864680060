"""``tldops restore [--list] [BACKUP] [--json]``: put an automatic encrypted backup back.

``tldops_desktop.cli`` is imported inside the handler: it imports this module while it loads.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from tldops_desktop.storage.backup import backup_dir, find_backup, list_backups, restore_backup
from tldops_desktop.storage.keys import existing_key_info

Handler = Callable[[argparse.Namespace, TextIO], int]
CommandFactory = Callable[[str, str, Handler], argparse.ArgumentParser]


def register(command: CommandFactory) -> None:
    sub = command(
        "restore",
        "put back an automatic backup of the database (taken before each import); "
        "the current database is kept aside, never deleted",
        _cmd_restore,
    )
    sub.add_argument(
        "backup", nargs="?", metavar="BACKUP",
        help="a backup's file name (see --list) or path; default: the last one taken",
    )  # fmt: skip
    sub.add_argument(
        "--list", action="store_true", help="list the backups, the last one taken first"
    )
    sub.add_argument("--json", action="store_true", help="print the result as JSON")


def _size(size: int) -> str:
    return f"{size / 2**20:.1f} MiB" if size >= 2**20 else f"{max(1, size // 1024)} KiB"


def _cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from tldops_desktop import cli

    folder = cli.data_dir(args)
    if args.list:
        backups = list_backups(folder)
        if args.json:
            cli.print_json({"backups": [b.to_json() for b in backups]}, out)
        elif not backups:
            out.write(
                f"No backups in {backup_dir(folder)}. A backup is taken before each import "
                "that changes the database.\n"
            )
        else:
            for n, b in enumerate(backups):
                taken = b.taken_at.strftime("%Y-%m-%d %H:%M:%S UTC")
                holds = f"  edition {b.edition}" if b.edition else ""
                newest = "  (newest)" if n == 0 else ""
                out.write(f"{b.path.name}  {taken}  {_size(b.size):>9}{holds}{newest}\n")
        return cli.EXIT_OK
    backup = find_backup(folder, args.backup)  # before asking for a key: fail fast
    keys = cli.key_source(args)
    info, marked = existing_key_info(folder, keys.keyring)
    key = keys.key_for_existing(folder, info, marked=marked)
    result = restore_backup(folder, Path(backup.path), key)
    if args.json:
        cli.print_json(result.to_json(), out)
        return cli.EXIT_OK
    taken = result.restored.taken_at.strftime("%Y-%m-%d %H:%M:%S UTC")
    name = result.restored.path.name
    if args.backup is not None:
        out.write(f"Restored the backup {name} (taken {taken}).\n")
    else:
        out.write(f"Restored the backup {name}, the last one taken (taken {taken}).\n")
        if any(b.taken_at > backup.taken_at for b in list_backups(folder)):
            out.write(
                "Its time is earlier than another backup's: the computer's clock was set "
                "back in between. Backups are told apart by the order they were taken in.\n"
            )
    if result.kept_aside is not None:
        out.write(f"The database as it was before is kept as {result.kept_aside}.\n")
    out.write("Editions imported after the backup was taken: import your mailbox again.\n")
    return cli.EXIT_OK
