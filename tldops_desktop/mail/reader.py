"""Which reader reads the mail: a digest of the code that finds and reads editions (every
module of this package, and the core modules and tables it reads with).

An edition stored as another reader read it is read again (``AddOutcome.REREAD``), and every
mailbox is scanned anew (its marks are a reader's). Derived from the code itself, a reader
changes with any change to how mail is read, with no number to remember to raise, and stays
the same across releases that change nothing of it (a re-import then reads nothing again).
"""

from __future__ import annotations

import functools
import hashlib
import sys
import unicodedata
from pathlib import Path

import idna
import phonenumbers

# The modules of ``core`` that reading uses (what the modules of ``mail`` import, directly or
# not), and the tables they read; a test checks that no other is imported.
READ_WITH = (
    "__init__", "cctlds", "countries", "country_terms", "emails", "hanzi", "lossy_copy",
    "model", "name_words", "phones", "text", "tld",
)  # fmt: skip
TABLES = ("data/cctlds.tsv", "data/country_names.tsv")


def libraries() -> str:
    """What reading takes from outside this package and may change with an update: the
    numbering plans (phonenumbers), IDNA's tables, Unicode's, and Python's ``email``
    package (with its minor version)."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return (
        f"phonenumbers {phonenumbers.__version__}|idna {idna.__version__}"
        f"|unicode {unicodedata.unidata_version}|python {python}"
    )


_PACKAGE = "tldops_desktop"


def reader_digest(root: Path, used: str | None = None) -> str:
    """The reader of the package's sources under ``root`` (its folder): a digest of every
    ``mail/*.py``, of the ``core`` modules in ``READ_WITH``, of the ``TABLES`` and of the
    ``libraries()`` (or ``used``) it reads with."""
    digest = hashlib.sha256()
    _add(digest, "libraries", (libraries() if used is None else used).encode())
    files = sorted((root / "mail").glob("*.py"))
    files += [root / "core" / f"{name}.py" for name in READ_WITH]
    files += [root / "core" / table for table in TABLES]
    for path in files:
        _add(digest, path.relative_to(root).as_posix(), path.read_bytes())
    return digest.hexdigest()[:16]


def _add(digest: hashlib._Hash, name: str, content: bytes) -> None:
    # Each part's name and length first: moving code from one module to another is a change.
    digest.update(f"{name}\0{len(content)}\0".encode())
    digest.update(content)


def _frozen_digest() -> str:
    """The reader of a frozen build (PyInstaller), which has compiled code but no sources: a
    digest of the modules' code objects, which change with their source."""
    import importlib.util  # (here: a source tree, the usual case, needs none of them)
    import marshal
    import pkgutil
    from importlib import resources

    digest = hashlib.sha256()
    _add(digest, "libraries", libraries().encode())
    mail = importlib.util.find_spec(f"{_PACKAGE}.mail")
    assert mail is not None and mail.submodule_search_locations is not None
    names = sorted(f"mail.{m.name}" for m in pkgutil.iter_modules(mail.submodule_search_locations))
    names += [f"core.{name}" if name != "__init__" else "core" for name in READ_WITH]
    for name in names:
        spec = importlib.util.find_spec(f"{_PACKAGE}.{name}")
        # (A frozen importer's loader gives a module's code without running it.)
        get_code = getattr(spec.loader, "get_code", None) if spec is not None else None
        code = get_code(f"{_PACKAGE}.{name}") if get_code is not None else None
        _add(digest, name, marshal.dumps(code))
    for table in TABLES:
        _add(digest, table, resources.files(f"{_PACKAGE}.core").joinpath(table).read_bytes())
    return digest.hexdigest()[:16]


@functools.cache
def current() -> str:
    """This program's reader, worked out on first use and kept: reading and hashing its
    sources takes a few milliseconds, not to be spent at start-up for an import that may
    never come."""
    root = Path(__file__).resolve().parent.parent
    if (root / "mail" / "parse.py").is_file():
        return reader_digest(root)
    return _frozen_digest()
