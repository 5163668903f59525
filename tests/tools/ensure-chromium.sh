#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Install it when it is missing and
# we may (root with apt-get); otherwise stop with the reason. Never a download
# of a browser build of its own.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
	exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
	echo "Chromium fehlt: installiere Debians Paket chromium …" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq chromium >/dev/null
	exit 0
fi
echo "Chromium fehlt unter $chromium. Die Browser-Tests brauchen es: 'apt-get install chromium' (als root) oder CHROMIUM_PATH setzen." >&2
exit 1
