#!/usr/bin/env bash
# Adds what people decided tips were (table labelled_example: the triage desk's decisions, transfers to
# an agency that leads on one right, closings as not an IP matter) to the
# classifier's corpus, each once (its id is "d-<uuid>"), so the next
#   ./mvnw -q compile exec:java@train
# learns from them. Reads the service's database as deploy/local-env.sh names it
# (QUARKUS_DATASOURCE_JDBC_URL, _USERNAME, _PASSWORD); tabs and line breaks in a text become spaces.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=$root/src/main/resources/classify/corpus.tsv
url=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://localhost:55432/ipr_hotline}
address=${url#jdbc:postgresql://}
hostport=${address%%/*}
database=${address#*/}
database=${database%%\?*}
host=${hostport%%:*}
port=5432
[ "$hostport" != "$host" ] && port=${hostport##*:}
export PGPASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-ipr_hotline}
decided=$(mktemp)
trap 'rm -f "$decided"' EXIT
psql -h "$host" -p "$port" -U "${QUARKUS_DATASOURCE_USERNAME:-ipr_hotline}" -d "$database" -X -q -A -t -F $'\t' -c "
  select 'd-' || id, 'decision-' || id,
         case when text ~ '[一-鿿]' then 'zh' else 'en' end, 'decision', right_type,
         array_to_string(flags, ','), regexp_replace(text, '[[:cntrl:]]+', ' ', 'g')
    from labelled_example order by decided_at, id" > "$decided"
before=$(wc -l < "$corpus")
awk -F'\t' 'NR == FNR { seen[$1] = 1; next } !($1 in seen)' "$corpus" "$decided" >> "$corpus"
echo "corpus: $(( $(wc -l < "$corpus") - before )) decision(s) added, $(( $(wc -l < "$corpus") - 1 )) examples in all"
