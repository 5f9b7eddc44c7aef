#!/usr/bin/env bash
# Load test of POST /api/v1/tips against the local stack started by deploy/run-local.sh.
#   bench/intake.sh [connections=32] [seconds=30]     (WARMUP=seconds, default 60)
# Reports tips/s and latency (wrk), how long accepted tips waited in the outbox before Kafka
# acknowledged them (from the outbox table), and the service's resident memory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
connections=${1:-32}
seconds=${2:-30}
url=${IPR_URL:-http://localhost:8080}
psql_cmd=(psql -h localhost -p "${PG_PORT:-55432}" -U ipr_hotline -d ipr_hotline -qtA)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk > /dev/null; then
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk
fi
curl -sf "$url/q/health/ready" > /dev/null || { echo "start the service first: deploy/run-local.sh" >&2; exit 1; }

# A freshly started service is still compiling its hot paths for most of a minute (the JIT takes
# CPU from the two cores that also run PostgreSQL, Kafka and wrk): measure after that.
warmup=${WARMUP:-60}
echo "warming up for $warmup s"
wrk -t2 -c"$connections" -d"${warmup}s" -s "$here/intake.lua" "$url" > /dev/null
sleep 2
start=$("${psql_cmd[@]}" -c "select now()")
echo "measuring: $connections connections, $seconds s"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/intake.lua" "$url" | sed -n '/^tips/,$p'
sleep 2
"${psql_cmd[@]}" -F ' ' -c "
  select 'outbox wait (staged -> acknowledged by Kafka): events ' || count(*)
         || ', p50 ' || round(1000 * percentile_cont(0.5) within group (order by extract(epoch from sent_at - created_at)))::text || ' ms'
         || ', p99 ' || round(1000 * percentile_cont(0.99) within group (order by extract(epoch from sent_at - created_at)))::text || ' ms'
         || ', max ' || round(1000 * max(extract(epoch from sent_at - created_at)))::text || ' ms'
         || ', still pending ' || count(*) filter (where sent_at is null)
    from outbox_event where created_at >= '$start'"
# The service, not the local Keycloak (also a quarkus-run.jar, started with -cp).
pid=$(pgrep -f -- "-jar .*quarkus-run.jar" | head -n 1)
echo "service RSS: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
