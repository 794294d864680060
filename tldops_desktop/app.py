"""GUI start-up."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from tldops_desktop.gui.main import run

    return run(sys.argv if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
