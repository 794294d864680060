"""PyInstaller hook for phonenumbers, overriding pyinstaller-hooks-contrib's (all submodules).

The app parses and formats numbers (``phonenumbers.data``, ``phonenumbers.shortdata``: the
metadata, loaded lazily by region, so invisible to the import analysis). It does not use the
geocoder, carrier or time-zone look-ups, whose data is 45 MB of Python modules; those are
left out (``excludes`` in the spec). Using ``phonenumbers.geocoder`` in the app means taking
them out of ``PHONENUMBERS_UNUSED`` in ``packaging/tldops-desktop.spec``.
"""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = (
    "phonenumbers.geodata",
    "phonenumbers.carrierdata",
    "phonenumbers.tzdata",
    "phonenumbers.geocoder",
    "phonenumbers.carrier",
    "phonenumbers.timezone",
)

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(_UNUSED))
