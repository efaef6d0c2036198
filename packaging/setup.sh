#!/usr/bin/env bash
# Set up Exhibit on a fresh Debian/Ubuntu machine (or any machine with Python >= 3.11):
# the system libraries Qt needs, a virtual environment in .venv, and Exhibit installed into it.
#   bash packaging/setup.sh          # the app
#   bash packaging/setup.sh --test   # the app plus what the tests need
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
editable=""
apt_pkgs=(python3-venv python3-pip
          libglib2.0-0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3
          libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
          libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0)
if [ "${1:-}" = "--test" ]; then
  extras="[test]"
  editable="-e"  # developers: the checkout's sources are what runs
  apt_pkgs+=(poppler-utils xvfb xauth libimage-exiftool-perl
            desktop-file-utils appstream shared-mime-info chromium chromium-driver)
fi

# System packages (Debian/Ubuntu only; skipped where they are already installed).
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${apt_pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "Exhibit needs Python 3.11 or newer ($python is $("$python" --version))" >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
# The app is installed as a normal package (a folder named "exhibit" in the working folder
# cannot shadow it); the test setup installs the checkout editable. The build's one remaining
# warning, that an editable install can be shadowed that way, is handled in the code (worker
# processes never import from the working folder) and would only alarm a user here.
PYTHONWARNINGS="ignore:Editable installation" \
  .venv/bin/python -m pip install -q $editable ".${extras}"
echo "Exhibit is installed in .venv (run .venv/bin/exhibit --help)"
