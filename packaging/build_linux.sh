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

# shellcheck source=build_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/build_common.sh"

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
