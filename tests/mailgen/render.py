"""Render an :class:`ExpectedEdition` as the body of a repository email (layouts A, B, HTML)."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from typing import Literal

from tests.mailgen.editions import ExpectedContact, ExpectedEdition, ExpectedMember

Layout = Literal["A", "B"]
HtmlStyle = Literal["table", "paragraphs"]
HeaderVariant = Literal["plain", "semicolon", "dot-ace", "comma", "unbalanced", "upper"]

SEPARATOR = "-" * 64
LIST_ADDRESS = "tld-ops@lists.dns-oarc.net"
LISTINFO_URL = "https://lists.dns-oarc.net/mailman/listinfo/tld-ops"
FOOTER = (
    "_______________________________________________\n"
    "tld-ops mailing list\n"
    f"{LIST_ADDRESS}\n"
    f"{LISTINFO_URL}\n"
)
CLOSING = "To update the contacts of your ccTLD, see the Membership Update Procedure.\n"

NAME_LABELS = ("Name", "Full name")
EMAIL_LABELS = ("Email address", "E-mail", "Email")
PHONE_LABELS = ("Mobile phone number", "Mobile", "Phone")
LabelCase = Literal["as-is", "lower", "upper", "title"]
LABEL_CASES: tuple[LabelCase, ...] = ("as-is", "lower", "upper", "title")
IDN_VARIANTS: tuple[HeaderVariant, ...] = (
    "semicolon",
    "dot-ace",
    "comma",
    "unbalanced",
    "upper",
)


@dataclass(frozen=True)
class LayoutAStyle:
    """Per-edition choices of layout A. ``mixed_labels`` varies labels per contact."""

    name_label: str = "Name"
    email_label: str = "Email address"
    phone_label: str = "Mobile phone number"
    label_case: LabelCase = "as-is"
    mixed_labels: bool = False
    intro: bool = True
    footer: bool = True

    @staticmethod
    def random(rng: random.Random) -> LayoutAStyle:
        return LayoutAStyle(
            name_label=rng.choice(NAME_LABELS),
            email_label=rng.choice(EMAIL_LABELS),
            phone_label=rng.choice(PHONE_LABELS),
            label_case=rng.choice(LABEL_CASES),
            mixed_labels=rng.random() < 0.3,
        )


def _case(label: str, case: LabelCase) -> str:
    if case == "lower":
        return label.lower()
    if case == "upper":
        return label.upper()
    if case == "title":
        return label.title()
    return label


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def header_line(member: ExpectedMember, variant: HeaderVariant = "semicolon") -> str:
    """The ccTLD header line ``.<label> <country> (<region>)`` with the irregularities that occur.

    A member whose ``region`` is None gets no ``(region)``.
    """
    region = f" ({member.region})" if member.region else ""
    if not member.is_idn:
        return f".{member.ace} {member.country}{region}"
    label = member.unicode
    if variant == "upper" and _is_cyrillic(label):
        return f".{label.upper()} ({member.ace}; {member.country}){region}"
    if variant == "dot-ace":
        return f".{label} (.{member.ace}; {member.country}){region}"
    if variant == "comma":
        return f".{label} ({member.ace}, {member.country}){region}"
    if variant == "unbalanced":
        return f".{label} {member.ace}, {member.country}){region}"
    return f".{label} ({member.ace}; {member.country}){region}"


def assign_header_variants(
    edition: ExpectedEdition, rng: random.Random
) -> dict[str, HeaderVariant]:
    """Give IDN members header variants so that every variant occurs (when there are enough)."""
    idns = [m for m in edition.members if m.is_idn]
    rng.shuffle(idns)
    cyr = [m for m in idns if _is_cyrillic(m.unicode)]
    out: dict[str, HeaderVariant] = {m.ace: "plain" for m in edition.members if not m.is_idn}
    if cyr:
        out[cyr[0].ace] = "upper"
    others: list[HeaderVariant] = [v for v in IDN_VARIANTS if v != "upper"]
    i = 0
    for m in idns:
        if m.ace in out:
            continue
        if i < len(others):
            out[m.ace] = others[i]
        else:
            out[m.ace] = rng.choice(("semicolon", "semicolon", "dot-ace", "comma", "upper"))
        i += 1
    return out


def intro_text(edition: ExpectedEdition) -> str:
    return (
        "TLD-OPS Incident Response Community Repository\n"
        f"Edition: {edition.stamp}\n"
        "\n"
        "Dear TLD-OPS member,\n"
        "\n"
        "This automatically generated email lists the incident response contacts\n"
        "(names, email addresses and mobile phone numbers) of all TLD-OPS member\n"
        f"ccTLDs. It currently covers {len(edition.members)} ccTLDs. Keep it at hand: it also\n"
        "works when you are offline.\n"
    )


def _contact_heading(index: int) -> str:
    if index == 1:
        return "Contact Person #1 (primary):"
    if index == 2:
        return "Contact Person #2 (secondary):"
    return f"Contact Person #{index}:"


def _contact_lines(
    c: ExpectedContact, index: int, style: LayoutAStyle, rng: random.Random
) -> list[str]:
    if style.mixed_labels:
        labels = (rng.choice(NAME_LABELS), rng.choice(EMAIL_LABELS), rng.choice(PHONE_LABELS))
        case = rng.choice(LABEL_CASES)
    else:
        labels = (style.name_label, style.email_label, style.phone_label)
        case = style.label_case
    n, e, p = (_case(x, case) for x in labels)
    return [_contact_heading(index), f"{n}: {c.name}", f"{e}: {c.email}", f"{p}: {c.phone}"]


def render_layout_a(
    edition: ExpectedEdition,
    *,
    seed: int = 0,
    style: LayoutAStyle | None = None,
    variants: dict[str, HeaderVariant] | None = None,
) -> str:
    """Layout A: one block per ccTLD between ``---`` lines, then up to three contacts."""
    rng = random.Random(seed)
    if style is None:
        style = LayoutAStyle.random(rng)
    if variants is None:
        variants = assign_header_variants(edition, rng)
    out: list[str] = []
    if style.intro:
        out.append(intro_text(edition))
    for m in edition.members:
        out.append(SEPARATOR)
        out.append(header_line(m, variants.get(m.ace, "semicolon")))
        out.append(SEPARATOR)
        for i, c in enumerate(m.contacts, start=1):
            out.extend(_contact_lines(c, i, style, rng))
            out.append("")
    if style.footer:
        out.append("")
        out.append(CLOSING)
        out.append(FOOTER.rstrip("\n"))
    return "\n".join(out) + "\n"


def _b_cell(m: ExpectedMember) -> str:
    return f".{m.unicode} ({m.ace})" if m.is_idn else f".{m.ace}"


B_HEADER = "ccTLD | Country | Region | # | Name | Email | Phone"


def render_layout_b(edition: ExpectedEdition, *, intro: bool = True, footer: bool = True) -> str:
    """Layout B: a header line, then one ``|``-separated line per contact."""
    out: list[str] = []
    if intro:
        out.append(f"TLD-OPS Incident Response Community Repository {edition.stamp}")
        out.append("")
    out.append(B_HEADER)
    for m in edition.members:
        for i, c in enumerate(m.contacts, start=1):
            cells = (_b_cell(m), m.country, m.region or "", str(i), c.name, c.email, c.phone)
            out.append(" | ".join(cells))
    if footer:
        out.append("")
        out.append(FOOTER.rstrip("\n"))
    return "\n".join(out) + "\n"


def render_text(edition: ExpectedEdition, layout: Layout = "A", *, seed: int = 0) -> str:
    if layout == "A":
        return render_layout_a(edition, seed=seed)
    return render_layout_b(edition)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _mailto(email: str) -> str:
    return f'<a href="mailto:{_esc(email)}">{_esc(email)}</a>'


def _html_doc(body: str, charset: str) -> str:
    title = "TLD-OPS Incident Response Community Repository"
    return (
        f"<html><head><meta charset={charset}><title>{title}</title></head>"
        f"<body><h1>{title}</h1>{body}</body></html>\n"
    )


def render_html_table(edition: ExpectedEdition, *, charset: str = "utf-8") -> str:
    """Layout B as an HTML table, emails as mailto: links (as in the 20260901 sample)."""
    head = "".join(f"<th>{h}</th>" for h in B_HEADER.split(" | "))
    rows: list[str] = []
    for m in edition.members:
        for i, c in enumerate(m.contacts, start=1):
            cells = [_esc(_b_cell(m)), _esc(m.country), _esc(m.region or ""), str(i)]
            cells += [_esc(c.name), _mailto(c.email), _esc(c.phone)]
            rows.append("<tr>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
    body = (
        f"<p>Edition: {edition.stamp}</p><table><thead><tr>{head}</tr></thead><tbody>\n"
        + "\n".join(rows)
        + "\n</tbody></table>"
    )
    return _html_doc(body, charset)


def render_html_paragraphs(
    edition: ExpectedEdition, *, seed: int = 0, charset: str = "utf-8"
) -> str:
    """Layout A as HTML: an ``<h3>`` header line per ccTLD and a ``<p>`` per contact."""
    rng = random.Random(seed)
    style = LayoutAStyle.random(rng)
    variants = assign_header_variants(edition, rng)
    parts = [f"<p>Edition: {edition.stamp}</p>", "<p>Dear TLD-OPS member,</p>"]
    for m in edition.members:
        parts.append("<hr>")
        parts.append(f"<h3>{_esc(header_line(m, variants.get(m.ace, 'semicolon')))}</h3>")
        for i, c in enumerate(m.contacts, start=1):
            head, name, email, phone = _contact_lines(c, i, style, rng)
            elabel = email.split(":", 1)[0]
            parts.append(
                f"<p>{_esc(head)}<br>\n{_esc(name)}<br>\n"
                f"{_esc(elabel)}: {_mailto(c.email)}<br>\n{_esc(phone)}</p>"
            )
    parts.append(f"<p>{_esc(CLOSING.strip())}</p>")
    parts.append(
        "<p>_______________________________________________<br>\ntld-ops mailing list<br>\n"
        f'{LIST_ADDRESS}<br>\n<a href="{LISTINFO_URL}">{LISTINFO_URL}</a></p>'
    )
    return _html_doc("\n".join(parts), charset)


def render_html(
    edition: ExpectedEdition, style: HtmlStyle = "table", *, seed: int = 0, charset: str = "utf-8"
) -> str:
    if style == "table":
        return render_html_table(edition, charset=charset)
    return render_html_paragraphs(edition, seed=seed, charset=charset)
