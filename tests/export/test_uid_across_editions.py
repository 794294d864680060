"""vCard UIDs over months of real imports: each month's email is imported into a real store and
exported, and the cards are read back. A contacts app that honours UIDs updates a person's card
on each import; here that is: one UID per person over all the exports."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import vobject

from tests.export import check_bytes
from tests.mailgen.editions import ExpectedContact, ExpectedEdition, ExpectedMember
from tests.mailgen.messages import build_edition
from tldops_desktop import cli

# (name, email) of the .nl contacts each month: noc@ shared, then Anna's alone, then shared with
# Joost, listed first; then her name re-spelt, then an address of her own.
MONTHS = {
    "20261001-0600": [("Anna Jansen", "noc@sidn.nl"), ("Piet de Vries", "noc@sidn.nl")],
    "20261101-0600": [("Anna Jansen", "noc@sidn.nl")],
    "20261201-0600": [("Joost Bakker", "noc@sidn.nl"), ("Anna Jansen", "noc@sidn.nl")],
    "20270101-0600": [("Joost Bakker", "noc@sidn.nl"), ("Anna Janssen", "noc@sidn.nl")],
    "20270201-0600": [("Anna Janssen", "anna@sidn.nl"), ("Piet de Vries", "noc@sidn.nl")],
}
PEOPLE = {"Anna Jansen": "Anna", "Anna Janssen": "Anna", "Piet de Vries": "Piet",
          "Joost Bakker": "Joost", "Łukasz Wiśniewski": "Łukasz", "Lukasz Wisniewski": "Łukasz"}  # fmt: skip


def edition(stamp: str, index: int) -> ExpectedEdition:
    nl = tuple(
        ExpectedContact(name, email, f"+31 6 1234 56{i:02d}", f"+3161234560{i}")
        for i, (name, email) in enumerate(MONTHS[stamp], 1)
    )
    # A personal address whose name loses its accents every other month.
    name = "Łukasz Wiśniewski" if index % 2 else "Lukasz Wisniewski"
    pl = (ExpectedContact(name, "lukasz@dns.pl", "+48 601 234 567", "+48601234567"),)
    return ExpectedEdition(
        stamp,
        (
            ExpectedMember("nl", "nl", "Netherlands", "EU", nl, phone_region="NL"),
            ExpectedMember("pl", "pl", "Poland", "EU", pl, phone_region="PL"),
        ),
    )


def run(data: Path, *args: str | Path) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(data), *(str(a) for a in args)])
    assert code == 0, err.getvalue()
    return out.getvalue()


def test_each_person_keeps_one_uid_over_monthly_exports(
    tmp_path: Path, data_dir: Path, passphrase: str
) -> None:
    uids: dict[str, set[str]] = {}
    for index, stamp in enumerate(MONTHS):
        mail = tmp_path / f"{stamp}.eml"
        mail.write_bytes(build_edition(edition(stamp, index), seed=index).data)
        assert stamp in run(data_dir, "import", mail)
        for version in ("3.0", "4.0"):
            target = tmp_path / f"{stamp}-{version}.vcf"
            run(data_dir, "export", "--vcard-version", version, "-o", target)
            data = target.read_bytes()
            check_bytes(data)
            read = list(vobject.readComponents(data.decode("utf-8")))
            assert len(read) == len(MONTHS[stamp]) + 1
            assert len({card.uid.value for card in read}) == len(read)
            for card in read:
                uids.setdefault(PEOPLE[card.fn.value], set()).add(card.uid.value)
    assert sorted(uids) == ["Anna", "Joost", "Piet", "Łukasz"]
    assert all(len(person) == 1 for person in uids.values()), uids
    assert len(set.union(*uids.values())) == 4
