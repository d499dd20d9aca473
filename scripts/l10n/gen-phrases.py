#!/usr/bin/env python3
"""Generate crates/core/data/phrases.tsv: the localised system messages that mean
"connection refused", "timed out", "unreachable", "name not resolved", "connection
reset" or "the TLS certificate is not trusted", and those that name the host, address
and port of a failed connection, as Port Doctor's parser recognises them in pasted
errors.

Each line is `kind<TAB>lang<TAB>source<TAB>template`.

  kind      refused | timeout | unreachable | reset | dns | tls | any ("any": a failed
            connection whose words do not say why, or a line that only names the host,
            address or port)
  lang      BCP 47 tag of the catalogue the text comes from ("en": the English msgid)
  template  the text with its placeholders written {host} (the host or site name as
            the user gave it), {addr} (an IP address), {port} (a port number) and
            {any} (anything else: an error text, a program name, a socket path)

Every phrase comes from a real source, read here; nothing is guessed or translated:

  glibc     strerror / gai_strerror / hstrerror translations, from the .mo catalogues
            that Debian's libc-l10n installs (/usr/share/locale/*/LC_MESSAGES/libc.mo),
            plus the English msgids themselves (lang "en").
  chromium  the network error page and certificate warning texts from the locale .pak
            files that Debian's chromium-l10n installs (/usr/lib/chromium/locales/*.pak);
            the resource ids are found by matching the English texts in en-US.pak.
  windows   Winsock / Win32 / .NET socket messages from scripts/l10n/winsock-messages.toml,
            only entries seen at runtime (or copied by a developer), with a URL source or
            a hit id of the public code index (which does not name the repository); the
            script counts the two apart when it writes the table.
  wget      wget's own messages that name the host, address and port ("unable to resolve
            host address", "Connecting to"), from the .mo catalogues of Debian's wget
            (/usr/share/locale/*/LC_MESSAGES/wget.mo), plus the English msgids. (The
            strerror texts wget prints after "failed:" are glibc's, above.)
  git       git's own messages that name the host and port of a failed connection
            ("unable to look up %s (port %s) (%s)"), from the .mo catalogues of Debian's
            git (/usr/share/locale/*/LC_MESSAGES/git.mo), plus the English msgids.
  libpq     the PostgreSQL client library's connection failure messages, from the .mo
            catalogues of Debian's libpq5 (/usr/share/locale/*/LC_MESSAGES/libpq5-NN.mo,
            as `dpkg -L libpq5` lists them), plus the English msgids.

A gettext msgstr's printf arguments are named after the msgid's (%1$s style reordering
is followed by position number); tabs and line breaks become spaces.

Usage:
  scripts/l10n/gen-phrases.py           write crates/core/data/phrases.tsv
  scripts/l10n/gen-phrases.py --check   exit 1, with a summary, if the committed file
                                        differs from what would be generated

Python 3.11+ standard library only (tomllib).
"""

from __future__ import annotations

import argparse
import glob
import html
import os
import re
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "crates" / "core" / "data" / "phrases.tsv"
WINSOCK_TOML = ROOT / "scripts" / "l10n" / "winsock-messages.toml"
GLIBC_GLOB = "/usr/share/locale/*/LC_MESSAGES/libc.mo"
CHROMIUM_LOCALES = Path("/usr/lib/chromium/locales")
WGET_GLOB = "/usr/share/locale/*/LC_MESSAGES/wget.mo"
GIT_GLOB = "/usr/share/locale/*/LC_MESSAGES/git.mo"
LIBPQ_PACKAGE = "libpq5"

KINDS = ("refused", "timeout", "unreachable", "reset", "dns", "tls", "any")
SOURCES = ("glibc", "chromium", "windows", "wget", "git", "libpq")
PLACEHOLDERS = ("{host}", "{addr}", "{port}", "{any}")

# glibc msgids (strerror, gai_strerror, hstrerror) and what they mean.
GLIBC_MSGIDS = {
    "refused": ["Connection refused"],  # ECONNREFUSED
    "timeout": ["Connection timed out"],  # ETIMEDOUT
    "unreachable": [
        "No route to host",  # EHOSTUNREACH
        "Network is unreachable",  # ENETUNREACH
        "Host is down",  # EHOSTDOWN
        "Network is down",  # ENETDOWN
    ],
    "reset": [
        "Connection reset by peer",  # ECONNRESET
        "Software caused connection abort",  # ECONNABORTED
    ],
    "dns": [
        "Name or service not known",  # EAI_NONAME
        "Temporary failure in name resolution",  # EAI_AGAIN
        "No address associated with hostname",  # EAI_NODATA
        "Non-recoverable failure in name resolution",  # EAI_FAIL
        "Unknown host",  # hstrerror HOST_NOT_FOUND
        "Host name lookup failure",  # hstrerror TRY_AGAIN
        "No address associated with name",  # hstrerror NO_DATA
    ],
}

# Chromium error page texts as they read in en-US.pak once markup is removed
# ($1 is the site's host name). "prefix" also accepts a string that starts with
# the text and goes on with another sentence.
CHROMIUM_TEXTS = [
    ("refused", "$1 refused to connect.", "exact"),  # SUMMARY_CONNECTION_REFUSED
    # SUMMARY_TIMED_OUT, and SUMMARY_GATEWAY_TIMEOUT with the same English text
    ("timeout", "$1 took too long to respond.", "exact"),
    ("dns", "$1’s server IP address could not be found.", "exact"),  # NAME_NOT_RESOLVED
    # SUMMARY_DNS_PROBE_RUNNING: "... could not be found. Diagnosing the problem."
    ("dns", "$1’s DNS address could not be found.", "prefix"),
    ("dns", "Check if there is a typo in $1.", "exact"),  # CHECK_TYPO_SUMMARY
    ("reset", "The connection was reset.", "exact"),  # SUMMARY_CONNECTION_RESET
    ("unreachable", "$1 is unreachable.", "exact"),  # SUMMARY_ADDRESS_UNREACHABLE
    # SUMMARY_CONNECTION_FAILED (net::ERR_CONNECTION_FAILED): a failure of no
    # particular kind, although the English says "unreachable".
    ("any", "$1 is currently unreachable.", "exact"),
    ("any", "This site can’t be reached", "exact"),  # HEADING_NOT_AVAILABLE
    # The certificate warning (net::ERR_CERT_*): its heading, its first paragraph
    # ("... from <strong>$1</strong> (for example, passwords, ...). Learn more ..."),
    # and the paragraphs that begin "$1 normally uses encryption ..." (the English is
    # one sentence of a longer text, hence "prefix").
    ("tls", "Your connection is not private", "exact"),
    ("tls", "Attackers might be trying to steal your information from $1", "prefix"),
    ("tls", "$1 normally uses encryption to protect your information.", "prefix"),
]

# gettext msgids of wget and libpq: (kind, msgid, what each printf argument of the
# msgid is, in order). Each argument becomes {host}, {addr}, {port} or {any}.
WGET_MSGIDS = [
    # exec_name, then quote (host): the quotes around the host are wget's own (gnulib
    # quote ()), so a translation writes none unless it adds its own, kept as they are.
    ("dns", "%s: unable to resolve host address %s\n", ("any", "host")),
    # connect.c: the host as given, the address it resolved to, the port.
    ("any", "Connecting to %s|%s|:%d... ", ("host", "addr", "port")),
    # the same when the host was given as an IPv4 / IPv6 address.
    ("any", "Connecting to %s:%d... ", ("addr", "port")),
    ("any", "Connecting to [%s]:%d... ", ("addr", "port")),
]
# connect.c: git:// and the other transports git connects itself; the reason it then
# prints is gai_strerror's or strerror's (glibc's, above).
GIT_MSGIDS = [
    ("dns", "unable to look up %s (port %s) (%s)", ("host", "port", "any")),
    ("any", "unable to connect to %s:\n%s", ("host", "any")),
    ("any", "done.\nConnecting to %s (port %s) ... ", ("host", "port")),
]
LIBPQ_MSGIDS = [
    # libpq 14 and later: the first line of a failed connection, then the reason.
    ("any", 'connection to server at "%s" (%s), port %s failed: ', ("host", "addr", "port")),
    ("any", 'connection to server at "%s", port %s failed: ', ("host", "port")),
    ("any", 'connection to server on socket "%s" failed: ', ("any",)),
    ("any", "\tIs the server running on that host and accepting TCP/IP connections?\n", ()),
    # libpq 13 and earlier (still in some catalogues): reason, then host, address, port.
    ("any", 'could not connect to server: %s\n\tIs the server running on host "%s" (%s) '
            'and accepting\n\tTCP/IP connections on port %s?\n', ("any", "host", "addr", "port")),
    ("any", 'could not connect to server: %s\n\tIs the server running on host "%s" '
            'and accepting\n\tTCP/IP connections on port %s?\n', ("any", "host", "port")),
    ("any", "could not connect to server: %s\n\tIs the server running locally and "
            'accepting\n\tconnections on Unix domain socket "%s"?\n', ("any", "any")),
    ("dns", 'could not translate host name "%s" to address: %s\n', ("host", "any")),
    # connect_timeout (PGCONNECT_TIMEOUT) ran out: the server did not answer in time.
    ("timeout", "timeout expired\n", ()),
]

# Winsock codes and what they mean.
WINSOCK_KINDS = {
    10061: "refused",  # WSAECONNREFUSED
    10060: "timeout",  # WSAETIMEDOUT
    10065: "unreachable",  # WSAEHOSTUNREACH
    10051: "unreachable",  # WSAENETUNREACH
    10064: "unreachable",  # WSAEHOSTDOWN
    10050: "unreachable",  # WSAENETDOWN
    10054: "reset",  # WSAECONNRESET
    10053: "reset",  # WSAECONNABORTED
    11001: "dns",  # WSAHOST_NOT_FOUND
    # .NET Framework's WebException, WebExceptionStatus.NameResolutionFailure: "The
    # remote name could not be resolved: 'name'" (no Winsock code of its own).
    "NameResolutionFailure": "dns",
    11002: "dns",  # WSATRY_AGAIN
    11004: "dns",  # WSANO_DATA
    # ERROR_SEM_TIMEOUT: what a connect that the network never answers ends in on
    # Windows below .NET's and Winsock's own timeout (Dart, Java, Python, aiohttp).
    121: "timeout",
    # Win32 system error codes with a socket meaning
    1225: "refused",  # ERROR_CONNECTION_REFUSED
    64: "reset",  # ERROR_NETNAME_DELETED (asyncio raises it as ConnectionResetError)
    1231: "unreachable",  # ERROR_NETWORK_UNREACHABLE
    1232: "unreachable",  # ERROR_HOST_UNREACHABLE
}
WINSOCK_USABLE = {"runtime", "runtime-legacy", "developer-copy"}
# A source that is a hit of the public code index, not a URL ("GitHub code index
# (find_string id 4568131502, ...)").
CODE_INDEX_SOURCE = re.compile(r"\bfind_string id \d+")

GENDER_SUFFIX = re.compile(r"_(FEMININE|MASCULINE|NEUTER)$")
PRINTF = re.compile(r"%(?:\d+\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
                    r"(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspnm]|%\d+(?:![^!]*!)?")
# A C printf directive of a gettext string, or "%%".
GETTEXT_ARG = re.compile(r"%%|%(?:(\d+)\$)?[-+ #0'I]*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
                         r"(?:hh|h|ll|l|L|q|j|z|t)?([diouxXeEfFgGaAcspn])")
CHROME_PH = re.compile(r"\$(\d)")
TAG = re.compile(r"<[^>]*>")


class Failure(Exception):
    pass


def warn(msg: str) -> None:
    print(f"gen-phrases: warning: {msg}", file=sys.stderr)


# --------------------------------------------------------------------------- packages

def package_version(pkg: str) -> str:
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}\t${Version}", pkg],
            capture_output=True, text=True, check=False,
        )
    except FileNotFoundError:
        raise Failure(f"dpkg-query not found: this script reads the Debian package {pkg}; "
                      f"run it on Debian/Ubuntu after `apt-get install {pkg}`")
    status, _, version = out.stdout.partition("\t")
    if out.returncode != 0 or "install ok installed" not in status:
        raise Failure(f"the Debian package {pkg} is not installed; install it with "
                      f"`sudo apt-get install {pkg}` (scripts/setup.sh does)")
    return version.strip()


# --------------------------------------------------------------------------- locale tags

_MODIFIER_SCRIPT = {"latin": "Latn", "cyrillic": "Cyrl", "devanagari": "Deva"}


def bcp47(tag: str) -> str:
    """pt_BR -> pt-BR, zh_CN -> zh-CN, sr@latin -> sr-Latn, es-419 stays."""
    tag, _, modifier = tag.partition("@")
    tag = tag.split(".")[0]  # drop a codeset such as .UTF-8
    parts = [p for p in re.split(r"[-_]", tag) if p]
    out = [parts[0].lower()]
    script = _MODIFIER_SCRIPT.get(modifier.lower())
    if script:
        out.append(script)
    for p in parts[1:]:
        if len(p) == 4 and p.isalpha():
            out.append(p.title())
        elif (len(p) == 2 and p.isalpha()) or (len(p) == 3 and p.isdigit()):
            out.append(p.upper())
        else:
            out.append(p.lower())
    if modifier and not script and modifier.lower() != "euro":
        out.append(modifier.lower())
    return "-".join(out)


# --------------------------------------------------------------------------- templates

def clean(text: str) -> str:
    text = re.sub(r"[\t\r\n]", " ", text)
    return text.strip()


def template_printf(text: str) -> str:
    """glibc / Windows text: printf- or FormatMessage-style placeholders -> {any}."""
    text = PRINTF.sub("{any}", text).replace("%%", "%")
    return clean(text)


def template_chromium(text: str) -> str:
    """Chromium text: markup removed, $1 (the host) -> {host}, other $n -> {any}."""
    text = html.unescape(TAG.sub("", text))
    text = CHROME_PH.sub(lambda m: "{host}" if m.group(1) == "1" else "{any}", text)
    text = re.sub(r"\s+", " ", text)  # HTML: runs of white space show as one
    return clean(text)


def template_gettext(text: str, args: tuple[str, ...]) -> str | None:
    """wget / libpq text: the i-th printf argument -> {args[i]} (by position number
    where the text says %2$s); None when the text's arguments are not the msgid's."""
    out, pos, used = [], 0, []
    nxt = 0
    for m in GETTEXT_ARG.finditer(text):
        out.append(text[pos:m.start()])
        pos = m.end()
        if m.group(0) == "%%":
            out.append("%")
            continue
        n = int(m.group(1)) - 1 if m.group(1) else nxt
        nxt = n + 1
        if not 0 <= n < len(args):
            return None
        used.append(n)
        out.append("{" + args[n] + "}")
    out.append(text[pos:])
    if sorted(used) != list(range(len(args))):
        return None
    return clean("".join(out))


def long_enough(template: str) -> bool:
    literal = template
    for ph in PLACEHOLDERS:
        literal = literal.replace(ph, "")
    return len(literal.strip()) >= 2


# --------------------------------------------------------------------------- glibc .mo

def read_mo(path: str) -> dict[str, str]:
    """GNU gettext MO file -> {msgid: msgstr} (first plural form; context dropped)."""
    data = Path(path).read_bytes()
    if len(data) < 28:
        raise Failure(f"{path}: too short for a MO file")
    for endian in ("<", ">"):
        if struct.unpack_from(endian + "I", data, 0)[0] == 0x950412DE:
            break
    else:
        raise Failure(f"{path}: not a GNU MO file (bad magic)")
    revision, count, orig_off, trans_off = struct.unpack_from(endian + "4I", data, 4)
    if revision >> 16 > 1:
        raise Failure(f"{path}: unknown MO revision {revision:#x}")

    def entry(table: int, i: int) -> bytes:
        length, offset = struct.unpack_from(endian + "II", data, table + 8 * i)
        return data[offset:offset + length]

    raw = [(entry(orig_off, i), entry(trans_off, i)) for i in range(count)]
    charset = "utf-8"
    for msgid, msgstr in raw:
        if msgid == b"":
            m = re.search(rb"charset=([-\w]+)", msgstr)
            if m:
                charset = m.group(1).decode("ascii")
    if charset.upper() in ("CHARSET", "US-ASCII", "ASCII", "ANSI_X3.4-1968"):
        charset = "utf-8"  # ASCII is a subset
    out = {}
    for msgid, msgstr in raw:
        if not msgid:
            continue
        msgid = msgid.split(b"\x00")[0].split(b"\x04")[-1]
        msgstr = msgstr.split(b"\x00")[0]
        out[msgid.decode(charset)] = msgstr.decode(charset)
    return out


def glibc_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    files = sorted(glob.glob(GLIBC_GLOB))
    if not files:
        raise Failure(f"no {GLIBC_GLOB} found; install libc-l10n (`sudo apt-get install libc-l10n`)")
    wanted = {msgid: kind for kind, ids in GLIBC_MSGIDS.items() for msgid in ids}
    seen = set()
    for path in files:
        lang = bcp47(Path(path).parts[-3])
        catalog = read_mo(path)
        for msgid, kind in wanted.items():
            msgstr = catalog.get(msgid, "")
            if msgid in catalog:
                seen.add(msgid)
            if msgstr:
                rows.append((kind, lang, "glibc", template_printf(msgstr)))
    for msgid, kind in wanted.items():
        if msgid not in seen:
            warn(f"glibc: msgid {msgid!r} is in no libc.mo catalogue (kept in English only)")
        rows.append((kind, "en", "glibc", template_printf(msgid)))
    return rows


# --------------------------------------------------------------------------- wget, libpq .mo

def gettext_rows(source: str, files: list[str],
                 wanted: list[tuple[str, str, tuple[str, ...]]]) -> list[tuple[str, str, str, str]]:
    """Rows from the msgstrs of the wanted msgids in these catalogues, plus the English."""
    for kind, msgid, args in wanted:  # the table above says what the msgid holds
        assert template_gettext(msgid, args) is not None, (source, msgid, args)
    rows = []
    found: dict[str, list[str]] = {msgid: [] for _, msgid, _ in wanted}
    for path in files:
        lang = bcp47(Path(path).parts[-3])
        catalog = read_mo(path)
        for kind, msgid, args in wanted:
            msgstr = catalog.get(msgid, "")
            if not msgstr:
                continue
            template = template_gettext(msgstr, args)
            if template is None:
                warn(f"{source}: {path}: the msgstr of {msgid!r} has other printf arguments "
                     f"than the msgid ({msgstr!r}); skipped")
                continue
            found[msgid].append(lang)
            rows.append((kind, lang, source, template))
    for kind, msgid, args in wanted:
        if not found[msgid]:
            warn(f"{source}: msgid {msgid!r} is translated in no catalogue (kept in English only)")
        rows.append((kind, "en", source, template_gettext(msgid, args)))
    FOUND[source] = found
    return rows


# Which languages each wget / libpq msgid was found in (for the summary).
FOUND: dict[str, dict[str, list[str]]] = {}


def wget_rows() -> list[tuple[str, str, str, str]]:
    files = sorted(glob.glob(WGET_GLOB))
    if not files:
        raise Failure(f"no {WGET_GLOB} found; install wget (`sudo apt-get install wget`)")
    return gettext_rows("wget", files, WGET_MSGIDS)


def git_rows() -> list[tuple[str, str, str, str]]:
    files = sorted(glob.glob(GIT_GLOB))
    if not files:
        raise Failure(f"no {GIT_GLOB} found; install git (`sudo apt-get install git`)")
    return gettext_rows("git", files, GIT_MSGIDS)


def libpq_files() -> list[str]:
    out = subprocess.run(["dpkg", "-L", LIBPQ_PACKAGE], capture_output=True, text=True, check=False)
    files = sorted(line for line in out.stdout.splitlines()
                   if "/LC_MESSAGES/" in line and line.endswith(".mo") and os.path.isfile(line))
    if not files:
        raise Failure(f"the Debian package {LIBPQ_PACKAGE} lists no .mo catalogues; "
                      f"reinstall it (`sudo apt-get install --reinstall {LIBPQ_PACKAGE}`)")
    return files


def libpq_rows() -> list[tuple[str, str, str, str]]:
    return gettext_rows("libpq", libpq_files(), LIBPQ_MSGIDS)


# --------------------------------------------------------------------------- chromium .pak

def read_pak(path: Path) -> dict[int, str]:
    """Chromium data pack (version 4 or 5) -> {resource id: text}."""
    data = path.read_bytes()
    version = struct.unpack_from("<I", data, 0)[0]
    if version == 4:
        count, encoding = struct.unpack_from("<IB", data, 4)
        table, aliases = 9, 0
    elif version == 5:
        encoding = data[4]
        count, aliases = struct.unpack_from("<HH", data, 8)
        table = 12
    else:
        raise Failure(f"{path}: unknown pak version {version}")
    entries = [struct.unpack_from("<HI", data, table + 6 * i) for i in range(count + 1)]
    blobs = {}
    for i in range(count):
        rid, start = entries[i]
        blobs[rid] = data[start:entries[i + 1][1]]
    alias_table = table + 6 * (count + 1)
    for i in range(aliases):
        rid, index = struct.unpack_from("<HH", data, alias_table + 4 * i)
        blobs[rid] = blobs[entries[index][0]]
    codec = {1: "utf-8", 2: "utf-16-le"}.get(encoding, "utf-8")
    out = {}
    for rid, blob in blobs.items():
        try:
            out[rid] = blob.decode(codec)
        except UnicodeDecodeError:
            pass  # binary resource
    return out


def plain(text: str) -> str:
    """A pak string as it reads on the page: markup removed, white space collapsed."""
    return re.sub(r"\s+", " ", html.unescape(TAG.sub("", text))).strip()


def chromium_rows() -> list[tuple[str, str, str, str]]:
    en_path = CHROMIUM_LOCALES / "en-US.pak"
    if not en_path.exists():
        raise Failure(f"{en_path} not found; install chromium-l10n (`sudo apt-get install chromium-l10n`)")
    english = read_pak(en_path)
    ids: list[tuple[str, int]] = []
    for kind, text, mode in CHROMIUM_TEXTS:
        found = []
        for rid, value in sorted(english.items()):
            p = plain(value)
            if p == text or (mode == "prefix" and p.startswith(text + " ")):
                found.append(rid)
        if not found:
            warn(f"chromium: no en-US.pak string reads {text!r}; skipped")
        for rid in found:
            # verify: the id's en-US text is the text wanted
            p = plain(english[rid])
            assert p == text or p.startswith(text + " "), (rid, p)
            ids.append((kind, rid))
    rows = []
    for path in sorted(CHROMIUM_LOCALES.glob("*.pak")):
        # de_FEMININE.pak etc. hold gendered overrides of de.pak; same language.
        lang = bcp47(GENDER_SUFFIX.sub("", path.stem))
        strings = english if path == en_path else read_pak(path)
        for kind, rid in ids:
            if rid in strings:
                rows.append((kind, lang, "chromium", template_chromium(strings[rid])))
    return rows


# --------------------------------------------------------------------------- windows

def windows_rows() -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str, str, str]]]:
    """(rows from entries with a URL source, rows from entries with a code-index hit)."""
    with WINSOCK_TOML.open("rb") as f:
        messages = tomllib.load(f).get("message", [])
    by_url, by_index = [], []
    unknown = set()
    for m in messages:
        if m.get("kind") not in WINSOCK_USABLE:
            continue
        source = m.get("source", "")
        if re.match(r"https?://", source):
            into = by_url
        elif CODE_INDEX_SOURCE.search(source):
            # A real text from the public code index, which does not name the
            # repository: used, and counted apart.
            into = by_index
        else:
            warn(f"windows: source {source!r} is neither a URL nor a code-index hit; skipped")
            continue
        kind = WINSOCK_KINDS.get(m["code"])
        if kind is None:
            unknown.add(m["code"])
            continue
        template = template_printf(m["text"])
        # An entry may say which part of its text is the name it failed on: that
        # part is where any message of its kind names the host.
        if m.get("host"):
            if m["host"] not in template:
                warn(f"windows: host {m['host']!r} is not in {m['text']!r}; skipped")
                continue
            template = template.replace(m["host"], "{host}", 1)
        into.append((kind, bcp47(m["lang"]), "windows", template))
    for code in sorted(unknown):
        warn(f"windows: Winsock code {code} has no kind here; its entries are skipped")
    return by_url, by_index


# --------------------------------------------------------------------------- main

def generate() -> tuple[str, list[str]]:
    """The table's text, and a summary of what went into it."""
    libc = package_version("libc-l10n")
    chromium = package_version("chromium-l10n")
    wget = package_version("wget")
    git = package_version("git")
    libpq = package_version(LIBPQ_PACKAGE)
    win_url, win_index = windows_rows()
    rows = glibc_rows() + chromium_rows() + win_url + win_index + wget_rows() + git_rows() + libpq_rows()
    table = set()
    for row in rows:
        kind, lang, source, template = row
        assert kind in KINDS, kind
        assert source in SOURCES, source
        assert "\t" not in template and "\n" not in template, row
        if long_enough(template):
            table.add(row)
    lines = sorted(table, key=lambda r: (r[0], r[1], r[3], r[2]))
    header = ("# Generated by scripts/l10n/gen-phrases.py; do not edit by hand, run it again. "
              f"Read: libc-l10n {libc}, chromium-l10n {chromium}, wget {wget}, git {git}, "
              f"{LIBPQ_PACKAGE} {libpq}, scripts/l10n/winsock-messages.toml. "
              "Columns: kind, lang, source, template.")
    return "\n".join([header] + ["\t".join(r) for r in lines]) + "\n", summary(
        lines, set(win_url) & table, set(win_index) & table)


def summary(lines: list[tuple[str, str, str, str]], win_url: set, win_index: set) -> list[str]:
    out = []
    for source in SOURCES:
        mine = [r for r in lines if r[2] == source]
        kinds = ", ".join(f"{k} {n}" for k in KINDS
                          if (n := sum(1 for r in mine if r[0] == k)))
        langs = len({r[1] for r in mine})
        out.append(f"  {source}: {len(mine)} phrases in {langs} languages ({kinds})")
        if source == "windows":
            out.append(f"    from entries with a URL source: {len(win_url)}; from code-index hits: "
                       f"{len(win_index)}, of them {len(win_index - win_url)} found only there")
        for msgid, langs_found in FOUND.get(source, {}).items():
            out.append(f"    {msgid!r}: {len(langs_found)} catalogues"
                       + (f" ({' '.join(langs_found)})" if langs_found else ""))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--strict", action="store_true",
                        help="with --check: fail also when the package versions differ")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the committed phrases.tsv differs; write nothing")
    args = parser.parse_args()
    try:
        new, notes = generate()
    except Failure as e:
        print(f"gen-phrases: error: {e}", file=sys.stderr)
        return 2
    rel = OUTPUT.relative_to(ROOT)
    if args.check:
        old = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if old == new:
            print(f"{rel} is up to date ({new.count(chr(10)) - 1} phrases)")
            return 0
        old_lines, new_lines = old.splitlines(), new.splitlines()
        if old_lines[:1] != new_lines[:1] and "--strict" not in sys.argv:
            # Other package versions here than the table was made from: the table is
            # still what its own sources gave. Say so; it is no error of the repo's.
            print(f"{rel} was made from other package versions than this machine has; "
                  "run scripts/l10n/gen-phrases.py to refresh it")
            print(f"  table:   {old_lines[0] if old_lines else '(no file)'}")
            print(f"  here:    {new_lines[0]}")
            return 0
        old_set, new_set = set(old_lines[1:]), set(new_lines[1:])
        added = [l for l in new_lines[1:] if l not in old_set]
        removed = [l for l in old_lines[1:] if l not in new_set]
        print(f"{rel} is out of date: {len(added)} phrase(s) to add, {len(removed)} to remove"
              + ("" if old_lines[:1] == new_lines[:1] else ", header changes")
              + "; run scripts/l10n/gen-phrases.py")
        if old_lines[:1] != new_lines[:1]:
            print(f"- {old_lines[0] if old_lines else '(no file)'}")
            print(f"+ {new_lines[0]}")
        for l in removed[:20]:
            print(f"- {l}")
        for l in added[:20]:
            print(f"+ {l}")
        if len(added) > 20 or len(removed) > 20:
            print("  ...")
        return 1
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(new)
    print(f"wrote {rel} ({new.count(chr(10)) - 1} phrases)")
    print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
