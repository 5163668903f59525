#!/usr/bin/env bash
# The browser tests drive three engines from Debian's packages: Chromium
# (the browser, and its headless shell for the Chromium suite), Firefox ESR
# and WebKitGTK (its WebDriver and MiniBrowser, drawn on Xvfb).
# Install what is missing when we may (root with apt-get); otherwise stop
# and name it. Never a download of a browser or driver build of its own.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
shell="${CHROMIUM_HEADLESS_SHELL_PATH:-/usr/bin/chromium-headless-shell}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
driver="${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}"
minibrowser="${MINIBROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
xvfb="${XVFB_PATH:-/usr/bin/Xvfb}"

# Each engine: the file the tests start, its Debian package, the variable that points elsewhere.
check() {
	local file="$1" package="$2" variable="$3"
	if [ ! -x "$file" ]; then
		missing+=("$file (Paket $package, oder $variable setzen)")
		if [ -z "${!variable:-}" ]; then
			packages+=("$package")
		fi
	fi
}
check_all() {
	missing=()
	packages=()
	check "$chromium" chromium CHROMIUM_PATH
	check "$shell" chromium-headless-shell CHROMIUM_HEADLESS_SHELL_PATH
	check "$firefox" firefox-esr FIREFOX_PATH
	check "$driver" webkit2gtk-driver WEBKIT_DRIVER_PATH
	check "$minibrowser" webkit2gtk-driver MINIBROWSER_PATH
	check "$xvfb" xvfb XVFB_PATH
}
check_all

if [ "${#missing[@]}" -eq 0 ]; then
	exit 0
fi
if [ "${#packages[@]}" -eq "${#missing[@]}" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	# One package may stand for two files (webkit2gtk-driver).
	mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)
	echo "Browser fehlen: installiere Debians Pakete ${packages[*]} …" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq "${packages[@]}" >/dev/null
	# Installed, and all there now?
	check_all
	if [ "${#missing[@]}" -eq 0 ]; then
		exit 0
	fi
fi
echo "Die Browser-Tests brauchen Chromium (mit seiner Headless Shell), Firefox ESR und WebKitGTK mit Xvfb. Es fehlt:" >&2
printf '  - %s\n' "${missing[@]}" >&2
echo "Installieren (als root): apt-get install chromium chromium-headless-shell firefox-esr webkit2gtk-driver xvfb. Die Tests werden nicht übersprungen." >&2
exit 1
