from __future__ import annotations

import pytest

from tldops_desktop.core.tld import TldLabelError, make_tld, to_ace, to_unicode, try_ace


@pytest.mark.parametrize(
    ("text", "ace"),
    [
        (".de", "de"),
        ("DE", "de"),
        ("de", "de"),
        (".рф", "xn--p1ai"),
        ("рф", "xn--p1ai"),
        (".РФ", "xn--p1ai"),
        ("xn--p1ai", "xn--p1ai"),
        (".XN--P1AI", "xn--p1ai"),
        (".中国", "xn--fiqs8s"),
        ("БЕЛ", "xn--90ais"),
        (" .nl ", "nl"),
    ],
)
def test_every_written_form_gives_the_a_label(text: str, ace: str) -> None:
    assert to_ace(text) == ace


@pytest.mark.parametrize("text", ["", ".", "com", "a.b", "two words", ".xn--zz", "d"])
def test_what_is_not_a_cctld_is_refused(text: str) -> None:
    with pytest.raises(TldLabelError):
        to_ace(text)
    assert try_ace(text) is None


def test_unicode_form_is_derived_from_the_a_label() -> None:
    assert to_unicode("xn--p1ai") == "рф"
    assert to_unicode("xn--mgbbh1a71e") == "بھارت"
    assert to_unicode("nl") == "nl"
    tld = make_tld(".РФ")
    assert (tld.ace, tld.unicode, tld.display, tld.is_idn) == ("xn--p1ai", "рф", ".рф", True)
