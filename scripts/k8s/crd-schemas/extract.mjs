// Usage: node scripts/k8s/crd-schemas/extract.mjs "<where the CRDs come from>" <crd.yaml>...
//
// Writes, next to this script, the OpenAPI v3 schema of every served version of each CustomResourceDefinition given,
// as <group>_<version>_<Kind>.json, for scripts/k8s/validate.mjs. Descriptions, CEL rules and the status subtree are
// left out (they do not validate a manifest, and they are most of the size). Rerun it on the CRDs of a newer operator
// release when the manifests start using newer fields; the operator versions in use are listed in README.md here.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const [source, ...files] = process.argv.slice(2);
if (!source || files.length === 0) {
  console.error('usage: extract.mjs "<source description>" <crd.yaml>...');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));

// Keep what validates; walk only into sub-schemas (a property may itself be called "description").
function strip(schema) {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "description" || key === "x-kubernetes-validations" || key === "example") continue;
    if (key === "properties" || key === "patternProperties") {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strip(sub)]));
    } else if (key === "items" || key === "additionalProperties" || key === "not") {
      out[key] = typeof value === "object" ? strip(value) : value;
    } else if (key === "allOf" || key === "anyOf" || key === "oneOf") {
      out[key] = value.map(strip);
    } else {
      out[key] = value;
    }
  }
  return out;
}

for (const file of files) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    const crd = doc.toJS();
    if (crd?.kind !== "CustomResourceDefinition") continue;
    const { group, names } = crd.spec;
    for (const version of crd.spec.versions.filter((v) => v.served)) {
      const schema = strip(version.schema.openAPIV3Schema);
      delete schema.properties?.status;
      const name = `${group}_${version.name}_${names.kind}.json`;
      const comment = `openAPIV3Schema of ${names.kind} (${group}/${version.name}) from ${source}; ` +
        "descriptions, CEL rules and status removed by scripts/k8s/crd-schemas/extract.mjs";
      writeFileSync(join(here, name), JSON.stringify({ $comment: comment, ...schema }, null, 1) + "\n");
      console.log(`${name}: ${Object.keys(schema.properties?.spec?.properties ?? {}).length} spec fields`);
    }
  }
}
