// Checks rendered manifests (multi-document YAML files named on the command line): every object
// against the schema of its kind — Kubernetes' own (kubernetes-models), Strimzi's
// kafka.strimzi.io/v1 and CloudNativePG's postgresql.cnpg.io/v1, generated from their published
// OpenAPI schemas — and the rules this project keeps for its pods. An object of a kind with no
// schema here is an error: nothing goes to a cluster unchecked. Exit status 1 on any finding.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import * as core from 'kubernetes-models/v1';
import * as apps from 'kubernetes-models/apps/v1';
import * as policy from 'kubernetes-models/policy/v1';
import * as autoscaling from 'kubernetes-models/autoscaling/v2';
import * as networking from 'kubernetes-models/networking.k8s.io/v1';
import * as strimzi from '@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1';
import * as cnpg from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1';

const models = {
  'v1': core,
  'apps/v1': apps,
  'policy/v1': policy,
  'autoscaling/v2': autoscaling,
  'networking.k8s.io/v1': networking,
  'kafka.strimzi.io/v1': strimzi,
  'postgresql.cnpg.io/v1': cnpg,
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

let failures = 0;
let checked = 0;
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
    if (!model) {
      findings.push(`no schema for ${object.apiVersion} ${object.kind}`);
    } else {
      try {
        new model(object).validate();
      } catch (error) {
        findings.push(error.message);
      }
    }
    if (object.kind === 'Secret') findings.push('secrets are referenced, never kept in the manifests');
    if (object.kind === 'Deployment') findings.push(...podRules(object));
    checked++;
    for (const finding of findings) {
      console.error(`${name}: ${finding}`);
      failures++;
    }
  }
}
console.log(`tools/manifests: ${checked} objects checked, ${failures} findings`);
process.exit(failures ? 1 : 0);
