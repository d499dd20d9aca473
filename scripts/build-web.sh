#!/usr/bin/env bash
# Builds the web edition: the core as WebAssembly (crates/web), its JavaScript
# bindings, and the embed (ui/embed: the two custom elements and the demo page).
#
# Lands in ui/embed/dist/:
#   portdoctor-embed.js          the one script to include (an ES module)
#   portdoctor_web_bg.wasm       the core, loaded by the script from beside it, with
#                                English built in
#   portdoctor_explain_bg.wasm   the same without report files (open, render, redact):
#                                what a page with only <port-doctor-explain> loads
#   i18n/<lang>.ftl              the other languages, fetched by the script the first
#                                time an element speaks one
#   portdoctor-embed.inline.js   the same with the .wasm and the languages inlined, for
#                                hosts that can't serve .wasm files
#   demo/index.html              the demo page with both elements
# Needs what scripts/setup.sh installs (wasm-bindgen-cli, binaryen's wasm-opt).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/portdoctor/target}"

pkg=ui/embed/pkg
rm -rf "$pkg"
opt=$(mktemp -d)
trap 'rm -rf "$opt"' EXIT
# Two modules from one crate: portdoctor_web (everything) and portdoctor_explain (no
# report files: what <port-doctor-explain> loads, a quarter smaller).
for module in web explain; do
  features=()
  [ "$module" = explain ] && features=(--no-default-features)
  cargo build --locked --profile web --target wasm32-unknown-unknown -p portdoctor-web "${features[@]}"
  # wasm-opt first, on what cargo built: Debian's binaryen turns the externref table
  # that wasm-bindgen adds into one of functions, which browsers then refuse. The
  # features are the ones Rust's wasm32 target emits. --low-memory-unused: Rust's stack
  # is the first megabyte, growing down, so nothing lives in the lowest kilobyte (a
  # kilobyte less, gzipped, from offsets folded into loads and stores); --converge runs
  # the passes again while they still shrink it.
  wasm-opt -Oz --converge --low-memory-unused --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$CARGO_TARGET_DIR/wasm32-unknown-unknown/web/portdoctor_web.wasm" -o "$opt/portdoctor_$module.wasm"
  wasm-bindgen --target web --no-typescript --out-dir "$pkg" "$opt/portdoctor_$module.wasm"
done

# The two custom elements over it: both variants and the demo (ui/vite.embed.config.ts).
npm --prefix ui run --silent build:embed
ls -l ui/embed/dist
