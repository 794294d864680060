#!/usr/bin/env bash
# Build the macOS app: dist/TLD-OPS Desktop.app and dist/tldops-desktop-<version>-macos-<arch>.dmg
# (a .zip instead when hdiutil is missing), each with a .sha256.
#
#   packaging/build_macos.sh                 # fresh build venv in build/venv-packaging
#   packaging/build_macos.sh --no-venv       # use $PYTHON as it is (project + PyInstaller installed)
#   options: --dist DIR (default dist), --work DIR (default build), --python PY
#
# Builds for the architecture of the Python used (arm64 or x86_64): build on each, or use a
# universal2 Python and set target_arch in the spec. Signing and notarization:
# packaging/SIGNING.md (set TLDOPS_CODESIGN_IDENTITY to have PyInstaller sign every binary).
# The CLI is inside the app: "/Applications/TLD-OPS Desktop.app/Contents/MacOS/tldops".
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
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "build_macos.sh: unknown option $1" >&2; exit 2 ;;
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

VERSION="$("$PY" -c 'import re,sys; print(re.search(r"^__version__ = \"([^\"]+)\"", open(sys.argv[1], encoding="utf-8").read(), re.M).group(1))' tldops_desktop/__init__.py)"
ARCH="$("$PY" -c 'import platform; print(platform.machine())')"
NAME="tldops-desktop-$VERSION-macos-$ARCH"
APP="TLD-OPS Desktop.app"

# The spec compiles i18n/*.ts with lrelease into its work folder and ships the .qm files
# (scripts/build_translations.py); the source tree is left as it is.
step "PyInstaller (translations, icons, the app)"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK/pyinstaller" \
  packaging/tldops-desktop.spec
"$DIST/$APP/Contents/MacOS/tldops" --version

if command -v hdiutil >/dev/null 2>&1; then
  step "disk image: $DIST/$NAME.dmg"
  STAGE="$WORK/dmg"
  rm -rf "$STAGE"
  mkdir -p "$STAGE"
  ditto "$DIST/$APP" "$STAGE/$APP"
  ln -s /Applications "$STAGE/Applications"
  rm -f "$DIST/$NAME.dmg"
  hdiutil create -volname "TLD-OPS Desktop $VERSION" -srcfolder "$STAGE" -ov -format UDZO \
    "$DIST/$NAME.dmg"
  ARTIFACT="$NAME.dmg"
else
  step "no hdiutil: zip archive $DIST/$NAME.zip"
  rm -f "$DIST/$NAME.zip"
  (cd "$DIST" && ditto -c -k --sequesterRsrc --keepParent "$APP" "$NAME.zip")
  ARTIFACT="$NAME.zip"
fi
(cd "$DIST" && shasum -a 256 "$ARTIFACT" > "$ARTIFACT.sha256")

step "done: $DIST/$ARTIFACT (sign and notarize: packaging/SIGNING.md)"
