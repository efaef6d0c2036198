#!/usr/bin/env bash
# Sign dist/Exhibit.app, pack it as a .dmg and notarise it, when the secrets are there:
#   MACOS_CERTIFICATE (base64 .p12), MACOS_CERTIFICATE_PASSWORD, MACOS_SIGN_IDENTITY
#   ("Developer ID Application: …"), and for notarisation APPLE_ID, APPLE_TEAM_ID,
#   APPLE_APP_PASSWORD (an app-specific password).
# Without them it only packs an unsigned .dmg (Gatekeeper then asks the user to confirm).
#   bash packaging/macos/sign-and-notarize.sh VERSION
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$1
app=dist/Exhibit.app
dmg=dist/exhibit-$version-macos-arm64.dmg

if [ -n "${MACOS_CERTIFICATE:-}" ] && [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  keychain=$RUNNER_TEMP/exhibit-signing.keychain-db
  keychain_password=$(uuidgen)
  echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/certificate.p12"
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  security import "$RUNNER_TEMP/certificate.p12" -P "${MACOS_CERTIFICATE_PASSWORD:-}" \
    -A -t cert -f pkcs12 -k "$keychain"
  security list-keychain -d user -s "$keychain"
  rm -f "$RUNNER_TEMP/certificate.p12"
  # inside out: every library and executable, then the app
  find "$app/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime \
      --entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGN_IDENTITY"
  codesign --force --timestamp --options runtime \
    --entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "no signing certificate: the app stays unsigned"
fi

hdiutil create -volname Exhibit -srcfolder "$app" -ov -format UDZO "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] \
    && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
else
  echo "no notarisation credentials: the .dmg is not notarised"
fi
ls -l "$dmg"
