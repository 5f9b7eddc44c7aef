#!/usr/bin/env bash
# Guesses the access code of one tracking number through two ipr-hotline instances that share one
# PostgreSQL, as a distributed attacker would: every guess from a new address, half of them to
# each instance, 16 at a time. Prints what the guesses got and whether the owner gets in after the
# lock. Starts PostgreSQL and Kafka if needed, and the two instances on ports 8081 and 8082.
#   bench/brute-force.sh [guesses=1000]       (LOCK=lock length for the run, default 30s)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root"
guesses=${1:-1000}
lock=${LOCK:-30s}
logs=$(mktemp -d)

"$root/deploy/postgres.sh" start
"$root/deploy/kafka.sh" start
. "$root/deploy/local-env.sh"
# Each guess says it comes from its own address through a proxy on this machine, so that the
# per-address limit on look-ups cannot be what stops it: the lock on the number must.
export QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true
export QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 IPR_ACCESS_LOCK=$lock

pids=()
stop() { kill "${pids[@]}" 2> /dev/null || true; wait 2> /dev/null || true; rm -rf "$logs"; }
trap stop EXIT
for port in 8081 8082; do
  QUARKUS_HTTP_PORT=$port java -Xmx384m -XX:+UseSerialGC -jar target/quarkus-app/quarkus-run.jar \
    > "$logs/$port.log" 2>&1 &
  pids+=($!)
done
for port in 8081 8082; do
  for _ in $(seq 60); do curl -sf "http://localhost:$port/q/health/ready" > /dev/null && break; sleep 1; done
  curl -sf "http://localhost:$port/q/health/ready" > /dev/null || { cat "$logs/$port.log"; exit 1; }
done

receipt=$(curl -sf -H 'Content-Type: application/json' -H 'X-Forwarded-For: 192.0.2.1' \
  -d '{"text": "A shop on Taobao sells counterfeit Nike shoes with a fake logo"}' http://localhost:8081/api/v1/tips)
field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" <<< "$receipt"; }
number=$(field trackingNumber)
code=$(field accessCode)
echo "tip $number stored through :8081; $guesses wrong codes follow through :8081 and :8082"

# Wrong codes: eight digits that are not the right one.
seq "$guesses" | awk -v right="$code" '{ c = sprintf("%08d", (NR * 7919 + 12345) % 100000000);
    if (c == right) c = sprintf("%08d", (c + 1) % 100000000);
    printf "%d %d.%d.%d %s\n", (NR % 2 ? 8081 : 8082), 10 + int(NR / 65536), int(NR / 256) % 256, NR % 256, c }' \
  | xargs -P 16 -L 1 sh -c 'curl -s -o /dev/null -w "%{http_code}\n" -H "X-Forwarded-For: $1" \
      -H "X-Access-Code: $2" "http://localhost:$0/api/v1/tips/'"$number"'"' \
  | sort | uniq -c | awk '{ printf "  %5d answered %s\n", $1, $2 }'

echo "the owner, with the right code, during the lock: $(curl -s -o /dev/null -w '%{http_code}' \
  -H 'X-Forwarded-For: 192.0.2.1' -H "X-Access-Code: $code" "http://localhost:8082/api/v1/tips/$number")"
seconds=${lock%s}
sleep $(( seconds + 1 ))
echo "the owner, with the right code, after the lock ($lock): $(curl -s -o /dev/null -w '%{http_code}' \
  -H 'X-Forwarded-For: 192.0.2.1' -H "X-Access-Code: $code" "http://localhost:8082/api/v1/tips/$number")"
