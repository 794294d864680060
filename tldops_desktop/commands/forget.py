"""``tldops forget STAMP [--json]``: take an edition out of the database, a backup first.

``tldops_desktop.cli`` is imported inside the handler: it imports this module while it loads.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

Handler = Callable[[argparse.Namespace, TextIO], int]
CommandFactory = Callable[[str, str, Handler], argparse.ArgumentParser]


def register(command: CommandFactory) -> None:
    sub = command(
        "forget",
        "take an edition out of the database (one imported by mistake, an untrusted one say); "
        "a backup is taken first, so tldops restore brings it back",
        _cmd_forget,
    )
    sub.add_argument("stamp", metavar="STAMP", help="the edition's stamp (see tldops editions)")
    sub.add_argument("--json", action="store_true", help="print the result as JSON")


def _cmd_forget(args: argparse.Namespace, out: TextIO) -> int:
    from tldops_desktop import cli
    from tldops_desktop.services.forget import forget_edition
    from tldops_desktop.services.store import Store

    with Store.open(cli.data_dir(args), cli.key_source(args)) as store:
        backup = forget_edition(store.repo, args.stamp)
        current = store.repo.current_stamp()
    if args.json:
        cli.print_json(
            {"forgotten": args.stamp.strip(), "backup": backup.path.name, "current": current},
            out,
        )
        return cli.EXIT_OK
    out.write(f"Edition {args.stamp.strip()} is no longer in the database.\n")
    out.write(f"Current edition: {current or 'none'}.\n")
    out.write(
        f"The database as it was is in the backup {backup.path.name} (tldops restore "
        f"{backup.path.name} brings it back). A re-check does not read it again from mail "
        "already read; tldops import --rescan does.\n"
    )
    return cli.EXIT_OK
