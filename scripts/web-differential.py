#!/usr/bin/env python3
"""The web edition and the native build must say the same thing: every message of the
parser's fixture corpus is explained by the WebAssembly (in Node, as a page would run
it) and by the same Rust functions built natively (crates/web/examples/explain-all.rs,
one process for the whole corpus), in English and in Chinese, by both modules
(portdoctor_web and portdoctor_explain, the one without report files); what was read
and the findings must be the same. A sample is also checked against `portdoctor explain
--json` itself. Run by scripts/test.sh after scripts/build-web.sh.

    scripts/web-differential.py PORTDOCTOR_BINARY
"""
import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "crates/core/tests/fixtures/error_messages.toml"
PKG = ROOT / "ui/embed/pkg"


def comparable(report: dict) -> dict:
    """What must agree: the message as read, and each finding whole (its code,
    confidence, evidence and sentences). The CLI's file has no presentation model."""
    return {"parsed": report.get("parsed"), "findings": report.get("findings")}


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    cli = sys.argv[1]
    with CORPUS.open("rb") as f:
        texts = [c["text"] for c in tomllib.load(f)["case"]]
    failures = 0
    for lang in ("en", "zh-CN"):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(texts, f)
            listing = f.name
        native = json.loads(subprocess.run(
            ["cargo", "run", "-q", "--locked", "-p", "portdoctor-web", "--example", "explain-all",
             "--", listing, lang],
            check=True, capture_output=True, text=True, timeout=900, cwd=ROOT).stdout)
        wasm = json.loads(subprocess.run(
            ["node", str(ROOT / "crates/web/tests/explain-all.mjs"), str(PKG), listing, lang],
            check=True, capture_output=True, text=True, timeout=300).stdout)
        explaining = json.loads(subprocess.run(
            ["node", str(ROOT / "crates/web/tests/explain-all.mjs"), str(PKG), listing, lang,
             "portdoctor_explain"],
            check=True, capture_output=True, text=True, timeout=300).stdout)
        for i, (whole, small) in enumerate(zip(wasm, explaining)):
            if whole != small:
                failures += 1
                print(f"#{i} {lang}: the two modules differ")
        for i, text in enumerate(texts):
            n, w = native[i], wasm[i]
            if ("ok" in n) != ("ok" in w):
                failures += 1
                print(f"#{i} {lang}: native {n.get('error') or 'answered'}, wasm {w.get('error') or 'answered'}")
                continue
            if "ok" not in n:
                continue
            a, b = comparable(n["ok"]), comparable(w["ok"])
            if a != b:
                failures += 1
                print(f"#{i} {lang}: differ\n  native: {a}\n  wasm:   {b}")
            # The CLI is the same code behind `explain`: every 30th message through it.
            if i % 30 == 0:
                cli_run = subprocess.run([cli, "explain", "--json", "--lang", lang, "--", text],
                                         capture_output=True, text=True, timeout=60)
                if cli_run.returncode != 0 or comparable(json.loads(cli_run.stdout)) != b:
                    failures += 1
                    print(f"#{i} {lang}: the CLI differs from the wasm")
        print(f"web-differential: {len(texts)} messages in {lang}, "
              f"{failures} differences so far")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
