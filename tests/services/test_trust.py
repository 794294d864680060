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


def test_the_lists_former_identities_are_kept_and_read_back(tmp_path: Path) -> None:
    moved = DEFAULT_IDENTITY.moved_to(MOVED.triple)
    assert moved.triple == MOVED.triple and moved.former == (DEFAULT_IDENTITY.triple,)
    save_identity(tmp_path, moved)
    assert load_identity(tmp_path) == moved
    assert moved.moved_to(DEFAULT_IDENTITY.triple).former == (MOVED.triple,)  # moved back


def test_an_unreadable_file_is_said(tmp_path: Path) -> None:
    told: list[str] = []
    assert load_identity(tmp_path, told.append) == DEFAULT_IDENTITY
    assert told == []  # no file: nothing to say
    (tmp_path / TRUST_FILE).write_text('{"list_id": "x",}', encoding="utf-8")
    assert load_identity(tmp_path, told.append) == DEFAULT_IDENTITY
    assert len(told) == 1


def test_a_data_folder_that_is_no_folder_is_not_said_twice(tmp_path: Path) -> None:
    """Under a file (HOME set to a file, --data-dir a file's child) there is no trust.json
    to read: the command's own message says what is wrong with the folder."""
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    told: list[str] = []
    assert load_identity(tmp_path / "a-file" / "data", told.append) == DEFAULT_IDENTITY
    assert told == []


def test_a_file_of_another_shape_is_said_in_words(tmp_path: Path) -> None:
    told: list[str] = []
    for text in ("[]", '"x"', "{}", '{"list_id": 5, "former": 7}'):
        (tmp_path / TRUST_FILE).write_text(text, encoding="utf-8")
        assert load_identity(tmp_path, told.append) == DEFAULT_IDENTITY
    assert told and all(why == "its content is not valid" for why in told), told


def test_values_the_list_cannot_have_leave_trust_as_strict_as_shipped(tmp_path: Path) -> None:
    """trust.json damaged or edited by hand: a number, a List-Id with spaces, an address
    without '@', a huge one: never the identity a cron job's import judges by."""
    import json

    sound = dict(zip(("list_id", "list_address", "bounce_address"), MOVED.triple, strict=True))
    for field, value in (
        ("list_id", 42),
        ("list_id", "tld ops list"),
        ("list_id", "<" + MOVED.list_id + ">"),
        ("list_address", "tld-ops at lists.example.org"),
        ("bounce_address", "x" * 100_000 + "@example.org"),
        ("bounce_address", ["tld-ops-bounces@lists.example.org"]),
    ):
        why: list[str] = []
        (tmp_path / TRUST_FILE).write_text(json.dumps({**sound, field: value}), encoding="utf-8")
        assert load_identity(tmp_path, why.append) == DEFAULT_IDENTITY, (field, value)
        assert why == ["its content is not valid"]
    (tmp_path / TRUST_FILE).write_text(
        json.dumps({**sound, "former": [["a b", "c@d.e", "f@g.h"]]}), encoding="utf-8"
    )
    assert load_identity(tmp_path) == DEFAULT_IDENTITY
    (tmp_path / TRUST_FILE).write_text(json.dumps(sound), encoding="utf-8")
    assert load_identity(tmp_path) == MOVED
