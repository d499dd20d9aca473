#!/usr/bin/env python3
"""A tiny DNS server for the lab: answers every question with "no such name"
(NXDOMAIN) on 127.0.0.1:53 of the namespace it runs in, for at most 60 seconds."""
import socket
import time

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 53))
s.settimeout(0.5)
print("ready", flush=True)
deadline = time.time() + 60
while time.time() < deadline:
    try:
        q, peer = s.recvfrom(512)
    except socket.timeout:
        continue
    if len(q) < 12:
        continue
    r = bytearray(q)
    r[2] = 0x80 | (q[2] & 0x79)  # QR, keep opcode and RD
    r[3] = 0x80 | 0x03            # RA, RCODE 3 = NXDOMAIN
    r[6:12] = b"\0" * 6           # no answer, authority or additional records
    s.sendto(bytes(r), peer)
