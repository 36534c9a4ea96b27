#!/bin/sh
# Finds Chromium for the browser tests: $CHROME_PATH, else /usr/bin/chromium; on Debian as root,
# installs Debian's chromium package when it is missing; otherwise stops with a clear message.
set -e
browser="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ -z "${CHROME_PATH:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium at $browser. Install Chromium, or set CHROME_PATH to a Chromium or Chrome binary." >&2
exit 1
