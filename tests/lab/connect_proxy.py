#!/usr/bin/env python3
"""A small HTTP CONNECT proxy for the tests: `connect_proxy.py PORT MODE`.

MODE `ok` connects to the target it is asked for and answers 200, then relays bytes
both ways (for a plain-http request, `HEAD http://host:port/`, it answers 200 when it
reached the site and 502 when not: the site's own answer does not matter to the test);
`forbid` answers every request with 403 Forbidden, as a proxy whose policy does not
allow the target. It listens on 127.0.0.1 only, prints "ready" when it
listens, and stops by itself after 60 seconds.
"""
import socket
import sys
import threading
import time

port, mode = int(sys.argv[1]), sys.argv[2]
until = time.time() + 60


def relay(a, b):
    try:
        while True:
            data = a.recv(65536)
            if not data:
                break
            b.sendall(data)
    except OSError:
        pass
    finally:
        for s in (a, b):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def serve(client):
    client.settimeout(5)
    head = b""
    try:
        while b"\r\n\r\n" not in head and len(head) < 8192:
            chunk = client.recv(4096)
            if not chunk:
                return
            head += chunk
        words = head.split(b"\r\n", 1)[0].split()
        if len(words) < 2:
            client.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")
            return
        if mode == "forbid":
            client.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            return
        if words[0] != b"CONNECT" and words[1].startswith(b"http://"):
            authority = words[1][len(b"http://"):].split(b"/", 1)[0].decode()
            host, _, p = authority.rpartition(":")
            try:
                socket.create_connection((host.strip("[]"), int(p or 80)), timeout=3).close()
                client.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            except OSError:
                client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        if words[0] != b"CONNECT":
            client.sendall(b"HTTP/1.1 405 Method Not Allowed\r\n\r\n")
            return
        host, _, p = words[1].decode().rpartition(":")
        try:
            upstream = socket.create_connection((host.strip("[]"), int(p)), timeout=3)
        except OSError:
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        threading.Thread(target=relay, args=(upstream, client), daemon=True).start()
        relay(client, upstream)
    except OSError:
        pass
    finally:
        client.close()


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", port))
listener.listen(16)
listener.settimeout(0.5)
print("ready", flush=True)
while time.time() < until:
    try:
        c, _ = listener.accept()
    except socket.timeout:
        continue
    threading.Thread(target=serve, args=(c,), daemon=True).start()
