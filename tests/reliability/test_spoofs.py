"""Spoofs: a repository subject not sent through the list, with a later stamp and other phone
numbers, in every wrapper (the message itself, a part of a digest, a forwarded attachment, a
copy of the list's DMARC wrapper) and several mailbox kinds. Never current without
``--allow-untrusted``, always named in the report; with it, imported and marked, and still
never current while a trusted edition exists.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.mailgen.containers import MaildirWriter, write_eml, write_mbox
from tests.mailgen.editions import ExpectedEdition, change_phones, next_month, with_stamp
from tests.mailgen.messages import (
    DigestItem,
    build_edition,
    digest_message,
    dmarc_wrapped_message,
    forward_message,
    stamp_datetime,
    strip_list_headers,
)
from tests.mailgen.scenario import edition_chain

GENUINE = "20261101-0600"
CONTAINER_OF = {"plain": "message", "digest": "digest", "forward": "forward", "wrap": "forward"}


def _editions() -> tuple[ExpectedEdition, ExpectedEdition]:
    (genuine,) = edition_chain([GENUINE], seed=11, members=25)
    spoof = change_phones(with_stamp(genuine, next_month(GENUINE, 2)), seed=5, fraction=0.6)
    return genuine, spoof


def _spoof_message(spoof: ExpectedEdition, wrapper: str) -> bytes:
    built = build_edition(spoof, trusted=False, seed=3)
    when = stamp_datetime(spoof.stamp)
    if wrapper == "plain":
        return built.data
    if wrapper == "digest":  # a digest some other list (or anybody) sent
        item = DigestItem(built.data, built.subject, "TLD-OPS Repository")
        return digest_message([item], volume=9, issue=1, date=when, from_list=False, seed=4)
    if wrapper == "wrap":  # the list's wrapper as anybody can write it: From the list
        return strip_list_headers(dmarc_wrapped_message(spoof, mailman="3", footer=True))
    return forward_message(built.data, built.subject, date=when + timedelta(days=1), seed=6)


def _write(folder: Path, kind: str, messages: list[bytes]) -> Path:
    if kind == "mbox":
        write_mbox(folder / "Inbox.mbox", messages)
        return folder / "Inbox.mbox"
    if kind == "maildir":
        writer = MaildirWriter(folder / "Maildir", seed=1)
        for data in messages:
            writer.add(data)
        return folder / "Maildir"
    for n, data in enumerate(messages):
        write_eml(folder / "saved" / f"{n}.eml", data)
    return folder / "saved"


def _changed(genuine: ExpectedEdition, spoof: ExpectedEdition) -> list[tuple[str, str, str]]:
    """(ace, genuine e164, spoofed e164) of first contacts whose phone the spoof changed."""
    out = []
    for real, fake in zip(genuine.members, spoof.members, strict=True):
        a, b = real.contacts[0].phone_e164, fake.contacts[0].phone_e164
        if a and b and a != b:
            out.append((real.ace, a, b))
    return out


def _first_phone(shown: dict[str, Any]) -> str:
    return str(shown["contacts"][0]["phone_e164"])


@pytest.mark.parametrize("kind", ["mbox", "maildir", "eml"])
@pytest.mark.parametrize("wrapper", ["plain", "digest", "forward", "wrap"])
def test_a_spoof_is_never_current_and_always_named(
    run_cli: Any, passphrase: str, tmp_path: Path, wrapper: str, kind: str
) -> None:
    genuine, spoof = _editions()
    changed = _changed(genuine, spoof)
    assert changed and spoof.stamp > genuine.stamp
    mailbox = _write(
        tmp_path / "mail", kind, [_spoof_message(spoof, wrapper), build_edition(genuine).data]
    )

    # Without the user's choice: not imported, and named (stamp, message, container, source).
    done = run_cli("import", mailbox, "--json")
    assert done.code == 0, done.err
    report = done.json()
    assert report["imported"] == [GENUINE]
    (named,) = report["untrusted"]
    assert named["stamp"] == spoof.stamp and not named["imported"]
    assert named["container"] == CONTAINER_OF[wrapper]
    assert named["reason"] and named["message_id"] and named["source"]
    text = run_cli("import", mailbox, "--rescan", "--dry-run")
    assert f"untrusted: {spoof.stamp}" in text.out and "NOT imported" in text.out
    assert "--allow-untrusted" in text.out
    editions = run_cli("editions", "--json").json()["editions"]
    assert [e["stamp"] for e in editions] == [GENUINE]

    # With it: imported, marked untrusted, and still not current; the genuine phones rule.
    done = run_cli("import", mailbox, "--allow-untrusted", "--rescan", "--json")
    assert done.code == 0, done.err
    report = done.json()
    assert report["imported"] == [spoof.stamp]
    assert report["untrusted"][0]["imported"] is True
    infos = {e["stamp"]: e for e in run_cli("editions", "--json").json()["editions"]}
    assert infos[spoof.stamp]["trusted"] is False and infos[spoof.stamp]["current"] is False
    assert infos[GENUINE]["current"] is True
    ace, real_phone, fake_phone = changed[0]
    shown = run_cli("show", ace, "--json").json()
    assert shown["edition"] == GENUINE and _first_phone(shown) == real_phone
    found = run_cli("search", fake_phone, "--json").json()
    assert found["edition"] == GENUINE
    assert all(_first_phone(m) != fake_phone for m in found["results"])
    # Only when asked for by its stamp is the spoof shown.
    asked = run_cli("show", ace, "--edition", spoof.stamp, "--json").json()
    assert _first_phone(asked) == fake_phone


def test_the_lists_copy_replaces_a_spoof_of_the_same_stamp_imported_on_request(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    """A spoof imported with --allow-untrusted before any trusted copy arrived does not block
    the genuine edition when it comes: it takes the spoof's place, and the spoof is kept on
    record as a conflict."""
    genuine, _ = _editions()
    forged = change_phones(genuine, seed=9, fraction=0.6)
    spoof = tmp_path / "spoof.eml"
    write_eml(spoof, build_edition(forged, trusted=False, seed=3).data)
    done = run_cli("import", spoof, "--allow-untrusted")
    assert done.code == 0 and "current only while no trusted edition is stored" in done.out
    shown = run_cli("show", genuine.members[0].ace)
    assert "UNTRUSTED: not sent through the TLD-OPS list" in shown.out

    real = tmp_path / "real.eml"
    write_eml(real, build_edition(genuine).data)
    done = run_cli("import", real)
    assert done.code == 0, done.err
    assert f"imported: {GENUINE}" in done.out
    assert "the list's own copy took the place of one imported without the list's word" in done.out
    (info,) = run_cli("editions", "--json").json()["editions"]
    assert info["trusted"] is True and info["current"] is True
    ace, real_phone, _fake = _changed(genuine, forged)[0]
    assert _first_phone(run_cli("show", ace, "--json").json()) == real_phone


def test_the_lists_copy_of_the_same_contacts_vouches_for_an_untrusted_edition(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    """The list's copy of an edition stored untrusted, with the very same contacts: the
    edition is the list's from then on, and the report says so (it may now be current)."""
    genuine, _ = _editions()
    spoof = tmp_path / "early.eml"
    write_eml(spoof, build_edition(genuine, trusted=False, seed=3).data)
    assert run_cli("import", spoof, "--allow-untrusted").code == 0
    again = run_cli("import", spoof, "--json").json()  # found again, without the flag
    assert [(u["imported"], u["already_present"]) for u in again["untrusted"]] == [(True, True)]
    real = tmp_path / "real.eml"
    write_eml(real, build_edition(genuine).data)
    done = run_cli("import", real, "--json").json()
    assert done["imported"] == [GENUINE]
    assert [n["code"] for n in done["notes"] if n["line"] == 0] == ["replaced-untrusted"]
    (info,) = run_cli("editions", "--json").json()["editions"]
    assert info["trusted"] is True and info["current"] is True
    assert "early" not in info["source"] and "real.eml" in info["source"]


def test_diff_with_one_trusted_edition_tells_how_to_compare_an_untrusted_one(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    genuine, spoof = _editions()
    write_eml(tmp_path / "real.eml", build_edition(genuine).data)
    write_eml(tmp_path / "spoof.eml", build_edition(spoof, trusted=False, seed=3).data)
    assert run_cli("import", tmp_path / "real.eml").code == 0
    assert run_cli("import", tmp_path / "spoof.eml", "--allow-untrusted").code == 0
    done = run_cli("diff")
    assert done.code == 1
    assert f"tldops diff {spoof.stamp} {GENUINE}" in done.err
    compared = run_cli("diff", GENUINE, spoof.stamp, "--json").json()
    assert (compared["old_trusted"], compared["new_trusted"]) == (True, False)


def test_an_untrusted_edition_imported_by_mistake_can_be_forgotten_and_restored(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    """Even as the first import into a new database: a backup is taken before it goes."""
    _genuine, spoof = _editions()
    write_eml(tmp_path / "spoof.eml", build_edition(spoof, trusted=False, seed=3).data)
    assert run_cli("import", tmp_path / "spoof.eml", "--allow-untrusted").code == 0
    done = run_cli("forget", spoof.stamp, "--json")
    assert done.code == 0, done.err
    result = done.json()
    assert result["forgotten"] == spoof.stamp and result["current"] is None
    assert run_cli("editions", "--json").json()["editions"] == []
    assert run_cli("forget", spoof.stamp).code == 1  # no such edition any more
    assert run_cli("restore", result["backup"]).code == 0
    (info,) = run_cli("editions", "--json").json()["editions"]
    assert info["stamp"] == spoof.stamp and info["trusted"] is False
