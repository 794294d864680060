"""Search reads the regions' names as the app shows them, in each of its languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.i18n.tsfile import I18N, messages
from tldops_desktop.core.model import Region
from tldops_desktop.core.region_terms import region_named

# The community dialog's names of the regions (CommunityDialog.region_name).
SHOWN = {
    "Africa": Region.AF,
    "Asia Pacific": Region.AP,
    "Europe": Region.EU,
    "Latin America and Caribbean": Region.LAC,
    "North America": Region.NA,
}


@pytest.mark.parametrize("ts", sorted(I18N.glob("tldops_*.ts")), ids=lambda p: p.stem)
def test_every_shown_region_name_is_read_by_search(ts: Path) -> None:
    found = {
        m.source: m.translations[0]
        for m in messages(ts)
        if m.live and m.source in SHOWN and "community" in m.line
    }
    assert set(found) == set(SHOWN)
    for source, translation in found.items():
        assert region_named(source) is SHOWN[source]
        assert region_named(translation) is SHOWN[source], (ts, translation)
