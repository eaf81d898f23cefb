#!/usr/bin/env bash
# Browser tests drive the system Chromium; the registry's own browser downloads do not work here.
set -euo pipefail
CHROMIUM="${PARLEY_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Browser tests need Chromium at $CHROMIUM: install Debian's 'chromium' package (or set PARLEY_CHROMIUM)." >&2
exit 1
