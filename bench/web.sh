#!/usr/bin/env bash
# Web edition benchmark (bench/web.mjs: sizes, Chromium, Node), and the native
# `portdoctor explain` of one message beside it: CPU time per process, which is what
# a helpdesk script running it once pays.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/setup.sh
scripts/build-web.sh > /dev/null
cargo build --locked --release -q -p portdoctor
messages=$(mktemp)
trap 'rm -f "$messages"' EXIT
python3 -c 'import json, sys, tomllib; print(json.dumps([c["text"] for c in tomllib.load(open(sys.argv[1], "rb"))["case"]]))' \
  crates/core/tests/fixtures/error_messages.toml > "$messages"
MESSAGES="$messages" node bench/web.mjs

python3 - "$CARGO_TARGET_DIR/release/portdoctor" <<'PY'
import resource, subprocess, sys
cli = sys.argv[1]
cases = [
    ("curl, English", "en", "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server"),
    ("Windows, Chinese", "zh-CN", "由于目标计算机积极拒绝，无法连接。 127.0.0.1:7890"),
    ("psql, German", "de", 'psql: Fehler: Verbindung zum Server auf »localhost« (::1), Port 5432 fehlgeschlagen: Verbindungsaufbau abgelehnt'),
]
runs = 20
print("\n## Native `portdoctor explain` (release, CPU per process, mean of %d)\n" % runs)
print("| message | CPU |\n|---|---:|")
for label, lang, text in cases:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(runs):
        subprocess.run([cli, "explain", "--lang", lang, "--", text], stdout=subprocess.DEVNULL, timeout=10)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) / runs * 1000
    print(f"| {label} | {cpu:.1f} ms |")
PY
