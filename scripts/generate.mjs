// Generates generated/ from the bundled spec (dist/openapi.json):
//   schema.ts    openapi-typescript's types (paths, webhooks, components, operations)
//   examples.ts  every named example as a typed constant: examples[operationId].request[name],
//                examples[operationId].responses[status][name]; each value `satisfies` its schema type
//   pii.ts       the property names marked `x-pii: true` (the logger redacts them)
//   webhooks.ts  the webhook event types and their payload types
//   README.md    how to regenerate
// Runs the bundle first, renders everything in memory and only then writes, so a failure leaves
// generated/ untouched. `node scripts/check-generated.mjs` compares without writing.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { escapePointer, resolveRef } from "./lib/json-pointer.mjs";
import { renderTestingFile } from "./lib/steps/testing.mjs";
import { renderValidators } from "./lib/steps/validators.mjs";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const REGENERATE = "npm run generate";

const header = (what) =>
  `// GENERATED FILE, do not edit. ${what}\n// Source: dist/openapi.json (bundled from spec/). Regenerate with \`${REGENERATE}\`.\n`;

export function bundleSpec() {
  try {
    execFileSync(process.execPath, ["scripts/bundle.mjs"], { stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    throw new Error(`${String(error.stderr ?? error.message).trim()}`);
  }
  return JSON.parse(readFileSync("dist/openapi.json", "utf8"));
}

/** Follows internal $refs until a non-ref node; `where` names the referring location. */
const resolve = (doc, node, where) => resolveRef(doc, node, where).node;

const sorted = (object) => Object.keys(object ?? {}).sort();
const literal = (value) => JSON.stringify(value);
/** Indents lines that may themselves hold several lines (the example values). */
const nest = (lines, depth = 1) => lines.map((line) => line.replace(/^/gm, "  ".repeat(depth)));
const prop = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key));

/** Every operation of paths and webhooks, sorted by operationId. */
export function operations(doc) {
  const found = [];
  for (const [kind, section] of [["paths", doc.paths], ["webhooks", doc.webhooks]]) {
    for (const key of sorted(section)) {
      const item = resolve(doc, section[key], `#/${kind}/${escapePointer(key)}`);
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const pointer = `#/${kind}/${escapePointer(key)}/${method}`;
        const operationId = operation.operationId ?? (kind === "webhooks" ? key : undefined);
        if (!operationId) throw new Error(`${pointer}: operation has no operationId`);
        found.push({ kind, key, method, operation, operationId, pointer });
      }
    }
  }
  found.sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0));
  const ids = new Set();
  for (const { operationId, pointer } of found) {
    if (ids.has(operationId)) throw new Error(`${pointer}: duplicate operationId "${operationId}"`);
    ids.add(operationId);
  }
  return found;
}

/**
 * Renders one `examples` map of a media type, as lines of the `Examples` interface (the type: each
 * value is its schema type `typeExpr`) and lines of the `examples` constant (the values).
 */
function renderExamples(doc, examples, mediaType, typeExpr, pointer, seen) {
  const types = [];
  const values = [];
  for (const name of sorted(examples)) {
    const where = `${pointer}/examples/${escapePointer(name)}`;
    if (seen.has(name)) throw new Error(`${where}: example name "${name}" is used by two media types of the same message`);
    seen.add(name);
    const example = resolve(doc, examples[name], where);
    if (!("value" in example)) throw new Error(`${where}: example has no inline "value" (externalValue is not supported)`);
    types.push(`${prop(name)}: Example<${typeExpr}, ${literal(mediaType)}>;`);
    values.push(
      `${prop(name)}: {`,
      `  summary: ${literal(example.summary ?? "")},`,
      `  mediaType: ${literal(mediaType)},`,
      `  value: ${JSON.stringify(example.value, null, 2).replace(/\n/g, "\n  ")},`,
      `},`,
    );
  }
  return { types, values };
}

// The constant is annotated with the `Examples` interface rather than inferred: an example that
// drifts from its schema still fails tsc (excess or wrong-typed properties), and the emitted .d.ts
// stays small (keys and type references, not every example value as a literal type).
export function renderExamplesFile(doc) {
  const types = [];
  const values = [];
  for (const { kind, key, method, operation, operationId, pointer } of operations(doc)) {
    const base = `${kind}[${literal(key)}][${literal(method)}]`;
    const typeBody = [];
    const valueBody = [];
    const requestBody = operation.requestBody && resolve(doc, operation.requestBody, `${pointer}/requestBody`);
    const request = { types: [], values: [] };
    const seenRequest = new Set();
    for (const mediaType of sorted(requestBody?.content)) {
      const typeExpr = `NonNullable<${base}["requestBody"]>["content"][${literal(mediaType)}]`;
      const where = `${pointer}/requestBody/content/${escapePointer(mediaType)}`;
      const rendered = renderExamples(doc, requestBody.content[mediaType].examples, mediaType, typeExpr, where, seenRequest);
      request.types.push(...rendered.types);
      request.values.push(...rendered.values);
    }
    if (request.values.length) {
      typeBody.push("request: {", ...nest(request.types), "};");
      valueBody.push("request: {", ...nest(request.values), "},");
    }
    const responseTypes = [];
    const responseValues = [];
    for (const status of sorted(operation.responses)) {
      const where = `${pointer}/responses/${status}`;
      const response = resolve(doc, operation.responses[status], where);
      const statusKey = status === "default" ? literal("default") : status;
      const rendered = { types: [], values: [] };
      const seen = new Set();
      for (const mediaType of sorted(response.content)) {
        const typeExpr = `${base}["responses"][${statusKey}]["content"][${literal(mediaType)}]`;
        const part = renderExamples(doc, response.content[mediaType].examples, mediaType, typeExpr, `${where}/content/${escapePointer(mediaType)}`, seen);
        rendered.types.push(...part.types);
        rendered.values.push(...part.values);
      }
      if (rendered.values.length) {
        responseTypes.push(`${literal(status)}: {`, ...nest(rendered.types), "};");
        responseValues.push(`${literal(status)}: {`, ...nest(rendered.values), "},");
      }
    }
    if (responseValues.length) {
      typeBody.push("responses: {", ...nest(responseTypes), "};");
      valueBody.push("responses: {", ...nest(responseValues), "},");
    }
    const where = `${kind === "paths" ? "path" : "webhook"}: ${literal(key)}`;
    types.push(...nest([`${prop(operationId)}: {`, `  method: ${literal(method.toUpperCase())};`, `  ${where};`, ...nest(typeBody), "};"]));
    values.push(...nest([`${prop(operationId)}: {`, `  method: ${literal(method.toUpperCase())},`, `  ${where},`, ...nest(valueBody), "},"]));
  }
  return [
    header("Every named example of the spec, typed against the generated schema."),
    'import type { paths, webhooks } from "./schema.js";',
    "",
    "/** One named example: `value` has the schema type of its request body or response. */",
    "export interface Example<T, M extends string = string> {",
    "  summary: string;",
    "  mediaType: M;",
    "  value: T;",
    "}",
    "",
    "/** examples[operationId].request[name], examples[operationId].responses[status][name]. */",
    "export interface Examples {",
    ...types,
    "}",
    "",
    "export const examples: Examples = {",
    ...values,
    "};",
    "",
    "// `webhooks` is imported even when no webhook exists yet; keep it used so the file compiles.",
    "export type ExampleWebhooks = keyof webhooks;",
    "",
  ].join("\n");
}

/** Property names whose schema (or the schema it references, or its array items) carries `x-pii: true`. */
export function piiFields(doc) {
  const names = new Map();
  const isPii = (schema, where) => {
    if (!schema || typeof schema !== "object") return false;
    if (schema["x-pii"] === true) return true;
    if (schema.$ref) return resolve(doc, schema, where)["x-pii"] === true;
    if (schema.items) return isPii(schema.items, `${where}/items`);
    return false;
  };
  const walk = (node, pointer) => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${pointer}/${i}`));
    if (!node || typeof node !== "object") return;
    if (node.properties && typeof node.properties === "object" && !Array.isArray(node.properties)) {
      for (const [name, schema] of Object.entries(node.properties)) {
        const where = `${pointer}/properties/${escapePointer(name)}`;
        if (isPii(schema, where)) names.set(name, [...(names.get(name) ?? []), where]);
      }
    }
    for (const [key, value] of Object.entries(node)) walk(value, `${pointer}/${escapePointer(key)}`);
  };
  walk(doc, "#");
  return new Map([...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function renderPiiFile(doc) {
  const fields = piiFields(doc);
  const lines = [...fields].map(([name, where]) => `  ${literal(name)}, // ${[...new Set(where)].sort().join(", ")}`);
  return [
    header("The property names marked `x-pii: true` in the spec."),
    "export const piiFields = [",
    ...lines,
    "] as const;",
    "",
    "export type PiiField = (typeof piiFields)[number];",
    "",
  ].join("\n");
}

/** Event type (the Solaris-Webhook-Event-Type header's const/enum, else the webhook's name) → webhook name. */
export function webhookEvents(doc) {
  const events = new Map();
  for (const key of sorted(doc.webhooks)) {
    const where = `#/webhooks/${escapePointer(key)}`;
    const item = resolve(doc, doc.webhooks[key], where);
    const parameters = [...(item.parameters ?? []), ...(item.post?.parameters ?? [])].map((p, i) => resolve(doc, p, `${where}/parameters/${i}`));
    const eventHeader = parameters.find((p) => p.in === "header" && p.name.toLowerCase() === "solaris-webhook-event-type");
    const schema = eventHeader?.schema ? resolve(doc, eventHeader.schema, `${where}/parameters`) : {};
    const types = schema.const !== undefined ? [schema.const] : (schema.enum ?? [key]);
    for (const type of types) {
      if (events.has(type)) throw new Error(`${where}: event type "${type}" is also used by webhook "${events.get(type)}"`);
      events.set(type, key);
    }
  }
  return new Map([...events].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function renderWebhooksFile(doc) {
  const events = webhookEvents(doc);
  const entries = [...events];
  return [
    header("The webhooks of the spec, by event type (Solaris-Webhook-Event-Type header)."),
    'import type { webhooks } from "./schema.js";',
    "",
    "/** Event type → name of the webhook in the spec's `webhooks` section. */",
    "export const webhookEventTypes = {",
    ...entries.map(([type, key]) => `  ${literal(type)}: ${literal(key)},`),
    "} as const;",
    "",
    "/** Event type → the JSON body of its webhook request. */",
    "export interface WebhookPayloads {",
    ...entries.map(([type, key]) => `  ${literal(type)}: NonNullable<webhooks[${literal(key)}]["post"]["requestBody"]>["content"]["application/json"];`),
    "}",
    "",
    "export type WebhookEventType = keyof WebhookPayloads;",
    "// `webhooks` is imported even when no webhook exists yet; keep it used so the file compiles.",
    "export type SpecWebhookName = keyof webhooks;",
    "",
  ].join("\n");
}

const README = `# generated/ (do not edit)

Everything in this folder is generated from the bundled spec (\`dist/openapi.json\`, built from
\`spec/\`) by \`scripts/generate.mjs\`, and committed so that reviews show how a spec change moves
the types.

| file | what |
|---|---|
| \`schema.ts\` | openapi-typescript's types: \`paths\`, \`webhooks\`, \`components\`, \`operations\`, and one alias per component (\`IdentificationSession\`, \`ResponseBadRequest\`, …) |
| \`examples.ts\` | every named example: \`examples[operationId].request[name]\` and \`examples[operationId].responses[status][name]\`, each value \`satisfies\` its schema type, so an example that drifts from its schema fails \`tsc\` |
| \`pii.ts\` | the property names marked \`x-pii: true\` (the client's logger redacts them) |
| \`webhooks.ts\` | webhook event types and their payload types |

Regenerate after any spec change:

\`\`\`sh
npm run generate          # bundles the spec, then rewrites generated/
npm run check:generated   # fails, naming the file, if generated/ differs from what the spec produces
\`\`\`
`;

/** Renders generated/schema.ts, openapi-typescript's types of the spec. */
export async function renderSchema(doc) {
  const ast = await openapiTS(structuredClone(doc), { silent: true, alphabetize: true, rootTypes: true, rootTypesNoSchemaPrefix: true });
  const schema = astToString(ast).replace(
    /^\/\*\*\n \* This file was auto-generated by openapi-typescript\.\n \* Do not make direct changes to the file\.\n \*\/\n\n/,
    "",
  );
  return `${header("Types of the spec, by openapi-typescript.")}\n${schema}`;
}

/** Renders every generated file in memory: { fileName: content }; `schema` if already rendered. */
export async function render(doc, schema) {
  return {
    "README.md": README,
    "examples.ts": renderExamplesFile(doc),
    "pii.ts": renderPiiFile(doc),
    "schema.ts": schema ?? (await renderSchema(doc)),
    "testing.ts": renderTestingFile(doc),
    "webhooks.ts": renderWebhooksFile(doc),
    ...(await renderValidators(doc)),
  };
}

export function writeFiles(dir, files) {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const tmp = join(dir, `.${name}.tmp`);
    writeFileSync(tmp, content);
    renameSync(tmp, join(dir, name));
  }
}

async function main() {
  const doc = bundleSpec();
  const files = await render(doc);
  writeFiles("generated", files);
  console.log(`generated ${Object.keys(files).map((f) => `generated/${f}`).join(", ")}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`generate: ${error.message}`);
    process.exit(1);
  });
}
