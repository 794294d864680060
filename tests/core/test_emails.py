from __future__ import annotations

import pytest

from tldops_desktop.core.emails import is_address


@pytest.mark.parametrize(
    "text",
    [
        "csirt@nic.de",
        "noc+24x7@registry.co.uk",
        "a.b-c@xn--p1ai.xn--p1ai",
        "ops@нic.рф",
        "o'neil@nic.ie",
        "noc@nic.भारत",
        "noc@nic.சிங்கப்பூர்",
        "NOC@NIC.AD",
        "noc@НИЦ.РФ",
        '"john doe"@nic.ad',  # a quoted local part (RFC 5322)
        "noc@nic.xn--p1ai",
        "abuse@1und1.de",
    ],
)
def test_addresses(text: str) -> None:
    assert is_address(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "cert@registro.br.",
        "a@b..c",
        "a@.de",
        "noc@nic",
        "a b@nic.de",
        "<a@nic.de>",
        "a@@nic.de",
        "noc@nic.ad,",
        "noc@nic.ad;",
        "(noc@nic.ad)",
        "[3]noc@nic.ad",
        "mailto:noc@nic.ad",
        "noc@nic.ad?subject=x",
        "«noc@nic.ad»",
        # No mail server has such a name: a label begins and ends with a letter or digit, a
        # top-level domain has two or more characters and not only digits.
        "noc@-nic.ad",
        "noc@nic-.ad",
        "noc@nic.a",
        "noc@1.2.3.4",
        # A local part's dots stand between characters, one at a time, unless it is quoted.
        ".noc@nic.ad",
        "noc.@nic.ad",
        "no..c@nic.ad",
        '"noc@nic.ad"',
        '"noc"x@nic.ad',
    ],
)
def test_not_addresses(text: str) -> None:
    assert not is_address(text)
