"""Sanity tests of the synthetic mail generator (tests/mailgen), not of the parser."""

from __future__ import annotations

import base64
import email
import email.policy
import gzip
import json
import mailbox
import quopri
import random
import re
from datetime import UTC, datetime
from email.message import EmailMessage, Message
from pathlib import Path
from typing import Any

import idna
import phonenumbers
import pytest

from tests.mailgen.containers import (
    MboxWriter,
    write_eml,
    write_maildir,
    write_mbox,
    write_mh,
    write_thunderbird_folder,
)
from tests.mailgen.editions import (
    HOSTILE_NAMES,
    MUST_HAVE_IDNS,
    ExpectedEdition,
    change_phones,
    make_edition,
    monthly_stamps,
    mutate_edition,
    next_month,
)
from tests.mailgen.messages import (
    ENCODINGS,
    NOISE_KINDS,
    SUBJECT_STYLES,
    DigestItem,
    build_edition,
    can_encode,
    digest_message,
    forward_message,
    noise_message,
    qp_encode,
    reply_message,
    stamp_datetime,
    subject_for,
)
from tests.mailgen.render import (
    B_HEADER,
    LIST_ADDRESS,
    SEPARATOR,
    header_line,
    render_html_table,
    render_layout_a,
    render_layout_b,
)
from tests.mailgen.scenario import EditionEntry, Manifest, build_corpus

DATA = Path(__file__).parent / "data"
STAMP = "20261101-0600"
NOT_A_NUMBER = {"n/a", "none", "-", "unknown"}


def parse(data: bytes) -> EmailMessage:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def all_defects(msg: Message) -> list[Any]:
    return [d for part in msg.walk() for d in part.defects]


def nl(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


@pytest.fixture(scope="module")
def edition() -> ExpectedEdition:
    return make_edition(STAMP, seed=7, members=60, hostile_names=True)


@pytest.fixture(scope="module")
def ascii_edition() -> ExpectedEdition:
    return make_edition("20260401-0600", seed=3, members=25, repertoire="ascii", idn=False)


# ----------------------------------------------------------------------------- editions


def test_json_shape_matches_sample(edition: ExpectedEdition) -> None:
    sample = json.loads((DATA / "repository-20261101-expected.json").read_text("utf-8"))
    got = edition.to_json()
    assert set(got) == set(sample) == {"edition", "members"}
    assert got["edition"] == STAMP
    assert set(got["members"][0]) == set(sample["members"][0])
    assert set(got["members"][0]["contacts"][0]) == set(sample["members"][0]["contacts"][0])
    json.dumps(got)  # plain data only
    assert len(edition.members) == 60
    assert len({m.ace for m in edition.members}) == 60


def test_members_idn_regions_contacts(edition: ExpectedEdition) -> None:
    aces = {m.ace for m in edition.members}
    assert set(MUST_HAVE_IDNS) <= aces
    for m in edition.members:
        assert 1 <= len(m.contacts) <= 3
        if m.is_idn:
            assert idna.decode(m.ace, uts46=True) == m.unicode
            assert m.unicode != m.ace
        else:
            assert m.unicode == m.ace
        assert m.region in (None, "AF", "AP", "EU", "LAC", "NA")
    assert edition.member("tt").region is None
    assert edition.member("xn--p1ai").unicode == "рф"
    scripts = "".join(c.name for m in edition.members for c in m.contacts)
    assert re.search("[\u0400-\u04ff]", scripts)  # Cyrillic
    assert re.search("[\u4e00-\u9fff]", scripts)  # CJK


def test_hostile_names_present() -> None:
    names = {
        c.name
        for seed in range(4)
        for m in make_edition(STAMP, seed=seed, members=80, hostile_names=True).members
        for c in m.contacts
    }
    assert names & set(HOSTILE_NAMES)
    assert any(len(n) >= 59 for n in HOSTILE_NAMES)
    assert "O'Neill; Séamus, Jr." in HOSTILE_NAMES


def _check_phone(text: str, e164: str | None, region: str) -> None:
    if e164 is None:
        assert text in NOT_A_NUMBER
        return
    first = text.split(" / ", maxsplit=1)[0]
    num = phonenumbers.parse(first, region)
    assert phonenumbers.is_valid_number(num), text
    assert phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == e164


def test_phone_e164_matches_phonenumbers() -> None:
    checked = 0
    forms = set()
    for seed in range(6):
        ed = make_edition(STAMP, seed=seed, members=80, hard_cases=seed % 2 == 0)
        for m in ed.members:
            for c in m.contacts:
                _check_phone(c.phone, c.phone_e164, m.phone_region)
                checked += 1
                if c.phone.startswith("00"):
                    forms.add("00")
                elif "(" in c.phone:
                    forms.add("paren")
                elif " " in c.phone:
                    forms.add("spaced")
                elif c.phone.startswith("+"):
                    forms.add("compact")
    assert checked > 500
    assert forms == {"00", "paren", "spaced", "compact"}


def test_hard_cases_are_rare_and_explicit() -> None:
    ed = make_edition(STAMP, seed=11, members=150, hard_cases=True)
    contacts = [c for m in ed.members for c in m.contacts]
    none = [c for c in contacts if c.phone_e164 is None]
    assert none, "expected at least one n/a phone"
    assert all(c.phone in NOT_A_NUMBER for c in none)
    assert len(none) < len(contacts) * 0.1


def test_deterministic() -> None:
    a = make_edition(STAMP, seed=5, hostile_names=True, hard_cases=True)
    b = make_edition(STAMP, seed=5, hostile_names=True, hard_cases=True)
    assert a == b and a.to_json() == b.to_json()
    assert make_edition(STAMP, seed=6) != a
    ma = build_edition(a, encoding="quoted-printable", html="alternative", seed=3).data
    mb = build_edition(b, encoding="quoted-printable", html="alternative", seed=3).data
    assert ma == mb


def test_mutate_edition(edition: ExpectedEdition) -> None:
    nxt = mutate_edition(edition, "20261201-0600", 1, joins=3, leaves=2)
    assert nxt.stamp == "20261201-0600"
    before, after = {m.ace for m in edition.members}, {m.ace for m in nxt.members}
    assert len(after - before) == 3
    assert len(before - after) == 2
    common = before & after
    changed = [a for a in common if edition.member(a).contacts != nxt.member(a).contacts]
    assert changed
    for m in nxt.members:
        for c in m.contacts:
            _check_phone(c.phone, c.phone_e164, m.phone_region)
    spoof = change_phones(edition, 3)
    assert spoof != edition
    assert [m.ace for m in spoof.members] == [m.ace for m in edition.members]


def test_stamps() -> None:
    assert monthly_stamps(STAMP, 3) == ["20260901-0600", "20261001-0600", STAMP]
    assert monthly_stamps("20260201-0600", 3)[0] == "20251201-0600"
    assert next_month(STAMP, 2) == "20270101-0600"


# ----------------------------------------------------------------------------- render


def test_layout_a_header_irregularities(edition: ExpectedEdition) -> None:
    text = render_layout_a(edition, seed=1)
    lines = text.split("\n")
    headers = [
        lines[i]
        for i in range(1, len(lines) - 1)
        if lines[i - 1] == SEPARATOR and lines[i + 1] == SEPARATOR
    ]
    assert len(headers) == len(edition.members)
    assert ".рф (.xn--p1ai; Russian Federation) (EU)" in text or "(.xn--" in text
    assert any(h.startswith(".") and "(xn--" in h and ", " in h for h in headers)  # comma
    assert any(re.match(r"^\.\S+ xn--[a-z0-9-]+, .*\)", h) for h in headers)  # unbalanced
    assert any(re.match(r"^\.[А-ЯЁ]+ \(xn--", h) for h in headers)  # upper-case Cyrillic
    tt = next(h for h in headers if h.startswith(".tt "))
    assert tt == ".tt Trinidad and Tobago"
    assert "Edition: 20261101-0600" in text
    assert text.rstrip().endswith("https://lists.dns-oarc.net/mailman/listinfo/tld-ops")
    assert text.count("Contact Person #1 (primary):") == len(edition.members)


def test_header_line_variants(edition: ExpectedEdition) -> None:
    rf = edition.member("xn--p1ai")
    assert header_line(rf, "dot-ace") == ".рф (.xn--p1ai; Russian Federation) (EU)"
    assert header_line(rf, "upper") == ".РФ (xn--p1ai; Russian Federation) (EU)"
    assert header_line(rf, "comma") == ".рф (xn--p1ai, Russian Federation) (EU)"
    assert header_line(rf, "unbalanced") == ".рф xn--p1ai, Russian Federation) (EU)"


def test_layout_a_label_variants_over_seeds(edition: ExpectedEdition) -> None:
    labels: set[str] = set()
    for seed in range(12):
        for ln in render_layout_a(edition, seed=seed).split("\n"):
            m = re.match(r"^(Name|Full name|Email address|E-mail|Email|Mobile phone number|"
                         r"Mobile|Phone): ", ln, re.IGNORECASE)  # fmt: skip
            if m:
                labels.add(m.group(1).lower())
    assert labels == {
        "name", "full name", "email address", "e-mail", "email", "mobile phone number",
        "mobile", "phone",
    }  # fmt: skip


def test_layout_b_and_html(edition: ExpectedEdition) -> None:
    text = render_layout_b(edition)
    rows = [ln for ln in text.split("\n") if ln.count(" | ") == 6]
    assert rows[0] == B_HEADER
    assert len(rows) - 1 == edition.contact_count()
    assert any(r.startswith(".рф (xn--p1ai) | Russian Federation | EU | 1 | ") for r in rows)
    assert any(r.startswith(".tt | Trinidad and Tobago |  | ") for r in rows)
    html = render_html_table(edition)
    assert html.count("<tr><td>") == edition.contact_count()
    assert html.count('href="mailto:') == edition.contact_count()


# ----------------------------------------------------------------------------- messages


def _check_edition_message(ed: ExpectedEdition, **kw: Any) -> EmailMessage:
    built = build_edition(ed, **kw)
    msg = parse(built.data)
    assert all_defects(msg) == []
    assert str(msg["Subject"]).strip() == subject_for(ed.stamp)
    if kw.get("crlf"):
        assert b"\r\n" in built.data and b"\n" not in built.data.replace(b"\r\n", b"")
    if built.text is not None:
        plain = msg.get_body(("plain",))
        assert plain is not None
        assert plain.get_content_charset() == kw.get("charset", "utf-8")
        assert nl(plain.get_content()) == nl(built.text)
    if built.html is not None:
        hpart = msg.get_body(("html",))
        assert hpart is not None
        assert nl(hpart.get_content()) == nl(built.html)
    if kw.get("trusted", True):
        assert "tld-ops.lists.dns-oarc.net" in str(msg["List-Id"])
        assert "tld-ops-bounces@lists.dns-oarc.net" in str(msg["Sender"])
        assert LIST_ADDRESS in str(msg["From"])
    else:
        assert msg["List-Id"] is None and msg["Sender"] is None
        assert LIST_ADDRESS not in str(msg["From"])
    return msg


@pytest.mark.parametrize("encoding", ["8bit", "quoted-printable", "base64"])
@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("html", ["none", "alternative", "only"])
def test_edition_message_variants(
    edition: ExpectedEdition, encoding: str, layout: str, html: str
) -> None:
    msg = _check_edition_message(
        edition, layout=layout, encoding=encoding, html=html, html_style="table", seed=2
    )
    cte = {p.get("Content-Transfer-Encoding") for p in msg.walk() if not p.is_multipart()}
    if html != "only":
        assert encoding in cte


@pytest.mark.parametrize("style", SUBJECT_STYLES)
def test_subject_styles(edition: ExpectedEdition, style: Any) -> None:
    built = build_edition(edition, subject_style=style, subject_charset="iso-8859-1")
    head = built.data.split(b"\n\n")[0]
    if style in ("b", "q", "mixed"):
        assert b"=?iso-8859-1?" + style[0].upper().encode() in head or b"?Q?" in head
    if style.startswith("folded"):
        assert re.search(rb"Subject:[^\n]*\n[ \t]", head)
    assert str(parse(built.data)["Subject"]).strip() == subject_for(STAMP)


@pytest.mark.parametrize("charset", ["iso-8859-1", "windows-1252", "us-ascii"])
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_legacy_charsets(ascii_edition: ExpectedEdition, charset: str, encoding: str) -> None:
    _check_edition_message(ascii_edition, charset=charset, encoding=encoding, crlf=True)


def test_latin1_and_cp1252_editions_encode() -> None:
    l1 = make_edition("20260501-0600", seed=4, repertoire="latin1")
    cp = make_edition("20260601-0600", seed=4, repertoire="cp1252")
    for ed, cs in ((l1, "iso-8859-1"), (cp, "windows-1252")):
        msg = _check_edition_message(ed, charset=cs, encoding="quoted-printable")
        assert msg.get_content_charset() == cs
        assert not can_encode(render_layout_a(edition_with_idn(), seed=0), cs)


def edition_with_idn() -> ExpectedEdition:
    return make_edition(STAMP, seed=1, members=10)


def test_qp_and_base64_decode_to_rendered_text(edition: ExpectedEdition) -> None:
    text = render_layout_a(edition, seed=3) + "From here on\n trailing space \n=equals\n"
    raw = text.encode("utf-8")
    enc = qp_encode(raw)
    assert all(len(line) <= 76 for line in enc.split(b"\n"))
    assert b"\nFrom " not in enc
    assert quopri.decodestring(enc) == raw
    for crlf in (False, True):
        built = build_edition(edition, encoding="base64", crlf=crlf, seed=3, text=text)
        body = built.data.replace(b"\r\n", b"\n").split(b"\n\n", 1)[1]
        decoded = base64.b64decode(body)
        assert decoded.replace(b"\r\n", b"\n") == raw
        assert (b"\r\n" in decoded) == crlf


def test_spoof_reply_digest_forward(edition: ExpectedEdition) -> None:
    genuine = build_edition(edition, seed=1)
    spoof_ed = change_phones(edition, 9)
    spoof = _check_edition_message(spoof_ed, trusted=False, seed=1)
    assert spoof["To"] == LIST_ADDRESS

    when = datetime(2026, 11, 2, 9, tzinfo=UTC)
    reply = parse(reply_message(genuine.text or "", STAMP, date=when, in_reply_to="<x@y>"))
    assert all_defects(reply) == []
    assert str(reply["Subject"]).strip() == "Re: " + subject_for(STAMP)
    body = reply.get_content()
    quoted = [ln for ln in body.split("\n") if ln.startswith(">")]
    assert len(quoted) >= len((genuine.text or "").rstrip("\n").split("\n"))

    digest = parse(
        digest_message(
            [DigestItem(genuine.data, genuine.subject, "TLD-OPS Repository")],
            volume=42,
            issue=3,
            date=when,
        )
    )
    assert all_defects(digest) == []
    assert digest["Subject"] == "tld-ops Digest, Vol 42, Issue 3"
    assert "tld-ops.lists.dns-oarc.net" in str(digest["List-Id"])
    assert digest.get_content_type() == "multipart/mixed"
    dig = [p for p in digest.walk() if p.get_content_type() == "multipart/digest"]
    assert len(dig) == 1
    inner_parts = list(dig[0].iter_parts())
    assert [p.get_content_type() for p in inner_parts] == ["message/rfc822"]
    inner = inner_parts[0].get_content()
    assert inner["List-Id"] is None and inner["Sender"] is None
    assert inner["Message-ID"] == genuine.message_id
    assert str(inner["Subject"]).strip() == subject_for(STAMP)
    assert nl(inner.get_body(("plain",)).get_content()) == nl(genuine.text or "")

    implicit = parse(
        digest_message(
            [DigestItem(genuine.data, genuine.subject, "x")],
            volume=1,
            issue=1,
            date=when,
            explicit_rfc822=False,
        )
    )
    part = next(p for p in implicit.walk() if p.get_content_type() == "multipart/digest")
    assert next(part.iter_parts()).get_content_type() == "message/rfc822"

    foreign = parse(
        digest_message(
            [DigestItem(spoof.as_bytes(), spoof_ed.stamp, "x")],
            volume=3,
            issue=7,
            date=when,
            from_list=False,
        )
    )
    assert "tld-ops" not in str(foreign["List-Id"]) and "dns-oarc" not in str(foreign["From"])

    fwd = parse(forward_message(genuine.data, genuine.subject, date=when))
    assert all_defects(fwd) == []
    assert str(fwd["Subject"]).startswith("Fwd: [tld-ops] TLD-OPS Incident Response")
    att = [p for p in fwd.walk() if p.get_content_type() == "message/rfc822"]
    assert len(att) == 1
    fin = att[0].get_content()
    assert "tld-ops.lists.dns-oarc.net" in str(fin["List-Id"])
    assert nl(fin.get_body(("plain",)).get_content()) == nl(genuine.text or "")


@pytest.mark.parametrize("kind", NOISE_KINDS)
def test_noise_parses(kind: str) -> None:
    rng = random.Random(1)
    for i in range(3):
        msg = parse(noise_message(rng, i, stamp_datetime(STAMP), kind=kind))  # type: ignore[arg-type]
        assert all_defects(msg) == []
        subject = str(msg["Subject"])
        assert not re.fullmatch(r"\s*\[tld-ops\] TLD-OPS Incident Response Community "
                                r"Repository <\d{8}-\d{4}>", subject)  # fmt: skip
    big = parse(noise_message(rng, 9, stamp_datetime(STAMP), attachment_bytes=50_000))
    att = [p for p in big.walk() if p.get_filename()]
    assert len(att) == 1 and len(att[0].get_content()) >= 49_000


# ----------------------------------------------------------------------------- containers


def _messages(edition: ExpectedEdition) -> list[bytes]:
    rng = random.Random(2)
    when = stamp_datetime(STAMP)
    out = [noise_message(rng, i, when, kind="from-lines") for i in range(3)]
    out.append(build_edition(edition, crlf=True, seed=4).data)
    out += [noise_message(rng, 10 + i, when) for i in range(4)]
    return out


def test_mbox_roundtrip(tmp_path: Path, edition: ExpectedEdition) -> None:
    msgs = _messages(edition)
    path = tmp_path / "box.mbox"
    assert write_mbox(path, msgs) == len(msgs)
    raw = path.read_bytes()
    seps = [ln for ln in raw.split(b"\n") if ln.startswith(b"From ")]
    assert len(seps) == len(msgs)
    assert b"\n>From the sound of it" in raw and b"\n>>From a quoted line" in raw
    box = mailbox.mbox(path)
    try:
        assert len(box) == len(msgs)
        subjects = [str(m["Subject"]) for m in box]
        assert subject_for(STAMP) in subjects
    finally:
        box.close()
    gz = tmp_path / "box.mbox.gz"
    write_mbox(gz, msgs, gz=True)
    assert gzip.decompress(gz.read_bytes()) == raw


def test_thunderbird_maildir_mh_eml(tmp_path: Path, edition: ExpectedEdition) -> None:
    msgs = _messages(edition)
    tb = tmp_path / "Local Folders" / "Inbox"
    tb.parent.mkdir(parents=True)
    write_thunderbird_folder(tb, msgs)
    assert (tb.parent / "Inbox.msf").exists()
    assert tb.read_bytes().startswith(b"From - ")
    assert len(mailbox.mbox(tb)) == len(msgs)

    md = tmp_path / "Maildir"
    files = write_maildir(md, msgs, seed=1)
    assert len({f.name for f in files}) == len(msgs)
    assert all(
        f.name.endswith((":2,S", ":2,RS", ":2,FS", ":2,")) for f in files if f.parent.name == "cur"
    )
    assert (md / "tmp").is_dir()
    box = mailbox.Maildir(md, create=False)
    assert len(box) == len(msgs)
    assert any(str(m["Subject"]) == subject_for(STAMP) for m in box)

    mh = tmp_path / "mh"
    write_mh(mh, msgs)
    mhbox = mailbox.MH(mh, create=False)
    assert sorted(int(k) for k in mhbox.iterkeys()) == list(range(1, len(msgs) + 1))
    assert "unseen" in mhbox.get_sequences()

    eml = write_eml(tmp_path / "x" / "a.eml", msgs[3])
    assert eml.read_bytes() == msgs[3] and b"\r\n" in msgs[3]

    with MboxWriter(tmp_path / "w.mbox") as w:
        for m in msgs:
            w.add(m)
    assert w.count == len(msgs) and w.bytes_written == (tmp_path / "w.mbox").stat().st_size


# ----------------------------------------------------------------------------- corpus


def _open_entry(path: Path, index: int | None, container: str, tmp: Path) -> EmailMessage:
    if index is None:
        return parse(path.read_bytes())
    if container == "mbox.gz":
        plain = tmp / (path.name + ".unpacked")
        plain.write_bytes(gzip.decompress(path.read_bytes()))
        path = plain
    box = mailbox.mbox(path)
    try:
        return parse(box.get_bytes(box.keys()[index]))
    finally:
        box.close()


def _edition_subjects(msg: EmailMessage) -> list[tuple[str, EmailMessage]]:
    """(subject, message) for the message and every message inside it (message/rfc822)."""
    return [(str(p["Subject"]).strip(), p) for p in msg.walk() if p["Subject"] is not None]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Manifest:
    return build_corpus(tmp_path_factory.mktemp("corpus"), seed=3, editions=8)


def test_corpus_manifest(corpus: Manifest) -> None:
    assert corpus.current == STAMP
    assert corpus.current_edition.stamp == STAMP
    assert corpus.trusted_stamps == monthly_stamps(STAMP, 8)
    assert len(corpus.spoofs) == 3 and all(not s.trusted for s in corpus.spoofs)
    assert all(s.stamp > STAMP for s in corpus.spoofs)
    assert {s.wrapper for s in corpus.spoofs} == {"plain", "digest", "forward"}
    assert len(corpus.conflicts) == 1
    c = corpus.conflicts[0]
    assert c.trusted and c.expected != corpus.editions[c.stamp]
    assert len(corpus.duplicates) == 2
    for d in corpus.duplicates:
        assert d.expected == corpus.editions[d.stamp]
    assert {e.container for e in corpus.entries} == {
        "mbox", "mbox.gz", "thunderbird", "maildir", "mh", "eml",
    }  # fmt: skip
    assert {e.wrapper for e in corpus.entries if e.trusted} == {"plain", "digest", "forward"}
    assert len(corpus.replies) == 2
    html_only = [e for e in corpus.entries if "html=only" in e.variant]
    assert html_only


def test_corpus_containers_read_back(corpus: Manifest, tmp_path: Path) -> None:
    for info in corpus.containers:
        if info.kind == "mbox":
            n = len(mailbox.mbox(info.path))
        elif info.kind == "thunderbird":
            n = len(mailbox.mbox(info.path))
            assert info.path.with_name(info.path.name + ".msf").exists()
        elif info.kind == "mbox.gz":
            unpacked = tmp_path / "u.mbox"
            unpacked.write_bytes(gzip.decompress(info.path.read_bytes()))
            n = len(mailbox.mbox(unpacked))
        elif info.kind == "maildir":
            n = len(mailbox.Maildir(info.path, create=False))
        elif info.kind == "mh":
            n = len(mailbox.MH(info.path, create=False))
        else:
            n = len(list(info.path.glob("*.eml")))
        assert n == info.messages, info


def _entry_ok(entry: EditionEntry, tmp: Path) -> None:
    msg = _open_entry(entry.path, entry.index, entry.container, tmp)
    assert all_defects(msg) == [], entry
    found = [(s, m) for s, m in _edition_subjects(msg) if s == subject_for(entry.stamp)]
    assert len(found) == 1, entry
    inner = found[0][1]
    if entry.wrapper == "forward":
        assert str(msg["Subject"]).startswith("Fwd: ")
    if entry.wrapper == "digest":
        assert "Digest" in str(msg["Subject"])
    has_list = "tld-ops.lists.dns-oarc.net" in str(inner["List-Id"] or msg["List-Id"])
    assert has_list == entry.trusted, entry
    body = inner.get_body(("plain", "html"))
    assert body is not None
    content = body.get_content()
    first = entry.expected.members[0].contacts[0]
    assert first.email in content and first.phone in content.replace("&#x27;", "'")


def test_corpus_entries_are_where_the_manifest_says(corpus: Manifest, tmp_path: Path) -> None:
    for entry in corpus.entries:
        _entry_ok(entry, tmp_path)
    for r in corpus.replies:
        msg = _open_entry(r.path, r.index, r.container, tmp_path)
        assert str(msg["Subject"]).strip() == "Re: " + subject_for(r.stamp)
        assert ">" in msg.get_content()


def test_corpus_deterministic(tmp_path: Path) -> None:
    a = build_corpus(tmp_path / "a", seed=5, editions=3, noise=5, members=8)
    b = build_corpus(tmp_path / "b", seed=5, editions=3, noise=5, members=8)
    fa = sorted(p.relative_to(a.root) for p in a.root.rglob("*") if p.is_file())
    fb = sorted(p.relative_to(b.root) for p in b.root.rglob("*") if p.is_file())
    assert fa == fb
    for rel in fa:
        assert (a.root / rel).read_bytes() == (b.root / rel).read_bytes(), rel
