#!/usr/bin/env bash
# Build the CMYK output profiles Exhibit embeds in PDF/X-4 catalogues (run once, at development
# time; the results are committed under resources/color/). Needs Debian's `argyll` (colprof) and
# `icc-profiles-free` (the characterisation data). See packaging/color/README.md.
#
#   bash packaging/color/make_profiles.sh            # writes resources/color/*.icc
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
data=/usr/share/color/icc
out="$here/resources/color"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v colprof >/dev/null || { echo "colprof missing: apt-get install argyll" >&2; exit 1; }
[ -f "$data/FOGRA39L.ti3" ] || { echo "no $data/FOGRA39L.ti3: apt-get install icc-profiles-free" >&2; exit 1; }

build() {  # build SOURCE-TI3 TARGET-NAME DESCRIPTION
  cp "$data/$1.ti3" "$work/$1.ti3"
  # -qm medium quality, -kr K generation ramp, -l300 total ink limit 300 %, -L98 black limit 98 %
  (cd "$work" && colprof -v -qm -kr -l300 -L98 -D "$3" \
    -C "Profile made with ArgyllCMS colprof from $1.ti3 (icc-profiles-free, Zlib licence)" \
    "$1" >"$1.log")
  tail -n 1 "$work/$1.log"
  cp "$work/$1.icc" "$out/$2"
}

mkdir -p "$out"
build FOGRA39L FOGRA39L.icc "FOGRA39 coated (ISO 12647-2:2004/Amd 1) by Exhibit"
build TR006 GRACoL2006.icc "GRACoL 2006 coated 1 (ISO 12647-2 paper type 1) by Exhibit"
