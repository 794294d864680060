"""The community around the contacts: which ccTLDs are not members, and how much is covered.

Everything here is computed from one edition and the bundled ccTLD table (``core/cctlds``);
nothing is fetched. The IANA root zone database page of a ccTLD is given as a link only.

Coverage, as counted here (the TLD-OPS page quotes "more than 65% of all ccTLDs"):

- the denominator is every *delegated* ccTLD of the table (ISO 3166 two-letter and IDN
  ccTLDs alike; retired rows are not delegated);
- ``covered`` is the number of those delegated ccTLDs that are members of the edition, so the
  ratio ``covered / delegated`` never exceeds 1;
- a member that is retired (``.an``) or unknown to the table still counts in ``members`` (and
  in its region's ``members`` when its region is known), and is listed in ``outside_table``,
  but it is in neither ``covered`` nor the denominator: it is not a delegated ccTLD, so
  counting it would measure the list's length, not its reach.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tldops_desktop.core import cctlds
from tldops_desktop.core.cctlds import CcTldInfo
from tldops_desktop.core.model import Edition, Member, Region
from tldops_desktop.core.region_terms import region_named
from tldops_desktop.core.tld import to_unicode
from tldops_desktop.errors import UserError
from tldops_desktop.storage.repository import Repository

REGION_ORDER: tuple[str, ...] = tuple(r.value for r in Region)
"""The ICANN regions in the order lists and tables show them: AF, AP, EU, LAC, NA."""

IANA_ROOT_DB_URL = "https://www.iana.org/domains/root/db/{ace}.html"
"""The IANA root zone database page of a TLD: its manager, administrative and technical contact."""


def iana_url(ace: str) -> str:
    """The IANA root zone database page of ``ace`` (a link only: this module fetches nothing)."""
    return IANA_ROOT_DB_URL.format(ace=ace)


def normalize_region(region: str | None) -> str | None:
    """``eu``, ``EU ``, ``Europe``, ``asia`` → ``EU``, ``AP`` (as search reads them); None or ""
    → None. A ``UserError`` (``bad-region``) otherwise."""
    if region is None or not region.strip():
        return None
    named = region_named(region)
    if named is None:
        raise UserError(f"Unknown region {region!r}: use AF, AP, EU, LAC or NA.", code="bad-region")
    return named.value


def _sort_key(info: CcTldInfo) -> tuple[int, str, str]:
    return (REGION_ORDER.index(info.region), info.unicode.casefold(), info.ace)


def delegated_cctlds() -> list[CcTldInfo]:
    """Every delegated ccTLD of the bundled table (retired rows left out)."""
    return [row for row in cctlds.all_cctlds() if not row.retired]


# -- non-members ------------------------------------------------------------------------------


def non_members(edition: Edition, region: str | None = None) -> list[CcTldInfo]:
    """The delegated ccTLDs that are not members of ``edition``, by region then U-label.

    ``region`` (``AF``, ``AP``, ``EU``, ``LAC``, ``NA``, any case) keeps one region only.
    """
    wanted = normalize_region(region)
    members = {m.tld.ace for m in edition.members}
    rows = [
        row
        for row in delegated_cctlds()
        if row.ace not in members and (wanted is None or row.region == wanted)
    ]
    return sorted(rows, key=_sort_key)


# -- coverage ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegionCoverage:
    region: str
    members: int  # members of the edition in this region, retired or unknown ones included
    covered: int  # delegated ccTLDs of this region that are members
    delegated: int  # delegated ccTLDs of this region

    @property
    def ratio(self) -> float:
        return self.covered / self.delegated if self.delegated else 0.0

    @property
    def non_members(self) -> int:
        return self.delegated - self.covered

    def to_json(self) -> dict[str, Any]:
        return {
            "members": self.members,
            "covered": self.covered,
            "delegated": self.delegated,
            "non_members": self.non_members,
            "ratio": round(self.ratio, 4),
        }


@dataclass(frozen=True, slots=True)
class Coverage:
    """Members out of all delegated ccTLDs in one edition, overall and per ICANN region.

    See the module docstring for what counts where.
    """

    stamp: str
    members: int
    covered: int
    delegated: int
    regions: tuple[RegionCoverage, ...]  # in REGION_ORDER, every region present
    outside_table: tuple[str, ...]  # A-labels of members that are retired or not in the table

    @property
    def ratio(self) -> float:
        return self.covered / self.delegated if self.delegated else 0.0

    @property
    def non_members(self) -> int:
        return self.delegated - self.covered

    def region(self, name: str) -> RegionCoverage:
        for item in self.regions:
            if item.region == name:
                return item
        raise KeyError(name)

    def to_json(self) -> dict[str, Any]:
        return {
            "edition": self.stamp,
            "members": self.members,
            "covered": self.covered,
            "delegated": self.delegated,
            "non_members": self.non_members,
            "ratio": round(self.ratio, 4),
            "outside_table": list(self.outside_table),
            "regions": {item.region: item.to_json() for item in self.regions},
        }


def _member_region(member: Member, info: CcTldInfo | None) -> str | None:
    region = member.effective_region
    if region is not None:
        return region.value
    return info.region if info is not None else None


def coverage(edition: Edition) -> Coverage:
    """How many of the delegated ccTLDs ``edition`` lists, overall and per region."""
    delegated = delegated_cctlds()
    delegated_aces = {row.ace for row in delegated}
    member_aces = {m.tld.ace for m in edition.members}
    members_in: dict[str, int] = dict.fromkeys(REGION_ORDER, 0)
    outside: list[str] = []
    for member in edition.members:
        info = cctlds.lookup(member.tld.ace)
        region = _member_region(member, info)
        if region in members_in:
            members_in[region] += 1
        if member.tld.ace not in delegated_aces:
            outside.append(member.tld.ace)
    regions = tuple(
        RegionCoverage(
            region=name,
            members=members_in[name],
            covered=sum(1 for r in delegated if r.region == name and r.ace in member_aces),
            delegated=sum(1 for r in delegated if r.region == name),
        )
        for name in REGION_ORDER
    )
    return Coverage(
        stamp=edition.stamp,
        members=len(edition.members),
        covered=len(member_aces & delegated_aces),
        delegated=len(delegated_aces),
        regions=regions,
        outside_table=tuple(sorted(set(outside))),
    )


def coverage_history(repo: Repository) -> list[tuple[str, Coverage]]:
    """The coverage of every imported edition, oldest first.

    Only trusted editions count (an untrusted one may be a spoof); when no edition is
    trusted, every edition does, as for the current edition.
    """
    infos = repo.editions()
    trusted = [info for info in infos if info.trusted]
    chosen = trusted or infos
    history: list[tuple[str, Coverage]] = []
    for info in sorted(chosen, key=lambda i: i.stamp):
        edition = repo.edition(info.stamp)
        if edition is not None:
            history.append((info.stamp, coverage(edition)))
    return history


# -- a ccTLD that is not a member -------------------------------------------------------------


class NotMemberStatus:
    """What a label that is not in the edition is (stable codes, for the CLI and the GUI)."""

    DELEGATED = "delegated"  # a delegated ccTLD: its IANA administrative contact is the fallback
    RETIRED = "retired"  # a ccTLD that is no longer delegated
    NOT_DELEGATED = "not-delegated"  # no ccTLD of the table: nobody to reach through IANA


@dataclass(frozen=True, slots=True)
class NotMemberInfo:
    ace: str
    unicode: str
    stamp: str  # the edition it is not a member of
    status: str  # a NotMemberStatus code
    info: CcTldInfo | None  # the table row, when the table knows the label
    iana_url: str | None  # the IANA root zone database page, for a delegated or retired ccTLD

    @property
    def delegated(self) -> bool:
        return self.status == NotMemberStatus.DELEGATED

    def to_json(self) -> dict[str, Any]:
        return {
            "tld": {"ace": self.ace, "unicode": self.unicode},
            "edition": self.stamp,
            "status": self.status,
            "country": self.info.country if self.info else None,
            "region": self.info.region if self.info else None,
            "iana_url": self.iana_url,
        }


def not_member_advice(ace: str, edition: Edition) -> NotMemberInfo:
    """What to tell a responder who looks for ``ace`` (an A-label) and finds no member.

    A delegated ccTLD's fallback is its administrative contact in the IANA root zone
    database: the link is returned, never fetched.
    """
    info = cctlds.lookup(ace)
    if info is None:
        status = NotMemberStatus.NOT_DELEGATED
        url = None
        unicode = _unicode_or_ace(ace)
    else:
        status = NotMemberStatus.RETIRED if info.retired else NotMemberStatus.DELEGATED
        url = iana_url(info.ace)
        unicode = info.unicode
    return NotMemberInfo(
        ace=ace, unicode=unicode, stamp=edition.stamp, status=status, info=info, iana_url=url
    )


def _unicode_or_ace(ace: str) -> str:
    try:
        return to_unicode(ace)
    except ValueError:
        return ace


def not_member_label(advice: NotMemberInfo) -> str:
    """How the CLI names the ccTLD that is not a member: ``.ελ (xn--qxam)``, ``.ne``. The
    label people read comes first; the A-label beside it is what scripts and IANA use."""
    label = "." + advice.unicode
    return label if advice.unicode == advice.ace else f"{label} ({advice.ace})"


def not_member_sentence(advice: NotMemberInfo) -> str:
    """The English advice the CLI appends to "not a member" (the GUI words its own)."""
    label = "." + advice.unicode
    if advice.status == NotMemberStatus.DELEGATED:
        assert advice.info is not None
        return (
            f"{label} ({advice.info.country}) is a delegated ccTLD; reach it through its "
            f"administrative contact in the IANA root zone database: {advice.iana_url}"
        )
    if advice.status == NotMemberStatus.RETIRED:
        return (
            f"{label} is a retired ccTLD, no longer delegated; its last record is in the IANA "
            f"root zone database: {advice.iana_url}"
        )
    return f"{label} is not a delegated ccTLD, so there is no administrative contact to ask."
