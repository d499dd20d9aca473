#!/usr/bin/env bash
# Sets up, builds the UI, and starts Port Doctor: the desktop app where there is a
# display, else the same wizard in a browser (portdoctor serve) and says so.
# With arguments, runs the command line instead: scripts/run.sh check db1:5432
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/setup.sh
npm --prefix ui run --silent build

if [ $# -gt 0 ]; then
  cargo build --release --locked -q -p portdoctor
  exec "$CARGO_TARGET_DIR/release/portdoctor" "$@"
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  cargo build --locked -q -p portdoctor-desktop
  exec "$CARGO_TARGET_DIR/debug/portdoctor-desktop"
fi

echo "There is no display here, so Port Doctor opens in a browser instead."
cargo build --release --locked -q -p portdoctor
exec "$CARGO_TARGET_DIR/release/portdoctor" serve
