#!/usr/bin/env bash
# Adds what people decided tips were (table labelled_example: the triage desk's decisions, transfers to
# an agency that leads on one right, closings as not an IP matter) to the
# classifier's corpus, one row per tip (its id is "d-<tip id>"; a tip decided again since the last run
# has its row replaced by the new decision), so the next
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
kept=$(mktemp)
trap 'rm -f "$decided" "$kept"' EXIT
psql -h "$host" -p "$port" -U "${QUARKUS_DATASOURCE_USERNAME:-ipr_hotline}" -d "$database" -X -q -A -t -F $'\t' -c "
  select 'd-' || tip_id, 'decision-' || tip_id,
         case when text ~ '[一-鿿]' then 'zh' else 'en' end, 'decision', right_type,
         array_to_string(flags, ','), regexp_replace(text, '[[:cntrl:]]+', ' ', 'g')
    from labelled_example order by decided_at, id" > "$decided"
before=$(wc -l < "$corpus")
# (awk below reads the decisions first: an empty file would make it take the corpus for them.)
if [ ! -s "$decided" ]; then
  echo "corpus: no decisions yet, $(( before - 1 )) examples in all"
  exit 0
fi
# The corpus without the rows of tips decided again (counting those whose label changed), then every
# decision: new ones and replacements.
changed=$(awk -F'\t' -v kept="$kept" 'NR == FNR { new[$1] = $0; next }
  ($1 in new) { if ($0 != new[$1]) n++; next } { print > kept } END { print n + 0 }' "$decided" "$corpus")
cat "$kept" "$decided" > "$corpus"
echo "corpus: $(( $(wc -l < "$corpus") - before )) decision(s) added, $changed decided again, $(( $(wc -l < "$corpus") - 1 )) examples in all"
