#!/usr/bin/env bash
# Sets up and runs every check CI runs: format, lints, all tests (network-namespace
# tests need root), and type checks for Windows, macOS and wasm.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/setup.sh

step() { echo; echo "== $*"; }
started=$(date +%s)

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (all targets, warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test"
cargo test --workspace --locked --no-fail-fast

step "scenario lab (network namespaces; needs root)"
if [ "$(id -u)" -eq 0 ]; then
  cargo build --locked -q -p portdoctor
  tests/lab/lab.sh "$CARGO_TARGET_DIR/debug/portdoctor"
elif [ -n "${CI:-}" ]; then
  echo "the lab needs root in CI" >&2; exit 1
else
  echo "SKIPPED: the lab needs root (CI runs it)"
fi

for t in x86_64-pc-windows-msvc aarch64-apple-darwin; do
  # cargo check for the other OSes, with clippy's lints on top (warnings are errors).
  step "cargo check + clippy --target $t"
  cargo clippy --locked --target "$t" -p portdoctor-core -p portdoctor-probe -p portdoctor -- -D warnings
done

step "cargo check -p portdoctor-core --target wasm32-unknown-unknown"
cargo check --locked --target wasm32-unknown-unknown -p portdoctor-core

echo
echo "All checks passed in $(( $(date +%s) - started )) s."
