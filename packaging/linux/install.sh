#!/bin/sh
# Install Exhibit from this unpacked tar.xz for the current user (no root needed):
#   ./install.sh                 # into ~/.local (the program in ~/.local/lib/exhibit)
#   ./install.sh --prefix DIR    # elsewhere, e.g. /usr/local as root
#   ./install.sh --uninstall     # take it out again
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="$HOME/.local"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    *) echo "usage: $0 [--prefix DIR] [--uninstall]" >&2; exit 2 ;;
  esac
done
app_id=de.exhibit.Exhibit
files="applications/$app_id.desktop metainfo/$app_id.metainfo.xml mime/packages/$app_id.xml
  icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256 512; do
  files="$files icons/hicolor/${size}x$size/apps/$app_id.png"
done

if [ "$action" = uninstall ]; then
  rm -rf "$prefix/lib/exhibit" "$prefix/bin/exhibit"
  for f in $files; do rm -f "$prefix/share/$f"; done
else
  mkdir -p "$prefix/lib" "$prefix/bin"
  rm -rf "$prefix/lib/exhibit"
  cp -R "$here/exhibit" "$prefix/lib/exhibit"
  ln -sf "$prefix/lib/exhibit/exhibit" "$prefix/bin/exhibit"
  for f in $files; do
    mkdir -p "$(dirname "$prefix/share/$f")"
    cp "$here/share/$f" "$prefix/share/$f"
  done
  # the menu entry starts this copy even when $prefix/bin is not on PATH
  sed -i "s|^Exec=exhibit |Exec=$prefix/bin/exhibit |; s|^TryExec=exhibit|TryExec=$prefix/bin/exhibit|" \
    "$prefix/share/applications/$app_id.desktop"
fi
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
[ "$action" = install ] && echo "Exhibit installed: $prefix/bin/exhibit (check it: exhibit --self-test)"
exit 0
