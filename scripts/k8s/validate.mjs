// Usage: node scripts/k8s/validate.mjs --app-properties <application.properties> [--pom <pom.xml>]
//            [--dockerfile <Dockerfile.jvm>] <name>=<file.yaml>...
//
// Validates rendered Kubernetes manifests offline (scripts/k8s/check renders them with `kubectl kustomize`):
//   1. every object against its schema: the Kubernetes API (kubernetes-models: required fields, types, enums), the
//      Prometheus Operator (@kubernetes-models/prometheus-operator), and the CRDs of CloudNativePG and its Barman Cloud
//      Plugin (crd-schemas/, JSON Schema via Ajv). Unknown fields are errors too (the API server would drop them, or
//      refuse them with strict field validation): a misspelt `readinessprobe` is caught.
//   2. that the manifests agree with the application (application.properties, prod profile, overridden by the
//      container's environment): container port = quarkus.http.port, probe paths = the SmallRye Health paths, the
//      graceful-shutdown budget, the files the configuration names are mounted, the database wiring to the
//      CloudNativePG cluster and its connection budget, the selectors, the security context; and the image's
//      Dockerfile: EXPOSE = the container port, USER = runAsUser.
// Prints a summary per set; exits 1 on any error.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";
import { validate as validateObjectMeta } from "@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta";

const here = dirname(fileURLToPath(import.meta.url));

// ---- arguments -------------------------------------------------------------------------------------------------
const args = process.argv.slice(2);
const options = {};
const sets = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith("--")) options[args[i].slice(2)] = args[++i];
  else {
    const eq = args[i].indexOf("=");
    sets.push({ name: args[i].slice(0, eq), file: args[i].slice(eq + 1) });
  }
}
if (!options["app-properties"] || sets.length === 0) {
  console.error("usage: validate.mjs --app-properties <file> [--pom <file>] <name>=<file.yaml>...");
  process.exit(2);
}

// ---- application configuration -----------------------------------------------------------------------------------
/** application.properties as a map (continuation lines, comments, `=` or `:` separators). */
function readProperties(file) {
  const props = new Map();
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].trimStart();
    if (line === "" || line.startsWith("#") || line.startsWith("!")) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].trimStart();
    const m = /^((?:\\.|[^=:\s])+)\s*[=:\s]\s*(.*)$/.exec(line);
    if (m) props.set(m[1].replace(/\\(.)/g, "$1"), m[2].trim());
  }
  return props;
}
const appProperties = readProperties(options["app-properties"]);
const pom = options.pom ? readFileSync(options.pom, "utf8") : "";
const dockerfile = options.dockerfile ? readFileSync(options.dockerfile, "utf8") : "";
/** The last value of a Dockerfile instruction (EXPOSE, USER), or undefined. */
const dockerInstruction = (name) =>
  [...dockerfile.matchAll(new RegExp(`^\\s*${name}\\s+(\\S+)`, "gim"))].map((m) => m[1]).pop();

/** Quarkus's environment variable for a property: upper case, every non-alphanumeric character as `_`. */
const envName = (key) => key.toUpperCase().replace(/[^A-Z0-9]/g, "_");

/** The prod-profile value of a property as the container sees it: its environment first, then %prod., then plain. */
function configLookup(env) {
  return (key, fallback) => env.get(envName(key)) ?? appProperties.get(`%prod.${key}`) ?? appProperties.get(key) ?? fallback;
}

const joinPath = (...parts) => "/" + parts.map((p) => p.replace(/^\/+|\/+$/g, "")).filter(Boolean).join("/");
const resolvePath = (base, path) => (path.startsWith("/") ? joinPath(path) : joinPath(base, path));

/** Where SmallRye Health and Micrometer serve, following Quarkus's path rules (relative to the non-application root). */
function applicationEndpoints(config) {
  const management = config("quarkus.management.enabled", "false") === "true";
  const httpRoot = config("quarkus.http.root-path", "/");
  const nonApp = management
    ? resolvePath("/", config("quarkus.management.root-path", "q"))
    : resolvePath(httpRoot, config("quarkus.http.non-application-root-path", "q"));
  const health = resolvePath(nonApp, config("quarkus.smallrye-health.root-path", "health"));
  return {
    httpPort: Number(config("quarkus.http.port", "8080")),
    healthPort: management ? Number(config("quarkus.management.port", "9000")) : Number(config("quarkus.http.port", "8080")),
    live: resolvePath(health, config("quarkus.smallrye-health.liveness-path", "live")),
    ready: resolvePath(health, config("quarkus.smallrye-health.readiness-path", "ready")),
    started: resolvePath(health, config("quarkus.smallrye-health.startup-path", "started")),
    metrics: resolvePath(nonApp, config("quarkus.micrometer.export.prometheus.path", "metrics")),
    metricsPort: management ? Number(config("quarkus.management.port", "9000")) : Number(config("quarkus.http.port", "8080")),
    shutdownSeconds: durationSeconds(config("quarkus.shutdown.timeout", "")),
    poolMax: Number(config("quarkus.datasource.jdbc.max-size", "20")),
    jdbcUrl: config("quarkus.datasource.jdbc.url", ""),
    jwtKeyLocation: config("mp.jwt.verify.publickey.location", ""),
  };
}

/** Quarkus durations: ISO-8601 (PT30S), a number of seconds, or a number with a unit (30S, 500ms, 2m). */
function durationSeconds(value) {
  if (!value) return undefined;
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(value);
  if (iso) return (Number(iso[1] ?? 0) * 3600) + (Number(iso[2] ?? 0) * 60) + Number(iso[3] ?? 0);
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i.exec(value);
  if (!m) return undefined;
  const unit = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? "s").toLowerCase()];
  return Number(m[1]) * unit;
}

// ---- schema validation -------------------------------------------------------------------------------------------
const classCache = new Map();

/** The kubernetes-models class and compiled schema validator for an apiVersion/kind, or undefined. */
async function modelFor(apiVersion, kind) {
  const key = `${apiVersion}/${kind}`;
  if (!classCache.has(key)) classCache.set(key, await loadModel(apiVersion, kind));
  return classCache.get(key);
}

async function loadModel(apiVersion, kind) {
  const specifier = apiVersion.startsWith("monitoring.coreos.com/")
    ? `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`
    : `kubernetes-models/${apiVersion}/${kind}`;
  let url;
  let module;
  try {
    url = import.meta.resolve(specifier);
    module = await import(url);
  } catch {
    return undefined; // no model for this kind
  }
  const Model = module[kind];
  if (!Model) return undefined;
  // The class module imports its compiled JSON-schema validator from ../../_schemas/<Type>.js: reuse it directly
  // (with an access-tracking proxy) to find unknown fields.
  const source = readFileSync(fileURLToPath(url), "utf8");
  const schemaImport = /from\s*"(\.\.\/[^"]*_schemas\/[^"]+\.js)"/.exec(source);
  const schemaValidate = schemaImport ? (await import(new URL(schemaImport[1], url).href)).validate : undefined;
  return { Model, schemaValidate };
}

/** Runs `validate` on a proxy of `data` and returns the paths of the fields it never looked at: unknown fields. */
function unknownFields(validate, data) {
  const seen = new WeakMap();
  const proxies = new WeakMap();
  const wrap = (value) => {
    if (value === null || typeof value !== "object") return value;
    if (proxies.has(value)) return proxies.get(value);
    const keys = new Set();
    seen.set(value, keys);
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        if (typeof key === "string") keys.add(key);
        return wrap(Reflect.get(target, key, receiver));
      },
      has(target, key) {
        if (typeof key === "string") keys.add(key);
        return Reflect.has(target, key);
      },
      // Maps (labels, ConfigMap data...) are iterated by the validator: all their keys are known.
      ownKeys(target) {
        for (const key of Reflect.ownKeys(target)) if (typeof key === "string") keys.add(key);
        return Reflect.ownKeys(target);
      },
    });
    proxies.set(value, proxy);
    return proxy;
  };
  validate(wrap(data));
  const unknown = [];
  const walk = (value, path) => {
    if (value === null || typeof value !== "object") return;
    const keys = seen.get(value);
    if (!keys) return; // never reached (inside a free-form field): nothing to say
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}/${i}`));
    for (const [key, child] of Object.entries(value)) {
      if (!keys.has(key)) unknown.push(`${path}/${key}`);
      else walk(child, `${path}/${key}`);
    }
  };
  walk(data, "");
  return unknown;
}

// CRD schemas (crd-schemas/<group>_<version>_<Kind>.json), closed like the API server's structural pruning would be.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const crdValidators = new Map();
for (const file of readdirSync(join(here, "crd-schemas")).filter((f) => f.endsWith(".json"))) {
  const [group, version, kind] = file.replace(/\.json$/, "").split("_");
  const schema = JSON.parse(readFileSync(join(here, "crd-schemas", file), "utf8"));
  delete schema.$comment;
  crdValidators.set(`${group}/${version}/${kind}`, ajv.compile(closeObjects(schema)));
}
function closeObjects(schema) {
  if (schema === null || typeof schema !== "object") return schema;
  if (Array.isArray(schema)) return schema.map(closeObjects);
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === "properties" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, closeObjects(v)]))
      : key === "enum" || key === "required" || key === "default" ? value : closeObjects(value);
  }
  if (out.properties && out.additionalProperties === undefined && !out["x-kubernetes-preserve-unknown-fields"]) {
    out.additionalProperties = false;
  }
  return out;
}

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

async function schemaErrors(obj) {
  const { apiVersion, kind } = obj ?? {};
  if (typeof apiVersion !== "string" || typeof kind !== "string") return ["no apiVersion or kind"];
  const errors = [];
  const name = obj.metadata?.name;
  if (typeof name !== "string" || name.length === 0) errors.push("metadata.name is missing");
  else if (name.length > 253 || !DNS1123_SUBDOMAIN.test(name)) errors.push(`metadata.name "${name}" is not a DNS-1123 name`);
  for (const [key, value] of Object.entries(obj.metadata?.labels ?? {})) {
    if (typeof value !== "string" || value.length > 63 || !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(value)) {
      errors.push(`label ${key}: "${value}" is not a valid label value`);
    }
  }
  const crd = crdValidators.get(`${apiVersion.split("/")[0]}/${apiVersion.split("/")[1]}/${kind}`);
  if (crd) {
    if (!crd(obj)) {
      for (const e of crd.errors) {
        errors.push(e.keyword === "additionalProperties"
          ? `unknown field ${e.instancePath}/${e.params.additionalProperty}` : `${e.instancePath || "/"} ${e.message}`);
      }
    }
    if (!validateObjectMeta(obj.metadata)) {
      for (const e of validateObjectMeta.errors) errors.push(`/metadata${e.instancePath} ${e.message ?? e.keyword}`);
    }
    return errors;
  }
  const model = await modelFor(apiVersion, kind);
  if (!model) return [`no schema for ${apiVersion} ${kind} (not a Kubernetes API type, nor a known CRD)`];
  try {
    new model.Model(obj).validate();
  } catch (e) {
    errors.push(...(e.errors ?? [{ message: e.message }]).map((x) =>
      x.instancePath !== undefined ? `${x.instancePath || "/"} ${x.message ?? x.keyword} ${x.params ? JSON.stringify(x.params) : ""}`.trim()
        : x.message));
  }
  if (model.schemaValidate) errors.push(...unknownFields(model.schemaValidate, obj).map((p) => `unknown field ${p}`));
  return errors;
}

// ---- agreement with the application ------------------------------------------------------------------------------
const matches = (selector, labels) =>
  selector && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

function applicationErrors(objects) {
  const errors = [];
  const warnings = []; // printed, not failing
  const notes = []; // printed with K8S_CHECK_VERBOSE=1
  const byKind = (kind) => objects.filter((o) => o.kind === kind);
  const named = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);
  const deployments = byKind("Deployment");
  if (deployments.length === 0) return { errors, warnings, notes };
  const clusters = byKind("Cluster").filter((c) => c.apiVersion?.startsWith("postgresql.cnpg.io/"));

  for (const deployment of deployments) {
    const where = `Deployment ${deployment.metadata.name}`;
    const pod = deployment.spec?.template;
    const podLabels = pod?.metadata?.labels ?? {};
    const container = pod?.spec?.containers?.[0];
    if (!container) continue;

    // The container's environment: ConfigMaps (envFrom) then literal env values.
    const env = new Map();
    for (const source of container.envFrom ?? []) {
      if (!source.configMapRef) continue;
      const configMap = named("ConfigMap", source.configMapRef.name);
      if (!configMap) errors.push(`${where}: envFrom ConfigMap ${source.configMapRef.name} is not in the manifests`);
      for (const [k, v] of Object.entries(configMap?.data ?? {})) env.set((source.prefix ?? "") + k, String(v));
    }
    const secretEnv = new Map();
    for (const e of container.env ?? []) {
      if (e.value !== undefined) env.set(e.name, String(e.value));
      if (e.valueFrom?.secretKeyRef) secretEnv.set(e.name, e.valueFrom.secretKeyRef);
    }
    const app = applicationEndpoints(configLookup(env));

    // The image: set, and rewritten by the overlay's `images` (the base names a placeholder).
    for (const c of [...(pod?.spec?.initContainers ?? []), ...pod.spec.containers]) {
      if (!c.image) errors.push(`${where}: container ${c.name} has no image`);
      else if (!c.image.includes("/") && !c.image.includes(":")) {
        errors.push(`${where}: container ${c.name} image "${c.image}" is the base's placeholder: set it in the overlay's images`);
      }
    }

    // Ports: the named port `http` is the application's HTTP port.
    const ports = new Map((container.ports ?? []).map((p) => [p.name, p.containerPort]));
    if (ports.get("http") === undefined) errors.push(`${where}: no container port named "http"`);
    else if (ports.get("http") !== app.httpPort) {
      errors.push(`${where}: container port http is ${ports.get("http")}, the application listens on ${app.httpPort} (quarkus.http.port)`);
    }
    const portNumber = (port) => (typeof port === "number" ? port : ports.get(port));

    // Probes on the SmallRye Health paths and port.
    for (const [probe, path] of [["startupProbe", app.started], ["readinessProbe", app.ready], ["livenessProbe", app.live]]) {
      const get = container[probe]?.httpGet;
      if (!get) {
        errors.push(`${where}: ${probe} must be an httpGet probe on ${path}`);
        continue;
      }
      if (get.path !== path) errors.push(`${where}: ${probe} path is ${get.path}, the application serves ${path}`);
      if (portNumber(get.port) !== app.healthPort) {
        errors.push(`${where}: ${probe} port ${get.port} is not the application's health port ${app.healthPort}`);
      }
    }

    // Prometheus annotations, when present, name the metrics endpoint.
    const annotations = pod?.metadata?.annotations ?? {};
    if (annotations["prometheus.io/scrape"] === "true") {
      if (annotations["prometheus.io/path"] !== app.metrics) {
        errors.push(`${where}: prometheus.io/path is ${annotations["prometheus.io/path"]}, the metrics are at ${app.metrics}`);
      }
      if (Number(annotations["prometheus.io/port"]) !== app.metricsPort) {
        errors.push(`${where}: prometheus.io/port is ${annotations["prometheus.io/port"]}, the metrics port is ${app.metricsPort}`);
      }
      if (pom && !pom.includes("quarkus-micrometer-registry-prometheus")) {
        warnings.push(`${where}: scrape annotations set but pom.xml has no quarkus-micrometer-registry-prometheus (no ${app.metrics} yet)`);
      }
    }

    // Graceful shutdown: preStop sleep + quarkus.shutdown.timeout within terminationGracePeriodSeconds.
    const grace = pod.spec.terminationGracePeriodSeconds ?? 30;
    const sleep = Number(container.lifecycle?.preStop?.exec?.command?.find((c) => /^\d+$/.test(c)) ??
      container.lifecycle?.preStop?.sleep?.seconds ?? 0);
    if (!container.lifecycle?.preStop) errors.push(`${where}: no preStop hook (the endpoints must drop the pod before it stops)`);
    if (app.shutdownSeconds !== undefined && grace <= sleep + app.shutdownSeconds) {
      errors.push(`${where}: terminationGracePeriodSeconds ${grace} must exceed preStop ${sleep} s + quarkus.shutdown.timeout ${app.shutdownSeconds} s`);
    }
    if (app.shutdownSeconds === undefined) {
      warnings.push(`${where}: quarkus.shutdown.timeout is not set in the application: in-flight requests are cut at SIGTERM`);
    }

    // Files named by the configuration are mounted (and projected from the Secret key they need).
    const volumes = new Map((pod.spec.volumes ?? []).map((v) => [v.name, v]));
    const mountedFile = (path, what) => {
      const mount = (container.volumeMounts ?? []).find((m) => path.startsWith(m.mountPath.replace(/\/?$/, "/")));
      if (!mount) return errors.push(`${where}: ${what} ${path} is in no volume mount`);
      const volume = volumes.get(mount.name);
      const file = path.slice(mount.mountPath.replace(/\/?$/, "/").length);
      if (volume?.secret?.items && !volume.secret.items.some((i) => i.path === file)) {
        errors.push(`${where}: ${what} ${path}: Secret ${volume.secret.secretName} projects no ${file}`);
      }
    };
    const keyLocation = app.jwtKeyLocation;
    if (!keyLocation) warnings.push(`${where}: no MP_JWT_VERIFY_PUBLICKEY_LOCATION: every write will answer 401`);
    else if (!/^https?:/.test(keyLocation)) mountedFile(keyLocation.replace(/^file:/, ""), "the JWT verification key");
    else if (!byKind("NetworkPolicy").some((p) => matches(p.spec?.podSelector?.matchLabels, podLabels) &&
        (p.spec?.egress ?? []).some((rule) => (rule.ports ?? []).some((port) => port.port === 443)))) {
      errors.push(`${where}: the JWT keys come from ${keyLocation}, but no NetworkPolicy lets the pods reach port 443 (k8s/components/jwks-egress)`);
    }
    const rootCert = /[?&]sslrootcert=([^&]+)/.exec(app.jdbcUrl)?.[1];
    if (rootCert) mountedFile(decodeURIComponent(rootCert), "sslrootcert");

    // /tmp is writable, everything else is not; the security context the brief of the deployment requires.
    const sc = container.securityContext ?? {};
    const podSc = pod.spec.securityContext ?? {};
    const requireTrue = (ok, what) => ok || errors.push(`${where}: ${what}`);
    requireTrue(sc.readOnlyRootFilesystem === true, "readOnlyRootFilesystem must be true");
    requireTrue((sc.runAsNonRoot ?? podSc.runAsNonRoot) === true, "runAsNonRoot must be true");
    requireTrue((sc.runAsUser ?? podSc.runAsUser) === 185, "runAsUser must be 185 (the image's user)");
    requireTrue(sc.allowPrivilegeEscalation === false, "allowPrivilegeEscalation must be false");
    requireTrue((sc.capabilities?.drop ?? []).includes("ALL"), "capabilities must drop ALL");
    requireTrue((sc.seccompProfile ?? podSc.seccompProfile)?.type === "RuntimeDefault", "seccompProfile must be RuntimeDefault");
    const tmp = (container.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
    requireTrue(tmp && volumes.get(tmp.name)?.emptyDir, "/tmp must be an emptyDir mount (the root file system is read-only)");
    for (const resource of ["cpu", "memory"]) {
      requireTrue(container.resources?.requests?.[resource], `resources.requests.${resource} must be set`);
      requireTrue(container.resources?.limits?.[resource], `resources.limits.${resource} must be set`);
    }
    const javaOpts = env.get("JAVA_OPTS_APPEND") ?? "";
    requireTrue(/-XX:MaxRAMPercentage=/.test(javaOpts), "JAVA_OPTS_APPEND must size the heap from the container limit (-XX:MaxRAMPercentage)");
    requireTrue(!env.has("JAVA_OPTS"), "JAVA_OPTS replaces every JVM option of the image: use JAVA_OPTS_APPEND");

    // The image's Dockerfile agrees: the port it exposes, the user it runs as.
    if (dockerfile) {
      const exposed = Number(dockerInstruction("EXPOSE"));
      if (exposed !== app.httpPort) errors.push(`${options.dockerfile}: EXPOSE ${exposed}, the application listens on ${app.httpPort}`);
      const user = dockerInstruction("USER");
      if (String(sc.runAsUser ?? podSc.runAsUser) !== user) {
        errors.push(`${where}: runAsUser ${sc.runAsUser ?? podSc.runAsUser} is not the image's USER ${user} (${options.dockerfile})`);
      }
      // The Deployment sets JAVA_OPTS_APPEND again (the image's value is for a plain `docker run`): the same options.
      const imageOpts = dockerfile.match(/^\s*ENV\s+JAVA_OPTS_APPEND="([^"]*)"/m)?.[1];
      if (imageOpts !== undefined && imageOpts.split(/\s+/).join(" ") !== javaOpts.trim().split(/\s+/).join(" ")) {
        errors.push(`${where}: JAVA_OPTS_APPEND differs from the image's (${options.dockerfile}): ${javaOpts} / ${imageOpts}`);
      }
    }

    // Selectors.
    requireTrue(matches(deployment.spec.selector?.matchLabels, podLabels), "spec.selector does not match the pod template's labels");

    // Database: the CloudNativePG cluster's read-write service, its database, its generated credentials.
    const jdbc = /^jdbc:postgresql:\/\/([^:/?]+)(?::(\d+))?\/([^?]+)/.exec(app.jdbcUrl);
    if (!jdbc) errors.push(`${where}: QUARKUS_DATASOURCE_JDBC_URL "${app.jdbcUrl}" is not a jdbc:postgresql://host:port/db URL`);
    let cluster;
    if (jdbc && clusters.length > 0) {
      const host = jdbc[1].split(".")[0];
      cluster = clusters.find((c) => host === `${c.metadata.name}-rw`);
      if (!cluster) {
        errors.push(`${where}: the datasource host ${jdbc[1]} is not the read-write service of a CloudNativePG cluster (${clusters.map((c) => `${c.metadata.name}-rw`).join(", ")})`);
      } else {
        const initdb = cluster.spec?.bootstrap?.initdb ?? {};
        if (jdbc[3] !== initdb.database) errors.push(`${where}: the datasource database ${jdbc[3]} is not the cluster's (${initdb.database})`);
        if (!initdb.owner) errors.push(`Cluster ${cluster.metadata.name}: bootstrap.initdb.owner must be the API's user (it creates the extensions unaccent, pg_trgm)`);
        if ((jdbc[2] ?? "5432") !== "5432") errors.push(`${where}: CloudNativePG serves on 5432, not ${jdbc[2]}`);
        for (const [variable, key] of [["QUARKUS_DATASOURCE_USERNAME", "username"], ["QUARKUS_DATASOURCE_PASSWORD", "password"]]) {
          const ref = secretEnv.get(variable);
          if (!ref || ref.name !== `${cluster.metadata.name}-app` || ref.key !== key) {
            errors.push(`${where}: ${variable} must come from the Secret ${cluster.metadata.name}-app, key ${key}`);
          }
        }
        const volume = [...volumes.values()].find((v) => rootCert && v.secret?.secretName === `${cluster.metadata.name}-ca`);
        if (rootCert && !volume) errors.push(`${where}: sslrootcert must come from the Secret ${cluster.metadata.name}-ca`);
      }
    }

    // Replicas: the autoscaler owns them, or the Deployment sets them.
    const hpa = byKind("HorizontalPodAutoscaler").find((h) => h.spec?.scaleTargetRef?.kind === "Deployment" &&
      h.spec.scaleTargetRef.name === deployment.metadata.name);
    const minReplicas = hpa ? hpa.spec.minReplicas ?? 1 : deployment.spec.replicas ?? 1;
    const maxReplicas = hpa ? hpa.spec.maxReplicas : deployment.spec.replicas ?? 1;
    if (hpa && deployment.spec.replicas !== undefined) {
      errors.push(`${where}: sets spec.replicas while HorizontalPodAutoscaler ${hpa.metadata.name} scales it (every apply would reset the count)`);
    }
    if (hpa && hpa.spec.minReplicas < 2) errors.push(`HorizontalPodAutoscaler ${hpa.metadata.name}: minReplicas must be at least 2`);
    const strategy = deployment.spec.strategy?.rollingUpdate ?? {};
    const surge = typeof strategy.maxSurge === "number" ? strategy.maxSurge : Math.ceil(maxReplicas * parseInt(strategy.maxSurge ?? "25%", 10) / 100);
    if (hpa || minReplicas > 1) {
      if (strategy.maxUnavailable !== 0) errors.push(`${where}: rollingUpdate.maxUnavailable must be 0 (no capacity lost during a rollout)`);
    }

    // Connection budget: every pod (surge included) may open the whole pool.
    if (cluster) {
      const maxConnections = Number(cluster.spec?.postgresql?.parameters?.max_connections ?? 100);
      // Each pod: its pool, plus the connection that LISTENs for changes (response cache).
      const perPod = app.poolMax + 1;
      const needed = (maxReplicas + surge) * perPod;
      if (needed > maxConnections - 20) {
        errors.push(`${where}: ${maxReplicas + surge} pods x ${perPod} connections = ${needed} exceeds max_connections ${maxConnections} of Cluster ${cluster.metadata.name} minus 20 reserved`);
      }
      notes.push(`${where}: up to ${maxReplicas + surge} pods x ${perPod} connections = ${needed} of max_connections ${maxConnections}`);
    }

    // Service, PodDisruptionBudget, NetworkPolicy, Ingress agree with the pods.
    const services = byKind("Service").filter((s) => matches(s.spec?.selector, podLabels));
    if (services.length === 0) errors.push(`${where}: no Service selects its pods`);
    for (const service of services) {
      for (const port of service.spec.ports ?? []) {
        if (portNumber(port.targetPort ?? port.port) !== app.httpPort) {
          errors.push(`Service ${service.metadata.name}: port ${port.name ?? port.port} targets ${port.targetPort}, not the application's port ${app.httpPort}`);
        }
      }
    }
    for (const pdb of byKind("PodDisruptionBudget").filter((p) => matches(p.spec?.selector?.matchLabels, podLabels))) {
      const minAvailable = pdb.spec.minAvailable;
      if (typeof minAvailable === "number" && minAvailable >= minReplicas) {
        errors.push(`PodDisruptionBudget ${pdb.metadata.name}: minAvailable ${minAvailable} with ${minReplicas} replicas blocks every drain`);
      }
      if (pdb.spec.maxUnavailable === 0) errors.push(`PodDisruptionBudget ${pdb.metadata.name}: maxUnavailable 0 blocks every drain`);
    }
    const policies = byKind("NetworkPolicy").filter((p) => matches(p.spec?.podSelector?.matchLabels, podLabels));
    if (policies.length === 0) errors.push(`${where}: no NetworkPolicy selects its pods`);
    for (const policy of policies) {
      for (const rule of policy.spec.ingress ?? []) {
        for (const port of rule.ports ?? []) {
          if (portNumber(port.port) !== app.httpPort) {
            errors.push(`NetworkPolicy ${policy.metadata.name}: ingress port ${port.port} is not the application's port ${app.httpPort}`);
          }
        }
      }
    }
    const egressRestricted = policies.some((p) => (p.spec.policyTypes ?? []).includes("Egress"));
    const allowsEgress = (test) => policies.some((p) => (p.spec.egress ?? []).some((rule) => test(rule)));
    if (cluster && egressRestricted && !allowsEgress((rule) =>
        (rule.to ?? []).some((peer) => peer.podSelector?.matchLabels?.["cnpg.io/cluster"] === cluster.metadata.name) &&
        (rule.ports ?? []).some((port) => port.port === 5432))) {
      errors.push(`${where}: its NetworkPolicies allow no egress to the pods of Cluster ${cluster.metadata.name} on 5432`);
    }
    if (egressRestricted && !allowsEgress((rule) => (rule.ports ?? []).some((port) => port.port === 53 && port.protocol === "UDP"))) {
      errors.push(`${where}: its NetworkPolicies allow no DNS (UDP 53) egress`);
    }
    for (const ingress of byKind("Ingress")) {
      for (const rule of ingress.spec?.rules ?? []) {
        for (const path of rule.http?.paths ?? []) {
          const backend = path.backend?.service;
          const service = backend && named("Service", backend.name);
          if (!service) errors.push(`Ingress ${ingress.metadata.name}: backend Service ${backend?.name} is not in the manifests`);
          else if (!(service.spec.ports ?? []).some((p) => p.name === backend.port?.name || p.port === backend.port?.number)) {
            errors.push(`Ingress ${ingress.metadata.name}: Service ${service.metadata.name} has no port ${JSON.stringify(backend.port)}`);
          }
        }
      }
    }
    for (const monitor of byKind("ServiceMonitor")) {
      for (const endpoint of monitor.spec?.endpoints ?? []) {
        if (endpoint.path && endpoint.path !== app.metrics) errors.push(`ServiceMonitor ${monitor.metadata.name}: path ${endpoint.path}, the metrics are at ${app.metrics}`);
      }
    }
  }
  for (const hpa of byKind("HorizontalPodAutoscaler")) {
    const target = hpa.spec?.scaleTargetRef;
    if (!named(target?.kind, target?.name)) errors.push(`HorizontalPodAutoscaler ${hpa.metadata.name}: target ${target?.kind} ${target?.name} is not in the manifests`);
  }
  return { errors, warnings, notes };
}

// ---- main ---------------------------------------------------------------------------------------------------------
let failed = false;
for (const set of sets) {
  const documents = parseAllDocuments(readFileSync(set.file, "utf8"));
  const objects = [];
  const lines = [];
  for (const doc of documents) {
    if (doc.errors.length) {
      lines.push(`  YAML: ${doc.errors.map((e) => e.message).join("; ")}`);
      failed = true;
      continue;
    }
    const obj = doc.toJS();
    if (obj === null || obj === undefined) continue;
    objects.push(obj);
    const errors = await schemaErrors(obj);
    for (const error of errors) lines.push(`  ${obj.kind ?? "?"} ${obj.metadata?.name ?? "?"}: ${error}`);
  }
  const { errors, warnings, notes } = applicationErrors(objects);
  lines.push(...errors.map((e) => `  ${e}`));
  const invalid = lines.length > 0;
  failed ||= invalid;
  const kinds = Object.entries(objects.reduce((acc, o) => ({ ...acc, [o.kind]: (acc[o.kind] ?? 0) + 1 }), {}))
    .map(([kind, count]) => (count > 1 ? `${kind} x${count}` : kind)).join(", ");
  console.log(`${invalid ? "FAIL" : "ok  "} ${set.name}: ${objects.length} objects validated (${kinds})`);
  for (const line of lines) console.log(line);
  for (const warning of warnings) console.log(`  warning: ${warning}`);
  if (process.env.K8S_CHECK_VERBOSE) for (const note of notes) console.log(`  note: ${note}`);
}
process.exit(failed ? 1 : 0);
