"""Render the app icon (``tldops_desktop/resources/icons/app.svg``) for desktops and installers.

    python packaging/render_icons.py                   # refresh resources/icons/hicolor (committed)
    python packaging/render_icons.py --ico X.ico --icns X.icns --no-hicolor   # used by the spec

PNGs are drawn with PySide6's ``QSvgRenderer`` on the offscreen platform (no display needed,
no extra dependency). ``.ico`` (Windows) and ``.icns`` (macOS) are written here too: both
formats can hold PNG images as they are, so no image library is needed to pack them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_SVG = ROOT / "tldops_desktop" / "resources" / "icons" / "app.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
ICON_NAME = "tldops-desktop"  # Icon= of the .desktop file, the name in the hicolor theme

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (the @2x types reuse the bigger images).
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def render_pngs(svg: Path, sizes: Iterable[int]) -> dict[int, bytes]:
    """PNG files of ``svg`` at each square pixel size, with a transparent background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    pngs: dict[int, bytes] = {}
    for size in sorted(set(sizes)):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QImageWriter(buffer, QByteArray(b"png"))
        if not writer.write(image):
            raise SystemExit(f"render_icons: {size} px PNG: {writer.errorString()}")
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows ``.ico`` holding the PNGs (PNG-compressed entries, Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A macOS ``.icns`` holding the PNGs (PNG elements, macOS 10.7 and later)."""
    body = b""
    for kind, size in ICNS_TYPES:
        if size in pngs:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_hicolor(svg: Path, pngs: Mapping[int, bytes], root: Path) -> list[Path]:
    """``<root>/<N>x<N>/apps/<name>.png`` for each size, and ``scalable/apps/<name>.svg``."""
    written = []
    for size in HICOLOR_SIZES:
        target = root / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)
    scalable = root / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--svg", type=Path, default=APP_SVG, help="the source SVG")
    parser.add_argument("--hicolor", type=Path, default=HICOLOR, help="hicolor theme folder")
    parser.add_argument("--no-hicolor", action="store_true", help="do not write the hicolor PNGs")
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    parser.add_argument("--icns", type=Path, help="also write a macOS .icns here")
    parser.add_argument("--png", type=Path, help="also write a 256 px PNG here")
    args = parser.parse_args(argv)

    sizes = {*HICOLOR_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)}
    pngs = render_pngs(args.svg, sizes)
    outputs: list[Path] = []
    if not args.no_hicolor:
        outputs += write_hicolor(args.svg, pngs, args.hicolor)
    wanted: list[tuple[Path | None, bytes | None]] = [
        (args.ico, None if args.ico is None else ico_bytes({s: pngs[s] for s in ICO_SIZES})),
        (args.icns, None if args.icns is None else icns_bytes(pngs)),
        (args.png, pngs[256]),
    ]
    for path, data in wanted:
        if path is not None and data is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            outputs.append(path)
    for path in outputs:
        print(f"render_icons: wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
