#!/usr/bin/env bash
# Start to ready of the packaged service against the local stack: from launching java to the first
# 200 from /q/health/ready, polled every 10 ms.
#   bench/start.sh [runs=5]      (JAVA=<a Java 25+ binary>; JAVA_OPTS as deploy/run-local.sh's)
# The first run is the training run of a JDK AOT cache (target/quarkus-app/app.aot): it starts the
# service, sends it a few tips and stops it, and the JVM writes the classes it loaded and linked,
# with their profiles, into the cache. The measured runs start with that cache. Stop a running
# service first (port 8080); PostgreSQL, Kafka, mail and Keycloak are started as run-local does.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root"
runs=${1:-5}
opts=(${JAVA_OPTS:--Xmx256m -Xms128m -XX:+UseSerialGC})
. "$root/deploy/java.sh"
choose_service_java
java_bin=$service_java
[ -n "$service_aot" ] || { echo "bench/start.sh: needs a Java 25 or later (set JAVA)" >&2; exit 1; }

if curl -s -o /dev/null http://localhost:8080/q/health/live; then
  echo "bench/start.sh: something answers on :8080; stop the service first" >&2
  exit 1
fi
"$root/deploy/postgres.sh" start > /dev/null
"$root/deploy/kafka.sh" start > /dev/null
"$root/deploy/mail.sh" start > /dev/null
"$root/deploy/keycloak.sh" start > /dev/null
. "$root/deploy/local-env.sh"
log=$(mktemp)
pid=
# An interrupted run leaves no service behind.
trap '[ -n "$pid" ] && kill "$pid" 2> /dev/null; rm -f "$log"' EXIT

# Starts the service with the given options; sets ready_ms and leaves $pid running.
start() {
  local began now
  began=$(date +%s%N)
  "$java_bin" "$@" "${opts[@]}" -jar target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null http://localhost:8080/q/health/ready; do
    kill -0 "$pid" 2> /dev/null || { echo "the service stopped:" >&2; tail -n 20 "$log" >&2; exit 1; }
    sleep 0.01
  done
  now=$(date +%s%N)
  ready_ms=$(((now - began) / 1000000))
}
stop() { kill "$pid"; wait "$pid" 2> /dev/null || true; pid=; }

# A cache is made for exactly these jars: any jar newer than it means a new training run.
if ! aot_fresh; then
  rm -f "$aot_cache"
  echo "training run with $java_bin: $aot_cache"
  start -XX:AOTCacheOutput="$aot_cache"
  for n in 1 2 3 4 5; do
    curl -sf -o /dev/null -H 'Content-Type: application/json' \
      -d "{\"text\":\"Training tip $n: a shop sells counterfeit bags with our registered trademark\"}" \
      http://localhost:8080/api/v1/tips
    curl -sf -o /dev/null http://localhost:8080/
  done
  stop
fi

echo "start to ready with $java_bin and $aot_cache, ${opts[*]}:"
times=()
for run in $(seq "$runs"); do
  start -XX:AOTCache="$aot_cache"
  stop
  times+=("$ready_ms")
  echo "  run $run: $ready_ms ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "median $median ms over $runs runs"
