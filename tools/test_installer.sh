#!/usr/bin/env bash
# Exercise the per-user installer under Wine, as an ordinary user in a fresh Wine prefix:
# silent install, files and shortcuts where they belong, the uninstall entry in HKCU (not HKLM),
# an upgrade over the installed version that keeps the data, and an uninstall that removes the
# program but leaves the data folder and its backups.
#
#   bash tools/test_installer.sh [INSTALLER.exe]
#
# Without an argument it uses dist/ThuKyBCD-Setup-<version>.exe (build it first with
# `python tools/build_bundle.py --installer`). Needs wine (64-bit) and makensis. The payload is
# whatever folder the installer was built from: on Linux the Linux bundle, so what is tested
# here is the installer, not the program.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${VERSION:-$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -1)}
installer=${1:-dist/ThuKyBCD-Setup-$VERSION.exe}
installer=$(realpath "$installer")
[ -f "$installer" ] || { echo "no installer at $installer" >&2; exit 2; }
command -v wine >/dev/null || { echo "wine is not installed (apt-get install wine wine64)" >&2; exit 2; }

# Run as an ordinary user: as root, a throw-away account of our own.
if [ "$(id -u)" -eq 0 ]; then
  user=thuky-installer-test
  id "$user" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$user"
  work=$(runuser -u "$user" -- mktemp -d)
  cp "$installer" "$work/setup.exe"
  chown -R "$user" "$work"
  cp "$0" "$work/test_installer.sh"
  exec runuser -u "$user" -- env WORK="$work" VERSION="$VERSION" HOME="$work/home" \
    PATH=/usr/local/bin:/usr/bin:/bin bash "$work/test_installer.sh" "$work/setup.exe"
fi

WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK/home"
export HOME=${HOME:-$WORK/home}
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export DISPLAY=${DISPLAY:-}
checks=0
ok() { checks=$((checks + 1)); echo "ok     $checks $*"; }
fail() {
  echo "FAILED: $*" >&2
  echo "installer test: failed after $checks checks (the Wine prefix is kept in $WINEPREFIX)" >&2
  exit 1
}

echo "installer test: $installer in a new Wine prefix, as $(id -un)"
wineboot --init >/dev/null 2>&1 || true
wineserver -w
user_dir="$WINEPREFIX/drive_c/users/$(id -un)"
local_appdata="$user_dir/AppData/Local"
[ -d "$local_appdata" ] || fail "the Wine prefix has no AppData\\Local ($local_appdata)"
program="$local_appdata/Programs/ThuKyBCD"
data="$local_appdata/ThuKyBCD"
start_menu="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
shortcut="Thư ký Ban Chỉ đạo.lnk"
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\ThuKyBCD'

reg_value() {  # reg_value NAME -> the value of NAME under the uninstall key, or nothing
  wine reg query "$key" /v "$1" 2>/dev/null | tr -d '\r' | awk -v n="$1" '$1 == n {print $3}'
}

# 1. silent per-user install
wine "$installer" /S
wineserver -w
[ -d "$program/_internal" ] || fail "program folder not installed at $program"
for name in ThuKyBCD thuky-bcd-cli Go-cai-dat.exe ThuKyBCD.ico; do
  [ -e "$program/$name" ] || [ -e "$program/$name.exe" ] || fail "missing $name in the program folder"
done
ok "installed into %LOCALAPPDATA%\\Programs\\ThuKyBCD without elevation"
[ -f "$start_menu/$shortcut" ] || fail "no Start-menu shortcut '$shortcut'"
ok "Start-menu shortcut '$shortcut'"
desktop="$user_dir/Desktop/$shortcut"
[ -f "$desktop" ] || fail "no desktop shortcut"
ok "desktop shortcut"
[ "$(reg_value DisplayVersion)" = "$VERSION" ] || fail "uninstall key: DisplayVersion is '$(reg_value DisplayVersion)'"
[ -n "$(reg_value UninstallString)" ] || fail "uninstall key: no UninstallString"
ok "Apps & features entry in HKCU (version $VERSION)"
if wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\ThuKyBCD' >/dev/null 2>&1; then
  fail "the installer wrote to HKLM (needs administrator rights)"
fi
ok "nothing written to HKLM"

# The user's data, as the program keeps it.
mkdir -p "$data/backups" "$data/logs"
echo "database" > "$data/thuky-bcd.sqlite"
echo "backup" > "$data/backups/thuky-bcd-2026-11-25.sqlite"
echo "[ui]" > "$data/settings.ini"

# 2. install again over it (an upgrade): data kept, no stale library left behind
touch "$program/_internal/left-by-an-older-version.so"
wine "$installer" /S
wineserver -w
[ ! -e "$program/_internal/left-by-an-older-version.so" ] || fail "the upgrade left old libraries"
[ "$(cat "$data/thuky-bcd.sqlite")" = "database" ] || fail "the upgrade touched the data file"
[ -f "$data/settings.ini" ] || fail "the upgrade removed the settings"
ok "installing over an installed copy replaces the program and keeps data and settings"

# 3. silent uninstall: the program goes, the data stays
wine "$program/Go-cai-dat.exe" /S
wineserver -w
for _ in $(seq 1 60); do [ -e "$program/_internal" ] || break; sleep 1; done
[ ! -e "$program/_internal" ] || fail "uninstall left the program's libraries"
[ ! -e "$program" ] || fail "uninstall left the program folder: $(ls "$program")"
[ ! -f "$start_menu/$shortcut" ] || fail "uninstall left the Start-menu shortcut"
[ ! -f "$desktop" ] || fail "uninstall left the desktop shortcut"
if wine reg query "$key" >/dev/null 2>&1; then fail "uninstall left the HKCU entry"; fi
ok "uninstall removed the program, its shortcuts and its entry"
[ "$(cat "$data/thuky-bcd.sqlite")" = "database" ] || fail "uninstall touched the data file"
[ -f "$data/backups/thuky-bcd-2026-11-25.sqlite" ] || fail "uninstall removed the backups"
[ -f "$data/settings.ini" ] || fail "uninstall removed the settings"
ok "uninstall kept %LOCALAPPDATA%\\ThuKyBCD (data file, backups, settings)"

wineserver -k || true
rm -rf "$WORK"
echo "installer test: $checks checks ok"
