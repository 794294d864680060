"""``tldops nonmembers``, ``tldops coverage`` and ``tldops request join|update``.

``tldops_desktop.cli`` is imported inside the handlers: it imports this module while it loads.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from tldops_desktop.core import cctlds
from tldops_desktop.core.model import Edition
from tldops_desktop.core.tld import TldLabelError, to_ace
from tldops_desktop.errors import UserError
from tldops_desktop.fileio import output_file
from tldops_desktop.services import community, requests
from tldops_desktop.services.community import REGION_ORDER, Coverage
from tldops_desktop.services.requests import Problem, ProblemCode, RequestContact, RequestDraft

Handler = Callable[[argparse.Namespace, TextIO], int]
CommandFactory = Callable[[str, str, Handler], argparse.ArgumentParser]


def register(command: CommandFactory) -> None:
    sub = command(
        "nonmembers",
        "list the delegated ccTLDs that are not TLD-OPS members yet, by region, to invite them",
        _cmd_nonmembers,
    )
    sub.add_argument("--region", metavar="R", help="AF, AP, EU, LAC or NA")
    sub.add_argument("--edition", metavar="STAMP", help="default: the current edition")
    sub.add_argument("--json", action="store_true")

    sub = command(
        "coverage",
        "members out of all delegated ccTLDs, overall and per region, for every edition",
        _cmd_coverage,
    )
    sub.add_argument("--json", action="store_true")

    sub = command(
        "request",
        "prepare the email that asks the ccNSO Secretariat to add a ccTLD to TLD-OPS (join) or "
        "to change its contacts (update); nothing is sent",
        _cmd_request,
    )
    sub.add_argument("kind", choices=requests.KINDS, metavar="join|update")
    sub.add_argument("cctld", metavar="CCTLD", help=".de, DE, .рф, xn--p1ai ...")
    sub.add_argument(
        "--contact", action="append", default=[], type=_contact, metavar='"NAME|EMAIL|PHONE"',
        help="a contact (up to 3, in order: primary first); the phone with its country code, "
        "+<cc> <number>. For an update without --contact, the current contacts are used",
    )  # fmt: skip
    sub.add_argument(
        "--admin", metavar="EMAIL", default="",
        help="the ccTLD's administrative contact in the IANA root zone database (copied)",
    )  # fmt: skip
    sub.add_argument("--name", metavar="NAME", default="", help="your name, to sign the request")
    target = sub.add_mutually_exclusive_group()
    target.add_argument(
        "-o", "--output", metavar="FILE.eml",
        help="save the email as FILE.eml, to open and send from a mail client",
    )  # fmt: skip
    target.add_argument(
        "--mailto", action="store_true",
        help="print a mailto: URL that opens the email in a mail client",
    )  # fmt: skip
    sub.add_argument(
        "--force", action="store_true",
        help="with -o: replace an existing file (never a file in the data folder)",
    )  # fmt: skip
    sub.add_argument("--json", action="store_true")


def _contact(text: str) -> RequestContact:
    parts = [part.strip() for part in text.split("|")]
    if len(parts) != 3:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not NAME|EMAIL|PHONE (three fields separated by |)"
        )
    return RequestContact(*parts)


def _cctld_json(info: cctlds.CcTldInfo) -> dict[str, Any]:
    return {"tld": {"ace": info.ace, "unicode": info.unicode}, "country": info.country,
            "region": info.region}  # fmt: skip


def _percent(value: float) -> str:
    return f"{value * 100:.1f}%"


# -- nonmembers -------------------------------------------------------------------------------


def _cmd_nonmembers(args: argparse.Namespace, out: TextIO) -> int:
    from tldops_desktop import cli
    from tldops_desktop.services import contacts

    region = community.normalize_region(args.region)
    with cli.open_store(args) as store:
        edition = contacts.require_edition(store.repo, args.edition)
    rows = community.non_members(edition, region)
    cover = community.coverage(edition)
    if args.json:
        cli.print_json(
            {
                "edition": edition.stamp,
                "region": region,
                "coverage": cover.to_json(),
                "table": {"source": cctlds.TABLE_SOURCE, "date": cctlds.TABLE_DATE},
                "nonmembers": [_cctld_json(row) for row in rows],
            },
            out,
        )
        return cli.EXIT_OK
    out.write(
        f"Edition {edition.stamp}: {cover.covered} of {cover.delegated} delegated ccTLDs are "
        f"members ({_percent(cover.ratio)}); {cover.non_members} are not yet.\n"
    )
    for name in REGION_ORDER:
        if region is not None and name != region:
            continue
        part = cover.region(name)
        in_region = [row for row in rows if row.region == name]
        out.write(
            f"\n{name}: {len(in_region)} not members "
            f"({part.covered} of {part.delegated} members, {_percent(part.ratio)})\n"
        )
        for row in in_region:
            label = "." + row.unicode + (f" ({row.ace})" if row.ace != row.unicode else "")
            out.write(f"  {label:<24} {row.country}\n")
    out.write(
        "\nInvite them: a ccTLD joins when its IANA administrative contact asks the ccNSO "
        "Secretariat (tldops request join CCTLD prepares that email).\n"
    )
    return cli.EXIT_OK


# -- coverage ---------------------------------------------------------------------------------


def _cmd_coverage(args: argparse.Namespace, out: TextIO) -> int:
    from tldops_desktop import cli

    with cli.open_store(args) as store:
        history = community.coverage_history(store.repo)
    if args.json:
        cli.print_json(
            {
                "table": {"source": cctlds.TABLE_SOURCE, "date": cctlds.TABLE_DATE},
                "editions": [cover.to_json() for _stamp, cover in history],
            },
            out,
        )
        return cli.EXIT_OK
    if not history:
        out.write("No editions yet. Import a repository email: tldops import PATH\n")
        return cli.EXIT_OK
    out.write(_coverage_table(history))
    if any(cover.outside_table for _stamp, cover in history):
        latest = history[-1][1]
        listed = ", ".join("." + ace for ace in latest.outside_table) or "none"
        out.write(
            f"Members that are not delegated ccTLDs (retired or not in the table dated "
            f"{cctlds.TABLE_DATE}) count as members but not in the percentages; in "
            f"{latest.stamp}: {listed}.\n"
        )
    return cli.EXIT_OK


def _coverage_table(history: list[tuple[str, Coverage]]) -> str:
    head = f"{'edition':<15} {'overall':>16}" + "".join(f" {name:>14}" for name in REGION_ORDER)
    lines = [head]
    for stamp, cover in history:
        cells = [f"{cover.covered}/{cover.delegated} {_percent(cover.ratio):>6}"]
        cells += [
            f"{part.covered}/{part.delegated} {_percent(part.ratio):>6}" for part in cover.regions
        ]
        lines.append(f"{stamp:<15} {cells[0]:>16}" + "".join(f" {c:>14}" for c in cells[1:]))
    return "\n".join(lines) + "\n"


# -- request ----------------------------------------------------------------------------------

PROBLEM_TEXT = {
    ProblemCode.KIND: "the request is neither join nor update",
    ProblemCode.CCTLD_INVALID: "{value!r} is not a ccTLD (try .de, DE, .рф or xn--p1ai)",
    ProblemCode.CCTLD_NOT_DELEGATED: "{value} is not a delegated ccTLD",
    ProblemCode.ALREADY_MEMBER: ".{value} is already a member: did you mean an update?",
    ProblemCode.NOT_A_MEMBER: ".{value} is not a member yet: did you mean to join?",
    ProblemCode.NO_CONTACTS: 'give at least one contact (--contact "NAME|EMAIL|PHONE")',
    ProblemCode.TOO_MANY_CONTACTS: "{value} contacts given; TLD-OPS takes at most 3",
    ProblemCode.NAME_MISSING: "the name is missing",
    ProblemCode.NAME_INVALID: "the name has control characters",
    ProblemCode.EMAIL_MISSING: "the email address is missing",
    ProblemCode.EMAIL_INVALID: "{value!r} is not an email address",
    ProblemCode.EMAIL_DUPLICATE: "{value} is given for two contacts",
    ProblemCode.PHONE_MISSING: "the mobile phone number is missing",
    ProblemCode.PHONE_INVALID: (
        "{value!r} is not a valid phone number; write it with its country code, +<cc> <number>"
    ),
    ProblemCode.PHONE_NOT_MOBILE: "{value!r} does not look like a mobile number",
    ProblemCode.ADMIN_EMAIL_MISSING: (
        "give the ccTLD's IANA administrative contact with --admin EMAIL (it is copied)"
    ),
    ProblemCode.ADMIN_EMAIL_INVALID: "{value!r} is not an email address (--admin)",
}


def describe(problem: Problem) -> str:
    text = PROBLEM_TEXT.get(problem.code, problem.code).format(value=problem.value)
    if problem.position is not None:
        return f"contact #{problem.position}: {text}"
    return text


def _draft(args: argparse.Namespace) -> tuple[RequestDraft, Edition | None]:
    """The draft from the options; the edition when the store was opened (for the checks)."""
    from tldops_desktop import cli
    from tldops_desktop.services import contacts
    from tldops_desktop.services.store import database_exists

    contacts_given = tuple(args.contact)
    edition: Edition | None = None
    if args.kind == "update" and not contacts_given:
        with cli.open_store(args) as store:
            edition, member = contacts.show(store.repo, args.cctld)
        base = requests.draft_from_member(member, edition)
        return (
            RequestDraft("update", base.cctld, base.contacts, args.admin, args.name,
                         based_on=base.based_on),
            edition,
        )  # fmt: skip
    if database_exists(cli.data_dir(args)):
        with cli.open_store(args) as store:
            edition = store.repo.current_edition()
    return RequestDraft(args.kind, args.cctld, contacts_given, args.admin, args.name), edition


def _cmd_request(args: argparse.Namespace, out: TextIO) -> int:
    from tldops_desktop import cli

    try:
        to_ace(args.cctld)
    except TldLabelError:
        raise UserError(
            f"{args.cctld!r} is not a ccTLD (try .de, DE, .рф or xn--p1ai).", code="bad-cctld"
        ) from None
    output = (
        output_file(Path(args.output), data_dir=cli.data_dir(args), force=args.force)
        if args.output
        else None
    )  # checked before the request is drafted: nothing is written over
    draft, edition = _draft(args)
    problems = requests.validate(draft, edition)
    errors = [p for p in problems if p.is_error]
    warnings = [p for p in problems if not p.is_error]
    if errors and not args.json:
        raise UserError(
            "The request is not complete:\n" + "\n".join(f"  {describe(p)}" for p in errors),
            code="request-invalid",
        )
    for problem in warnings:
        sys.stderr.write(f"tldops: warning: {describe(problem)}\n")
    if errors:
        cli.print_json({"kind": draft.kind, "problems": [_problem_json(p) for p in problems]}, out)
        return cli.EXIT_USER_ERROR
    message = requests.build_message(draft)
    url = requests.mailto_url(message)
    saved = requests.write_eml(message, output, overwrite=args.force) if output else None
    if args.json:
        ace = to_ace(draft.cctld)
        info = cctlds.lookup(ace)
        cli.print_json(
            {
                "kind": draft.kind,
                "tld": {"ace": ace, "unicode": info.unicode if info else ace},
                "based_on": draft.based_on,
                "to": str(message["To"]),
                "cc": str(message["Cc"]),
                "subject": str(message["Subject"]),
                "body": requests.message_body(message),
                "contacts": [
                    {
                        "name": c.name.strip(),
                        "email": c.email.strip(),
                        "phone": requests.format_phone(c.phone, cctlds.iso_for(ace)) or c.phone,
                    }
                    for c in draft.contacts
                ],
                "problems": [_problem_json(p) for p in problems],
                "mailto": url,
                "eml": str(saved) if saved else None,
            },
            out,
        )
    elif args.mailto:
        out.write(url + "\n")
    elif saved is not None:
        out.write(
            f"Saved {saved}: open it in your mail client and send it from, or with a copy "
            f"to, the IANA administrative contact ({message['Cc']}).\n"
        )
    else:
        for name in ("To", "Cc", "Subject"):
            out.write(f"{name}: {message[name]}\n")
        out.write("\n" + requests.message_body(message))
    return cli.EXIT_OK


def _problem_json(problem: Problem) -> dict[str, Any]:
    return {**problem.to_json(), "message": describe(problem)}
