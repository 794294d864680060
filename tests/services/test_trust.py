"""The trusted list identity written beside the database for ``tldops import``."""

from __future__ import annotations

from pathlib import Path

from tldops_desktop.mail.identity import DEFAULT_IDENTITY, ListIdentity
from tldops_desktop.services.trust import TRUST_FILE, load_identity, save_identity

MOVED = ListIdentity(
    "tld-ops.lists.example.org", "tld-ops@lists.example.org", "tld-ops-bounces@lists.example.org"
)


def test_the_default_needs_no_file(tmp_path: Path) -> None:
    save_identity(tmp_path, DEFAULT_IDENTITY)
    assert not (tmp_path / TRUST_FILE).exists()
    assert load_identity(tmp_path) == DEFAULT_IDENTITY


def test_a_moved_list_is_written_and_read_back_and_reset(tmp_path: Path) -> None:
    save_identity(tmp_path, MOVED)
    assert load_identity(tmp_path) == MOVED
    save_identity(tmp_path, DEFAULT_IDENTITY)  # set back in Settings: written back too
    assert load_identity(tmp_path) == DEFAULT_IDENTITY


def test_a_damaged_or_partial_file_leaves_trust_as_strict_as_shipped(tmp_path: Path) -> None:
    for text in ("{not json", '{"list_id": "x"}', '{"list_id": "", "list_address": "", '
                 '"bounce_address": ""}', "[]"):  # fmt: skip
        (tmp_path / TRUST_FILE).write_text(text, encoding="utf-8")
        assert load_identity(tmp_path) == DEFAULT_IDENTITY


def test_a_folder_not_made_yet_is_left_alone(tmp_path: Path) -> None:
    save_identity(tmp_path / "not-yet", MOVED)
    assert not (tmp_path / "not-yet").exists()
