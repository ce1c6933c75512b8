// Static validation of the deployment files, for a machine without a container engine or a cluster:
//  - docker-compose.yml against the Compose Specification JSON schema (vendored in deploy/schemas/), then the
//    rules a schema cannot express: depends_on names a real, health-checked service with service_healthy,
//    every service has a health check, every named volume is declared, no mandatory dependency on a profile;
//  - every Kubernetes manifest against the schema of its kind (kubernetes-models, generated from the
//    Kubernetes OpenAPI), strictly against the API types (kubernetes-types through the TypeScript checker, which
//    also refuses unknown fields), then references between manifests (Service selectors, ConfigMaps,
//    Secrets, probes and resources of every container).
// Prints every problem with its file and exits 1 if there is any.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import ts from "typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const problems = [];
const problem = (file, message) => problems.push(`${file}: ${message}`);

function parseArgs(argv) {
  const args = { compose: [], k8s: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (!value || !["--compose", "--k8s"].includes(flag)) {
      console.error("usage: validate.mjs [--compose docker-compose.yml]... [--k8s deploy/k8s]...");
      process.exit(2);
    }
    args[flag.slice(2)].push(value);
  }
  return args;
}

function readYamlDocuments(file) {
  const documents = YAML.parseAllDocuments(fs.readFileSync(file, "utf8"), { merge: true, uniqueKeys: true });
  const parsed = [];
  for (const doc of documents) {
    for (const error of doc.errors) problem(file, `YAML: ${error.message.split("\n")[0]}`);
    if (doc.errors.length === 0 && doc.contents !== null) parsed.push(doc.toJS({ maxAliasCount: 1000 }));
  }
  return parsed;
}

// ---------------------------------------------------------------- Compose

function validateCompose(file) {
  const [compose] = readYamlDocuments(file);
  if (compose === undefined) {
    if (!problems.some((p) => p.startsWith(file))) problem(file, "empty file");
    return;
  }
  // The schema names its draft by an https URI that Ajv does not know; draft-07 is Ajv's default anyway.
  const { $schema, ...schema } = JSON.parse(fs.readFileSync(path.join(here, "..", "schemas", "compose-spec.json"), "utf8"));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const valid = ajv.validate(schema, compose);
  if (!valid) {
    for (const error of ajv.errors) {
      const detail = error.params?.additionalProperty ? ` '${error.params.additionalProperty}'` : "";
      problem(file, `schema: ${error.instancePath || "/"} ${error.message}${detail}`);
    }
  }
  checkComposeRules(file, compose);
  checkInterpolation(file, fs.readFileSync(file, "utf8"));
}

function checkComposeRules(file, compose) {
  const services = compose.services ?? {};
  const declaredVolumes = new Set(Object.keys(compose.volumes ?? {}));
  for (const [name, service] of Object.entries(services)) {
    if (!service || typeof service !== "object") continue;
    if (!service.healthcheck || service.healthcheck.disable) {
      problem(file, `service '${name}' has no health check`);
    }
    const dependsOn = service.depends_on ?? {};
    if (Array.isArray(dependsOn)) {
      problem(file, `service '${name}': depends_on must name a condition (service_healthy) for each dependency`);
    } else {
      for (const [target, how] of Object.entries(dependsOn)) {
        const dependency = services[target];
        if (!dependency) {
          problem(file, `service '${name}' depends on '${target}', which is not a service`);
          continue;
        }
        if (how?.condition !== "service_healthy") {
          problem(file, `service '${name}' depends on '${target}' with condition '${how?.condition}', expected service_healthy`);
        }
        if (dependency.profiles && !service.profiles && how?.required !== false) {
          problem(file, `service '${name}' requires '${target}', which only runs with profile(s) ${dependency.profiles}`);
        }
      }
    }
    for (const volume of service.volumes ?? []) {
      const source = typeof volume === "string" ? volume.split(":")[0] : volume.type === "volume" ? volume.source : null;
      if (source && !/^[./~]/.test(source) && !source.startsWith("$") && !declaredVolumes.has(source)) {
        problem(file, `service '${name}' mounts volume '${source}', which is not declared under top-level volumes`);
      }
    }
  }
}

function checkInterpolation(file, text) {
  text.split("\n").forEach((line, index) => {
    const unescaped = line.replace(/\$\$/g, "");
    for (const match of unescaped.matchAll(/\$(\{[^}]*\}?|[^{A-Za-z_]|$)/g)) {
      if (!/^\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-?+]).*)?\}$/.test(match[1])) {
        problem(file, `line ${index + 1}: invalid interpolation '${match[0]}' (use \${VAR}, \${VAR:-default} or $$ for a literal $)`);
      }
    }
  });
}

// ---------------------------------------------------------------- Kubernetes

const CORE_GROUPS = { v1: { models: "", types: "core" } };

function groupOf(apiVersion) {
  if (CORE_GROUPS[apiVersion]) return { ...CORE_GROUPS[apiVersion], version: apiVersion };
  const [group, version] = apiVersion.split("/");
  return { models: group, types: group.replace(/\.k8s\.io$/, ""), version };
}

function manifestFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return manifestFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  }).sort();
}

function loadModel(group, kind) {
  const modelPath = ["kubernetes-models", group.models, group.version, kind].filter(Boolean).join("/");
  try {
    return require(modelPath)[kind];
  } catch {
    return null;
  }
}

function validateKubernetes(dirs) {
  const manifests = [];
  for (const dir of dirs) {
    for (const file of manifestFiles(dir)) {
      readYamlDocuments(file).forEach((object, index) => manifests.push({ file, index, object }));
    }
  }
  const typed = [];
  for (const m of manifests) {
    const { apiVersion, kind, metadata } = m.object ?? {};
    if (!apiVersion || !kind) {
      problem(m.file, `document ${m.index + 1}: apiVersion and kind are required`);
      continue;
    }
    if (apiVersion.startsWith("kustomize.config.k8s.io/")) {
      for (const resource of m.object.resources ?? []) {
        if (!fs.existsSync(path.join(path.dirname(m.file), resource))) {
          problem(m.file, `kustomization lists '${resource}', which does not exist`);
        }
      }
      continue;
    }
    m.label = `${kind} ${metadata?.name ?? "(no name)"}`;
    const group = groupOf(apiVersion);
    const Model = loadModel(group, kind);
    if (!Model) {
      problem(m.file, `${m.label}: unknown apiVersion/kind ${apiVersion} ${kind}`);
      continue;
    }
    try {
      new Model(m.object).validate();
    } catch (error) {
      for (const line of String(error.message).split("\n")) problem(m.file, `${m.label}: schema: ${line}`);
    }
    typed.push({ ...m, typesModule: `kubernetes-types/${group.types}/${group.version}` });
  }
  checkAgainstApiTypes(typed);
  checkKubernetesRules(manifests.filter((m) => m.label));
}

// Object literals are checked for excess properties, so a misspelt or misplaced field is an error here.
function checkAgainstApiTypes(manifests) {
  const generatedDir = path.join(here, ".generated");
  fs.mkdirSync(generatedDir, { recursive: true });
  const source = path.join(generatedDir, "manifests.ts");
  const lines = [];
  const origin = [];
  manifests.forEach((m, i) => {
    const body = JSON.stringify(m.object, null, 2).split("\n");
    const header = `const manifest${i}: import("${m.typesModule}").${m.object.kind} = `;
    lines.push(header + body[0], ...body.slice(1, -1), body.at(-1) + ";");
    for (let k = 0; k < body.length; k++) origin.push(m);
  });
  lines.push("export {};");
  fs.writeFileSync(source, lines.join("\n"));
  const program = ts.createProgram([source], {
    strict: true, noEmit: true, types: [], skipLibCheck: true,
    module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, target: ts.ScriptTarget.ES2022,
  });
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
    if (!diagnostic.file) {
      problem("typescript", message);
      continue;
    }
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const m = origin[line];
    const excerpt = lines[line].trim().slice(0, 80);
    problem(m ? m.file : source, `${m ? m.label : ""}: API types: ${message} (at: ${excerpt})`);
  }
}

function podSpecOf(object) {
  return object.spec?.template?.spec ?? object.spec?.jobTemplate?.spec?.template?.spec;
}

function checkKubernetesRules(manifests) {
  const named = (kind) => new Set(manifests.filter((m) => m.object.kind === kind).map((m) => m.object.metadata?.name));
  const configMaps = named("ConfigMap");
  const secrets = named("Secret");
  const workloads = manifests.filter((m) => ["Deployment", "StatefulSet"].includes(m.object.kind));
  for (const m of workloads) {
    const podSpec = podSpecOf(m.object) ?? {};
    const selector = m.object.spec?.selector?.matchLabels ?? {};
    const labels = m.object.spec?.template?.metadata?.labels ?? {};
    for (const [key, value] of Object.entries(selector)) {
      if (labels[key] !== value) problem(m.file, `${m.label}: selector ${key}=${value} does not match the pod template labels`);
    }
    for (const container of podSpec.containers ?? []) {
      const where = `${m.label}, container ${container.name}`;
      for (const probe of ["readinessProbe", "livenessProbe"]) {
        if (!container[probe]) problem(m.file, `${where}: no ${probe}`);
      }
      if (!container.resources?.requests || !container.resources?.limits?.memory) {
        problem(m.file, `${where}: resources need requests and a memory limit`);
      }
      for (const source of container.envFrom ?? []) {
        if (source.configMapRef && !configMaps.has(source.configMapRef.name)) problem(m.file, `${where}: ConfigMap '${source.configMapRef.name}' is not defined`);
        if (source.secretRef && !secrets.has(source.secretRef.name)) problem(m.file, `${where}: Secret '${source.secretRef.name}' is not defined`);
      }
      for (const variable of container.env ?? []) {
        const ref = variable.valueFrom;
        if (ref?.configMapKeyRef && !configMaps.has(ref.configMapKeyRef.name)) problem(m.file, `${where}: ConfigMap '${ref.configMapKeyRef.name}' is not defined`);
        if (ref?.secretKeyRef && !secrets.has(ref.secretKeyRef.name)) problem(m.file, `${where}: Secret '${ref.secretKeyRef.name}' is not defined`);
      }
    }
  }
  for (const m of manifests.filter((x) => x.object.kind === "Service")) {
    const selector = m.object.spec?.selector;
    if (!selector) continue;
    const matches = workloads.some((w) => {
      const labels = w.object.spec?.template?.metadata?.labels ?? {};
      return Object.entries(selector).every(([key, value]) => labels[key] === value);
    });
    if (!matches) problem(m.file, `${m.label}: selector ${JSON.stringify(selector)} matches no Deployment or StatefulSet`);
  }
}

// ---------------------------------------------------------------- main

const args = parseArgs(process.argv.slice(2));
let checked = 0;
for (const file of args.compose) {
  if (!fs.existsSync(file)) problem(file, "not found");
  else validateCompose(file);
  checked++;
}
if (args.k8s.length) {
  for (const dir of args.k8s) if (!fs.existsSync(dir)) problem(dir, "not found");
  validateKubernetes(args.k8s.filter((dir) => fs.existsSync(dir)));
  checked++;
}
if (problems.length) {
  console.error(`✗ ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`✓ valid: ${[...args.compose, ...args.k8s].join(", ")} (${checked} check set(s))`);
