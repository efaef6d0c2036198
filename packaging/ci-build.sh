#!/usr/bin/env bash
# Build and check the installable Exhibit (not part of .ci/run, which runs the tests only):
#   bash packaging/ci-build.sh              # build, then check
#   bash packaging/ci-build.sh --no-build   # check what dist/ holds
# builds dist/ with packaging/build.sh, then checks: the bundle and the unpacked .deb and the
# tar.xz installed per user pass `exhibit --self-test` with an empty environment, offscreen and
# under Xvfb; the desktop file, the metainfo and the MIME types pass their validators; the
# bundle fits the size budget. Prints the size, the start-up ratio and the highest glibc symbol
# version the bundle needs. Exits non-zero on the first check that fails.
set -euo pipefail
cd "$(dirname "$0")/.."
budget_mib=150
app_id=de.exhibit.Exhibit

# Tools for the checks (Debian/Ubuntu; only what is missing).
tools=(desktop-file-utils appstream shared-mime-info xvfb xauth binutils xz-utils)
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

[ "${1:-}" = "--no-build" ] || bash packaging/build.sh
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
deb=dist/exhibit_${version}_$arch.deb
tarball=dist/exhibit-$version-linux-x86_64.tar.xz
work=$(mktemp -d)
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "== validators"
desktop-file-validate packaging/$app_id.desktop
appstreamcli validate --no-net packaging/$app_id.metainfo.xml
mkdir -p "$work/mime/packages"
cp packaging/linux/$app_id.mime.xml "$work/mime/packages/$app_id.xml"
XDG_DATA_DIRS=$work update-mime-database "$work/mime"   # fails on an invalid file
grep -q "application/x-exhibit-project" "$work/mime/types"
grep -q "application/x-exhibit-package" "$work/mime/types"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" > "$work/contents"
for path in ./opt/exhibit/exhibit ./usr/bin/exhibit ./usr/share/applications/$app_id.desktop \
    ./usr/share/metainfo/$app_id.metainfo.xml ./usr/share/mime/packages/$app_id.xml \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    ./usr/share/icons/hicolor/256x256/apps/$app_id.png; do
  grep -q " $path" "$work/contents" || { echo "the .deb lacks $path" >&2; exit 1; }
done

echo "== unpack the .deb and the tar.xz"
dpkg-deb -x "$deb" "$work/deb"
mkdir -p "$work/tar" && tar -C "$work/tar" -xJf "$tarball"
env -i HOME="$work/home" sh "$work/tar/exhibit-$version/install.sh" --prefix "$work/user"

echo "== Xvfb"
display=":$(( 90 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

self_test() {  # name, executable, extra environment...
  local name=$1 exe=$2; shift 2
  echo "== self-test: $name"
  env -i "$@" "$exe" --self-test 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
}
self_test "bundle, offscreen" dist/exhibit/exhibit
self_test "bundle, Xvfb" dist/exhibit/exhibit DISPLAY="$display"
self_test ".deb, offscreen" "$work/deb/opt/exhibit/exhibit"
self_test ".deb, Xvfb" "$work/deb/opt/exhibit/exhibit" DISPLAY="$display"
self_test "tar.xz installed for a user, Xvfb" "$work/user/bin/exhibit" DISPLAY="$display"

echo "== figures"
bytes=$(du -sb dist/exhibit | cut -f1)
mib=$(( (bytes + 1048575) / 1048576 ))
echo "bundle size: $mib MiB on disk (budget $budget_mib MiB); tar.xz $(du -h "$tarball" | cut -f1), .deb $(du -h "$deb" | cut -f1)"
[ "$mib" -le "$budget_mib" ] || { echo "the bundle is over its budget" >&2; exit 1; }
echo "highest glibc symbol version needed: $(python3 packaging/linux/bundle_report.py glibc dist/exhibit)"
[ -x .venv/bin/python ] || bash packaging/setup.sh
.venv/bin/python bench/startup_bench.py --bundle dist/exhibit/exhibit -n 5
echo "ci-build: all checks passed"
