#!/usr/bin/env bash
# How redaction scales: one redaction of reports naming 1,000 to 16,000 users (Windows
# domain users running from their homes), release build. Linear work shows as a time
# per name that stays about flat.
#
#   bench/redact.sh [N...]
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 1000 2000 4000 8000 16000
cargo run --release -q -p portdoctor-core --example redact_scale -- "$@"
