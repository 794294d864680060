"""Addresses written to escape harvesters ("abuse1 [at] nic.ad") are read as the address."""

from __future__ import annotations

from typing import Literal

import pytest

from tests.mailgen.editions import make_edition
from tests.mailgen.messages import build_edition
from tests.mailgen.render import render_text
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.obfuscated import read_obfuscated

_SPELLED = [
    ("{local} [at] {domain}", False), ("{local}(at){domain_dot}", True),
    ("{local} AT {domain_words}", True), ("{local} {{at}} {domain}", False),
    ("{local}@{domain_dot}", True), ("{local} ＠ {domain}", False),
]  # fmt: skip


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize(("form", "dots"), _SPELLED)
def test_a_spelled_address_in_an_edition_is_read_as_the_address(
    layout: Literal["A", "B"], form: str, dots: bool
) -> None:
    edition = make_edition("20261101-0600", seed=7, members=4)
    contact = edition.members[0].contacts[0]
    local, domain = contact.email.split("@")
    spelled = form.format(
        local=local,
        domain=domain,
        domain_dot=domain.replace(".", "(dot)"),
        domain_words=domain.replace(".", " DOT "),
    )
    assert ("dot" in spelled.lower()) == dots
    text = render_text(edition, layout).replace(contact.email, spelled, 1)
    assert spelled in text
    data = build_edition(edition, layout=layout, text=text).data

    (found,) = examine(data, "test").editions

    read = found.body.members[0].contacts[0]
    assert (read.email, read.email_valid) == (contact.email, True)
    assert "email-invalid" not in {n.code for n in found.body.notes}
    assert found.body.unplaced == ()


@pytest.mark.parametrize(
    "text", ["call me at home", "a [at] b [at] c.de", "x at y", "n/a", "ask the desk", ""]
)
def test_text_that_spells_no_address_stays_as_written(text: str) -> None:
    assert read_obfuscated(text) is None


@pytest.mark.parametrize(
    "text", ["noc@nic[.]ad", "noc[@]nic.ad", "noc[@]nic[.]ad", "noc (@) nic (.) ad", "noc@nic{.}ad"]
)
def test_a_defanged_address_is_read_as_the_address(text: str) -> None:
    """Responders defang what they paste ("nic[.]ad"): it was kept as no address."""
    assert read_obfuscated(text) == "noc@nic.ad"
