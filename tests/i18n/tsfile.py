"""Reading the Qt Linguist sources ``i18n/*.ts`` and the project's translation scripts."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py`` as a module (scripts/ is not a package)."""
    module_name = f"_tldops_script_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    translations: tuple[str, ...]  # one, or one per plural form
    line: str  # where it is used, for failure messages

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def live(self) -> bool:
        return self.kind not in {"vanished", "obsolete"}

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r} ({self.line})"


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type") or ""
                plural = translation.findall("numerusform")
                forms = tuple(f.text or "" for f in plural) if plural else (translation.text or "",)
            location = message.find("location")
            where = (
                f"{location.get('filename', '?')}:{location.get('line', '?')}"
                if location is not None
                else "?"
            )
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    kind=kind,
                    translations=forms,
                    line=where,
                )
            )
    return found


def ts_files() -> dict[str, Path]:
    """language code → .ts file (``tldops_zh_CN.ts`` → ``zh_CN``)."""
    return {p.stem.removeprefix("tldops_"): p for p in sorted(I18N.glob("tldops_*.ts"))}


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    """How many single ``&`` (mnemonics) ``text`` has; ``&&`` is a literal ampersand."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))
