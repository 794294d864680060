"""``tldops import`` of paths that are odd: what they are, said in words a user can read."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

needs_posix = pytest.mark.skipif(os.name == "nt", reason="links and named pipes as on POSIX")


@needs_posix
def test_a_link_to_nothing_and_a_named_pipe_are_named(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    link = tmp_path / "Inbox"
    link.symlink_to("/media/backup/Mail/Inbox")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run_cli("import", link, fifo)
    assert result.code == 1
    assert (
        f"problem: {link}: is a link to a file or folder that does not exist "
        "(/media/backup/Mail/Inbox)\n" in result.out
    )
    assert f"problem: {fifo}: is a named pipe, not a file: save what it gives to a file" in (
        result.out
    )
    assert run_cli("sources", "list", "--json").json() == {"sources": []}
