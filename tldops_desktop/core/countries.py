"""Country names in the six languages of the TLD-OPS leaflet, from CLDR (babel)."""

from __future__ import annotations

from functools import cache

from babel import Locale

LEAFLET_LANGUAGES = ("en", "ar", "es", "fr", "ru", "zh")


@cache
def _territories(language: str) -> dict[str, str]:
    return dict(Locale.parse(language).territories)


def country_name(iso: str, language: str) -> str | None:
    """The CLDR name of territory ``iso`` (``DE``) in ``language`` (``fr`` → ``Allemagne``)."""
    if not iso:
        return None
    base = language.replace("-", "_").split("_")[0] or "en"
    try:
        names = _territories(base)
    except (ValueError, LookupError):
        names = _territories("en")
    return names.get(iso.upper())


@cache
def all_names(iso: str) -> tuple[str, ...]:
    """Every leaflet-language name of a territory, for search."""
    names = (country_name(iso, lang) for lang in LEAFLET_LANGUAGES)
    return tuple(dict.fromkeys(n for n in names if n))
