#!/bin/sh
# Runs the Windows build under Wine as if it were the native `portdoctor` (for the
# browser end-to-end test, which starts PORTDOCTOR_BIN). tests/windows/wine.sh sets
# PORTDOCTOR_WINE, PORTDOCTOR_WINE_EXE, WINEPREFIX and WINEDEBUG.
exec "$PORTDOCTOR_WINE" "$PORTDOCTOR_WINE_EXE" "$@"
