"""The bundled table of every delegated ccTLD (``data/cctlds.tsv``), read offline.

It fills a member's missing ICANN region (the caller marks it as inferred), maps an IDN ccTLD
to its country's ISO code (default phone region, CLDR country names) and tells which ccTLDs
are not TLD-OPS members. The table is package data, loaded once with ``importlib.resources``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

_DATA_PACKAGE = "tldops_desktop.core"
_DATA_FILE = "data/cctlds.tsv"
_COLUMNS = ("ace", "unicode", "iso", "country", "region", "status")
_STATUSES = frozenset({"delegated", "retired"})

REGIONS: frozenset[str] = frozenset({"AF", "AP", "EU", "LAC", "NA"})
"""The ICANN geographic regions a row may name."""


@dataclass(frozen=True, slots=True)
class CcTldInfo:
    """One ccTLD: A-label, U-label, ISO 3166-1 code ("" for ``eu``), name, ICANN region."""

    ace: str
    unicode: str
    iso: str
    country: str
    region: str
    retired: bool


@dataclass(frozen=True, slots=True)
class _Table:
    meta: dict[str, str]
    rows: tuple[CcTldInfo, ...]
    by_ace: dict[str, CcTldInfo]


def _parse(text: str) -> _Table:
    meta: dict[str, str] = {}
    rows: list[CcTldInfo] = []
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            key = key.strip().lower()
            if sep and key in ("source", "date") and key not in meta:
                meta[key] = value.strip()
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != _COLUMNS:
                raise ValueError(f"{_DATA_FILE}:{number}: unexpected header {cells!r}")
            header_seen = True
            continue
        if len(cells) != len(_COLUMNS):
            raise ValueError(f"{_DATA_FILE}:{number}: expected {len(_COLUMNS)} columns")
        ace, unicode, iso, country, region, status = cells
        if region not in REGIONS or status not in _STATUSES:
            raise ValueError(f"{_DATA_FILE}:{number}: bad region or status")
        rows.append(
            CcTldInfo(
                ace=ace,
                unicode=unicode,
                iso=iso,
                country=country,
                region=region,
                retired=status == "retired",
            )
        )
    by_ace = {row.ace: row for row in rows}
    if len(by_ace) != len(rows):
        raise ValueError(f"{_DATA_FILE}: duplicate A-label")
    return _Table(meta=meta, rows=tuple(rows), by_ace=by_ace)


@cache
def _table() -> _Table:
    text = resources.files(_DATA_PACKAGE).joinpath(_DATA_FILE).read_text(encoding="utf-8")
    return _parse(text)


def all_cctlds() -> tuple[CcTldInfo, ...]:
    """Every row of the table: delegated ccTLDs, plus retired ones TLD-OPS still lists."""
    return _table().rows


def lookup(ace: str) -> CcTldInfo | None:
    """The row of the lower-case A-label ``ace`` (``de``, ``xn--p1ai``), or None."""
    return _table().by_ace.get(ace)


def numbering_region(ace: str) -> str | None:
    """The region whose numbering plan a number written without its country code is read in:
    the ccTLD's country; a two-letter ccTLD the table does not know yet, as an ISO code."""
    info = lookup(ace)
    if info is not None:
        return info.iso or None
    return ace.upper() if len(ace) == 2 else None


def iso_for(ace: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of the ccTLD's country (``xn--p1ai`` → ``RU``), or None.

    None also for ``eu`` and its IDN forms, which name no country.
    """
    info = lookup(ace)
    return info.iso if info is not None and info.iso else None


def region_for(ace: str) -> str | None:
    """The ICANN region of the ccTLD (``AF``, ``AP``, ``EU``, ``LAC``, ``NA``), or None."""
    info = lookup(ace)
    return info.region if info is not None else None


TABLE_SOURCE: str = _table().meta.get("source", "")
"""Where the table comes from, as its ``# Source:`` comment line says."""

TABLE_DATE: str = _table().meta.get("date", "")
"""The month the table reflects (``2026-11``), from its ``# Date:`` comment line."""
