#!/usr/bin/env bash
# What real clients print, read back: every client this machine has (curl, wget, psql,
# ssh, nc, telnet, python3, node) connects to real failures in network namespaces — a
# refused port, a dropped port, an unreachable host, a name that does not exist, a DNS
# server that never answers — in English and, for the clients that speak them, in
# German, French, Spanish, Brazilian Portuguese, Russian and Chinese (glibc's and the
# programs' own translations, from locales compiled here into a private folder). Each
# message goes through `portdoctor explain --json`; the host, port and failure kind it
# reads must be the real ones. Only addresses inside the namespaces are targeted.
#
# Usage: tests/lab/clients.sh [PORTDOCTOR_BINARY]      (needs root)
set -uo pipefail
cd "$(dirname "$0")/../.."
here=tests/lab
bin=${1:-${CARGO_TARGET_DIR:-$HOME/.cache/portdoctor/target}/debug/portdoctor}
[ "$(id -u)" -eq 0 ] || { echo "clients: needs root (network namespaces)"; exit 1; }
[ -x "$bin" ] || { echo "clients: no portdoctor binary at $bin"; exit 1; }

id=$$
C=pdcli-$id-c S=pdcli-$id-s
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null; done
  for ns in $C $S; do
    ip netns pids "$ns" 2>/dev/null | xargs -r kill 2>/dev/null
    ip netns del "$ns" 2>/dev/null
    rm -rf "/etc/netns/$ns"
  done
  rm -rf "$work"
}
trap cleanup EXIT
inside() { local ns=$1; shift; ip netns exec "$ns" "$@"; }

# client 10.213.9.1 —— server 10.213.9.2, which also routes 10.213.10.0/24 and answers
# for 10.213.10.5 with ICMP host unreachable.
server=10.213.9.2 gone=10.213.10.5
ip netns add $C && ip netns add $S
ip link add pdc$id type veth peer name pds$id
ip link set pdc$id netns $C && ip link set pds$id netns $S
inside $C ip addr add 10.213.9.1/24 dev pdc$id && inside $C ip link set pdc$id up && inside $C ip link set lo up
inside $S ip addr add $server/24 dev pds$id && inside $S ip link set pds$id up && inside $S ip link set lo up
inside $C ip route add 10.213.10.0/24 via $server
inside $S sysctl -qw net.ipv4.ip_forward=1
# Every refused connection gets its ICMP answer (the kernel rate-limits them by default,
# and a limited one turns "unreachable" into a timeout).
inside $S sysctl -qw net.ipv4.icmp_ratelimit=0
inside $S nft -f - <<EOF
table inet lab {
  chain input { type filter hook input priority 0; tcp dport 81 drop; }
  chain forward { type filter hook forward priority 0; ip daddr $gone reject with icmp type host-unreachable; }
}
EOF
mkdir -p /etc/netns/$C
printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n' > /etc/netns/$C/resolv.conf
inside $C python3 "$here/dns_nxdomain.py" > "$work/dns.out" 2>&1 & pids+=($!)
for _ in $(seq 50); do grep -q ready "$work/dns.out" 2>/dev/null && break; sleep 0.1; done

# Locales, compiled into a folder of our own (LOCPATH); the machine's are left alone.
loc=$work/locales
mkdir -p "$loc"
langs=(de_DE fr_FR es_ES pt_BR ru_RU zh_CN)
for l in "${langs[@]}"; do localedef -i "$l" -f UTF-8 "$loc/$l.UTF-8" 2>/dev/null || true; done

# The failures: name, target host, port, the kind to read. "nosuch.invalid" is answered
# NXDOMAIN by the namespace's DNS server.
scenarios=(
  "refused $server 80 refused"
  "dropped $server 81 timeout"
  "unreachable $gone 80 unreachable"
  "nxdomain nosuch.invalid 80 dns"
)

# How each client tries host:port, with a deadline of 3 s: sets the array `cmd`.
client_cmd() {
  local client=$1 host=$2 port=$3
  case $client in
    curl) cmd=(curl -sS --connect-timeout 3 "http://$host:$port/") ;;
    wget) cmd=(wget -O /dev/null --tries=1 --timeout=3 "http://$host:$port/") ;;
    psql) cmd=(env PGCONNECT_TIMEOUT=3 psql -h "$host" -p "$port" -U x -d x -c select) ;;
    ssh) cmd=(ssh -o BatchMode=yes -o ConnectTimeout=3 -o StrictHostKeyChecking=no -p "$port" "$host" true) ;;
    nc) cmd=(nc -vz -w 3 "$host" "$port") ;;
    telnet) cmd=(telnet "$host" "$port") ;;
    python3) cmd=(python3 -c "import socket; socket.create_connection(('$host', $port), timeout=3)") ;;
    node) cmd=(node -e "const s = require('net').connect({host: '$host', port: $port}); s.setTimeout(3000, () => s.destroy(Object.assign(new Error('connect ETIMEDOUT $host:$port'), {code: 'ETIMEDOUT'}))); s.on('error', (e) => { console.error(e); process.exit(1); }); s.on('connect', () => process.exit(0));") ;;
  esac
}
# Which clients translate their messages (their own catalogue, or glibc's strerror).
speaks_languages() { case $1 in wget|psql) return 0 ;; *) return 1 ;; esac; }
# What a client cannot say. curl 7.8x and 8 print the same "after 0 ms: Couldn't connect
# to server" for a refusal and for an unreachable host: Port Doctor reads the more
# common refusal (its check then tells them apart). telnet has no deadline of its own
# for a dropped port.
expected() {
  local client=$1 scenario=$2 kind=$3
  case "$client/$scenario" in
    curl/unreachable) echo "refused" ;;
    telnet/dropped) echo "skip" ;;
    *) echo "$kind" ;;
  esac
}

fails=0 total=0
printf '%-8s %-6s %-12s %-12s %s\n' client lang case read message
for client in curl wget psql ssh nc telnet python3 node; do
  command -v $client >/dev/null || { echo "SKIPPED: $client is not installed"; continue; }
  locales=(C.UTF-8)
  speaks_languages $client && for l in "${langs[@]}"; do [ -d "$loc/$l.UTF-8" ] && locales+=("$l.UTF-8"); done
  for s in "${scenarios[@]}"; do
    read -r name host port kind <<<"$s"
    want=$(expected $client $name $kind)
    [ "$want" = skip ] && continue
    for locale in "${locales[@]}"; do
      client_cmd $client $host $port
      out=$(LOCPATH=$loc LC_ALL=$locale LANGUAGE= timeout 8 ip netns exec $C "${cmd[@]}" </dev/null 2>&1)
      total=$((total + 1))
      # A client that printed nothing has nothing to read.
      got=$(printf '%s' "$out" | "$bin" explain --json - 2>/dev/null | python3 -c '
import json, sys
r = json.load(sys.stdin)["parsed"]
print(r["failure"], r.get("host") or "-", r.get("port") or "-", r.get("port_implied"))' 2>/dev/null || echo "unreadable - - -")
      read -r failure ghost gport implied <<<"$got"
      ok=1
      [ "$failure" = "$want" ] || ok=0
      # The host must be the one tried. Python's socket errors name no address at
      # all ("[Errno 111] Connection refused"): there none is to be read.
      case $client in
        python3) [ "$ghost" = - ] || ok=0 ;;
        *) [ "$ghost" = "$host" ] || ok=0 ;;
      esac
      # The port: the one tried, or none said where the client names none (ssh's -p is
      # not in its message when it is 22; psql, nc and wget always say theirs).
      case $client in curl|wget|psql|nc|ssh|node) [ "$want" = dns ] || [ "$gport" = "$port" ] || ok=0 ;; esac
      [ "$client" = python3 ] && [ "$gport" != - ] && ok=0
      lang=${locale%%.*}
      line=$(printf '%s' "$out" | tr '\n' ' ' | cut -c1-110)
      if [ $ok = 1 ]; then
        printf 'ok   %-8s %-6s %-12s %-12s %s\n' $client "${lang:0:5}" $name "$failure" "$line"
      else
        fails=$((fails + 1))
        printf 'FAIL %-8s %-6s %-12s read %s host %s port %s, want %s %s %s: %s\n' $client "${lang:0:5}" $name "$failure" "$ghost" "$gport" "$want" "$host" "$port" "$line"
      fi
    done
  done
done
echo "clients: $((total - fails)) of $total messages read right"
[ $fails -eq 0 ]
