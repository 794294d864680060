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
    ],
)
def test_not_addresses(text: str) -> None:
    assert not is_address(text)
