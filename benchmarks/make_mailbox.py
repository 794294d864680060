#!/usr/bin/env python3
"""Write a large realistic mbox (and optionally the same mail as a Maildir) for benchmarks.

Streams: messages are generated and written one at a time; only the (small) edition data is kept.

    python benchmarks/make_mailbox.py --out benchmarks/out/big.mbox --size-mib 600 \\
        --messages 50000 --editions 100 [--maildir benchmarks/out/big-maildir] [--seed 1]

Content, in date order: ordinary messages (small text mails, HTML newsletters, ``[tld-ops]`` list
traffic that is not an edition, encoded subjects, bodies with ``From `` lines, attachments; some
with large base64 attachments so that the file reaches the target size) and repository editions
with monthly stamps going back from 20261101-0600: mostly genuine, one inside a list digest, one
forwarded again, one received twice, a few spoofs (plain, in a foreign digest, forwarded) with
later stamps, and a few replies. A JSON manifest (``<out>.manifest.json``) records where each
edition, spoof and reply is (0-based message index in the mbox, file in the Maildir).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.mailgen.containers import MaildirWriter, MboxWriter
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
    DigestItem,
    Encoding,
    HtmlMode,
    build_edition,
    digest_message,
    forward_message,
    noise_message,
    reply_message,
    stamp_datetime,
)
from tests.mailgen.render import Layout, render_text

MIB = 1 << 20
NEWEST = "20261101-0600"


@dataclass
class Special:
    """A repository-related message to insert at ``when``."""

    when: datetime
    kind: (
        str  # edition | digest | forward | duplicate | spoof | spoof-digest | spoof-forward | reply
    )
    stamp: str
    trusted: bool
    make: Callable[[], bytes]


def _edition_factory(ed: ExpectedEdition, seed: int) -> Callable[[], bytes]:
    def make() -> bytes:
        rng = random.Random(seed)
        layout: Layout = rng.choice(("A", "A", "B"))
        encoding: Encoding = rng.choice(("8bit", "quoted-printable", "base64"))
        html: HtmlMode = rng.choice(("none", "none", "alternative", "only"))
        return build_edition(
            ed,
            layout=layout,
            encoding=encoding,
            html=html,
            html_style=rng.choice(("table", "paragraphs")),
            subject_style=rng.choice(SUBJECT_STYLES),
            seed=seed,
        ).data

    return make


def plan_specials(editions: int, members: int, seed: int) -> list[Special]:
    stamps = monthly_stamps(NEWEST, editions)
    out: list[Special] = []
    ed = make_edition(stamps[0], seed=seed, members=members)
    chain = [ed]
    for i, stamp in enumerate(stamps[1:], start=1):
        ed = mutate_edition(
            ed, stamp, seed * 10_000 + i, join_aces=MUST_HAVE_IDNS if i == 1 else ()
        )
        chain.append(ed)
    rng = random.Random(seed)
    digest_at = len(chain) // 3
    forward_at = len(chain) // 2
    for i, ed in enumerate(chain):
        when = stamp_datetime(ed.stamp)
        make = _edition_factory(ed, seed * 7 + i)
        if i == digest_at and len(chain) > 3:

            def make_digest(make: Callable[[], bytes] = make, when: datetime = when) -> bytes:
                item = DigestItem(make(), "[tld-ops] TLD-OPS Incident Response ...", "TLD-OPS")
                return digest_message(
                    [item], volume=40, issue=7, date=when + timedelta(hours=20), seed=seed
                )

            out.append(Special(when + timedelta(hours=20), "digest", ed.stamp, True, make_digest))
        else:
            out.append(Special(when, "edition", ed.stamp, True, make))
        if i == forward_at:

            def make_fwd(make: Callable[[], bytes] = make, when: datetime = when) -> bytes:
                return forward_message(
                    make(), "[tld-ops] TLD-OPS Incident Response Community Repository",
                    date=when + timedelta(days=12), seed=seed,
                )  # fmt: skip

            out.append(Special(when + timedelta(days=12), "forward", ed.stamp, True, make_fwd))
            out.append(Special(when + timedelta(days=2), "duplicate", ed.stamp, True, make))
    # replies
    for k in range(min(5, len(chain))):
        ed = chain[rng.randrange(len(chain))]
        when = stamp_datetime(ed.stamp) + timedelta(days=1, hours=k)

        def make_reply(ed: ExpectedEdition = ed, when: datetime = when, k: int = k) -> bytes:
            text = _edition_text(ed, seed + k)
            return reply_message(text, ed.stamp, date=when, seed=seed + k)

        out.append(Special(when, "reply", ed.stamp, False, make_reply))
    # spoofs: later stamps, changed phones, not through the list
    newest = chain[-1]
    for k, kind in enumerate(("spoof", "spoof-digest", "spoof-forward"), start=1):
        sp = change_phones(with_stamp(newest, next_month(NEWEST, k)), seed + k)
        when = stamp_datetime(NEWEST) + timedelta(days=3 + k)

        def make_spoof(sp: ExpectedEdition = sp, kind: str = kind, when: datetime = when) -> bytes:
            built = build_edition(sp, trusted=False, seed=seed)
            if kind == "spoof":
                return built.data
            if kind == "spoof-digest":
                item = DigestItem(built.data, built.subject, "TLD-OPS Repository")
                return digest_message([item], volume=3, issue=9, date=when, from_list=False)
            return forward_message(built.data, built.subject, date=when, seed=seed)

        out.append(Special(when, kind, sp.stamp, False, make_spoof))
    out.sort(key=lambda s: s.when)
    return out


def _edition_text(ed: ExpectedEdition, seed: int) -> str:
    return render_text(ed, "A", seed=seed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", type=Path, required=True, help="mbox file to write")
    ap.add_argument("--size-mib", type=float, default=600.0, help="target mbox size (MiB)")
    ap.add_argument("--messages", type=int, default=50_000, help="ordinary messages")
    ap.add_argument("--editions", type=int, default=100, help="monthly repository editions")
    ap.add_argument("--members", type=int, default=120, help="ccTLDs per edition")
    ap.add_argument("--maildir", type=Path, default=None, help="also write a Maildir here")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)

    t0 = time.monotonic()
    specials = plan_specials(args.editions, args.members, args.seed)
    rng = random.Random(args.seed)
    target = int(args.size_mib * MIB)
    n_ordinary = args.messages
    start = stamp_datetime(monthly_stamps(NEWEST, args.editions)[0]) - timedelta(days=15)
    end = stamp_datetime(NEWEST) + timedelta(days=20)
    step = (end - start) / max(1, n_ordinary)
    # Editions are ~ members * 250 bytes each; reserve room for them in the size budget.
    special_budget = len(specials) * args.members * 260
    big_every = 20
    avg_small = 3_500

    mbox = MboxWriter(args.out, style="sender")
    maildir = MaildirWriter(args.maildir, seed=args.seed) if args.maildir else None
    manifest: list[dict[str, object]] = []
    counts: dict[str, int] = {}
    sp_i = 0

    def emit(data: bytes) -> tuple[int, str | None]:
        index = mbox.count
        mbox.add(data)
        path = maildir.add(data) if maildir else None
        return index, (str(path) if path else None)

    def flush_specials(upto: datetime) -> None:
        nonlocal sp_i, special_budget
        while sp_i < len(specials) and specials[sp_i].when <= upto:
            sp = specials[sp_i]
            before = mbox.bytes_written
            index, path = emit(sp.make())
            special_budget -= mbox.bytes_written - before
            manifest.append(
                {
                    "kind": sp.kind,
                    "stamp": sp.stamp,
                    "trusted": sp.trusted,
                    "index": index,
                    "maildir": path,
                }
            )
            counts[sp.kind] = counts.get(sp.kind, 0) + 1
            sp_i += 1

    for i in range(n_ordinary):
        when = start + step * i
        flush_specials(when)
        remaining = n_ordinary - i
        attachment = 0
        if i % big_every == big_every - 1:
            budget = target - mbox.bytes_written - max(0, special_budget)
            big_left = remaining // big_every + 1
            raw = (budget - remaining * avg_small) / big_left * 0.74
            attachment = max(0, int(raw))
        if attachment > 1_000:
            data = noise_message(rng, i, when, attachment_bytes=attachment)
        else:
            data = noise_message(rng, i, when)
            if len(data) > 20_000 and rng.random() < 0.5:
                data = noise_message(rng, i, when, kind="list")
        emit(data)
    flush_specials(datetime.max.replace(tzinfo=end.tzinfo))
    mbox.close()

    trusted = [m["stamp"] for m in manifest if m["trusted"]]
    summary = {
        "mbox": str(args.out),
        "bytes": mbox.bytes_written,
        "messages": mbox.count,
        "ordinary": n_ordinary,
        "editions": len({m["stamp"] for m in manifest if m["kind"] in ("edition", "digest")}),
        "kinds": counts,
        "current": max(str(s) for s in trusted) if trusted else None,
        "maildir": str(args.maildir) if args.maildir else None,
        "entries": manifest,
    }
    man_path = args.out.with_name(args.out.name + ".manifest.json")
    man_path.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    secs = time.monotonic() - t0
    print(
        f"wrote {args.out}: {mbox.bytes_written:,} bytes ({mbox.bytes_written / MIB:.1f} MiB), "
        f"{mbox.count:,} messages ({n_ordinary:,} ordinary), "
        f"{summary['editions']} editions, kinds {counts}, current {summary['current']}"
    )
    if args.maildir:
        print(f"wrote Maildir {args.maildir}: {mbox.count:,} files")
    print(f"manifest {man_path}; {secs:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
