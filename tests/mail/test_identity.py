"""What a subject says a message is: only the list's own subject is an edition's."""

from __future__ import annotations

import pytest

from tldops_desktop.mail.identity import DEFAULT_IDENTITY, check_trust, edition_stamp, subject_kind

TITLE = "TLD-OPS Incident Response Community Repository <20261101-0600>"


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        (TITLE, "edition"),
        (f"[tld-ops] {TITLE}", "edition"),
        (f"  [tld-ops] [urgent]  {TITLE} (resent)", "edition"),
        (
            "[tld-ops]\tTLD-OPS  Incident Response\tCommunity Repository < 20261101-0600 >",
            "edition",
        ),
        (f"[EXT] [tld-ops] {TITLE}", "edition"),
        (f"EXTERNAL: [tld-ops] {TITLE}", "edition"),
        (f"Extern: [tld-ops] {TITLE}", "edition"),
        (f"*** SPAM *** [tld-ops] {TITLE}", "edition"),
        (f"**EXTERNAL** {TITLE}", "edition"),
        (f"[SPAM] EXTERNAL: [tld-ops] {TITLE}", "edition"),
        (f"CAUTION: [tld-ops] {TITLE}", "edition"),
        (f"⚠ EXTERNAL: {TITLE}", "edition"),
        (f"【EXTERNAL】 [tld-ops] {TITLE}", "edition"),
        (f"【外部】 {TITLE}", "edition"),
        (f"External Message: {TITLE}", "edition"),
        (f"Externe Mail: [tld-ops] {TITLE}", "edition"),
        (f"SUSPECT: {TITLE}", "edition"),
        (f"[SUSPICIOUS MESSAGE] {TITLE}", "edition"),
        (f"Spam? [tld-ops] {TITLE}", "edition"),
        (f"SPAM-LOW: [tld-ops] {TITLE}", "edition"),
        (f"[EXTERNAL]: [tld-ops] {TITLE}", "edition"),
        (f"WARNING: External email - [tld-ops] {TITLE}", "edition"),
        (f"EXTERNAL>> [tld-ops] {TITLE}", "edition"),
        # A gateway's tag left encoded, its word broken: a tag still.
        (f"=?utf-8?X?[EXT]?= [tld-ops] {TITLE}", "edition"),
        (f"=?utf-8?B?W0VY=VF0?= {TITLE}", "edition"),
        (f"=?utf-8?X?[EXT]?= Re: {TITLE}", "reply"),
        (f"Warning: Re: {TITLE}", "mention"),
        (f"⚠ CAUTION: Re: {TITLE}", "reply"),
        (f"【外部】 转发: {TITLE}", "forward"),
        (f"Warning: {TITLE}", "mention"),
        (f"External note on the {TITLE}", "mention"),
        (f"EXTERNAL: Re: [tld-ops] {TITLE}", "reply"),
        (f"Re: [tld-ops] {TITLE}", "reply"),
        (f"[tld-ops] Re: {TITLE}", "reply"),
        (f"RE[2]: {TITLE}", "reply"),
        (f"re : {TITLE}", "reply"),
        (f"RES: [tld-ops] {TITLE}", "reply"),
        (f"Antwort: {TITLE}", "reply"),
        (f"AW: {TITLE}", "reply"),
        (f"ΑΠ: {TITLE}", "reply"),
        (f"Отв: {TITLE}", "reply"),
        (f"回复：{TITLE}", "reply"),
        (f"Fwd: [tld-ops] {TITLE}", "forward"),
        (f"[Fwd: [tld-ops] {TITLE}]", "forward"),
        (f"TR: {TITLE}", "forward"),
        (f"WG: {TITLE}", "forward"),
        (f"RV: {TITLE}", "forward"),
        (f"Doorst: {TITLE}", "forward"),
        (f"[tld-ops] Correction to {TITLE}", "mention"),
        (f"Question about the {TITLE}", "mention"),
        (f"XYZ: {TITLE}", "mention"),
        ("[tld-ops] TLD-OPS Incident Response Community Repository", ""),
        ("Lunch on Friday?", ""),
    ],
)
def test_subject_kind(subject: str, kind: str) -> None:
    assert subject_kind(subject) == kind


def test_the_stamp_is_read_from_any_kind() -> None:
    assert edition_stamp(f"Fwd: [tld-ops] {TITLE}") == "20261101-0600"
    assert edition_stamp("Lunch") is None


def _headers(sender: str) -> dict[str, list[str]]:
    return {
        "list-id": ["TLD-OPS <tld-ops.lists.dns-oarc.net>"],
        "sender": [sender],
        "from": ["tld-ops@lists.dns-oarc.net"],
        "to": ["tld-ops@lists.dns-oarc.net"],
    }


@pytest.mark.parametrize(
    ("sender", "trusted"),
    [
        ("tld-ops-bounces@lists.dns-oarc.net", True),
        ('"tld-ops" <TLD-OPS-bounces@lists.dns-oarc.net>', True),
        # Mailman's personalised (VERP) deliveries tag the bounce address per subscriber.
        ("tld-ops-bounces+alice=example.org@lists.dns-oarc.net", True),
        ("tld-ops-bounces+alice=example.org@lists.dns-oarc.net.evil.example", False),
        ("tld-ops-bounces+x@evil.example", False),
        ("tld-ops-bouncesx@lists.dns-oarc.net", False),
        ("someone@lists.dns-oarc.net", False),
    ],
)
def test_the_sender_is_the_lists_bounce_address(sender: str, trusted: bool) -> None:
    assert check_trust(_headers(sender), DEFAULT_IDENTITY).trusted is trusted


@pytest.mark.parametrize(
    ("return_path", "verdict"),
    [
        # Mailman 3 (and 2.1 without its Sender header): the envelope sender stands for it.
        ("<tld-ops-bounces@lists.dns-oarc.net>", (True, "")),
        ("<tld-ops-bounces+alice=example.org@lists.dns-oarc.net>", (True, "")),
        ("<someone@evil.example>", (False, "foreign-sender")),
        (None, (False, "no-sender")),
        # Rewritten by a forwarder (the Sender Rewriting Scheme): the sender it stands for.
        ("<SRS0=abCd=XY=lists.dns-oarc.net=tld-ops-bounces@forwarder.example>", (True, "")),
        ("<SRS0+ab=XY=lists.dns-oarc.net=tld-ops-bounces+a=b.org@fwd.example>", (True, "")),
        (
            "<SRS1=Hh=first.example==Hh=XY=lists.dns-oarc.net=tld-ops-bounces@second.example>",
            (True, ""),
        ),
        (
            "<SRS0=abCd=XY=evil.example=tld-ops-bounces@forwarder.example>",
            (False, "foreign-sender"),
        ),
    ],
)
def test_without_a_sender_the_return_path_stands_for_it(
    return_path: str | None, verdict: tuple[bool, str]
) -> None:
    headers = _headers("")
    headers["sender"] = []
    if return_path is not None:
        headers["return-path"] = [return_path]
    found = check_trust(headers, DEFAULT_IDENTITY)
    assert (found.trusted, found.reason) == verdict


def test_a_sender_is_judged_before_the_return_path() -> None:
    headers = _headers("someone@evil.example")
    headers["return-path"] = ["<tld-ops-bounces@lists.dns-oarc.net>"]
    assert check_trust(headers, DEFAULT_IDENTITY).reason == "foreign-sender"


@pytest.mark.parametrize(
    ("to", "cc", "verdict"),
    [
        # Full personalisation (Mailman 2.1 and 3): the subscriber in To, the list in Cc.
        ("alice@nic.example", "TLD-OPS <tld-ops@lists.dns-oarc.net>", (True, "")),
        ("alice@nic.example", "bob@nic.example", (False, "not-from-list")),
        ("alice@nic.example", None, (False, "not-from-list")),
    ],
)
def test_a_personalised_delivery_has_the_list_in_cc(
    to: str, cc: str | None, verdict: tuple[bool, str]
) -> None:
    headers = _headers("tld-ops-bounces+alice=nic.example@lists.dns-oarc.net")
    headers["from"] = ["TLD-OPS Repository <tld-ops-admin@lists.dns-oarc.net>"]
    headers["to"] = [to]
    if cc is not None:
        headers["cc"] = [cc]
    found = check_trust(headers, DEFAULT_IDENTITY)
    assert (found.trusted, found.reason) == verdict


def test_mail_the_list_sent_before_it_moved_is_still_its_own() -> None:
    from tldops_desktop.mail.identity import ListIdentity

    moved = DEFAULT_IDENTITY.moved_to(
        ("tld-ops.lists.example.org", "tld-ops@lists.example.org",
         "tld-ops-bounces@lists.example.org")
    )  # fmt: skip
    before_the_move = _headers("tld-ops-bounces@lists.dns-oarc.net")
    assert check_trust(before_the_move, moved).trusted
    only_now = ListIdentity(*moved.triple)
    assert check_trust(before_the_move, only_now).reason == "foreign-list-id"
    after_the_move = {
        "list-id": ["<tld-ops.lists.example.org>"],
        "sender": ["tld-ops-bounces@lists.example.org"],
        "from": ["tld-ops@lists.example.org"],
    }
    assert check_trust(after_the_move, moved).trusted
    assert not check_trust(after_the_move, DEFAULT_IDENTITY).trusted
