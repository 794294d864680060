"""``tldops nonmembers``, ``coverage``, ``request`` and the not-a-member advice of ``show``."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from tests.conftest import LAYOUT_A, LAYOUT_B, SMALL_MBOX, expected_edition
from tldops_desktop.core import cctlds

CURRENT = "20261101-0600"
REGIONS = ("AF", "AP", "EU", "LAC", "NA")
AO = ("--contact", "Ana Domingos|ana@dns.ao|+244 923 123 456",
      "--contact", "Bento Lopes|bento@dns.ao|00244 912 345 678")  # fmt: skip


@pytest.fixture
def imported(passphrase: str, run_cli: Any) -> Any:
    result = run_cli("import", LAYOUT_A, LAYOUT_B, SMALL_MBOX, "--json")
    assert result.code == 0, result.err
    return run_cli


def expected_members() -> dict[str, dict[str, Any]]:
    return {m["ace"]: m for m in expected_edition()["members"]}


def delegated_rows() -> list[cctlds.CcTldInfo]:
    return [r for r in cctlds.all_cctlds() if not r.retired]


def expected_nonmembers(region: str | None = None) -> list[dict[str, Any]]:
    members = expected_members()
    rows = [r for r in delegated_rows()
            if r.ace not in members and (region is None or r.region == region)]  # fmt: skip
    rows.sort(key=lambda r: (REGIONS.index(r.region), r.unicode.casefold(), r.ace))
    return [{"tld": {"ace": r.ace, "unicode": r.unicode}, "country": r.country,
             "region": r.region} for r in rows]  # fmt: skip


def decode_mailto(url: str) -> dict[str, str]:
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    query = {k: v[0] for k, v in parse_qs(parts.query, strict_parsing=True).items()}
    return {"to": unquote(parts.path), **query}


# -- nonmembers and coverage ------------------------------------------------------------------


def test_nonmembers_json_matches_the_sample_edition(imported: Any) -> None:
    result = imported("nonmembers", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["edition"] == CURRENT
    assert data["nonmembers"] == expected_nonmembers()
    members = set(expected_members())
    delegated = delegated_rows()
    coverage = data["coverage"]
    assert coverage["covered"] == sum(1 for r in delegated if r.ace in members)
    assert coverage["delegated"] == len(delegated)
    assert coverage["members"] == len(members)
    assert coverage["outside_table"] == ["an"]
    assert coverage["non_members"] == len(data["nonmembers"])
    for region in REGIONS:
        in_region = [r for r in delegated if r.region == region]
        assert coverage["regions"][region]["covered"] == sum(
            1 for r in in_region if r.ace in members
        )
        assert coverage["regions"][region]["delegated"] == len(in_region)
    assert data["table"] == {"source": cctlds.TABLE_SOURCE, "date": cctlds.TABLE_DATE}


@pytest.mark.parametrize("region", ["lac", "AF", "Na"])
def test_nonmembers_region(imported: Any, region: str) -> None:
    data = imported("nonmembers", "--region", region, "--json").json()
    assert data["region"] == region.upper()
    assert data["nonmembers"] == expected_nonmembers(region.upper())


def test_nonmembers_text(imported: Any) -> None:
    result = imported("nonmembers", "--region", "LAC")
    assert result.code == 0
    out = result.out
    assert out.startswith(f"Edition {CURRENT}: ")
    assert "LAC: " in out and "\nAF: " not in out
    for row in expected_nonmembers("LAC"):
        assert f".{row['tld']['unicode']}" in out and row["country"] in out
    assert "tldops request join" in out


def test_nonmembers_of_an_older_edition_and_bad_region(imported: Any) -> None:
    data = imported("nonmembers", "--edition", "20261001-0600", "--json").json()
    assert data["edition"] == "20261001-0600"
    assert data["nonmembers"] == expected_nonmembers()
    bad = imported("nonmembers", "--region", "MARS")
    assert bad.code == 1 and "Unknown region" in bad.err and "Traceback" not in bad.err


def test_coverage_per_edition_and_region(imported: Any) -> None:
    data = imported("coverage", "--json").json()
    stamps = [e["edition"] for e in data["editions"]]
    assert stamps == sorted(stamps) and stamps[-1] == CURRENT
    assert "20991201-0600" not in stamps  # the spoof is not counted
    assert stamps == ["20260601-0600", "20260701-0600", "20260801-0600", "20261001-0600", CURRENT]
    current = data["editions"][-1]
    assert current == imported("nonmembers", "--json").json()["coverage"]
    assert set(current["regions"]) == set(REGIONS)
    text = imported("coverage").out
    assert text.splitlines()[0].split() == ["edition", "overall", *REGIONS]
    assert CURRENT in text and ".an" in text


def test_commands_without_a_database(passphrase: str, run_cli: Any) -> None:
    for args in (("nonmembers",), ("coverage",)):
        result = run_cli(*args)
        assert result.code == 1 and "Import a repository email first" in result.err


# -- show -------------------------------------------------------------------------------------


def test_show_non_member_says_what_to_do(imported: Any) -> None:
    result = imported("show", ".ao")
    assert result.code == 1 and result.out == ""
    assert f".ao is not a TLD-OPS member as of edition {CURRENT}." in result.err
    assert "https://www.iana.org/domains/root/db/ao.html" in result.err
    assert "administrative contact" in result.err


def test_show_unknown_label_says_it_is_not_delegated(imported: Any) -> None:
    result = imported("show", ".xy")
    assert result.code == 1
    assert f".xy is not a TLD-OPS member as of edition {CURRENT}." in result.err
    assert "not a delegated ccTLD" in result.err
    assert "iana.org" not in result.err


# -- request ----------------------------------------------------------------------------------


def test_request_join_writes_an_eml(imported: Any, tmp_path: Path) -> None:
    target = tmp_path / "join-ao.eml"
    result = imported("request", "join", ".ao", *AO, "--admin", "admin@dns.ao",
                      "--name", "Ana Domingos", "-o", target)  # fmt: skip
    assert result.code == 0, result.err
    assert str(target) in result.out and "admin@dns.ao" in result.out
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert message["To"] == "ccnsosecretariat@icann.org"
    assert message["Cc"] == "admin@dns.ao"
    assert message["Subject"] == "TLD-OPS subscription request: .ao"
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    body = part.get_content()
    for line in ("Name: Ana Domingos", "Email address: ana@dns.ao",
                 "Mobile phone number: +244 923123456", "Name: Bento Lopes",
                 "Mobile phone number: +244 912345678"):  # fmt: skip
        assert line in body
    assert "I confirm that" in body


def test_request_leaves_an_existing_file_unless_forced(
    imported: Any, tmp_path: Path, data_dir: Path
) -> None:
    target = tmp_path / "join-ao.eml"
    target.write_text("a draft of my own\n")
    args = ("request", "join", ".ao", *AO, "--admin", "admin@dns.ao", "-o")
    result = imported(*args, target)
    assert result.code == 1 and "exists; nothing was written" in result.err
    assert target.read_text() == "a draft of my own\n"
    assert imported(*args, target, "--force").code == 0
    assert "ccnsosecretariat@icann.org" in target.read_text()
    database = data_dir / "tldops.db"
    before = database.read_bytes()
    result = imported(*args, database, "--force")
    assert result.code == 1 and "inside the TLD-OPS data folder" in result.err
    assert database.read_bytes() == before


def test_request_join_mailto_and_json(imported: Any) -> None:
    url = imported("request", "join", "AO", *AO, "--admin", "admin@dns.ao", "--mailto").out.strip()
    fields = decode_mailto(url)
    assert fields["to"] == "ccnsosecretariat@icann.org" and fields["cc"] == "admin@dns.ao"
    assert fields["subject"] == "TLD-OPS subscription request: .ao"
    data = imported("request", "join", ".ao", *AO, "--admin", "admin@dns.ao", "--json").json()
    assert data["mailto"] == url
    assert data["tld"] == {"ace": "ao", "unicode": "ao"}
    assert data["body"] == fields["body"].replace("\r\n", "\n")
    assert [c["phone"] for c in data["contacts"]] == ["+244 923123456", "+244 912345678"]
    assert data["problems"] == [] and data["eml"] is None


def test_request_update_prefills_from_the_current_edition(imported: Any) -> None:
    result = imported("request", "update", ".nl", "--admin", "hostmaster@nl.example", "--json")
    assert result.code == 0, result.err
    data = result.json()
    member = expected_members()["nl"]
    assert data["kind"] == "update" and data["based_on"] == CURRENT
    assert [(c["name"], c["email"]) for c in data["contacts"]] == [
        (c["name"], c["email"]) for c in member["contacts"]
    ]
    for contact in member["contacts"]:
        assert f"Name: {contact['name']}\n" in data["body"]
    assert data["subject"] == "TLD-OPS subscription update: .nl"
    assert data["cc"] == "hostmaster@nl.example"
    text = imported("request", "update", ".nl", "--admin", "hostmaster@nl.example").out
    assert text.startswith("To: ccnsosecretariat@icann.org\nCc: hostmaster@nl.example\n")


def test_request_update_with_new_contacts(imported: Any) -> None:
    data = imported("request", "update", "nl", "--contact", "Jan Jansen|jan@nic.nl|+31 6 1234 5678",
                    "--admin", "hostmaster@nl.example", "--json").json()  # fmt: skip
    assert data["contacts"] == [
        {"name": "Jan Jansen", "email": "jan@nic.nl", "phone": "+31 612345678"}
    ]
    assert data["based_on"] is None


def test_request_rejects_bad_phone_and_email(imported: Any) -> None:
    result = imported("request", "join", ".ao", "--contact", "A|not-an-email|+244 12",
                      "--admin", "admin@dns.ao")  # fmt: skip
    assert result.code == 1 and result.out == ""
    assert "contact #1: 'not-an-email' is not an email address" in result.err
    assert "contact #1: '+244 12' is not a valid phone number" in result.err
    assert "Traceback" not in result.err
    data = imported("request", "join", ".ao", "--contact", "A|not-an-email|+244 12", "--json")
    assert data.code == 1
    codes = [(p["code"], p["position"]) for p in data.json()["problems"]]
    assert codes == [("email-invalid", 1), ("phone-invalid", 1), ("admin-email-missing", None)]


def test_request_problems_and_warnings(imported: Any) -> None:
    not_member = imported("request", "update", ".ao", "--admin", "admin@dns.ao")
    assert not_member.code == 1 and "not a TLD-OPS member" in not_member.err
    member = imported("request", "join", ".nl", "--contact", "Jan|jan@nic.nl|+31 6 1234 5678",
                      "--admin", "hostmaster@nl.example")  # fmt: skip
    assert member.code == 0 and "warning: .nl is already a member" in member.err
    bad_label = imported("request", "join", "not a tld", *AO, "--admin", "admin@dns.ao")
    assert bad_label.code == 1 and "not a ccTLD" in bad_label.err
    unknown = imported("request", "join", ".xy", *AO, "--admin", "admin@dns.ao")
    assert unknown.code == 1 and "not a delegated ccTLD" in unknown.err
    malformed = imported("request", "join", ".ao", "--contact", "only a name")
    assert malformed.code == 2 and "NAME|EMAIL|PHONE" in malformed.err
    both = imported("request", "join", ".ao", *AO, "--mailto", "-o", "x.eml")
    assert both.code == 2


def test_request_join_without_a_database(passphrase: str, run_cli: Any) -> None:
    """A ccTLD that has never had the repository can still prepare its join request."""
    result = run_cli("request", "join", ".ao", *AO, "--admin", "admin@dns.ao", "--mailto")
    assert result.code == 0, result.err
    assert result.out.startswith("mailto:ccnsosecretariat@icann.org?cc=admin%40dns.ao&subject=")


def test_show_a_country_code_points_to_its_member(imported: Any) -> None:
    result = imported("show", "gb")  # the United Kingdom's ISO code; its ccTLD is .uk
    assert result.code == 1
    assert "the member of the same country is .uk: tldops show .uk" in result.err


def test_search_for_a_non_member_says_so_first(imported: Any) -> None:
    result = imported("search", "ao")
    assert result.code == 0
    assert f"note: .ao is not a TLD-OPS member as of edition {CURRENT}." in result.err
    assert "not a TLD-OPS member" not in imported("search", "gb").err  # .uk answers


def test_json_answers_say_which_edition_and_whether_the_list_sent_it(imported: Any) -> None:
    shown = imported("show", ".ad", "--json").json()
    assert shown["edition"] == CURRENT and shown["trusted"] is True
    assert shown["edition_date"] == "2026-11-01"
    found = imported("search", "Andorra", "--json").json()
    assert found["trusted"] is True and found["edition_date"] == "2026-11-01"


def test_show_takes_a_domain_or_url(imported: Any) -> None:
    for pasted in ("www.nic.ad", "https://www.nic.ad/contact"):
        assert imported("show", pasted, "--json").json()["tld"]["ace"] == "ad"


def test_an_old_current_edition_is_noted(imported: Any, monkeypatch: Any) -> None:
    from tldops_desktop.core import model

    monkeypatch.setattr(model, "FRESHNESS_DAYS", -100000)  # every edition counts as old
    assert "note: edition" in imported("show", ".ad").err


def test_tsv_puts_the_cctld_on_every_contact_line(imported: Any) -> None:
    lines = imported("search", "Andorra", "--tsv").out.splitlines()
    assert lines and all(line.split("\t")[0] == ".ad" for line in lines)
    assert all(len(line.split("\t")) == 9 for line in lines)
    shown = imported("show", ".ad", "--tsv").out.splitlines()
    assert shown == lines
    assert imported("show", ".ad", "--tsv", "--json").code == 2  # one shape at a time
