#!/usr/bin/env bash
# Sets up and runs every check CI runs: the UI's type check, unit tests and build;
# Rust format, lints and tests; the scenario lab and the end-to-end tests (root:
# network namespaces); type checks for Windows and macOS; the Windows build under
# Wine; the web edition (wasm).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/setup.sh
# The tests are hermetic: a proxy of this machine's environment (which setup may have
# needed for its downloads) would stand in front of every web target they check.
unset http_proxy https_proxy all_proxy no_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY NO_PROXY

step() { echo; echo "== $*"; }
started=$(date +%s)
is_root() { [ "$(id -u)" -eq 0 ]; }

step "ui: type check, unit tests, build"
npm --prefix ui run --silent check
npm --prefix ui test --silent
npm --prefix ui run --silent build

step "message catalogues and the table of system messages"
# Every translation has every message of en.ftl with the same arguments (the Rust
# test checks the same with the real Fluent parser); the table of localised system
# messages is what its sources (libc-l10n, chromium-l10n, Windows messages) give.
python3 scripts/l10n/check-ftl.py crates/core/i18n/*.ftl
python3 scripts/l10n/gen-phrases.py --check

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (all targets, warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test"
cargo test --workspace --locked --no-fail-fast

step "the core as the web edition builds it (English built in, the others added)"
cargo clippy --locked -p portdoctor-core --no-default-features -- -D warnings
cargo test --locked -q -p portdoctor-core --no-default-features --lib added_languages
# Its regex-lite and its one-name-at-a-time redaction, on the real messages and the
# redaction suite.
cargo test --locked -q -p portdoctor-core --no-default-features --test error_messages --test heldout --test redact

cargo build --locked -q -p portdoctor -p portdoctor-desktop
bin="$CARGO_TARGET_DIR/debug/portdoctor"

step "scenario lab (network namespaces; needs root)"
if is_root; then
  tests/lab/lab.sh "$bin"
  tests/lab/clients.sh "$bin"
elif [ -n "${CI:-}" ]; then
  echo "the lab needs root in CI" >&2; exit 1
else
  echo "SKIPPED: the lab needs root (CI runs it)"
fi

# As root, both end-to-end runs go inside namespaces of their own (a server that
# drops and resets ports, an address of this computer that others use).
e2e() { if is_root; then ui/tests/e2e/in-netns.sh "$@"; elif [ -n "${CI:-}" ]; then echo "the end-to-end runs need root in CI" >&2; exit 1; else "$@"; fi; }

step "browser end to end (headless Chromium against portdoctor serve)"
PORTDOCTOR_BIN="$bin" e2e node ui/tests/e2e/browser.mjs

step "desktop end to end (the real app under Xvfb, over WebDriver)"
PORTDOCTOR_BIN="$bin" PORTDOCTOR_DESKTOP="$CARGO_TARGET_DIR/debug/portdoctor-desktop" e2e node ui/tests/e2e/desktop.mjs

step "the Windows suite: portdoctor.exe under Wine (as root, in namespaces of its own)"
if is_root; then
  tests/windows/wine.sh
elif [ -n "${CI:-}" ]; then
  echo "the Windows suite needs root in CI" >&2; exit 1
else
  echo "SKIPPED: the Windows suite runs inside network namespaces, which need root (CI runs it)"
fi

for t in x86_64-pc-windows-msvc aarch64-apple-darwin; do
  # cargo check for the other OSes, with clippy's lints on top (warnings are errors).
  step "cargo check + clippy --target $t"
  cargo clippy --locked --target "$t" -p portdoctor-core -p portdoctor-probe -p portdoctor-api -p portdoctor -- -D warnings
done

step "web edition: build (wasm + embed), wasm against the CLI, the embed in Chromium"
# Before the build, which writes it again: the committed table of the one sentence
# shown when the wasm can't start must be what the catalogues say.
node ui/embed/scripts/gen-unavailable.mjs --check
scripts/build-web.sh
python3 scripts/web-differential.py "$bin"
PORTDOCTOR_BIN="$bin" node ui/tests/e2e/embed.mjs

echo
echo "All checks passed in $(( $(date +%s) - started )) s."
