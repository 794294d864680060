"""Finding and comparing contacts in the store, and their stable JSON shapes."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from typing import Any

from tldops_desktop.core import cctlds
from tldops_desktop.core.diff import ContactChange, EditionDiff, MemberChange, diff_editions
from tldops_desktop.core.model import Contact, Edition, Member
from tldops_desktop.core.query import MissingMember, SearchIndex, parse_query
from tldops_desktop.core.text import plain
from tldops_desktop.core.tld import TldLabelError, to_ace
from tldops_desktop.errors import NotFoundError, UserError
from tldops_desktop.storage.repository import Repository


def contact_json(contact: Contact) -> dict[str, Any]:
    return {
        "position": contact.position,
        "role": contact.position_name,
        "name": contact.name,
        "email": contact.email,
        "phone": contact.phone,
        "phone_e164": contact.phone_e164,
        "email_valid": contact.email_valid,
    }


def member_json(member: Member) -> dict[str, Any]:
    return {
        "tld": {"ace": member.tld.ace, "unicode": member.tld.unicode},
        "country": member.country,
        "region": member.region.value if member.region else None,
        "region_inferred": member.region_inferred.value if member.region_inferred else None,
        "contacts": [contact_json(c) for c in member.contacts],
    }


def require_current(repo: Repository) -> Edition:
    edition = repo.current_edition()
    if edition is None:
        raise UserError(
            "There are no editions yet. Import a repository email first: tldops import PATH.",
            code="no-editions",
        )
    return edition


def require_edition(repo: Repository, stamp: str | None) -> Edition:
    if stamp is None:
        return require_current(repo)
    edition = repo.edition(stamp.strip())
    if edition is None:
        raise NotFoundError(
            f"There is no edition {stamp} (see: tldops editions).", code="no-such-edition"
        )
    return edition


@dataclass(frozen=True, slots=True)
class SearchResult:
    edition: Edition
    members: list[Member]
    # The ccTLD the query names ("ne", "Niger") when it is not a member, nor its country's.
    missing: MissingMember | None = None
    # When nothing matches: the query with a word typed with a slip spelt as the search
    # knows it ("Germnay" → "Germany"), if that finds members.
    suggestion: str | None = None


def search(repo: Repository, text: str, region: str | None = None) -> SearchResult:
    edition = require_current(repo)
    query = parse_query(text).with_region(region)
    index = SearchIndex(edition.members)
    members = index.search(query)
    suggestion = index.suggestion(text, region) if not members and text.strip() else None
    return SearchResult(edition, members, index.missing_member(text), suggestion)


def member_named(repo: Repository, text: str) -> tuple[Edition, list[Member]] | None:
    """The current edition and the one member ``text`` names by its ccTLD in any form
    (``DE``, ``.de``, ``.рф``, ``xn--p1ai``), or None when it names none."""
    try:
        ace = to_ace(plain(text).strip())
    except TldLabelError:
        return None
    edition = require_current(repo)
    member = edition.member(ace)
    return (edition, [member]) if member is not None else None


def show(repo: Repository, cctld: str, stamp: str | None = None) -> tuple[Edition, Member]:
    from tldops_desktop.core.country_terms import only_joining_words
    from tldops_desktop.core.phone_query import read_phone, tel_number
    from tldops_desktop.core.query import bare_word, domain_tld, named_cctld, number_text
    from tldops_desktop.core.query_words import refanged

    text = refanged(plain(cctld).strip())  # pasted with direction marks, "。中国", "nic[.]de"
    if not any(ch.isspace() for ch in text):  # "(.de)", "[DE]", ".de:", "「.de」", "«DE»"
        text = bare_word(text)
    elif text[:1] + text[-1:] in ("()", "[]"):  # "(.de )", as header lines write them
        text = text[1:-1].strip()
    spoken, _, label = text.partition(" ")
    if spoken.casefold() == "dot" and label.strip():  # "dot de", as said on the phone
        text = "." + label.strip()
    if "@" in text:  # an address, or a From line or mailto: link: whose address it is
        shown = _show_address(repo, text, stamp)
        if shown is not None:
            return shown
    try:
        ace = to_ace(text)
    except TldLabelError:
        # A domain or URL pasted from a ticket ("www.nic.de", "https://bbc.co.uk/news"):
        # the member is its ccTLD's.
        domain = domain_tld(text)
        if domain is None and "@" in text:  # an address no contact has, in no ccTLD
            edition = require_edition(repo, stamp)
            raise NotFoundError(
                f"No contact has the address {text} in edition {edition.stamp}; "
                f"tldops search {text!r} finds addresses that contain it.",
                code="no-such-address",
            ) from None
        if domain is None:
            number = tel_number(text) or number_text(text)
            if read_phone(number) is not None:  # "tel:+4915123456740": whose number it is
                return _show_number(repo, number, stamp)
            edition = require_edition(repo, stamp)
            domain = _country_ace(edition, text)  # "Germany"
            if domain is None:
                raise _not_a_cctld(cctld, text, edition) from None
        ace = domain
    edition = require_edition(repo, stamp)
    if edition.member(ace) is None and cctlds.lookup(ace) is None:  # "Россия": no ccTLD
        country = _country_ace(edition, text)
        # "Müller", "ドイツ": no label; "of": a word of country names, not a ccTLD meant
        if country is None and (named_cctld(text) is None or only_joining_words(text)):
            raise _not_a_cctld(cctld, text, edition)
        ace = country or ace
    member = edition.member(ace)
    if member is None:
        from tldops_desktop.core.query import same_country
        from tldops_desktop.services.community import (
            not_member_advice,
            not_member_label,
            not_member_sentence,
        )

        advice = not_member_advice(ace, edition)
        label = not_member_label(advice)
        kin = same_country(ace, edition.members)
        if kin:  # "gb": the United Kingdom's ccTLD is .uk
            names = ", ".join(m.tld.display for m in kin)
            raise NotFoundError(
                f"{label} is not a TLD-OPS member as of edition {edition.stamp}; the member of "
                f"the same country is {names}: tldops show {kin[0].tld.display}",
                code="not-a-member",
            )
        raise NotFoundError(
            f"{label} is not a TLD-OPS member as of edition {edition.stamp}. "
            f"{not_member_sentence(advice)}",
            code="not-a-member",
        )
    return edition, member


def others_named(edition: Edition, text: str, shown: Member) -> list[str]:
    """The ccTLDs, no members, of the other countries ``text`` is a name of, as whole words,
    when ``show`` found ``shown`` by it: "Korea" shows .kr, and .kp is no member; "Congo" with
    one Congo a member, the other. Empty for a ccTLD or a name of one country ("Germany")."""
    from tldops_desktop.core.country_terms import (
        countries_of_words,
        country_cctld,
        country_code,
        country_of_name,
    )

    if country_of_name(text) is not None:
        return []
    iso = country_code(shown.tld.ace)
    others = (country_cctld(other) for other in countries_of_words(text) if other != iso)
    return [ace for ace in others if ace is not None and edition.member(ace) is None]


def _not_a_cctld(typed: str, text: str, edition: Edition) -> UserError:
    from tldops_desktop.core.country_terms import country_of_name

    # "Germnay": the country's name as the search knows it, when it is one (as search does)
    nearest = SearchIndex(edition.members).suggestion(text)
    hint = ""
    if nearest is not None and country_of_name(nearest) is not None:
        hint = f" Did you mean: tldops show {shlex.quote(nearest)}"
    return UserError(
        f"{typed!r} is not a ccTLD or a country's name (try .de, DE, .рф or xn--p1ai); "
        f"tldops search {shlex.quote(text)} finds names, addresses and numbers.{hint}",
        code="bad-cctld",
    )


def _country_ace(edition: Edition, text: str) -> str | None:
    """The ccTLD of the country ``text`` names whole ("Germany", "Россия"): the country's own
    one among its members (.ru before .su and .рф), else another of them, else its ccTLD
    (which is then no member); else the one member, or the own ccTLD of the one country,
    whose country's name holds ``text`` ("Korea", a name two countries share, of which one
    is a member; "Macedonia", of .mk and .мкд); None otherwise."""
    from tldops_desktop.core.country_terms import (
        countries_of_words,
        country_cctld,
        country_code,
        country_of_name,
        names_words,
    )

    iso = country_of_name(text)
    if iso is None:
        found = [m for m in edition.members if names_words(m.tld.ace, text, m.country)]
        countries = {country_code(m.tld.ace) for m in found} - {""}
        if len(found) > 1 and len(countries) == 1:  # "Macedonia": .mk and .мкд, one country
            iso = countries.pop()
        elif len(found) > 1:  # "Congo", "Korea", "Конго": which one is meant, the reader says
            raise _several_countries(text, found)
        elif found:
            return found[0].tld.ace
        else:
            isos = countries_of_words(text)  # no member's: whose ccTLD is no member
            if len(isos) > 1:
                raise _several_others(text, isos, edition)
            return country_cctld(isos[0]) if isos else None
    own = country_cctld(iso)
    kin = [m.tld.ace for m in edition.members if country_code(m.tld.ace) == iso]
    return own if own in kin or not kin else kin[0]


_SEVERAL_SHOWN = 5  # more than that is a search's list: "land" in Finland, Iceland, ...


def _several_countries(text: str, members: list[Member]) -> UserError:
    shown = ", ".join(f"{m.tld.display} ({m.country})" for m in members[:_SEVERAL_SHOWN])
    more = f" and {len(members) - _SEVERAL_SHOWN} more" if len(members) > _SEVERAL_SHOWN else ""
    commands = " or ".join(f"tldops show {m.tld.display}" for m in members[:2])
    return UserError(
        f"{text!r} is the name of several members: {shown}{more}. Show one: {commands}; "
        f"tldops search {shlex.quote(text)} shows them all.",
        code="country-of-several",
    )


def _several_others(text: str, isos: list[str], edition: Edition) -> UserError:
    from tldops_desktop.core.country_terms import country_cctld

    aces = [ace for iso in isos if (ace := country_cctld(iso)) is not None]
    shown = ", ".join(f".{ace} ({info.country})" for ace in aces if (info := cctlds.lookup(ace)))
    commands = " or ".join(f"tldops show .{ace}" for ace in aces[:2])
    return NotFoundError(
        f"{text!r} is the name of several countries, none of them a TLD-OPS member as of "
        f"edition {edition.stamp}: {shown}. How to reach one: {commands}.",
        code="not-a-member",
    )


def _show_address(repo: Repository, text: str, stamp: str | None) -> tuple[Edition, Member] | None:
    """The member one of whose contacts has the address ``text`` (``Name <addr>`` and a
    ``mailto:`` link too); None when no contact has it (the address then names the ccTLD of
    its domain, as a domain does)."""
    from tldops_desktop.core.query_words import mailto_address, pasted_address

    address = pasted_address(text) or mailto_address(text) or text
    edition = require_edition(repo, stamp)
    found = SearchIndex(edition.members).with_address(address)
    if len(found) > 1:
        names = ", ".join(m.tld.display for m in found)
        raise UserError(
            f"Contacts of {names} have the address {address}: tldops show {found[0].tld.display}",
            code="address-of-several",
        )
    return (edition, found[0]) if found else None


def _show_number(repo: Repository, number: str, stamp: str | None) -> tuple[Edition, Member]:
    """The member one of whose contacts has ``number`` (whole, as ``search`` ranks first)."""
    edition = require_edition(repo, stamp)
    found = SearchIndex(edition.members).with_number(number)
    if not found:
        raise NotFoundError(
            f"No contact has the number {number} in edition {edition.stamp}; "
            f"tldops search {number!r} finds numbers that contain it.",
            code="no-such-number",
        )
    if len(found) > 1:
        names = ", ".join(m.tld.display for m in found)
        raise UserError(
            f"Contacts of {names} have the number {number}: tldops show {found[0].tld.display}",
            code="number-of-several",
        )
    return edition, found[0]


def compare(repo: Repository, old: str | None, new: str | None) -> EditionDiff:
    if old is None and new is None:
        stamps = repo.latest_stamps(2)
        if not stamps:
            require_current(repo)  # says there is none yet, and how to import one
        if len(stamps) < 2:
            others = [e.stamp for e in repo.editions() if e.stamp not in stamps]
            if others:  # untrusted ones, left out unless named
                raise UserError(
                    f"There is only one trusted edition, so nothing to compare yet; name two "
                    f"to compare an untrusted one: tldops diff {others[0]} {stamps[0]}",
                    code="one-edition",
                )
            raise UserError(
                "There is only one edition, so nothing to compare yet.", code="one-edition"
            )
        new, old = stamps[0], stamps[1]
    elif new is None:
        new = require_current(repo).stamp
        if old == new:  # "tldops diff <the current edition>": what it changed
            before = [s for s in repo.latest_stamps(len(repo.editions())) if s < new]
            if not before:
                raise UserError(
                    f"{new} is the first edition: there is nothing before it to compare with.",
                    code="one-edition",
                )
            old = before[0]
    return diff_editions(require_edition(repo, old), require_edition(repo, new))


def _contact_change_json(change: ContactChange) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "old": contact_json(change.old) if change.old else None,
        "new": contact_json(change.new) if change.new else None,
        "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in change.fields],
    }


def _member_change_json(change: MemberChange) -> dict[str, Any]:
    member = change.new or change.old
    assert member is not None
    return {
        "tld": {"ace": member.tld.ace, "unicode": member.tld.unicode},
        "kind": change.kind,
        "country": member.country,
        "member_fields": [
            {"field": f.field, "old": f.old, "new": f.new} for f in change.member_fields
        ],
        "contacts": [_contact_change_json(c) for c in change.contacts],
    }


def diff_json(diff: EditionDiff) -> dict[str, Any]:
    return {
        "old": diff.old_stamp,
        "new": diff.new_stamp,
        "joined": [_member_change_json(m) for m in diff.joined],
        "left": [_member_change_json(m) for m in diff.left],
        "changed": [_member_change_json(m) for m in diff.changed],
    }
