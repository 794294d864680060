"""A line not placed that is several KiB long (a broken HTML part's markup, left as one line)
is shown shortened in the report's text, with how much was left out; the JSON keeps it whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tldops_desktop.services.import_report import SHOWN_LINE, shortened

_HEAD = (
    "From: tld-ops <tld-ops@lists.dns-oarc.net>\n"
    "To: tld-ops@lists.dns-oarc.net\n"
    "Sender: tld-ops-bounces@lists.dns-oarc.net\n"
    "List-Id: TLD-OPS <tld-ops.lists.dns-oarc.net>\n"
    "Subject: [tld-ops] TLD-OPS Incident Response Community Repository <20261101-0600>\n"
    "Message-ID: <20261101-0600.long@lists.dns-oarc.net>\n"
    "Date: Sun, 01 Nov 2026 06:00:00 +0000\n"
    "MIME-Version: 1.0\n"
    'Content-Type: text/plain; charset="utf-8"\n\n'
)
_MARKUP = '<td style="border: 1px solid #ccc; padding: 4px" class="contact cell">' * 120
_BODY = (
    "----------------------------------------------------------------\n"
    ".ad Andorra (EU)\n"
    "----------------------------------------------------------------\n"
    "Contact Person #1 (primary):\nName: Emil Berg\nEmail address: e@nic.ad\n"
    "Mobile phone number: +376 312 558\n"
    f"{_MARKUP}\n"
    "Contact Person #2:\nName: Anna Vila\nEmail address: a@nic.ad\n"
    "Mobile phone number: +376 312 559\n\n"
    "_______________________________________________\ntld-ops mailing list\n"
)


def test_a_long_unplaced_line_is_shortened_in_the_text_and_whole_in_the_json(
    passphrase: str, run_cli: Any, tmp_path: Path
) -> None:
    path = tmp_path / "long-line.eml"
    path.write_text(_HEAD + _BODY, encoding="utf-8")
    text = run_cli("import", path, "--dry-run").out
    (shown,) = [line for line in text.splitlines() if "unplaced line" in line]
    left_out = len(_MARKUP) - SHOWN_LINE
    assert shown.startswith("  unplaced line 20261101-0600:8: <td style=")
    assert shown.endswith(f"… ({left_out} more characters)")
    assert len(shown) < SHOWN_LINE + 80
    report = run_cli("import", path, "--dry-run", "--json").json()
    assert [(u["line"], u["text"]) for u in report["unplaced_lines"]] == [(8, _MARKUP)]


def test_a_line_of_readable_length_is_shown_whole() -> None:
    line = ".zz Nowhere (EU) | Anna Vila | a@nic.zz | +376 312 559 " * 2
    assert shortened(line) == line
    assert shortened("x" * SHOWN_LINE) == "x" * SHOWN_LINE
    assert shortened("x" * (SHOWN_LINE + 1)) == "x" * SHOWN_LINE + "… (1 more character)"
