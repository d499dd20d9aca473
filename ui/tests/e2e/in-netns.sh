#!/usr/bin/env bash
# Runs an end-to-end test inside a client network namespace that it creates, with a
# server namespace beside it (needs root; CI is root). The client has loopback and
# 10.213.7.1; the server 10.213.7.2 answers ping, drops one port and rejects another
# with a TCP reset (nftables). The test reads where they are from the environment:
#   E2E_SERVER=10.213.7.2 E2E_DROP_PORT=47811 E2E_RESET_PORT=47812 E2E_SELF=10.213.7.1
# Only these namespaces' own addresses are used; the machine's interfaces and routes
# are never touched. Both namespaces go away when the command ends, whatever happens.
#
#   ui/tests/e2e/in-netns.sh node ui/tests/e2e/browser.mjs
set -euo pipefail

C=pd-e2e-c-$$
S=pd-e2e-s-$$
cleanup() {
  for ns in "$C" "$S"; do
    # What the command left running there (Wine's winedevice.exe ignores SIGTERM).
    ip netns pids "$ns" 2>/dev/null | xargs -r kill -KILL 2>/dev/null || true
    ip netns del "$ns" 2>/dev/null || true
  done
}
trap cleanup EXIT

for ns in "$C" "$S"; do
  ip netns add "$ns"
  ip -n "$ns" link set lo up
done
ip link add e2e0 netns "$C" type veth peer name e2e1 netns "$S"
ip -n "$C" addr add 10.213.7.1/24 dev e2e0
ip -n "$S" addr add 10.213.7.2/24 dev e2e1
ip -n "$C" link set e2e0 up
ip -n "$S" link set e2e1 up

rules=$(mktemp)
cat > "$rules" <<'NFT'
table inet e2e {
  chain input {
    type filter hook input priority 0;
    tcp dport 47811 drop;
    tcp dport 47812 reject with tcp reset;
  }
}
NFT
ip netns exec "$S" nft -f "$rules"
rm -f "$rules"

export E2E_SERVER=10.213.7.2 E2E_DROP_PORT=47811 E2E_RESET_PORT=47812 E2E_SELF=10.213.7.1
ip netns exec "$C" "$@"
