#!/usr/bin/env bash
# Build Exhibit's Linux artefacts in dist/ from a clean checkout:
#   dist/exhibit/exhibit                          the one-folder bundle (PyInstaller, trimmed)
#   dist/exhibit-VERSION-linux-x86_64.tar.xz      that folder, with the desktop files beside it
#   dist/exhibit_VERSION_amd64.deb                /opt/exhibit, /usr/bin/exhibit, menu entry,
#                                                 AppStream metainfo, icons, MIME types
# It makes its own venv (build/venv) from the pinned packaging/requirements-build.txt and
# installs Exhibit into it as a normal (not editable) package. Needs python3 (>= 3.11) with
# venv, objdump (binutils), dpkg-deb; Debian's dpkg -S names the .deb's Depends.
#   bash packaging/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python=${PYTHON:-python3}
version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
app_id=de.exhibit.Exhibit
venv=build/venv

echo "== build venv ($venv)"
[ -x $venv/bin/python ] || "$python" -m venv $venv
$venv/bin/python -m pip install -q --disable-pip-version-check -r packaging/requirements-build.txt
$venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation \
  --force-reinstall . 2>&1 | grep -v -e BuildBackendWarning -e '^ ' -e '^$' || true

echo "== bundle (dist/exhibit)"
rm -rf dist/exhibit build/pyinstaller
(cd packaging && "$root/$venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" exhibit.spec)
test -x dist/exhibit/exhibit

echo "== desktop files"
share=build/share
rm -rf $share && mkdir -p $share/applications $share/metainfo $share/mime/packages \
  $share/icons/hicolor/scalable/apps
cp packaging/$app_id.desktop $share/applications/
cp packaging/$app_id.metainfo.xml $share/metainfo/
cp packaging/linux/$app_id.mime.xml $share/mime/packages/$app_id.xml
cp resources/icons/exhibit.svg $share/icons/hicolor/scalable/apps/$app_id.svg
$venv/bin/python packaging/render_icons.py resources/icons/exhibit.svg $share/icons/hicolor

echo "== tar.xz"
tarball=dist/exhibit-$version-linux-x86_64.tar.xz
stage=build/tar/exhibit-$version
rm -rf build/tar && mkdir -p "$stage"
cp -a dist/exhibit "$stage/exhibit"
cp -a $share "$stage/share"
cp packaging/linux/install.sh "$stage/"
cp LICENSE "$stage/"
tar -C build/tar -cf - "exhibit-$version" | xz -T0 -6 > "$tarball"

echo "== deb"
deb=dist/exhibit_${version}_$arch.deb
pkg=build/deb
rm -rf $pkg && mkdir -p $pkg/DEBIAN $pkg/opt $pkg/usr/bin $pkg/usr/share/doc/exhibit
cp -a dist/exhibit $pkg/opt/exhibit
ln -s /opt/exhibit/exhibit $pkg/usr/bin/exhibit
cp -a $share/. $pkg/usr/share/
cp LICENSE $pkg/usr/share/doc/exhibit/copyright
depends=$("$python" packaging/linux/bundle_report.py depends dist/exhibit)
size_kib=$(du -sk --exclude=DEBIAN $pkg | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@DEPENDS@/$depends/" \
  -e "s/@SIZE@/$size_kib/" packaging/linux/control.in > $pkg/DEBIAN/control
find $pkg -type d -exec chmod 0755 {} +
dpkg-deb --root-owner-group -Zxz --build $pkg "$deb" >/dev/null

echo "== done"
ls -l dist/exhibit/exhibit "$tarball" "$deb"
du -sh dist/exhibit
