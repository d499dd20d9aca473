#!/usr/bin/env bash
# The scenario lab: every cause from the seed article, reproduced on real packets.
#
# Each case builds its own network namespaces —
#   client 198.18.1.2 / 2001:db8:1::2 — router 198.18.1.1 | 198.18.2.1 — server 198.18.2.2 / 2001:db8:2::2
# — starts real servers (Port Doctor's test listener, nginx, a python server that
# never accepts), sets nftables rules, runs `portdoctor check` from the client (and on
# the server where the cause is the server's own), and asserts the finding and its
# key evidence. Only addresses inside these namespaces are ever targeted. Needs root.
#
# Usage: tests/lab/lab.sh [PORTDOCTOR_BINARY] [CASE...]
set -uo pipefail
cd "$(dirname "$0")/../.."
here=tests/lab
bin=${1:-${CARGO_TARGET_DIR:-$HOME/.cache/portdoctor/target}/debug/portdoctor}
shift || true
[ "$(id -u)" -eq 0 ] || { echo "lab: needs root (network namespaces)"; exit 1; }
[ -x "$bin" ] || { echo "lab: no portdoctor binary at $bin"; exit 1; }
for tool in ip nft python3 nginx; do
  command -v "$tool" >/dev/null || { echo "lab: $tool is missing (scripts/setup.sh installs it)"; exit 1; }
done

id=$$
C=pdlab-$id-c R=pdlab-$id-r S=pdlab-$id-s
work=$(mktemp -d)
pids=()

teardown() {
  for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null; done
  pids=()
  for ns in $C $R $S; do
    ip netns pids "$ns" 2>/dev/null | xargs -r kill 2>/dev/null
    ip netns del "$ns" 2>/dev/null
    rm -rf "/etc/netns/$ns"
  done
}
trap 'teardown; rm -rf "$work"' EXIT

inside() { local ns=$1; shift; ip netns exec "$ns" "$@"; }

setup() {
  teardown
  for ns in $C $R $S; do
    ip netns add "$ns"
    ip -n "$ns" link set lo up
    mkdir -p "/etc/netns/$ns"
    printf '127.0.0.1 localhost\n::1 localhost\n' > "/etc/netns/$ns/hosts"
    printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n' > "/etc/netns/$ns/resolv.conf"
  done
  ip link add c0 netns $C type veth peer name r0 netns $R
  ip link add r1 netns $R type veth peer name s0 netns $S
  ip -n $C addr add 198.18.1.2/24 dev c0
  ip -n $R addr add 198.18.1.1/24 dev r0
  ip -n $R addr add 198.18.2.1/24 dev r1
  ip -n $S addr add 198.18.2.2/24 dev s0
  ip -n $C addr add 2001:db8:1::2/64 dev c0 nodad
  ip -n $R addr add 2001:db8:1::1/64 dev r0 nodad
  ip -n $R addr add 2001:db8:2::1/64 dev r1 nodad
  ip -n $S addr add 2001:db8:2::2/64 dev s0 nodad
  for x in "$C c0" "$R r0" "$R r1" "$S s0"; do set -- $x; ip -n "$1" link set "$2" up; done
  ip -n $C route add default via 198.18.1.1
  ip -n $S route add default via 198.18.2.1
  ip -n $C -6 route add default via 2001:db8:1::1
  ip -n $S -6 route add default via 2001:db8:2::1
  inside $R sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1
  # The client knows the server by name, on both families.
  printf '198.18.2.2 server.lab\n2001:db8:2::2 server.lab\n' >> "/etc/netns/$C/hosts"
}

# A server process in the server namespace, stopped at teardown.
serve() { inside $S "$@" >/dev/null 2>&1 & pids+=($!); }

listen() { PORTDOCTOR_QUIET=1 serve "$bin" listen "$1" --address "$2" --for 60s; wait_port "$1"; }

wait_port() {
  for _ in $(seq 1 100); do
    inside $S ss -Htln "sport = :$1" | grep -q . && return 0
    sleep 0.05
  done
  echo "    server never listened on port $1"; return 1
}

# rules NS 'table ... { chain ... { ...; ...; } }': nft wants its blocks on lines.
rules() {
  printf '%s\n' "$2" | sed -e 's/{ /{\n/g' -e 's/; /;\n/g' -e 's/ }/\n}/g' > "$work/rules.nft"
  inside "$1" nft -f "$work/rules.nft"
}

# check NS OUT ARGS...: runs portdoctor check --json in NS, report in $work/OUT.json.
check() { local ns=$1 out=$2; shift 2; inside "$ns" "$bin" check --json "$@" > "$work/$out.json" 2>"$work/$out.err"; true; }

# expect OUT PYTHON-EXPRESSION [what]: the expression over the report `r` must hold.
expect() {
  local out=$1 expr=$2 what=${3:-$2}
  if python3 - "$work/$out.json" "$expr" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
f = r["findings"]
first = f[0]
code = first["code"]
def has(c, verdict=None):
    return any(x["code"] == c and (verdict is None or x["verdict"] == verdict) for x in f)
def addr(a):
    return next(x for x in r["addresses"] if x["address"] == a)
sys.exit(0 if eval(sys.argv[2]) else 1)
PY
  then return 0
  else
    echo "    expected: $what"
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("    got:", [(f["code"], f["verdict"], f["confidence"]) for f in r["findings"]], [(a["address"], a["outcome"]) for a in r["addresses"]])' "$work/$out.json" 2>/dev/null || sed 's/^/    /' "$work/$out.err"
    return 1
  fi
}

# ---- the cases -------------------------------------------------------------------

case_nothing_listening() {
  check $C client 198.18.2.2:7777
  expect client 'code == "no-listener" and addr("198.18.2.2")["outcome"] == "refused"' &&
  check $S server 198.18.2.2:7777 &&
  expect server 'code == "no-listener" and first["confidence"] == "certain"' &&
  # On 5432 the server knows more: the program for that port is not running at all.
  check $S server 198.18.2.2:5432 &&
  expect server 'code == "service-not-running" and first["args"]["service"] == "PostgreSQL"'
}

case_loopback_only() {
  listen 8080 127.0.0.1 || return 1
  check $C client 198.18.2.2:8080
  expect client 'code == "no-listener"' &&
  check $S server 198.18.2.2:8080 &&
  expect server 'code == "bound-elsewhere" and first["args"]["listen_address"] == "127.0.0.1" and first["args"]["process"] == "portdoctor"'
}

case_ipv6_ipv4_mismatch() {
  listen 3000 198.18.2.2 || return 1
  check $C client server.lab:3000
  expect client 'code == "ipv6-ipv4-mismatch" and addr("2001:db8:2::2")["outcome"] == "refused" and addr("198.18.2.2")["outcome"] == "open"'
}

case_wrong_port() {
  mkdir -p "$work/nginx"
  cat > "$work/nginx.conf" <<NGX
daemon off; pid $work/nginx/pid; error_log $work/nginx/error.log;
events {}
http { access_log off; client_body_temp_path $work/nginx;
  server { listen 198.18.2.2:8081; return 200 "lab\n"; } }
NGX
  serve nginx -c "$work/nginx.conf"; wait_port 8081 || return 1
  check $C client 198.18.2.2:80
  expect client 'code == "no-listener"' &&
  check $S server 198.18.2.2:80 --service http &&
  expect server 'code == "wrong-port" and first["args"]["other_port"] == 8081 and first["args"]["process"] == "nginx"'
}

case_reject_tcp_reset() {
  listen 5432 0.0.0.0 || return 1
  rules $S 'table inet lab { chain input { type filter hook input priority 0; tcp dport 5432 reject with tcp reset; } }'
  check $C client 198.18.2.2:5432
  # From the client a reset can't be told from "nothing listens": say so, no more.
  expect client 'code == "no-listener" and first["confidence"] == "likely" and first["args"]["from_outside"] and first["headline"].startswith("Nothing accepted the connection") and "or a firewall turned you away" in first["why"]' &&
  check $S server 198.18.2.2:5432 &&
  expect server 'code == "firewall-reject" and first["confidence"] == "certain" and "reset" in first["args"]["rule"]'
}

case_reject_icmp_port_unreachable() {
  listen 5432 0.0.0.0 || return 1
  rules $S 'table inet lab { chain input { type filter hook input priority 0; tcp dport 5432 reject; } }'
  check $C client 198.18.2.2:5432
  expect client 'code == "firewall-reject" and first["args"]["sender_where"] == "target" and addr("198.18.2.2")["detail"]["icmp"]["kind"] == "port_unreachable"'
}

case_router_admin_prohibited() {
  listen 5432 0.0.0.0 || return 1
  rules $R 'table inet lab { chain through { type filter hook forward priority 0; tcp dport 5432 reject with icmp type admin-prohibited; } }'
  check $C client 198.18.2.2:5432
  expect client 'code == "firewall-reject" and first["args"]["sender"] == "198.18.1.1" and first["args"]["sender_where"] == "path"'
}

case_drop() {
  listen 5432 0.0.0.0 || return 1
  rules $S 'table inet lab { chain input { type filter hook input priority 0; tcp dport 5432 drop; } }'
  local start=$SECONDS
  check $C client --timeout 2s 198.18.2.2:5432
  [ $((SECONDS - start)) -le 6 ] || { echo "    the check took $((SECONDS - start)) s"; return 1; }
  expect client 'code == "firewall-drop" and first["args"]["last_hop"] == "198.18.1.1" and r["ping"]["outcome"] == "reply"' &&
  check $S server --timeout 1s 198.18.2.2:5432 &&
  expect server 'code == "firewall-drop" and first["confidence"] == "certain" and "drop" in first["args"]["rule"]'
}

case_full_listen_queue() {
  serve python3 -c 'import socket,time
s=socket.socket(); s.bind(("198.18.2.2",6000)); s.listen(1); time.sleep(60)'
  wait_port 6000 || return 1
  # Fill the queue from the client: 2 finish the handshake, the rest are dropped.
  inside $C python3 -c 'import socket
h=[]
for _ in range(4):
    s=socket.socket(); s.settimeout(0.3)
    try: s.connect(("198.18.2.2",6000))
    except OSError: pass
    h.append(s)
import time; time.sleep(8)' & pids+=($!)
  sleep 1.5
  check $C client --timeout 1s --no-path 198.18.2.2:6000
  expect client 'addr("198.18.2.2")["outcome"] == "timeout"' &&
  check $S server --timeout 1s 198.18.2.2:6000 &&
  expect server 'code == "backlog-overflow" and first["args"]["backlog"] == 1 and first["args"]["waiting"] == 2'
}

case_port_taken() {
  # Port Doctor's listener holds 8090, so nginx can't start there.
  listen 8090 0.0.0.0 || return 1
  mkdir -p "$work/nginx2"
  cat > "$work/nginx2.conf" <<NGX
daemon off; pid $work/nginx2/pid; error_log $work/nginx2/error.log;
events {}
http { access_log off; client_body_temp_path $work/nginx2; server { listen 8090; } }
NGX
  inside $S nginx -c "$work/nginx2.conf" >/dev/null 2>&1 & local ng=$!
  sleep 1; kill $ng 2>/dev/null
  grep -q "Address already in use" "$work/nginx2/error.log" || { echo "    nginx did not fail to bind"; return 1; }
  check $S server 198.18.2.2:8090 --service http
  expect server 'code == "port-taken" and first["args"]["process"] == "portdoctor"'
}

case_host_unreachable() {
  check $C client --timeout 5s 198.18.2.77:80
  expect client 'code == "host-unreachable" and first["args"]["sender"] == "198.18.1.1"'
}

case_name_does_not_exist() {
  inside $C python3 "$here/dns_nxdomain.py" > "$work/dns.out" 2>&1 & pids+=($!)
  for _ in $(seq 1 50); do grep -q ready "$work/dns.out" && break; sleep 0.1; done
  check $C client no-such-host.lab:443
  expect client 'code == "dns-failure" and r["resolution"]["outcome"]["status"] == "not_found"'
}

all=(nothing_listening loopback_only ipv6_ipv4_mismatch wrong_port reject_tcp_reset
     reject_icmp_port_unreachable router_admin_prohibited drop full_listen_queue port_taken
     host_unreachable name_does_not_exist)
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=("${all[@]}")

passed=0 failed=0
for c in "${cases[@]}"; do
  setup
  start=$SECONDS
  # Each case is bounded in time (60 s); teardown runs whatever happens, and kills
  # every process left in the namespaces.
  ( "case_$c" ) > "$work/case.log" 2>&1 &
  runner=$!
  ( sleep 60; kill "$runner" 2>/dev/null ) & guard=$!
  if wait "$runner"; then
    echo "ok   $c ($((SECONDS - start)) s)"; passed=$((passed + 1))
  else
    echo "FAIL $c ($((SECONDS - start)) s)"; sed 's/^/  /' "$work/case.log"; failed=$((failed + 1))
  fi
  kill "$guard" 2>/dev/null; wait "$guard" 2>/dev/null
  teardown
done
echo
echo "lab: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
