// Writes the alerting rules of the PrometheusRule objects in rendered manifests (multi-document
// YAML files named on the command line) as Prometheus rule files, for promtool: rules.yaml as they
// are, for `promtool check rules` (templates included), and rules-for-tests.yaml without their
// annotations, so that alerts-test.yaml states when each alert fires and with which labels, and
// not every word of its description a second time.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseAllDocuments, stringify } from 'yaml';

const [out, ...files] = process.argv.slice(2);
const groups = [];
for (const file of files) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const object = document.toJS();
    if (object?.kind === 'PrometheusRule') {
      groups.push(...object.spec.groups);
    }
  }
}
if (groups.length === 0) {
  console.error('tools/manifests: no PrometheusRule in ' + files.join(', '));
  process.exit(1);
}
writeFileSync(`${out}/rules.yaml`, stringify({ groups }));
const bare = groups.map((group) => ({
  ...group,
  rules: group.rules.map(({ annotations, ...rule }) => rule),
}));
writeFileSync(`${out}/rules-for-tests.yaml`, stringify({ groups: bare }));
