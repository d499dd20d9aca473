#!/usr/bin/env bash
# Installs what building and testing Port Doctor needs on a Debian/Ubuntu machine.
# Safe to run again: it only adds what is missing.
set -euo pipefail

need_apt=()
command -v ip >/dev/null || need_apt+=(iproute2)
command -v cc >/dev/null || need_apt+=(build-essential)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
command -v curl >/dev/null || need_apt+=(curl)
command -v python3 >/dev/null || need_apt+=(python3)   # a test server that never accepts
command -v setpriv >/dev/null || need_apt+=(util-linux) # tests as an unprivileged user
command -v nft >/dev/null || need_apt+=(nftables)         # firewall tests and the lab
command -v iptables-save >/dev/null || need_apt+=(iptables)
command -v nginx >/dev/null || need_apt+=(nginx-light)    # a real server in the lab
command -v ss >/dev/null || need_apt+=(iproute2)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}"
fi

if ! command -v cargo >/dev/null; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    echo "setup: Rust is missing; install it with rustup (https://rustup.rs) and run this again." >&2
    exit 1
  fi
fi

if command -v rustup >/dev/null; then
  installed=$(rustup component list --installed 2>/dev/null || true)
  for comp in rustfmt clippy; do
    grep -q "^$comp" <<<"$installed" || rustup component add "$comp"
  done
  targets=$(rustup target list --installed 2>/dev/null || true)
  for t in x86_64-pc-windows-msvc aarch64-apple-darwin wasm32-unknown-unknown; do
    grep -qx "$t" <<<"$targets" || rustup target add "$t"
  done
fi
