#!/usr/bin/env bash
# Checks deploy/parley.service with systemd-analyze where the machine has it: `verify` must print
# nothing about the unit, and `security` must rate its exposure at most 2.5 (of 10). Without
# systemd-analyze it says so and passes.
set -euo pipefail
cd "$(dirname "$0")/.."

UNIT=deploy/parley.service
# In tenths, as `systemd-analyze security --threshold` counts: 25 is an exposure of 2.5.
MAX_EXPOSURE=25

if ! command -v systemd-analyze >/dev/null; then
  echo "systemd-analyze not available: unit not checked"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# verify insists that ExecStart's binary exists; /opt/parley is not installed here, so the copy
# runs an executable this machine has. Everything else (User=, paths, hardening) stays as shipped.
binary="$(command -v node || true)"
[ -n "$binary" ] || binary=/bin/true
grep -q '^ExecStart=/opt/parley/node_modules/.bin/node ' "$UNIT" || {
  echo "$UNIT: ExecStart no longer starts /opt/parley/node_modules/.bin/node; update $0" >&2
  exit 1
}
sed "s|^ExecStart=/opt/parley/node_modules/.bin/node |ExecStart=$binary |" "$UNIT" >"$work/parley.service"

status=0
output="$(systemd-analyze verify --man=no "$work/parley.service" 2>&1)" || status=$?
# Complaints about other units of this machine are not ours to fix; any line about ours fails.
ours="$(grep -F 'parley.service' <<<"$output" || true)"
if [ "$status" -ne 0 ] || [ -n "$ours" ]; then
  echo "systemd-analyze verify $UNIT failed (exit $status):" >&2
  echo "${output//$work\//deploy/}" >&2
  exit 1
fi

# An offline security review (systemd 250 and later): fail if the hardening slips.
if systemd-analyze --help 2>/dev/null | grep -q -- '--offline'; then
  if ! review="$(systemd-analyze security --offline=yes --threshold="$MAX_EXPOSURE" \
    "$work/parley.service" 2>&1)"; then
    grep -v '✓' <<<"$review" >&2 || true
    echo "$UNIT: exposure above $((MAX_EXPOSURE / 10)).$((MAX_EXPOSURE % 10))" >&2
    exit 1
  fi
  echo "$UNIT: verified; $(grep -o 'Overall exposure level.*' <<<"$review" | sed 's/ for [^:]*:/:/')"
else
  echo "$UNIT: verified (this systemd-analyze has no offline security review)"
fi
