"""Where a line of an HTML-only edition is, in the report: a line of its HTML source, said to
be one, since a mail program shows no such lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tldops_desktop.mail.message import examine

_HEAD = (
    "From: tld-ops <tld-ops@lists.dns-oarc.net>\n"
    "To: tld-ops@lists.dns-oarc.net\n"
    "Sender: tld-ops-bounces@lists.dns-oarc.net\n"
    "List-Id: TLD-OPS <tld-ops.lists.dns-oarc.net>\n"
    "Subject: [tld-ops] TLD-OPS Incident Response Community Repository <20261101-0600>\n"
    "Message-ID: <20261101-0600.html@lists.dns-oarc.net>\n"
    "Date: Sun, 01 Nov 2026 06:00:00 +0000\n"
    "MIME-Version: 1.0\n"
    'Content-Type: text/html; charset="utf-8"\n\n'
)
_ROWS = (
    "<html>\n<body>\n<table>\n"
    "<tr><th>ccTLD</th><th>Country</th><th>Region</th><th>#</th><th>Name</th><th>Email</th>"
    "<th>Phone</th></tr>\n"
    "<tr><td>.ad</td><td>Andorra</td><td>EU</td><td>1</td><td>Emil Van der Berg</td>"
    "<td>see website</td><td>+376 312 558</td></tr>\n"
    "<tr><td>.?</td><td>Nowhere</td><td>EU</td><td>1</td><td>Anna</td><td>a@nic.ad</td>"
    "<td>+376 312 559</td></tr>\n"
    "</table>\n</body>\n</html>\n"
)


def test_the_report_says_a_line_of_an_html_edition_is_an_html_line(
    passphrase: str, run_cli: Any, tmp_path: Path
) -> None:
    path = tmp_path / "html-only.eml"
    path.write_text(_HEAD + _ROWS, encoding="utf-8")
    report = run_cli("import", path, "--dry-run", "--json").json()
    assert [(u["line"], u["part"]) for u in report["unplaced_lines"]] == [(6, "text/html")]
    assert [(n["line"], n["code"], n["part"]) for n in report["notes"]] == [
        (5, "email-invalid", "text/html")
    ]
    text = run_cli("import", path, "--dry-run").out
    assert "unplaced line 20261101-0600 HTML line 6: .? | Nowhere |" in text
    assert "note 20261101-0600 HTML line 5: " in text


def test_a_text_editions_lines_are_still_lines(
    passphrase: str, run_cli: Any, tmp_path: Path
) -> None:
    head = _HEAD.replace("text/html", "text/plain")
    rows = ".ad | Andorra | EU | 1 | Emil | see website | +376 312 558\n"
    path = tmp_path / "text.eml"
    path.write_text(f"{head}ccTLD | Country | Region | # | Name | Email | Phone\n{rows}")
    text = run_cli("import", path, "--dry-run").out
    assert "note 20261101-0600:2: " in text


def test_an_html_edition_without_contacts_names_its_html_lines() -> None:
    rows = _ROWS.replace("<td>EU</td><td>1</td>", "<td>EU</td><td>1</td><td>x</td>")
    (problem,) = examine((_HEAD + rows).encode(), "m.eml").problems
    assert problem.code == "no-members"
    assert problem.detail.startswith("20261101-0600: 2 lines not placed: HTML line 5 (bad-row)")
