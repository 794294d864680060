#!/usr/bin/env bash
# Build the Linux bundle: dist/tldops-desktop-<version>-linux-<arch>.tar.gz (+ .sha256).
#
#   packaging/build_linux.sh                 # fresh build venv in build/venv-packaging
#   packaging/build_linux.sh --no-venv       # use $PYTHON (default python3) as it is; it needs
#                                            # the project and PyInstaller installed (the tests)
#   options: --dist DIR (default dist), --work DIR (default build), --python PY
#
# The tarball holds the one-folder app (tldops-desktop/: the GUI `tldops-desktop` and the CLI
# `tldops`), share/ laid out like ~/.local/share (.desktop file, AppStream metainfo, hicolor
# icons) and install.sh, which installs into ~/.local (or --prefix) and can uninstall.
# Needs: Python 3.11+, binutils (objdump, used by PyInstaller), tar, gzip.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
USE_VENV=1
DIST="$ROOT/dist"
WORK="$ROOT/build"

while [ $# -gt 0 ]; do
  case "$1" in
    --no-venv) USE_VENV=0 ;;
    --dist) DIST="$2"; shift ;;
    --work) WORK="$2"; shift ;;
    --python) PYTHON="$2"; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "build_linux.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$DIST" "$WORK"
DIST="$(cd "$DIST" && pwd)"
WORK="$(cd "$WORK" && pwd)"
cd "$ROOT"

step() { printf '\n== %s\n' "$*"; }

if [ "$USE_VENV" = 1 ]; then
  step "build venv: $WORK/venv-packaging"
  "$PYTHON" -m venv "$WORK/venv-packaging"
  PY="$WORK/venv-packaging/bin/python"
  "$PY" -m pip install --quiet --upgrade pip
  "$PY" -m pip install --quiet -e ".[packaging,outlook]"
else
  PY="$PYTHON"
fi
"$PY" -c 'import PyInstaller, tldops_desktop' 2>/dev/null || {
  echo "build_linux.sh: $PY lacks PyInstaller or the project: pip install -e '.[packaging]'" >&2
  exit 1
}

VERSION="$("$PY" -c 'import re,sys; print(re.search(r"^__version__ = \"([^\"]+)\"", open(sys.argv[1], encoding="utf-8").read(), re.M).group(1))' tldops_desktop/__init__.py)"
ARCH="$(uname -m)"
NAME="tldops-desktop-$VERSION-linux-$ARCH"

# The spec compiles i18n/*.ts with lrelease into its work folder and ships the .qm files
# (scripts/build_translations.py); the source tree is left as it is.
step "PyInstaller (translations, icons, the app)"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$WORK/pyinstaller-dist" --workpath "$WORK/pyinstaller" \
  packaging/tldops-desktop.spec

step "tarball: $DIST/$NAME.tar.gz"
STAGE="$WORK/stage/$NAME"
rm -rf "$WORK/stage"
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo" "$STAGE/share/icons"
cp -a "$WORK/pyinstaller-dist/tldops-desktop" "$STAGE/tldops-desktop"
cp resources/linux/tldops-desktop.desktop "$STAGE/share/applications/"
cp resources/linux/org.tldops.Desktop.metainfo.xml "$STAGE/share/metainfo/"
cp -a resources/icons/hicolor "$STAGE/share/icons/"
install -m 755 packaging/linux/install.sh "$STAGE/install.sh"
cp docs/install.md "$STAGE/INSTALL.md" 2>/dev/null || true
# Reproducible archive: fixed order, owner and times (SOURCE_DATE_EPOCH, else the last commit).
EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$EPOCH" \
  -C "$WORK/stage" -cf - "$NAME" | gzip -n -6 > "$DIST/$NAME.tar.gz"
(cd "$DIST" && sha256sum "$NAME.tar.gz" > "$NAME.tar.gz.sha256")

step "done"
echo "app folder: $WORK/pyinstaller-dist/tldops-desktop ($(du -sh "$WORK/pyinstaller-dist/tldops-desktop" | cut -f1))"
echo "bundle:     $DIST/$NAME.tar.gz ($(du -h "$DIST/$NAME.tar.gz" | cut -f1))"
echo "sign it:    packaging/SIGNING.md"
