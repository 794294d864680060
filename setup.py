"""Build hook: compile the translations (``i18n/*.ts`` → ``tldops_desktop/i18n/*.qm``).

Everything else about the package is in ``pyproject.toml``. ``build_py`` compiles the ``.qm``
files before collecting package data, so every wheel (``pip wheel .``, ``python -m build``)
ships them; without lrelease a wheel build fails with a message saying where to get it. An
editable install only warns: ``make`` compiles them afterwards (``make translations``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.errors import SetupError

sys.path.insert(0, str(Path(__file__).resolve().parent / "scripts"))
import build_translations


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        try:
            written = build_translations.compile_translations()
        except build_translations.TranslationBuildError as error:
            if not getattr(self, "editable_mode", False):
                raise SetupError(f"translations: {error}") from None
            self.warn(f"translations not compiled ({error}); run `make translations`")
        else:
            self.announce(f"compiled {len(written)} translation(s)", level=2)
        super().run()


setup(cmdclass={"build_py": BuildPyWithTranslations})
