#!/usr/bin/env python3
"""Slowloris against a running ipr-hotline: opens N connections, each sending the start of a tip and
then nothing; checks that health and a real tip are still answered while they hang, waits, and
counts the connections the service still holds. With quarkus.http.idle-timeout=60s, none after 70 s.

  python3 bench/slowloris.py 2000 70     # connections, seconds to wait
"""
import http.client
import socket
import sys
import time

HOST, PORT = "127.0.0.1", 8080
START_OF_A_TIP = (b"POST /api/v1/tips HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 100000\r\n\r\n{\"text\":\"")


def timed(method, path, body=None):
    started = time.monotonic()
    connection = http.client.HTTPConnection(HOST, PORT, timeout=10)
    try:
        connection.request(method, path, body=body, headers={"Content-Type": "application/json"})
        return connection.getresponse().status, time.monotonic() - started
    except OSError as e:
        return repr(e), time.monotonic() - started
    finally:
        connection.close()


def still_held(sock):
    """Open and silent: nothing to read yet. A close (b"") or an answer means the service let go."""
    sock.settimeout(0.01)
    try:
        sock.recv(100)
        return False
    except socket.timeout:
        return True
    except OSError:
        return False


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    wait = float(sys.argv[2]) if len(sys.argv) > 2 else 70
    hanging = []
    for _ in range(count):
        sock = socket.create_connection((HOST, PORT), timeout=5)
        sock.sendall(START_OF_A_TIP)
        hanging.append(sock)
    print("hanging connections:", len(hanging))
    print("health while they hang: %s in %.2f s" % timed("GET", "/q/health/ready"))
    print("a tip while they hang: %s in %.2f s" % timed("POST", "/api/v1/tips",
                                                        b'{"text":"fake Nike shoes sold on Taobao"}'))
    time.sleep(wait)
    print("still held by the service after %.0f s: %d" % (wait, sum(still_held(sock) for sock in hanging)))


if __name__ == "__main__":
    main()
