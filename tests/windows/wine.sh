#!/usr/bin/env bash
# The Windows suite under Wine: builds portdoctor.exe for x86_64-pc-windows-gnu (the
# mingw-w64 linker), prepares a Wine prefix with the ProcessPrng shim Wine 8 lacks
# (bcryptprimitives.c), and runs the black-box tests of crates/cli/tests/windows.rs
# against the .exe, then the browser end-to-end test driving `portdoctor.exe serve`
# from Chromium. As root, both run inside network namespaces of their own
# (ui/tests/e2e/in-netns.sh), with a wineserver started inside them: Wine's sockets
# are made by wineserver, so a wineserver outside would probe from outside.
#
#   tests/windows/wine.sh            # prepare, then run the suite and the browser test
#   tests/windows/wine.sh prepare    # only build and prepare; prints nothing else
#
# Set up by scripts/setup.sh (wine64, gcc-mingw-w64-x86-64, the rustup target).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/env.sh

wine=$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)
wineserver=$(command -v wineserver || echo /usr/lib/wine/wineserver)
[ -x "$wine" ] || { echo "wine.sh: wine64 is missing (scripts/setup.sh installs it)" >&2; exit 1; }
export WINEPREFIX="${PORTDOCTOR_WINEPREFIX:-$HOME/.cache/portdoctor/wine}"
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
target=x86_64-pc-windows-gnu
exe="$CARGO_TARGET_DIR/$target/debug/portdoctor.exe"

cargo build --locked -q -p portdoctor --target "$target"

# The prefix, once (about 10 s), then the shim in its system32 every time (cheap).
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  mkdir -p "$WINEPREFIX"
  "$wine" wineboot --init >/dev/null 2>&1
fi
shim="$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
if [ ! -f "$shim" ] || [ tests/windows/bcryptprimitives.c -nt "$shim" ]; then
  x86_64-w64-mingw32-gcc -O2 -shared -o "$shim" \
    tests/windows/bcryptprimitives.c tests/windows/bcryptprimitives.def -ladvapi32
fi
# No wineserver may outlive this step: the suite's must start inside its namespace.
"$wineserver" -k 2>/dev/null || true
"$wineserver" -w 2>/dev/null || true

[ "${1:-}" = prepare ] && exit 0

export PORTDOCTOR_WINE="$wine" PORTDOCTOR_WINE_EXE="$exe"
# The suite's test binary is built here, outside the namespace.
cargo test --locked -q -p portdoctor --test windows --no-run
# Wine's services (winedevice.exe) outlive a namespace's cleanup: stop the prefix's
# wineserver after each run, and whatever happens.
stop_wine() { "$wineserver" -k 2>/dev/null || true; }
trap stop_wine EXIT
in_ns() { if [ "$(id -u)" -eq 0 ]; then ui/tests/e2e/in-netns.sh "$@"; else "$@"; fi; stop_wine; }

echo "-- the Windows suite: portdoctor.exe under $("$wine" --version)"
in_ns cargo test --locked --offline -q -p portdoctor --test windows -- --test-threads=2

echo "-- browser end to end against portdoctor.exe serve"
PORTDOCTOR_BIN=tests/windows/portdoctor.sh PORTDOCTOR_UNDER_WINE=1 \
  in_ns node ui/tests/e2e/browser.mjs
