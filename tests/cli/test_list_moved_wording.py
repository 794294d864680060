"""An edition stored trusted, re-imported after the list's identity changed in ``trust.json``
without the old one kept as ``former``: its copy is judged untrusted now, but the edition
stored is trusted and current as any; the report must not say it is current "only while no
trusted edition is stored"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.mailgen.editions import make_edition
from tests.mailgen.messages import build_edition
from tldops_desktop.services.trust import TRUST_FILE

OCT, NOV = "20261001-0600", "20261101-0600"
MOVED = {
    "list_id": "tld-ops.lists.example.org",
    "list_address": "tld-ops@lists.example.org",
    "bounce_address": "tld-ops-bounces@lists.example.org",
}
ONLY_WHILE = "current only while no trusted edition is stored"


@pytest.fixture
def october(tmp_path: Path) -> Path:
    path = tmp_path / "october.eml"
    path.write_bytes(build_edition(make_edition(OCT, seed=21, members=5), seed=21).data)
    return path


def test_a_copy_of_an_edition_stored_trusted_is_not_called_current_only_while(
    october: Path, data_dir: Path, passphrase: str, run_cli: Any
) -> None:
    assert run_cli("import", october).code == 0  # judged by the old identity: trusted
    (data_dir / TRUST_FILE).write_text(json.dumps(MOVED), encoding="utf-8")
    again = run_cli("import", october, "--json").json()
    (copy,) = again["untrusted"]
    assert copy["reason"] == "foreign-list-id"
    assert copy["already_present"] is True and copy["stored_trusted"] is True
    text = run_cli("import", october, "--rescan").out
    assert ONLY_WHILE not in text
    assert (
        "already in the database as a trusted edition (a copy sent through the list was "
        "stored before); this copy changes nothing" in text
    )
    assert "import anyway with --allow-untrusted" not in text
    (stored,) = run_cli("editions", "--json").json()["editions"]
    assert stored["trusted"] is True and stored["current"] is True  # as the report says


def test_an_untrusted_edition_stored_on_request_still_says_so(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    spoof = tmp_path / "spoof.eml"
    edition = make_edition(NOV, seed=22, members=5)
    spoof.write_bytes(build_edition(edition, seed=22, trusted=False).data)
    assert run_cli("import", spoof, "--allow-untrusted").code == 0
    again = run_cli("import", spoof, "--json", "--rescan").json()
    (copy,) = again["untrusted"]
    assert copy["already_present"] is True and copy["stored_trusted"] is False
    text = run_cli("import", spoof, "--rescan").out
    assert f"already in the database; {ONLY_WHILE}" in text
