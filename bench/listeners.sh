#!/usr/bin/env bash
# Benchmark: "who listens on port N?" on a machine with 10,000 TCP sockets (5,000
# listening) held by 200 processes, side by side in one run:
#   portdoctor listeners --port N --json  vs  ss -tlnp (and its port filter),
#   netstat -tlnp, lsof -nP -iTCP -sTCP:LISTEN; and portdoctor check 127.0.0.1:N
#   end to end vs nmap -p N 127.0.0.1.
# Everything runs inside a network namespace made here (needs root), so the sockets
# and every probe stay on that namespace's loopback. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
[ "$(id -u)" -eq 0 ] || { echo "bench: needs root (network namespace)" >&2; exit 1; }

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v nmap >/dev/null || need+=(nmap)
command -v netstat >/dev/null || need+=(net-tools)
command -v lsof >/dev/null || need+=(lsof)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
cargo build --release --locked -q -p portdoctor
bin="$CARGO_TARGET_DIR/release/portdoctor"

PROCS=${PROCS:-200} LISTEN=${LISTEN:-25} CONNS=${CONNS:-2500} BASE=${BASE:-20000}
ns="pdbench-$$"
out=$(mktemp -d)
cleanup() {
  [ -n "${holder:-}" ] && kill -- -"$holder" 2>/dev/null || true
  ip netns pids "$ns" 2>/dev/null | xargs -r kill 2>/dev/null || true
  ip netns del "$ns" 2>/dev/null || true
  rm -rf "$out"
}
trap cleanup EXIT
ip netns add "$ns"
ip -n "$ns" link set lo up
ip netns exec "$ns" sh -c 'ulimit -n 4096; sysctl -qw net.core.somaxconn=4096'

setsid ip netns exec "$ns" python3 bench/make_sockets.py "$PROCS" "$LISTEN" "$CONNS" "$BASE" > "$out/ready" &
holder=$!
for _ in $(seq 1 600); do grep -q ready "$out/ready" 2>/dev/null && break; sleep 0.1; done
grep -q ready "$out/ready" || { echo "bench: sockets not ready" >&2; exit 1; }

port=$((BASE + PROCS * LISTEN / 2 + 3))
total=$(ip netns exec "$ns" ss -Htan | wc -l)
listening=$(ip netns exec "$ns" ss -Htln | wc -l)
echo "Machine state: $total TCP sockets, $listening listening, $PROCS processes (+1 parent); port $port"
echo

ip netns exec "$ns" hyperfine -N --warmup 3 --runs "${RUNS:-20}" --style none --export-json "$out/r.json" \
  -n "portdoctor listeners --port $port --json" "$bin listeners --port $port --json" \
  -n "ss -tlnp" "ss -tlnp" \
  -n "ss -tlnp 'sport = :$port'" "ss -tlnp 'sport = :$port'" \
  -n "netstat -tlnp" "netstat -tlnp" \
  -n "lsof -nP -iTCP -sTCP:LISTEN" "lsof -nP -iTCP -sTCP:LISTEN" \
  -n "portdoctor check 127.0.0.1:$port --json" "$bin check 127.0.0.1:$port --json" \
  -n "nmap -Pn -p $port 127.0.0.1" "nmap -Pn -p $port 127.0.0.1" >/dev/null

python3 - "$out/r.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
ss = next(x for x in r if x["command"] == "ss -tlnp")["mean"]
print("| command | mean | min | ratio to `ss -tlnp` |")
print("|---|---:|---:|---:|")
for x in r:
    print(f"| `{x['command']}` | {x['mean']*1000:.1f} ms | {x['min']*1000:.1f} ms | {x['mean']/ss:.2f} |")
PY
