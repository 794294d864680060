"""Every time in ``--json`` output is unambiguous: ISO 8601 in UTC with its offset, whether
the edition's message had a Date header (in any zone, or none: ``-0000``) or not (the time the
stamp names, which is UTC)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.mailgen.editions import make_edition
from tests.mailgen.messages import build_edition, stamp_datetime

NO_DATE, PARIS, NO_ZONE = "20260901-0600", "20261001-0600", "20261101-0600"
# Anything that reads as a date and time: it must end in an offset.
TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def without_header(data: bytes, name: bytes) -> bytes:
    head, sep, body = data.partition(b"\n\n")
    lines = [line for line in head.split(b"\n") if not line.startswith(name + b":")]
    return b"\n".join(lines) + sep + body


@pytest.fixture
def mail(tmp_path: Path) -> Path:
    folder = tmp_path / "mail"
    folder.mkdir()
    no_date = build_edition(make_edition(NO_DATE, seed=1, members=4), seed=1).data
    (folder / "no-date.eml").write_bytes(without_header(no_date, b"Date"))
    paris = stamp_datetime(PARIS).astimezone(timezone(timedelta(hours=2)))  # 08:00 +02:00
    (folder / "paris.eml").write_bytes(
        build_edition(make_edition(PARIS, seed=2, members=4), seed=2, date=paris).data
    )
    no_zone = build_edition(make_edition(NO_ZONE, seed=3, members=4), seed=3).data
    (folder / "no-zone.eml").write_bytes(
        no_zone.replace(b" +0000\n", b" -0000\n", 1)  # RFC 5322: the zone is not known
    )
    return folder


def times(value: Any) -> Iterator[str]:
    """Every string in a JSON value that reads as a date and time."""
    if isinstance(value, dict):
        for item in value.values():
            yield from times(item)
    elif isinstance(value, list):
        for item in value:
            yield from times(item)
    elif isinstance(value, str) and TIME.match(value):
        yield value


def test_edition_dates_are_utc_with_their_offset(mail: Path, passphrase: str, run_cli: Any) -> None:
    done = run_cli("import", mail, "--json")
    assert done.code == 0, done.err
    assert sorted(done.json()["imported"]) == [NO_DATE, PARIS, NO_ZONE]
    editions = {e["stamp"]: e for e in run_cli("editions", "--json").json()["editions"]}
    assert editions[NO_DATE]["date"] == "2026-09-01T06:00:00+00:00"
    assert editions[NO_DATE]["date_from"] == "stamp"
    assert editions[PARIS]["date"] == "2026-10-01T06:00:00+00:00"  # sent 08:00 +02:00
    assert editions[PARIS]["date_from"] == "sent"
    assert editions[NO_ZONE]["date"] == "2026-11-01T06:00:00+00:00"
    assert editions[NO_ZONE]["date_from"] == "sent"
    for edition in editions.values():
        imported_at = datetime.fromisoformat(edition["imported_at"])
        assert imported_at.utcoffset() == timedelta(0)
        assert abs(datetime.now(UTC) - imported_at) < timedelta(hours=1)


def test_every_json_output_gives_times_with_an_offset(
    mail: Path, passphrase: str, run_cli: Any
) -> None:
    first = run_cli("import", mail / "no-date.eml", "--json")
    assert first.code == 0, first.err
    # A second import takes a backup: restore --list has a time too.
    assert run_cli("import", mail, "--json").code == 0
    member = edition_member(run_cli)
    outputs = {
        "editions": run_cli("editions", "--json"),
        "show": run_cli("show", member, "--edition", NO_DATE, "--json"),
        "search": run_cli("search", "--json"),
        "diff": run_cli("diff", NO_DATE, PARIS, "--json"),
        "restore": run_cli("restore", "--list", "--json"),
        "sources": run_cli("sources", "list", "--json"),
        "import": run_cli("import", mail, "--json", "--rescan"),
    }
    seen = []
    for name, result in outputs.items():
        assert result.code == 0, (name, result.err)
        for value in times(result.json()):
            when = datetime.fromisoformat(value)
            assert when.tzinfo is not None, (name, value)
            assert when.utcoffset() == timedelta(0), (name, value)
            seen.append(name)
    assert {"editions", "restore", "sources"} <= set(seen)


def test_the_edition_date_of_an_answer_is_its_utc_day(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    """Sent at 23:30 on 31 October in New York, 03:30 on 1 November in UTC: the edition's day
    is the UTC one, as ``editions --json`` gives its date."""
    stamp = "20261101-0330"
    sent = datetime(2026, 10, 31, 23, 30, tzinfo=timezone(timedelta(hours=-4)))
    path = tmp_path / "late.eml"
    path.write_bytes(build_edition(make_edition(stamp, seed=4, members=3), seed=4, date=sent).data)
    assert run_cli("import", path).code == 0
    (edition,) = run_cli("editions", "--json").json()["editions"]
    assert edition["date"] == "2026-11-01T03:30:00+00:00"
    member = edition_member(run_cli)
    shown = run_cli("show", member, "--json").json()
    assert shown["edition_date"] == "2026-11-01"
    assert run_cli("search", member, "--json").json()["edition_date"] == "2026-11-01"


def edition_member(run_cli: Any) -> str:
    results = run_cli("search", "--json").json()["results"]
    return "." + str(results[0]["tld"]["ace"])
