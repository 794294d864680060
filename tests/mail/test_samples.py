"""Every sample in tests/data parses as the format says (and as its expected JSON says)."""

from __future__ import annotations

import email
import email.policy
from typing import Any

from tests.conftest import ALTERNATIVE, LAYOUT_A, LAYOUT_B, SMALL_MBOX, expected_edition
from tldops_desktop.core.model import Member
from tldops_desktop.mail.html import parse_html
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.parse import parse_text
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate


def as_expected(member: Member) -> dict[str, Any]:
    return {
        "ace": member.tld.ace,
        "unicode": member.tld.unicode,
        "country": member.country,
        "region": member.region.value if member.region else None,
        "contacts": [
            {"name": c.name, "email": c.email, "phone": c.phone, "phone_e164": c.phone_e164}
            for c in member.contacts
        ],
    }


def test_layout_a_sample_parses_exactly_as_expected() -> None:
    result = examine(LAYOUT_A.read_bytes(), str(LAYOUT_A))
    assert result.problems == []
    (edition,) = result.editions
    expected = expected_edition()
    assert edition.stamp == expected["edition"]
    assert edition.trusted
    assert edition.body.layout == "A"
    assert edition.body.unplaced == ()
    assert [as_expected(m) for m in edition.body.members] == expected["members"]
    positions = [[c.position for c in m.contacts] for m in edition.body.members]
    assert all(p == list(range(1, len(p) + 1)) for p in positions)


def test_layout_a_missing_regions_are_unknown_and_inferred_regions_are_marked() -> None:
    (edition,) = examine(LAYOUT_A.read_bytes(), "a").editions
    tt = next(m for m in edition.body.members if m.tld.ace == "tt")
    assert tt.region is None
    assert tt.region_inferred is not None and tt.region_inferred.value == "LAC"
    assert any(n.code == "region-missing" and n.detail == "tt" for n in edition.body.notes)


def test_layout_b_quoted_printable_sample() -> None:
    (edition,) = examine(LAYOUT_B.read_bytes(), str(LAYOUT_B)).editions
    assert edition.stamp == "20261001-0600"
    assert edition.body.layout == "B"
    assert edition.body.unplaced == ()
    members = {m.tld.ace: m for m in edition.body.members}
    assert len(members) == 200
    assert members["xn--p1ai"].tld.unicode == "рф"
    assert members["xn--p1ai"].country == "Russian Federation"
    assert all(c.phone_e164 for m in members.values() for c in m.contacts)


def test_alternative_sample_text_and_html_parts_agree() -> None:
    (edition,) = examine(ALTERNATIVE.read_bytes(), str(ALTERNATIVE)).editions
    assert edition.part == "text/plain"
    message = email.message_from_bytes(ALTERNATIVE.read_bytes(), policy=email.policy.default)
    parts = {p.get_content_type(): p.get_content() for p in message.walk() if not p.is_multipart()}
    from_html = parse_html(parts["text/html"])
    from_text = parse_text(parts["text/plain"])
    assert from_html.layout == "html-table"
    assert from_html.unplaced == ()
    assert from_html.members == from_text.members == edition.body.members


def test_small_mbox_editions_reply_and_spoof() -> None:
    found = []
    replies = 0
    for item in scan([str(SMALL_MBOX)]):
        assert isinstance(item, Candidate)
        result = examine(item.data, item.source)
        replies += result.replies
        found.extend(result.editions)
    assert [(e.stamp, e.trusted) for e in found] == [
        ("20260601-0600", True),
        ("20260701-0600", True),
        ("20260801-0600", True),
        ("20991201-0600", False),
    ]
    assert replies == 1
    assert found[-1].trust_reason == "no-list-id"
