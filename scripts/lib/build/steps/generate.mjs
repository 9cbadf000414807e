// Step: generated/ from the bundled spec, in memory ({ "generated/<name>": text }; writes nothing):
//   schema.ts    openapi-typescript's types (paths, webhooks, components, operations)
//   examples.ts  every named example as a typed constant: examples[operationId].request[name],
//                examples[operationId].responses[status][name]; each value `satisfies` its schema type
//   pii.ts       the property names marked `x-pii: true` (the logger redacts them)
//   webhooks.ts  the webhook event types and their payload types
//   lifecycles.ts  the status lifecycles (x-lifecycles) as typed data (steps/lifecycles.mjs)
//   lifecycles.md, lifecycles/*.svg  the same as diagrams and tables (steps/lifecycle-diagrams.mjs)
//   testing.ts   what the testing kit needs beyond the examples (steps/testing.mjs)
//   validators*.ts  the validators of every request, response and webhook payload (steps/validators.mjs)
//   README.md    how to regenerate
import { SpecError, escapePointer, operations, resolveNode } from "../../spec/oas.mjs";
import { schemaTypes } from "../../spec/schema-types.mjs";
import { generatedHeader } from "./header.mjs";
import { renderLifecycleDocs } from "./lifecycle-diagrams.mjs";
import { renderLifecyclesFile } from "./lifecycles.mjs";
import { renderTestingFile } from "./testing.mjs";
import { renderValidators } from "./validators.mjs";

export const GENERATED_DIR = "generated";

/** @typedef {import("../../spec/oas.mjs").Doc} Doc */

const header = generatedHeader;

/** Follows internal $refs until a non-ref node; `where` names the referring location. */
const resolve = resolveNode;

/** The keys of an object (none for undefined/null), sorted. @param {object | null | undefined} object */
const sorted = (object) => Object.keys(object ?? {}).sort();
/** @param {unknown} value @returns {string} */
const literal = (value) => JSON.stringify(value);
/** Indents lines that may themselves hold several lines (the example values). @param {string[]} lines */
const nest = (lines, depth = 1) => lines.map((line) => line.replace(/^/gm, "  ".repeat(depth)));
/** @param {string} key */
const prop = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key));

/**
 * Renders one `examples` map of a media type, as lines of the `Examples` interface (the type: each
 * value is its schema type `typeExpr`) and lines of the `examples` constant (the values).
 * @param {Doc} doc @param {Record<string, any> | undefined} examples @param {string} mediaType @param {string} typeExpr
 * @param {string} pointer @param {Set<string>} seen the example names already used by the message
 * @returns {{ types: string[], values: string[] }}
 */
function renderExamples(doc, examples, mediaType, typeExpr, pointer, seen) {
  /** @type {string[]} */
  const types = [];
  /** @type {string[]} */
  const values = [];
  for (const name of sorted(examples)) {
    const where = `${pointer}/examples/${escapePointer(name)}`;
    if (seen.has(name)) throw new SpecError(where, `example name "${name}" is used by two media types of the same message`);
    seen.add(name);
    const example = resolve(doc, /** @type {Record<string, any>} */ (examples)[name], where);
    if (!("value" in example)) throw new SpecError(where, `example has no inline "value" (externalValue is not supported)`);
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
/** @param {Doc} doc @returns {string} generated/examples.ts */
export function renderExamplesFile(doc) {
  /** @type {string[]} */
  const types = [];
  /** @type {string[]} */
  const values = [];
  for (const { kind, key, method, op: operation, operationId, pointer, requestBody: body } of operations(doc, { webhooks: true })) {
    const base = `${kind}[${literal(key)}][${literal(method)}]`;
    /** @type {string[]} */
    const typeBody = [];
    /** @type {string[]} */
    const valueBody = [];
    const requestBody = body?.node;
    /** @type {{ types: string[], values: string[] }} */
    const request = { types: [], values: [] };
    /** @type {Set<string>} */
    const seenRequest = new Set();
    for (const mediaType of sorted(requestBody?.content)) {
      const typeExpr = `NonNullable<${base}["requestBody"]>["content"][${literal(mediaType)}]`;
      const where = `${pointer}/requestBody/content/${escapePointer(mediaType)}`;
      const rendered = renderExamples(
        doc,
        /** @type {Record<string, any>} */ (requestBody).content[mediaType].examples,
        mediaType,
        typeExpr,
        where,
        seenRequest,
      );
      request.types.push(...rendered.types);
      request.values.push(...rendered.values);
    }
    if (request.values.length) {
      typeBody.push("request: {", ...nest(request.types), "};");
      valueBody.push("request: {", ...nest(request.values), "},");
    }
    /** @type {string[]} */
    const responseTypes = [];
    /** @type {string[]} */
    const responseValues = [];
    for (const status of sorted(operation.responses)) {
      const where = `${pointer}/responses/${status}`;
      const response = resolve(doc, operation.responses[status], where);
      const statusKey = status === "default" ? literal("default") : status;
      /** @type {{ types: string[], values: string[] }} */
      const rendered = { types: [], values: [] };
      /** @type {Set<string>} */
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

/**
 * Property names whose schema (or the schema it references, or its array items) carries `x-pii: true`.
 * @param {Doc} doc @returns {Map<string, string[]>} name → the pointers of the properties of that name
 */
export function piiFields(doc) {
  /** @type {Map<string, string[]>} */
  const names = new Map();
  /** @param {any} schema @param {string} where @returns {boolean} */
  const isPii = (schema, where) => {
    if (!schema || typeof schema !== "object") return false;
    if (schema["x-pii"] === true) return true;
    if (schema.$ref) return resolve(doc, schema, where)["x-pii"] === true;
    if (schema.items) return isPii(schema.items, `${where}/items`);
    return false;
  };
  /** @param {any} node @param {string} pointer @returns {void} */
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

/** @param {Doc} doc @returns {string} generated/pii.ts */
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

/**
 * Event type (the Solaris-Webhook-Event-Type header's const/enum, else the webhook's name) → webhook name.
 * @param {Doc} doc @returns {Map<string, string>}
 */
export function webhookEvents(doc) {
  /** @type {Map<string, string>} */
  const events = new Map();
  const webhooks = operations(doc, { webhooks: true }).filter((o) => o.kind === "webhooks");
  for (const { key, parameters, pointer: where } of webhooks.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const eventHeader = parameters.find((p) => p.in === "header" && p.name.toLowerCase() === "solaris-webhook-event-type");
    const schema = eventHeader?.schema ?? {};
    const types = schema.const !== undefined ? [schema.const] : (schema.enum ?? [key]);
    for (const type of types) {
      if (events.has(type)) throw new SpecError(where, `event type "${type}" is also used by webhook "${events.get(type)}"`);
      events.set(type, key);
    }
  }
  return new Map([...events].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** @param {Doc} doc @returns {string} generated/webhooks.ts */
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
\`spec/\`) by \`scripts/lib/build/steps/generate.mjs\`, and committed so that reviews show how a spec change moves
the types.

| file | what |
|---|---|
| \`schema.ts\` | openapi-typescript's types: \`paths\`, \`webhooks\`, \`components\`, \`operations\`, and one alias per component (\`IdentificationSession\`, \`ResponseBadRequest\`, …) |
| \`examples.ts\` | every named example: \`examples[operationId].request[name]\` and \`examples[operationId].responses[status][name]\`, each value \`satisfies\` its schema type, so an example that drifts from its schema fails \`tsc\` |
| \`pii.ts\` | the property names marked \`x-pii: true\` (the client's logger redacts them) |
| \`webhooks.ts\` | webhook event types and their payload types |
| \`lifecycles.ts\` | the status lifecycles of \`x-lifecycles\` (spec/lifecycles/): each method's and the sessions' statuses, who acts next, transitions with trigger and source, typed per method |
| \`lifecycles.md\`, \`lifecycles/*.svg\` | the same lifecycles as state diagrams (Graphviz via @viz-js/viz) and tables, for reading here; the reference page shows them too |
| \`testing.ts\` | what \`solaris-kyc/testing\` and the \`webhooks send\` bin need beyond the examples: each operation's sandbox server, auth scheme, default answer and response-header examples; each webhook's header examples and answer descriptions |
| \`validators.ts\` | the validators' table: \`operationValidators[operationId]\` (path/query/header/body/responses) and \`webhookPayloadValidators\`, read by \`src/validators.ts\` |
| \`validators-body.ts\`, \`validators-params.ts\` | Ajv's standalone code (JSON Schema 2020-12, ajv-formats), made by \`scripts/lib/build/steps/validators.mjs\`; the params file coerces URL strings |

Regenerate after any spec change:

\`\`\`sh
npm run generate          # bundles the spec, then rewrites generated/
npm run check:generated   # fails, naming the file, if generated/ differs from what the spec produces
\`\`\`
`;

/** Renders generated/schema.ts, openapi-typescript's types of the spec. @param {Doc} doc @returns {Promise<string>} */
export async function renderSchema(doc) {
  return `${header("Types of the spec, by openapi-typescript.")}\n${await schemaTypes(doc)}`;
}

/**
 * Renders every generated file in memory: { "generated/<name>": content }.
 * @param {import("../../spec/oas.mjs").Doc} doc @returns {Promise<Record<string, string>>}
 */
export async function renderGenerated(doc) {
  const files = {
    "README.md": README,
    "examples.ts": renderExamplesFile(doc),
    "lifecycles.ts": renderLifecyclesFile(doc),
    ...(await renderLifecycleDocs(doc)),
    "pii.ts": renderPiiFile(doc),
    "schema.ts": await renderSchema(doc),
    "webhooks.ts": renderWebhooksFile(doc),
    "testing.ts": renderTestingFile(doc),
    ...(await renderValidators(doc)),
  };
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${GENERATED_DIR}/${name}`, text]));
}
