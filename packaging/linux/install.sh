#!/bin/sh
# Install TLD-OPS Desktop from this unpacked bundle, for the current user (no root needed).
#
#   ./install.sh                    # into ~/.local: lib/tldops-desktop, bin/, share/
#   ./install.sh --prefix DIR       # elsewhere (e.g. /opt/tldops as root: --prefix /usr/local)
#   ./install.sh --uninstall [--prefix DIR]
#
# The app goes to PREFIX/lib/tldops-desktop; PREFIX/bin/tldops-desktop and PREFIX/bin/tldops
# link to it; the menu entry, AppStream metainfo and icons go to PREFIX/share. Your data
# (~/.local/share/tldops-desktop) is never touched, not even by --uninstall.
set -eu

PREFIX="${HOME:?}/.local"
ACTION=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX="${2:?--prefix needs a folder}"; shift ;;
    --prefix=*) PREFIX="${1#--prefix=}" ;;
    --uninstall) ACTION=uninstall ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

HERE="$(cd "$(dirname "$0")" && pwd)"
APPDIR="$PREFIX/lib/tldops-desktop"
BINDIR="$PREFIX/bin"
SHARE="$PREFIX/share"
DESKTOP="$SHARE/applications/tldops-desktop.desktop"
METAINFO="$SHARE/metainfo/org.tldops.Desktop.metainfo.xml"
SIZES="16 24 32 48 64 128 256 512"

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
  fi
}

remove_link() {  # only our own links
  if [ -L "$1" ]; then
    case "$(readlink "$1")" in "$APPDIR"/*) rm -f "$1" ;; esac
  fi
}

if [ "$ACTION" = uninstall ]; then
  remove_link "$BINDIR/tldops-desktop"
  remove_link "$BINDIR/tldops"
  rm -rf "$APPDIR"
  rm -f "$DESKTOP" "$METAINFO" "$SHARE/icons/hicolor/scalable/apps/tldops-desktop.svg"
  for size in $SIZES; do
    rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/tldops-desktop.png"
  done
  refresh_caches
  echo "TLD-OPS Desktop removed from $PREFIX (your data is kept)."
  exit 0
fi

if [ ! -x "$HERE/tldops-desktop/tldops-desktop" ]; then
  echo "install.sh: run me from the unpacked bundle (tldops-desktop/ is missing beside me)" >&2
  exit 1
fi

# The app folder: copied beside, then swapped in, so a failed copy leaves the old one working.
mkdir -p "$PREFIX/lib" "$BINDIR" "$SHARE/applications" "$SHARE/metainfo"
rm -rf "$APPDIR.new"
cp -R "$HERE/tldops-desktop" "$APPDIR.new"
rm -rf "$APPDIR"
mv "$APPDIR.new" "$APPDIR"
ln -sf "$APPDIR/tldops-desktop" "$BINDIR/tldops-desktop"
ln -sf "$APPDIR/tldops" "$BINDIR/tldops"

# The menu entry starts the installed program by its full path: ~/.local/bin is not on the
# PATH of every desktop session.
sed -e "s|^Exec=tldops-desktop|Exec=\"$APPDIR/tldops-desktop\"|" \
    -e "s|^TryExec=tldops-desktop|TryExec=$APPDIR/tldops-desktop|" \
    "$HERE/share/applications/tldops-desktop.desktop" > "$DESKTOP.tmp"
mv "$DESKTOP.tmp" "$DESKTOP"
cp "$HERE/share/metainfo/org.tldops.Desktop.metainfo.xml" "$METAINFO"
mkdir -p "$SHARE/icons"
cp -R "$HERE/share/icons/hicolor" "$SHARE/icons/"
refresh_caches

echo "TLD-OPS Desktop installed in $APPDIR."
echo "Start it from the applications menu, or: $BINDIR/tldops-desktop   (command line: tldops)"
case ":$PATH:" in
  *":$BINDIR:"*) ;;
  *) echo "Note: $BINDIR is not on your PATH; add it to use tldops-desktop and tldops by name." ;;
esac
