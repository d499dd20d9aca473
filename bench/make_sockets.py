#!/usr/bin/env python3
"""Builds the benchmark's machine state: PROCS processes, each holding LISTEN
listeners, and CONNS connections in all, spread over the processes (each connects
to the next process's listeners, which accept), so the table has PROCS*LISTEN
listening and 2*CONNS connected sockets. Prints "ready" when all are in place,
then holds them until killed."""
import os
import selectors
import socket
import sys
import time

PROCS, LISTEN, CONNS, BASE = (int(a) for a in sys.argv[1:5])


def conns_of(index):
    """How many connections process `index` opens: CONNS spread evenly."""
    return CONNS // PROCS + (1 if index < CONNS % PROCS else 0)


def child(index, ready_w, go_r):
    listeners = []
    for j in range(LISTEN):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", BASE + index * LISTEN + j))
        s.listen(128)
        s.setblocking(False)
        listeners.append(s)
    os.write(ready_w, b"x")
    os.read(go_r, 1)  # every process listens now
    nxt = (index + 1) % PROCS
    mine = conns_of(index)
    clients = [socket.create_connection(("127.0.0.1", BASE + nxt * LISTEN + (k % LISTEN))) for k in range(mine)]
    incoming = conns_of((index - 1) % PROCS)
    sel = selectors.DefaultSelector()
    for s in listeners:
        sel.register(s, selectors.EVENT_READ)
    accepted = []
    deadline = time.time() + 60
    while len(accepted) < incoming and time.time() < deadline:
        for key, _ in sel.select(timeout=1):
            try:
                accepted.append(key.fileobj.accept()[0])
            except BlockingIOError:
                pass
    os.write(ready_w, b"y")
    time.sleep(3600)


def main():
    ready_r, ready_w = os.pipe()
    go_r, go_w = os.pipe()
    for i in range(PROCS):
        if os.fork() == 0:
            os.close(ready_r)
            os.close(go_w)
            child(i, ready_w, go_r)
            os._exit(0)
    got = 0
    while got < PROCS:
        got += len(os.read(ready_r, PROCS))
    os.write(go_w, b"g" * PROCS)
    got = 0
    while got < PROCS:
        got += len(os.read(ready_r, PROCS))
    print("ready", flush=True)
    time.sleep(3600)


main()
