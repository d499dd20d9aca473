#!/usr/bin/env python3
"""Compares a translated Fluent catalogue with the English one.

    scripts/l10n/check-ftl.py crates/core/i18n/de.ftl [...]

For every message of en.ftl the translation must have the same id, use the same
variables, and select on the same variables; a selector on yes/no (or any key that is
not a CLDR plural category) has the same variant keys as English, and every selector
has a default (`*[...]`). Plural selectors may have the categories the language needs
(one, few, many, other). Prints one line per problem; exit 1 when there is any.
The Rust test `catalog::tests::every_language_has_every_message` checks the same with
the real Fluent parser; this script is for translators, with no build needed.
"""
import re
import sys
from pathlib import Path

PLURAL = {"zero", "one", "two", "few", "many", "other"}
MESSAGE = re.compile(r"^([a-zA-Z][\w-]*)\s*=(.*)$")


def messages(path):
    out, current = {}, None
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            if not line.strip():
                continue
            current = None
            continue
        m = MESSAGE.match(line)
        if m and not line[0].isspace():
            current = m.group(1)
            out[current] = [m.group(2)]
        elif current:
            # Continuation lines are indented, but a placeable's closing brace may
            # stand at the start of a line.
            out[current].append(line)
        else:
            out.setdefault("!syntax", []).append(f"{path}:{n}: {line}")
    return {k: "\n".join(v) for k, v in out.items()}


def shape(body):
    variables = set(re.findall(r"\$([\w-]+)", body))
    selectors = []
    # Each selector: `{ $x ->` followed by its variants up to the matching `}`.
    for m in re.finditer(r"\{\s*\$([\w-]+)\s*->", body):
        depth, i, keys = 1, m.end(), []
        while i < len(body) and depth:
            c = body[i]
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            elif depth == 1 and c == "[":
                j = body.index("]", i)
                default = body[i - 1] == "*"
                keys.append(("*" if default else "") + body[i + 1 : j].strip())
                i = j
            i += 1
        selectors.append((m.group(1), keys))
    return variables, selectors


def compare(en, other, lang):
    problems = []
    for key in sorted(set(en) - set(other)):
        if key != "!syntax":
            problems.append(f"{lang}: missing {key}")
    for key in sorted(set(other) - set(en)):
        problems.append(f"{lang}: not in English: {key}")
    for key in sorted(set(en) & set(other)):
        if key == "!syntax":
            continue
        ev, es = shape(en[key])
        ov, os_ = shape(other[key])
        if ev != ov:
            problems.append(f"{lang}: {key}: variables {sorted(ov)} instead of {sorted(ev)}")
        esel = sorted(s for s, _ in es)
        osel = sorted(s for s, _ in os_)
        if esel != osel:
            problems.append(f"{lang}: {key}: selects on {osel} instead of {esel}")
            continue
        for (var, ekeys), (_, okeys) in zip(sorted(es), sorted(os_)):
            plain = lambda ks: {k.lstrip("*") for k in ks}
            if not any(k.startswith("*") for k in okeys):
                problems.append(f"{lang}: {key}: selector on ${var} has no default *[...]")
            if plain(ekeys) <= PLURAL and "other" in plain(ekeys):
                if not plain(okeys) <= PLURAL or "other" not in plain(okeys):
                    problems.append(f"{lang}: {key}: plural on ${var} needs [other] and CLDR categories only, has {okeys}")
            elif plain(ekeys) != plain(okeys):
                problems.append(f"{lang}: {key}: variants on ${var} are {okeys} instead of {ekeys}")
    problems += other.get("!syntax", [])
    return problems


def main():
    root = Path(__file__).resolve().parents[2]
    en = messages(root / "crates/core/i18n/en.ftl")
    problems = []
    for path in sys.argv[1:]:
        problems += compare(en, messages(path), Path(path).stem)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
