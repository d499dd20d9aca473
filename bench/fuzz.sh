#!/usr/bin/env bash
# The fuzzing campaign: every parser of outside text under libFuzzer (cargo-fuzz),
# each for a given number of executions, seeded from the repo's own fixtures.
#
#   bench/fuzz.sh [RUNS] [TARGET...]     RUNS defaults to 1000000; all targets by default
#
# Installs cargo-fuzz when it is missing. The stable toolchain builds libFuzzer with
# RUSTC_BOOTSTRAP=1. The parsers are safe Rust, so the targets run without
# AddressSanitizer (`-s none`, four to seven times faster); what is looked for is a
# panic, an overflow (debug assertions are on), a hang (10 s) or runaway memory. Corpora and crashes go under $FUZZ_DIR (default
# ~/.cache/portdoctor/fuzz), never into the repo; a crash stops that target, and its
# input is printed as a path to turn into a regression test. Prints, per target:
# executions, seconds, executions per second, corpus size, and "crash" or "ok".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-1000000}
shift || true
all=(target message report nft iptables pf socketfilterfw windows_tables macos_tables netlink proc)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
fuzz_dir=${FUZZ_DIR:-$HOME/.cache/portdoctor/fuzz}
export CARGO_TARGET_DIR=${FUZZ_TARGET_DIR:-$HOME/.cache/portdoctor/fuzz-target}
export RUSTC_BOOTSTRAP=1

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version 0.13.2
(cd fuzz && cargo fuzz build -O -s none >/dev/null)

# Seeds: the fixtures the tests already hold, split per parser.
seed() {
  local t=$1 dir=$fuzz_dir/corpus/$1
  mkdir -p "$dir"
  local fx=crates/core/tests/fixtures
  case $t in
    target) printf '%s' 'db1.example.com:5432' >"$dir/s1"; printf '%s' '[::1]:80' >"$dir/s2"
            printf '%s' 'https://user@intranet/x' >"$dir/s3"; printf '%s' 'db1 postgres' >"$dir/s4"
            printf '%s' '30s' >"$dir/s5" ;;
    message) python3 - "$fx/error_messages.toml" "$dir" <<'PY'
import sys, tomllib, hashlib, os
cases = tomllib.load(open(sys.argv[1], 'rb'))
for c in (v for k, v in cases.items() if isinstance(v, list) for v in v):
    t = c.get('text', '').encode()
    open(os.path.join(sys.argv[2], hashlib.sha1(t).hexdigest()[:16]), 'wb').write(t)
PY
    ;;
    report) cp "$fx"/reports/*.json "$dir"/ ;;
    nft) cp "$fx"/firewall/nft-*.json "$dir"/ ;;
    iptables) cp "$fx"/firewall/*tables-save*.txt "$dir"/ ;;
    pf) cp "$fx"/firewall/pfctl-*.txt "$dir"/; head -c 4000 /etc/services >"$dir/services" 2>/dev/null || true ;;
    socketfilterfw) cp "$fx"/firewall/socketfilterfw-*.txt "$dir"/ ;;
    windows_tables|macos_tables)
      local prefix=${t%%_*}
      python3 - crates/probe/tests/fixtures/listeners "$prefix" "$dir" <<'PY'
import sys, os, glob
src, prefix, out = sys.argv[1:]
for path in glob.glob(os.path.join(src, prefix + '_*.hex')):
    data = bytearray()
    for line in open(path):
        for tok in line.split('#')[0].split():
            data += bytes(int(tok[3:])) if tok.startswith('00*') else bytes([int(tok, 16)])
    open(os.path.join(out, os.path.basename(path)[:-4]), 'wb').write(bytes(data))
PY
      if [ "$t" = windows_tables ]; then printf '%s' '80,443,8000-8080,RPC' >"$dir/localports"; fi ;;
    netlink) python3 - "$dir" <<'PY'
import sys, struct, os
# One NLMSG of SOCK_DIAG_BY_FAMILY (20): an inet_diag_msg for 127.0.0.1:5432
# listening, with an INET_DIAG_SKV6ONLY attribute, then NLMSG_DONE.
msg = struct.pack('=BBBB', 2, 10, 0, 0) + struct.pack('>HH', 5432, 0) + bytes([127,0,0,1]) + bytes(12) \
    + bytes(16) + struct.pack('=I', 0) + struct.pack('=II', 0, 0) + struct.pack('=IIIII', 0, 0, 0, 128, 1000) \
    + struct.pack('=I', 4242)
msg = msg.ljust(72, b'\0') + struct.pack('=HHB', 5, 7, 1) + b'\0\0\0'
hdr = struct.pack('=IHHII', 16 + len(msg), 20, 2, 1, 0)
done = struct.pack('=IHHII', 20, 3, 2, 1, 0) + bytes(4)
open(os.path.join(sys.argv[1], 'one'), 'wb').write(hdr + msg + done)
PY
    ;;
    proc) for f in /proc/net/netstat /proc/net/arp; do
            if [ -r "$f" ]; then head -c 8000 "$f" >"$dir/$(basename "$f")"; fi
          done ;;
  esac
}

printf '%-16s %12s %8s %10s %8s  %s\n' target executions seconds "exec/s" corpus result
status=0
for t in "${targets[@]}"; do
  seed "$t"
  mkdir -p "$fuzz_dir/artifacts/$t" "$fuzz_dir/logs"
  log=$fuzz_dir/logs/$t.log
  start=$(date +%s.%N)
  if (cd fuzz && cargo fuzz run -O -s none "$t" "$fuzz_dir/corpus/$t" -- \
        -runs="$runs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$fuzz_dir/artifacts/$t/" -print_final_stats=1 >"$log" 2>&1); then
    result=ok
  else
    result="crash: $(grep -o "$fuzz_dir/artifacts/$t/[^ ]*" "$log" | tail -1)"
    status=1
  fi
  end=$(date +%s.%N)
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  secs=$(python3 -c "print(f'{$end-$start:.0f}')")
  rate=$(python3 -c "print(int(${execs:-0}/max($end-$start,0.001)))")
  corpus=$(ls "$fuzz_dir/corpus/$t" | wc -l)
  printf '%-16s %12s %8s %10s %8s  %s\n' "$t" "${execs:-0}" "$secs" "$rate" "$corpus" "$result"
done
exit $status
