#!/usr/bin/env bash
# Sets up, builds and runs Port Doctor. With no arguments it shows the help;
# otherwise the arguments go to `portdoctor` (e.g. `check db1:5432`).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/setup.sh
cargo build --release --locked -q -p portdoctor
bin="$CARGO_TARGET_DIR/release/portdoctor"
if [ $# -eq 0 ]; then
  "$bin" --help
  echo
  echo "Try: scripts/run.sh check localhost:22    or    scripts/run.sh explain \"connect ECONNREFUSED ::1:3000\""
  exit 0
fi
exec "$bin" "$@"
