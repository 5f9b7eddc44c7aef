// Checks rendered manifests (multi-document YAML files named on the command line): every object
// against the schema of its kind — Kubernetes' own (kubernetes-models), Strimzi's
// kafka.strimzi.io/v1, CloudNativePG's postgresql.cnpg.io/v1 and the Prometheus Operator's
// monitoring.coreos.com/v1, generated from their published OpenAPI schemas — and the rules this
// project keeps for its pods and alerts. An object of a kind with no
// schema here is an error: nothing goes to a cluster unchecked. Exit status 1 on any finding.
//
// One kind has no published models: the Barman Cloud plugin's ObjectStore (barmancloud.cnpg.io/v1).
// Its spec is the plugin's own few fields around CloudNativePG's BarmanObjectStoreConfiguration,
// the Go type the plugin imports, whose model the CloudNativePG package carries; so it is checked
// against that model, with the plugin's own fields and rules (api/v1/objectstore_types.go in
// cloudnative-pg/plugin-barman-cloud) written out below.
//
// The schema validators accept fields they do not know, so a misspelt key would be dropped
// silently by the cluster. Unknown fields are caught by the same packages' type declarations:
// every object is written out as a typed TypeScript literal and the compiler's excess-property
// check names each field that the kind does not have.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { parser as promql } from '@prometheus-io/lezer-promql';

const here = dirname(fileURLToPath(import.meta.url));
const packages = {
  'v1': 'kubernetes-models/v1',
  'apps/v1': 'kubernetes-models/apps/v1',
  'policy/v1': 'kubernetes-models/policy/v1',
  'autoscaling/v2': 'kubernetes-models/autoscaling/v2',
  'networking.k8s.io/v1': 'kubernetes-models/networking.k8s.io/v1',
  'kafka.strimzi.io/v1': '@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1',
  'postgresql.cnpg.io/v1': '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1',
  'monitoring.coreos.com/v1': '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1',
};
// Each API version's models, from the package that carries its schemas.
const models = Object.fromEntries(await Promise.all(
  Object.entries(packages).map(async ([apiVersion, name]) => [apiVersion, await import(name)])));

const barman = await import('@kubernetes-models/cloudnative-pg/github.com/cloudnative-pg/barman-cloud/pkg/api');
const objectStoreType = `type IObjectStore = {
  apiVersion: 'barmancloud.cnpg.io/v1'; kind: 'ObjectStore'; metadata: IObjectMeta;
  spec: {
    configuration: Omit<IBarmanObjectStoreConfiguration, 'serverName'>;
    retentionPolicy?: string;
    instanceSidecarConfiguration?: {
      env?: IEnvVar[]; retentionPolicyIntervalSeconds?: number; resources?: IResourceRequirements;
      additionalContainerArgs?: string[]; logLevel?: 'error' | 'warning' | 'info' | 'debug' | 'trace';
    };
  };
};`;
// Kinds checked here rather than by a package's model: what the schema would say, and their type.
const ownKinds = {
  'barmancloud.cnpg.io/v1 ObjectStore': {
    alias: 'IObjectStore',
    declaration: [
      "import type { IBarmanObjectStoreConfiguration } from '@kubernetes-models/cloudnative-pg/github.com/cloudnative-pg/barman-cloud/pkg/api';",
      "import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1';",
      "import type { IEnvVar, IResourceRequirements } from 'kubernetes-models/v1';",
      objectStoreType,
    ].join('\n'),
    check(object) {
      const findings = [];
      const spec = object.spec ?? {};
      if (!object.metadata?.name) findings.push('metadata.name is required');
      if (!spec.configuration) {
        findings.push('spec.configuration is required');
      } else {
        try {
          new barman.BarmanObjectStoreConfiguration(spec.configuration).validate();
        } catch (error) {
          findings.push(error.message);
        }
        if ('serverName' in spec.configuration) {
          findings.push("spec.configuration.serverName is refused by the plugin: set the Cluster's serverName plugin parameter");
        }
      }
      if (spec.retentionPolicy !== undefined && !/^[1-9][0-9]*[dwm]$/.test(spec.retentionPolicy)) {
        findings.push(`spec.retentionPolicy ${spec.retentionPolicy} must be a number of days, weeks or months (14d)`);
      }
      return findings;
    },
  },
};

// What every pod of ours must say; the schemas allow leaving these out.
function podRules(object) {
  const findings = [];
  const pod = object.spec.template.spec;
  if (!pod.securityContext?.runAsNonRoot) findings.push('pod must set securityContext.runAsNonRoot');
  for (const container of pod.containers) {
    const where = `container ${container.name}`;
    const security = container.securityContext ?? {};
    if (!security.readOnlyRootFilesystem) findings.push(`${where}: readOnlyRootFilesystem must be true`);
    if (security.allowPrivilegeEscalation !== false) findings.push(`${where}: allowPrivilegeEscalation must be false`);
    if (!security.capabilities?.drop?.includes('ALL')) findings.push(`${where}: must drop ALL capabilities`);
    if (!container.resources?.limits?.memory) findings.push(`${where}: needs a memory limit`);
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
      if (!container[probe]) findings.push(`${where}: needs a ${probe}`);
    }
    if (!container.image.includes(':') || container.image.endsWith(':latest')) {
      findings.push(`${where}: image ${container.image} must name a version`);
    }
  }
  return findings;
}

// Every alert's expression must be PromQL: the schema takes any string, and Prometheus refuses the
// whole rule group at load time for one that does not parse (the Prometheus project's own grammar).
function promqlRules(object) {
  const findings = [];
  for (const group of object.spec?.groups ?? []) {
    for (const rule of group.rules ?? []) {
      const expr = String(rule.expr ?? '');
      let error = null;
      promql.parse(expr).iterate({
        enter(node) {
          if (node.type.isError && error === null) error = node.from;
        },
      });
      if (!expr.trim() || error !== null) {
        findings.push(`${rule.alert ?? rule.record}: expr is not PromQL (at ${error ?? 0}: "${expr.slice(error ?? 0, (error ?? 0) + 30)}")`);
      }
    }
  }
  return findings;
}

let failures = 0;
let checked = 0;
const typed = { imports: new Map(), objects: [] };
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    if (document.errors.length) {
      console.error(`${file}: ${document.errors.map(String).join('; ')}`);
      failures++;
      continue;
    }
    const object = document.toJS();
    if (object == null) continue;
    const name = `${file}: ${object.kind} ${object.metadata?.name}`;
    const findings = [];
    const model = models[object.apiVersion]?.[object.kind];
    const own = ownKinds[`${object.apiVersion} ${object.kind}`];
    if (own) {
      typed.imports.set(own.alias, own.declaration);
      typed.objects.push({ name, declaration: `export const o${typed.objects.length}: ${own.alias} = ${JSON.stringify(object, null, 1)};` });
      findings.push(...own.check(object));
    } else if (!model) {
      findings.push(`no schema for ${object.apiVersion} ${object.kind}`);
    } else {
      const alias = `I${object.kind}_${Object.keys(packages).indexOf(object.apiVersion)}`;
      typed.imports.set(alias, `import type { I${object.kind} as ${alias} } from '${packages[object.apiVersion]}';`);
      typed.objects.push({ name, declaration: `export const o${typed.objects.length}: ${alias} = ${JSON.stringify(object, null, 1)};` });
      try {
        new model(object).validate();
      } catch (error) {
        findings.push(error.message);
      }
    }
    if (object.kind === 'Secret') findings.push('secrets are referenced, never kept in the manifests');
    if (object.kind === 'Deployment') findings.push(...podRules(object));
    if (object.kind === 'PrometheusRule') findings.push(...promqlRules(object));
    checked++;
    for (const finding of findings) {
      console.error(`${name}: ${finding}`);
      failures++;
    }
  }
}
failures += unknownFields();
console.log(`tools/manifests: ${checked} objects checked, ${failures} findings`);
process.exit(failures ? 1 : 0);

// Compiles the objects as typed literals; each excess-property error is reported on its object.
function unknownFields() {
  const lines = [...typed.imports.values()].flatMap((declaration) => declaration.split('\n'));
  const owners = [];
  for (const object of typed.objects) {
    const start = lines.length + 1;
    lines.push(...object.declaration.split('\n'));
    owners.push({ start, name: object.name });
  }
  writeFileSync(join(here, 'manifests.ts'), lines.join('\n') + '\n');
  writeFileSync(join(here, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: true, target: 'es2022' },
    files: ['manifests.ts'],
  }));
  let output = '';
  try {
    execFileSync(join(here, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: here, encoding: 'utf8' });
    return 0;
  } catch (error) {
    output = String(error.stdout ?? '') + String(error.stderr ?? '');
  }
  let found = 0;
  for (const line of output.split('\n')) {
    const at = /(?:^|\/)manifests\.ts\((\d+),\d+\): error TS\d+: (.*)$/.exec(line);
    if (!at) continue;
    const owner = owners.filter((candidate) => candidate.start <= Number(at[1])).at(-1);
    // The compiler spells out the whole expected type; the field's name is what matters.
    console.error(`${owner ? owner.name : 'manifests'}: ${at[2].replace(/ does not exist in type .*/, ' is not a field of this kind')}`);
    found++;
  }
  if (!found) {
    console.error(output);
    found = 1;
  }
  return found;
}
