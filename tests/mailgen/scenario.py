"""A realistic corpus of mailboxes with repository editions, and the manifest of what is in it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Literal

from tests.mailgen.containers import (
    MaildirWriter,
    write_eml,
    write_mbox,
    write_mh,
    write_thunderbird_folder,
)
from tests.mailgen.editions import (
    MUST_HAVE_IDNS,
    ExpectedEdition,
    change_phones,
    make_edition,
    monthly_stamps,
    mutate_edition,
    next_month,
    with_stamp,
)
from tests.mailgen.messages import (
    SUBJECT_STYLES,
    BuiltMessage,
    DigestItem,
    Encoding,
    HtmlMode,
    SubjectStyle,
    build_edition,
    can_encode,
    digest_message,
    edition_message,
    forward_message,
    noise_message,
    reply_message,
    stamp_datetime,
)
from tests.mailgen.render import HtmlStyle, Layout

ContainerKind = Literal["mbox", "mbox.gz", "thunderbird", "maildir", "mh", "eml"]
Wrapper = Literal["plain", "digest", "forward"]

__all__ = [
    "ContainerInfo",
    "EditionEntry",
    "Manifest",
    "OtherEntry",
    "build_corpus",
    "edition_chain",
    "edition_message",
    "write_mbox",
]


@dataclass(frozen=True)
class EditionEntry:
    """One edition email written into the corpus.

    ``path`` is the mailbox file for mbox kinds (then ``index`` is the 0-based position of the
    top-level message in it) and the message file itself for Maildir, MH and .eml (``index``
    None). ``wrapper`` says whether the edition is the message itself, a part of a digest, or the
    message/rfc822 attachment of a forward. ``duplicate``: the same body was already written
    (possibly differently encoded). ``conflict``: same stamp as a genuine edition, different
    body. ``spoof``: not sent through the list (``trusted`` is then False).
    """

    stamp: str
    container: ContainerKind
    path: Path
    index: int | None
    wrapper: Wrapper
    trusted: bool
    duplicate: bool
    conflict: bool
    spoof: bool
    expected: ExpectedEdition
    variant: str


@dataclass(frozen=True)
class OtherEntry:
    """A message that must not count as an edition (a reply quoting one)."""

    kind: str
    stamp: str
    container: ContainerKind
    path: Path
    index: int | None


@dataclass(frozen=True)
class ContainerInfo:
    kind: ContainerKind
    path: Path
    messages: int


@dataclass
class Manifest:
    root: Path
    seed: int
    entries: list[EditionEntry] = field(default_factory=list)
    replies: list[OtherEntry] = field(default_factory=list)
    containers: list[ContainerInfo] = field(default_factory=list)
    editions: dict[str, ExpectedEdition] = field(default_factory=dict)
    current: str = ""
    noise_messages: int = 0

    @property
    def spoofs(self) -> list[EditionEntry]:
        return [e for e in self.entries if e.spoof]

    @property
    def trusted_stamps(self) -> list[str]:
        return sorted({e.stamp for e in self.entries if e.trusted})

    @property
    def conflicts(self) -> list[EditionEntry]:
        return [e for e in self.entries if e.conflict]

    @property
    def duplicates(self) -> list[EditionEntry]:
        return [e for e in self.entries if e.duplicate]

    @property
    def current_edition(self) -> ExpectedEdition:
        return self.editions[self.current]

    def entries_for(self, stamp: str) -> list[EditionEntry]:
        return [e for e in self.entries if e.stamp == stamp]


def edition_chain(
    stamps: list[str],
    *,
    seed: int,
    members: int = 40,
    hostile_names: bool = False,
    hard_cases: bool = False,
) -> list[ExpectedEdition]:
    """Consecutive editions. The oldest is ASCII-only, the next Latin-1 and Windows-1252
    representable (so those charsets can be used for them), then IDNs join and names go Unicode.
    """
    out: list[ExpectedEdition] = []
    for i, stamp in enumerate(stamps):
        s = seed * 1000 + i
        if i == 0:
            ed = make_edition(stamp, seed=s, members=members, repertoire="ascii", idn=False)
        elif i == 1:
            ed = mutate_edition(out[-1], stamp, s, repertoire="latin1")
        elif i == 2:
            ed = mutate_edition(out[-1], stamp, s, repertoire="cp1252")
        else:
            ed = mutate_edition(
                out[-1],
                stamp,
                s,
                hostile_names=hostile_names,
                hard_cases=hard_cases,
                join_aces=MUST_HAVE_IDNS if i == 3 else (),
            )
        out.append(ed)
    return out


@dataclass
class _Draft:
    data: bytes
    entry: dict[str, object] | None = None
    reply_stamp: str | None = None
    extra_entries: list[dict[str, object]] = field(default_factory=list)


@dataclass
class _Plan:
    boxes: dict[str, list[_Draft]] = field(default_factory=dict)

    def add(self, box: str, draft: _Draft) -> None:
        self.boxes.setdefault(box, []).append(draft)


_ROTATION: tuple[tuple[str, Wrapper], ...] = (
    ("inbox", "plain"),
    ("archive-gz", "plain"),
    ("eml", "plain"),
    ("tb-tldops", "plain"),
    ("mh", "plain"),
    ("digests", "digest"),
    ("eml", "forward"),
    ("maildir-tldops", "plain"),
)
_ENCODING_CYCLE: tuple[Encoding, ...] = ("8bit", "quoted-printable", "base64")
_HTML_CYCLE: tuple[HtmlMode, ...] = ("none", "alternative", "none", "only", "alternative")


def build_corpus(
    root: Path,
    *,
    seed: int,
    editions: int = 8,
    members: int = 40,
    noise: int = 40,
    newest: str = "20261101-0600",
    hostile_names: bool = False,
    hard_cases: bool = False,
) -> Manifest:
    """Write a realistic mix of mailboxes into ``root`` and return what is in them.

    Contents: ``editions`` monthly genuine editions ending with ``newest`` spread over an mbox,
    a ``.mbox.gz`` archive, Thunderbird folders (extension-less mbox + ``.msf``, nested
    ``Inbox.sbd``), a Maildir (with a Maildir++ subfolder), an MH folder, ``.eml`` files (some
    CRLF, nested); one edition only inside a list digest and one only as a forwarded
    attachment; duplicates (the newest again as a differently encoded ``.eml``, an older one
    forwarded again); one conflict (an older stamp re-sent with other phones); three spoofs with
    later stamps (plain, in a digest of another list, forwarded); two replies; ``noise``
    ordinary messages.
    """
    if editions < 3:
        raise ValueError("build_corpus needs at least 3 editions")
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    stamps = monthly_stamps(newest, editions)
    chain = edition_chain(
        stamps, seed=seed, members=members, hostile_names=hostile_names, hard_cases=hard_cases
    )
    plan = _Plan()
    manifest = Manifest(root=root, seed=seed)
    primaries: dict[str, BuiltMessage] = {}
    kwargs_of: dict[str, dict[str, object]] = {}

    def entry(
        ed: ExpectedEdition, wrapper: Wrapper, variant: str, **flags: bool
    ) -> dict[str, object]:
        return {
            "stamp": ed.stamp,
            "wrapper": wrapper,
            "trusted": flags.get("trusted", True),
            "duplicate": flags.get("duplicate", False),
            "conflict": flags.get("conflict", False),
            "spoof": flags.get("spoof", False),
            "expected": ed,
            "variant": variant,
        }

    digest_items: list[DigestItem] = []
    digest_entries: list[dict[str, object]] = []
    for i, ed in enumerate(chain):
        manifest.editions[ed.stamp] = ed
        box, wrapper = _ROTATION[i % len(_ROTATION)]
        if ed.stamp == newest:
            box, wrapper = "maildir-tldops", "plain"
        layout: Layout = "B" if i % 3 == 1 else "A"
        charset = {1: "iso-8859-1", 2: "windows-1252"}.get(i, "utf-8")
        encoding: Encoding = "7bit" if i == 0 else _ENCODING_CYCLE[i % 3]
        html: HtmlMode = _HTML_CYCLE[i % len(_HTML_CYCLE)]
        html_style: HtmlStyle = "table" if i % 2 == 0 else "paragraphs"
        subject_style: SubjectStyle = SUBJECT_STYLES[i % len(SUBJECT_STYLES)]
        crlf = box == "eml" and i % 2 == 0
        kw: dict[str, object] = {
            "layout": layout,
            "encoding": encoding,
            "charset": charset,
            "html": html,
            "html_style": html_style,
            "subject_style": subject_style,
            "subject_charset": "utf-8" if i % 2 else "iso-8859-1",
            "crlf": crlf,
            "seed": seed * 7919 + i,
        }
        built = build_edition(ed, **kw)  # type: ignore[arg-type]
        if built.text is not None and not can_encode(built.text, charset, encoding):
            raise AssertionError(f"edition {ed.stamp} not representable in {charset}/{encoding}")
        primaries[ed.stamp] = built
        kwargs_of[ed.stamp] = kw
        variant = " ".join(f"{k}={v}" for k, v in kw.items() if k != "seed")
        if wrapper == "digest":
            digest_items.append(DigestItem(built.data, built.subject, "TLD-OPS Repository"))
            digest_entries.append(entry(ed, "digest", variant))
        elif wrapper == "forward":
            fwd = forward_message(
                built.data,
                built.subject,
                date=stamp_datetime(ed.stamp) + timedelta(days=3),
                seed=seed + i,
            )
            plan.add("eml", _Draft(fwd, entry(ed, "forward", variant)))
        else:
            plan.add(box, _Draft(built.data, entry(ed, "plain", variant)))

    newest_ed = chain[-1]
    second = chain[-2]
    # Duplicates: the newest edition again, same text, other transfer encoding and CRLF.
    nb = primaries[newest]
    nkw = dict(kwargs_of[newest])
    nkw["encoding"] = "base64" if nkw["encoding"] != "base64" else "quoted-printable"
    nkw["subject_style"] = "b"
    nkw["crlf"] = True
    dup = build_edition(newest_ed, **nkw, text=nb.text, message_id=nb.message_id)  # type: ignore[arg-type]
    variant = " ".join(f"{k}={v}" for k, v in nkw.items() if k != "seed")
    plan.add("eml-old", _Draft(dup.data, entry(newest_ed, "plain", variant, duplicate=True)))
    # ... and the second newest forwarded by a colleague (inner message byte-identical).
    fwd = forward_message(
        primaries[second.stamp].data,
        primaries[second.stamp].subject,
        date=stamp_datetime(second.stamp) + timedelta(days=10),
        seed=seed + 99,
    )
    plan.add("inbox", _Draft(fwd, entry(second, "forward", "forwarded copy", duplicate=True)))

    # Conflict: an older stamp re-sent through the list with different phones.
    target = chain[1]
    changed = change_phones(target, seed + 5)
    cb = build_edition(changed, layout="A", encoding="quoted-printable", seed=seed + 5)
    plan.add("archive-gz", _Draft(cb.data, entry(changed, "plain", "conflict", conflict=True)))

    # Spoofs: later stamps, changed phones, not through the list.
    def spoof(months: int) -> tuple[ExpectedEdition, BuiltMessage]:
        ed = change_phones(with_stamp(newest_ed, next_month(newest, months)), seed + months)
        return ed, build_edition(ed, trusted=False, seed=seed + 50 + months)

    s1, b1 = spoof(1)
    plan.add("inbox", _Draft(b1.data, entry(s1, "plain", "spoof", trusted=False, spoof=True)))
    s2, b2 = spoof(2)
    foreign = digest_message(
        [DigestItem(b2.data, b2.subject, "TLD-OPS Repository")],
        volume=3,
        issue=7,
        date=stamp_datetime(s2.stamp),
        from_list=False,
        seed=seed + 2,
    )
    plan.add(
        "digests",
        _Draft(foreign, entry(s2, "digest", "spoof in foreign digest", trusted=False, spoof=True)),
    )
    s3, b3 = spoof(3)
    fwd3 = forward_message(b3.data, b3.subject, date=stamp_datetime(s3.stamp), seed=seed + 3)
    plan.add(
        "eml-old",
        _Draft(fwd3, entry(s3, "forward", "forwarded spoof", trusted=False, spoof=True)),
    )

    # Replies quoting editions (must not count).
    for k, (ed, box) in enumerate(((newest_ed, "inbox"), (second, "maildir-inbox"))):
        text = primaries[ed.stamp].text or ""
        rep = reply_message(
            text,
            ed.stamp,
            date=stamp_datetime(ed.stamp) + timedelta(days=1, hours=3),
            in_reply_to=primaries[ed.stamp].message_id,
            encoding="base64" if k == 0 else "8bit",
            seed=seed + 70 + k,
        )
        plan.add(box, _Draft(rep, reply_stamp=ed.stamp))

    # The list digest: list traffic around the digested edition.
    if digest_items:
        when = stamp_datetime(digest_items[0].subject[-14:-1]) + timedelta(hours=18)
        items = [
            DigestItem(noise_message(rng, 900, when, kind="list"), "[tld-ops] Heads-up", "Someone"),
            *digest_items,
            DigestItem(noise_message(rng, 901, when, kind="near-miss"), "[tld-ops] Q", "Someone"),
        ]
        data = digest_message(items, volume=42, issue=3, date=when, seed=seed + 1)
        plan.add("digests", _Draft(data, extra_entries=digest_entries))

    # Noise spread over the boxes.
    boxes = ["inbox", "archive-gz", "tb-inbox", "tb-tldops", "maildir-inbox", "maildir-tldops",
             "mh", "digests"]  # fmt: skip
    base = stamp_datetime(stamps[0])
    span = (stamp_datetime(newest) - base).total_seconds() + 86400 * 20
    for n in range(noise):
        when = base + timedelta(seconds=rng.uniform(0, span))
        plan.add(boxes[n % len(boxes)], _Draft(noise_message(rng, n, when)))
    manifest.noise_messages = noise

    for drafts in plan.boxes.values():
        rng.shuffle(drafts)
    _write(root, plan, manifest, rng)
    manifest.current = max(e.stamp for e in manifest.entries if e.trusted)
    return manifest


_BOX_PATHS: dict[str, tuple[ContainerKind, str]] = {
    "inbox": ("mbox", "Mail/Inbox.mbox"),
    "digests": ("mbox", "Mail/Lists/Digests.mbox"),
    "archive-gz": ("mbox.gz", "Archive/2026.mbox.gz"),
    "tb-inbox": ("thunderbird", "Thunderbird/Local Folders/Inbox"),
    "tb-tldops": ("thunderbird", "Thunderbird/Local Folders/Inbox.sbd/tld-ops"),
    "maildir-inbox": ("maildir", "Maildir"),
    "maildir-tldops": ("maildir", "Maildir/.tld-ops"),
    "mh": ("mh", "Mail/mh/tld-ops"),
    "eml": ("eml", "saved"),
    "eml-old": ("eml", "saved/old"),
}


def _write(root: Path, plan: _Plan, manifest: Manifest, rng: random.Random) -> None:
    for box, drafts in sorted(plan.boxes.items()):
        kind, rel = _BOX_PATHS[box]
        path = root / rel
        paths: list[Path | None]
        if kind in ("mbox", "mbox.gz", "thunderbird"):
            path.parent.mkdir(parents=True, exist_ok=True)
            data = [d.data for d in drafts]
            if kind == "thunderbird":
                write_thunderbird_folder(path, data, seed=rng.getrandbits(16))
            else:
                write_mbox(path, data, gz=kind == "mbox.gz")
            paths = [None] * len(drafts)
        elif kind == "maildir":
            w = MaildirWriter(path, seed=rng.getrandbits(16))
            paths = [w.add(d.data) for d in drafts]
        elif kind == "mh":
            paths = list(write_mh(path, [d.data for d in drafts]))
        else:
            paths = []
            for n, d in enumerate(drafts):
                stamp = (d.entry or {}).get("stamp", f"mail-{n}")
                wrapper = (d.entry or {}).get("wrapper", "plain")
                name = f"{n:02d}-{'Fwd-' if wrapper == 'forward' else ''}repository-{stamp}.eml"
                paths.append(write_eml(path / name, d.data))
        manifest.containers.append(ContainerInfo(kind, path, len(drafts)))
        for idx, (d, p) in enumerate(zip(drafts, paths, strict=True)):
            where = path if p is None else p
            index = idx if p is None else None
            for e in ([d.entry] if d.entry is not None else []) + d.extra_entries:
                manifest.entries.append(
                    EditionEntry(
                        stamp=str(e["stamp"]),
                        container=kind,
                        path=where,
                        index=index,
                        wrapper=e["wrapper"],  # type: ignore[arg-type]
                        trusted=bool(e["trusted"]),
                        duplicate=bool(e["duplicate"]),
                        conflict=bool(e["conflict"]),
                        spoof=bool(e["spoof"]),
                        expected=e["expected"],  # type: ignore[arg-type]
                        variant=str(e["variant"]),
                    )
                )
            if d.reply_stamp is not None:
                manifest.replies.append(OtherEntry("reply", d.reply_stamp, kind, where, index))
