# Sourced by deploy/kafka.sh, deploy/mail.sh and deploy/keycloak.sh: a local server run as a
# background java process with a pid file. Each script sets name, port and pidfile before using these.

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

# Before a start: false (nothing to do) when this server already runs; stops the script when
# another process holds the port.
free_to_start() {
  if running; then echo "$name: already running on localhost:$port"; return 1; fi
  if listening "$port"; then echo "$name: port $port is taken by another process" >&2; exit 1; fi
  return 0
}

# Waits up to $1 seconds for the port; on failure shows the tail of the log file $2.
await_port() {
  for _ in $(seq 1 "$1"); do
    if listening "$port"; then return 0; fi
    running || { echo "$name: failed to start, see $2" >&2; tail -20 "$2" >&2; exit 1; }
    sleep 1
  done
  echo "$name: did not open port $port within $1 s, see $2" >&2; exit 1
}

stop_daemon() {
  if running; then
    kill "$(cat "$pidfile")"
    for _ in $(seq 1 30); do running || break; sleep 1; done
    running && kill -9 "$(cat "$pidfile")"
    echo "$name: stopped"
  fi
  rm -f "$pidfile"
}

status_daemon() {
  if running; then echo "$name: running on localhost:$port"; else echo "$name: stopped"; exit 3; fi
}
