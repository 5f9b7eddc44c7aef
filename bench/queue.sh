#!/usr/bin/env bash
# How long a staff queue page takes to serve, against the local stack started by deploy/run-local.sh
# with the local staff users (QUARKUS_PROFILE=local: basic auth, without the Keycloak sign-in).
#   QUARKUS_PROFILE=local deploy/run-local.sh &
#   bench/queue.sh [views=20]
# Each view is GET /staff (or a filter of it) as one officer; the table gives the median and the
# slowest of the views after two unmeasured ones, and how many tips each queue holds.
set -euo pipefail
views=${1:-20}
url=${IPR_URL:-http://localhost:8080}
psql_cmd=(psql -h localhost -p "${PG_PORT:-55432}" -U ipr_hotline -d ipr_hotline -qtA)
curl -sf "$url/q/health/ready" > /dev/null || { echo "start the service first: QUARKUS_PROFILE=local deploy/run-local.sh" >&2; exit 1; }

echo "tips in the table: $("${psql_cmd[@]}" -c "select count(*) from tip")"
printf '%-16s %-30s %8s %8s\n' "user" "page" "median" "max"
view() {
  local user=$1 password=$2 page=$3 times
  for _ in 1 2; do curl -sf -o /dev/null -u "$user:$password" "$url$page"; done
  times=$(for _ in $(seq "$views"); do
    curl -sf -o /dev/null -w '%{time_total}\n' -u "$user:$password" "$url$page"
  done | sort -n)
  printf '%-16s %-30s %6.0f ms %6.0f ms\n' "$user" "$page" \
    "$(echo "$times" | awk '{ a[NR] = $1 } END { print 1000 * a[int((NR + 1) / 2)] }')" \
    "$(echo "$times" | tail -n 1 | awk '{ print 1000 * $1 }')"
}
view samr-officer samr-password /staff
view samr-officer samr-password "/staff?page=40"
view samr-officer samr-password "/staff?status=closed"
view samr-officer samr-password "/staff?status=accepted"
view cnipa-officer cnipa-password /staff
view triage-officer triage-password /staff
view coordinator coordinator-password /staff
view coordinator coordinator-password "/staff?province=44"
view coordinator coordinator-password "/staff?status=routed"
# Provincial views (V37): a bureau's officer, and one agency's tips of a province. bench/intake.sh's
# texts name no place: bench/spread-regions.sql gives the stored tips regions first.
view samr-guangdong guangdong-password /staff
view samr-officer samr-password "/staff?province=44"
view samr-officer samr-password "/staff?province=31&status=routed"
view samr-officer samr-password "/staff?province=54"
# A city's bureau: Shenzhen holds 0.2 % of the tips, Guangdong 12 % (bench/spread-regions.sql).
view samr-shenzhen shenzhen-password /staff
view samr-shenzhen shenzhen-password "/staff?status=routed"
view samr-guangdong guangdong-password "/api/v1/agency/tips?limit=50"
view samr-officer samr-password "/api/v1/agency/tips?limit=50&province=54"
view samr-shenzhen shenzhen-password "/api/v1/agency/tips?limit=50"
# A district's bureau (V39): Nanshan holds all of Shenzhen's tips in the spread.
view samr-nanshan nanshan-password /staff
view samr-nanshan nanshan-password "/staff?status=routed"
