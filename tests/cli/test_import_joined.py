"""``tldops import`` of a file of saved mails joined into one (``cat *.eml > all.eml``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.mailgen.editions import make_edition
from tests.mailgen.messages import edition_message

OCTOBER, NOVEMBER = "20261001-0600", "20261101-0600"


def test_the_newer_edition_in_a_joined_file_becomes_current(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    newer = edition_message(make_edition(NOVEMBER, seed=2, members=8), crlf=True)
    older = edition_message(make_edition(OCTOBER, seed=1, members=8), crlf=True)
    joined = tmp_path / "all.eml"
    joined.write_bytes(older + newer)
    report = run_cli("import", joined, "--json").json()
    assert report["errors"] == []
    assert sorted(report["imported"]) == [OCTOBER, NOVEMBER]
    editions = run_cli("editions", "--json").json()["editions"]
    assert [(e["stamp"], e["current"], e["members"]) for e in editions] == [
        (NOVEMBER, True, 8),
        (OCTOBER, False, 8),
    ]
    again = run_cli("import", joined, "--json").json()
    assert sorted(again["already_present"]) == [OCTOBER, NOVEMBER]
