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

# shellcheck source=build_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/build_common.sh"

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
