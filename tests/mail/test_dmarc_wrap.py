"""Mailman's DMARC mitigation "wrap message": the list's own message, with the list's identity,
around the post as sent. The edition inside is as trusted as the wrapper, and only when the
wrapper is exactly the list's and names the same edition.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Literal

import pytest

from tests.mailgen.messages import (
    dmarc_wrapped_message,
    forward_message,
    stamp_datetime,
    strip_list_headers,
    subject_for,
)
from tests.mailgen.scenario import edition_chain
from tldops_desktop.mail.identity import ListIdentity
from tldops_desktop.mail.message import FoundEdition, examine
from tldops_desktop.services.import_report import ImportReport
from tldops_desktop.services.importer import ImportOptions, find_editions

STAMP = "20261101-0600"
(EDITION,) = edition_chain([STAMP], seed=21, members=12)
Mailman = Literal["2.1", "3"]


def find(tmp_path: Path, data: bytes) -> tuple[list[FoundEdition], ImportReport]:
    path = tmp_path / "wrapped.eml"
    path.write_bytes(data)
    report = ImportReport()
    return find_editions([str(path)], ImportOptions(workers=0), report), report


def verdicts(found: list[FoundEdition]) -> list[tuple[str, bool, str]]:
    return [(f.stamp, f.trusted, f.trust_reason) for f in found]


def contacts(found: FoundEdition) -> dict[str, list[str]]:
    return {m.tld.ace: [c.email for c in m.contacts] for m in found.body.members}


def replaced(data: bytes, old: bytes, new: bytes) -> bytes:
    assert data.count(old) >= 1
    return data.replace(old, new, 1)


@pytest.mark.parametrize("mailman", ["2.1", "3"])
@pytest.mark.parametrize(
    ("note", "footer"), [(True, False), (False, False), (True, True), (False, True)]
)
def test_an_edition_the_list_wrapped_is_trusted(
    tmp_path: Path, mailman: Mailman, note: bool, footer: bool
) -> None:
    """Both Mailman versions, with and without the explanation part and the list's footer
    (without either, the wrapper's own type is message/rfc822)."""
    data = dmarc_wrapped_message(EDITION, mailman=mailman, note=note, footer=footer)
    found, report = find(tmp_path, data)
    assert verdicts(found) == [(STAMP, True, "")]
    assert found[0].container == "forward"  # the post, read inside the wrapper
    assert contacts(found[0]) == {m.ace: [c.email for c in m.contacts] for m in EDITION.members}
    assert report.errors == []


def test_a_wrapper_whose_from_a_gateway_tagged_is_still_read(tmp_path: Path) -> None:
    """An unquoted "[EXTERNAL]" before the name splits the From field into entries without
    an address: they are no other sender."""
    data = dmarc_wrapped_message(EDITION, mailman="2.1", note=True, footer=False)
    tagged = replaced(
        data,
        b"From: TLD-OPS Repository via tld-ops",
        b"From: [EXTERNAL] TLD-OPS Repository via tld-ops",
    )
    found, _report = find(tmp_path, tagged)
    assert verdicts(found) == [(STAMP, True, "")]


def test_the_post_alone_is_not_trusted() -> None:
    """What the wrap adds: the post inside carries no list identity of its own."""
    data = dmarc_wrapped_message(EDITION, mailman="2.1", note=False)
    post = data.split(b"Content-Disposition: inline\n\n", 1)[1]
    assert verdicts(examine(post, "post.eml").editions) == [(STAMP, False, "no-list-id")]


def test_a_wrapper_not_sent_through_the_list_is_not_trusted(tmp_path: Path) -> None:
    """A message made to look like the list's wrapper (From the list, Mailman's shape), but
    without the list's List-Id and Sender."""
    data = strip_list_headers(dmarc_wrapped_message(EDITION, mailman="3"))
    found, _ = find(tmp_path, data)
    assert [(f.stamp, f.trusted) for f in found] == [(STAMP, False)]


def test_a_wrapper_of_another_list_is_not_trusted() -> None:
    identity = ListIdentity(
        list_id="tld-ops.lists.example.org",
        list_address="tld-ops@lists.example.org",
        bounce_address="tld-ops-bounces@lists.example.org",
    )
    data = dmarc_wrapped_message(EDITION, mailman="2.1")
    assert [f.trusted for f in examine(data, "w.eml", identity).editions] == [False]


@pytest.mark.parametrize("mailman", ["2.1", "3"])
def test_a_wrapper_around_another_edition_is_not_trusted(tmp_path: Path, mailman: Mailman) -> None:
    """The list's wrapper names one edition and holds another: the post is judged by its own
    headers, which do not carry the list's identity."""
    data = dmarc_wrapped_message(EDITION, mailman=mailman, inner_stamp="20261201-0600")
    found, _ = find(tmp_path, data)
    assert [(f.stamp, f.trusted) for f in found] == [("20261201-0600", False)]


def test_a_wrapper_with_an_attachment_beside_the_post_is_not_the_lists(tmp_path: Path) -> None:
    """Mailman puts only plain-text parts beside the post; anything else is some member's
    message, however it came."""
    data = dmarc_wrapped_message(EDITION, mailman="2.1", footer=True)
    pdf = (
        b'Content-Type: application/pdf; name="contacts.pdf"\n'
        b'Content-Disposition: attachment; filename="contacts.pdf"\n'
        b"Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n"
    )
    match = re.search(rb'boundary="([^"]+)"', data)
    assert match is not None
    end = b"--" + match.group(1) + b"--"
    data = replaced(data, end, end[:-2] + b"\n" + pdf + end)
    found, _ = find(tmp_path, data)
    assert [(f.stamp, f.trusted) for f in found] == [(STAMP, False)]


def test_a_members_post_attaching_an_edition_is_not_a_wrapper(tmp_path: Path) -> None:
    """Through the list (List-Id, Sender, To the list) but From the member, as a post that
    was not wrapped is: the attached copy keeps its own verdict."""
    data = dmarc_wrapped_message(EDITION, mailman="2.1")
    data = replaced(
        data,
        b"From: TLD-OPS Repository via tld-ops <tld-ops@lists.dns-oarc.net>",
        b"From: Member <member@registry.example>",
    )
    found, _ = find(tmp_path, data)
    assert [(f.stamp, f.trusted) for f in found] == [(STAMP, False)]


def test_a_persons_forward_of_the_post_is_not_trusted(tmp_path: Path) -> None:
    """Someone forwards the post (the wrapper's inside) under the edition's subject."""
    data = dmarc_wrapped_message(EDITION, mailman="2.1", note=False)
    post = data.split(b"Content-Disposition: inline\n\n", 1)[1]
    forward = forward_message(post, subject_for(STAMP), date=stamp_datetime(STAMP))
    forward = replaced(forward, b"Subject: Fwd: ", b"Subject: ")
    found, _ = find(tmp_path, forward)
    assert [(f.stamp, f.trusted) for f in found] == [(STAMP, False)]


def test_a_forward_of_the_whole_wrapper_is_judged_by_the_wrappers_headers(
    tmp_path: Path,
) -> None:
    """As a forwarded edition is judged by its own headers, so is a forwarded wrapper: the
    forward's writer adds no trust, nor does it take any away."""
    wrapper = dmarc_wrapped_message(EDITION, mailman="3")
    forward = forward_message(
        wrapper, subject_for(STAMP), date=stamp_datetime(STAMP) + timedelta(days=1)
    )
    found, _ = find(tmp_path, forward)
    assert verdicts(found) == [(STAMP, True, "")]
    found, _ = find(tmp_path, forward_message(strip_list_headers(wrapper), subject_for(STAMP),
                                              date=stamp_datetime(STAMP)))  # fmt: skip
    assert [(f.stamp, f.trusted) for f in found] == [(STAMP, False)]


def test_a_wrapped_edition_stamped_after_its_date_is_not_trusted(tmp_path: Path) -> None:
    """The wrap adds the list's identity, not a pass on the checks every edition has."""
    data = dmarc_wrapped_message(EDITION, mailman="3", footer=True)
    late = "Date: Sun, 04 Oct 2026 06:00:00 +0000"
    data = data.replace(b"Date: Sun, 01 Nov 2026 06:00:00 +0000", late.encode())
    found, _ = find(tmp_path, data)
    assert verdicts(found) == [(STAMP, False, "stamp-after-date")]
