# Sourced by build_linux.sh and build_macos.sh: their shared options, the build environment
# and the version. Sets ROOT, DIST, WORK, PY, VERSION and step(); leaves the shell in ROOT.
#   options: --no-venv, --dist DIR (default dist), --work DIR (default build), --python PY
# The caller's header comment is its --help.

SCRIPT="$(basename "$0")"
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
    -h|--help) sed -n '2,/^[^#]/{/^#/p}' "$0"; exit 0 ;;
    *) echo "$SCRIPT: unknown option $1" >&2; exit 2 ;;
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
  echo "$SCRIPT: $PY lacks PyInstaller or the project: pip install -e '.[packaging]'" >&2
  exit 1
}

VERSION="$("$PY" -c 'import re,sys; print(re.search(r"^__version__ = \"([^\"]+)\"", open(sys.argv[1], encoding="utf-8").read(), re.M).group(1))' tldops_desktop/__init__.py)"
