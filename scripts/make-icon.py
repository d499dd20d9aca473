#!/usr/bin/env python3
"""Draws Port Doctor's source icon (icons/source.png, 1024x1024) with no image
library: a teal rounded square, a white socket ring with a plug dot, and a
pulse line through it. `npx tauri icon icons/source.png` makes every size."""
import math
import struct
import sys
import zlib

N = 1024
TEAL = (15, 118, 110)
WHITE = (255, 255, 255)


def inside_rounded(x, y, r=200, m=40):
    lo, hi = m, N - 1 - m
    if not (lo <= x <= hi and lo <= y <= hi):
        return False
    cx = min(max(x, lo + r), hi - r)
    cy = min(max(y, lo + r), hi - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def pulse_y(x):
    """A heartbeat line across the middle: flat, a spike up and down, flat."""
    mid = N // 2
    if x < 300 or x > 724:
        return mid
    t = (x - 300) / 424
    if t < 0.35:
        return mid
    if t < 0.45:
        return mid - (t - 0.35) / 0.10 * 200
    if t < 0.60:
        return mid - 200 + (t - 0.45) / 0.15 * 360
    if t < 0.68:
        return mid + 160 - (t - 0.60) / 0.08 * 160
    return mid


def pixel(x, y):
    if not inside_rounded(x, y):
        return (0, 0, 0, 0)
    d = math.hypot(x - N / 2, y - N / 2)
    if 250 <= d <= 310:
        return WHITE + (255,)
    if abs(y - pulse_y(x)) <= 22 and 150 <= x <= 874 and not (d < 250 and 300 <= x <= 724 and False):
        return WHITE + (255,)
    return TEAL + (255,)


def png(path):
    rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y)) for x in range(N)) for y in range(N))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", N, N, 8, 6, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


png(sys.argv[1] if len(sys.argv) > 1 else "icons/source.png")
