// Renders the validators of the bundled spec, at build time, with Ajv's standalone code (JSON Schema
// 2020-12, ajv-formats): every request body, every operation's path/query/header parameter set,
// every response body (per status, "default" included) and every webhook payload.
//   validators-body.ts    Ajv's code for JSON bodies, responses and webhook payloads (no coercion)
//   validators-params.ts  Ajv's code for parameter sets and form bodies: their values arrive as
//                         strings, so they are coerced the way Ajv's `coerceTypes: "array"` does
//   validators.ts         the typed table operationId → its validators, webhook → payload validator
// No schema is compiled at run time: a consumer only runs this code (src/validators.ts reads it).
// Writes nothing itself.
import Ajv2020 from "ajv/dist/2020.js";
import { generatedHeader } from "./header.mjs";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";
import { SpecError, escapePointer, getPointer, operations, resolveRef, unescapePointer } from "../../spec/oas.mjs";

/** @typedef {import("../../spec/oas.mjs").Doc} Doc */
/** @typedef {{ id: string, schema: object | undefined, coerce: boolean }} Compiled */
/**
 * @typedef {{ method: string, path: string | null, params: Record<"path" | "query" | "header", string | null>,
 *   deepObject: string[], headers: string[], body: string | null, bodyRequired: boolean,
 *   responses: Record<string, string | null> }} Row
 */

const LOCATIONS = /** @type {const} */ (["path", "query", "header"]);
// Headers that OpenAPI says a parameter does not describe (content negotiation and auth).
const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);
// Bodies whose values arrive as strings, like parameters, and are coerced the same way.
const STRING_VALUED_MEDIA = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

// Annotations change no result, but Ajv would copy them into the code (its schema constants).
const ANNOTATIONS = new Set([
  "description",
  "title",
  "example",
  "examples",
  "externalDocs",
  "xml",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
  "discriminator",
]);
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"];
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_ONE = ["items", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "not", "if", "then", "else", "contains", "propertyNames"];

/** Removes annotations and `x-` extensions from a schema and its subschemas, in place. @param {any} schema */
function stripAnnotations(schema) {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return;
  for (const key of Object.keys(schema)) if (ANNOTATIONS.has(key) || key.startsWith("x-")) delete schema[key];
  for (const key of SCHEMA_MAPS) for (const sub of Object.values(schema[key] ?? {})) stripAnnotations(sub);
  for (const key of SCHEMA_LISTS) for (const sub of schema[key] ?? []) stripAnnotations(sub);
  for (const key of SCHEMA_ONE) stripAnnotations(schema[key]);
}

const SCHEMA_BASE = "https://solaris-kyc.invalid/schemas/";
const COMPONENT_PREFIX = "/components/schemas/";
/** Ajv's id of a component schema. @param {string} name */
const componentId = (name) => `${SCHEMA_BASE}${encodeURIComponent(name)}`;

/**
 * A copy of `schema` without annotations whose `$ref`s to "#/components/schemas/X…" point at X's
 * own Ajv id, so that each component is compiled once and shared by every validator using it.
 * @param {any} schema @param {string} pointer
 */
function portable(schema, pointer) {
  const copy = structuredClone(schema);
  stripAnnotations(copy);
  /** @param {any} node @param {string} at */
  const rewrite = (node, at) => {
    if (!node || typeof node !== "object") return;
    if (typeof node.$ref === "string") {
      if (!node.$ref.startsWith(`#${COMPONENT_PREFIX}`)) throw new SpecError(at, `$ref ${node.$ref} inside a schema must point into ${COMPONENT_PREFIX}`);
      const [name, ...rest] = node.$ref.slice(COMPONENT_PREFIX.length + 1).split("/");
      node.$ref = `${componentId(unescapePointer(/** @type {string} */ (name)))}${rest.length ? `#/${rest.map(encodeURIComponent).join("/")}` : ""}`;
    }
    for (const [key, value] of Object.entries(node)) rewrite(value, `${at}/${escapePointer(key)}`);
  };
  rewrite(copy, pointer);
  return copy;
}

/**
 * The schema to compile for a schema node of the spec: a component (by its own id) when the node
 * is a $ref to one, else the node itself, made portable.
 * @param {Doc} doc @param {any} node @param {string} pointer
 * @returns {{ component: string | undefined, schema: any }}
 */
function schemaFor(doc, node, pointer) {
  const { pointer: at } = resolveRef(doc, node, pointer);
  if (at.startsWith(COMPONENT_PREFIX) && !at.slice(COMPONENT_PREFIX.length).includes("/")) {
    return { component: unescapePointer(at.slice(COMPONENT_PREFIX.length)), schema: undefined };
  }
  return { component: undefined, schema: portable(node, pointer) };
}

/** One object schema for the parameters of one location; header names lower-cased (matched case-insensitively). @param {Doc} doc @param {import("../../spec/oas.mjs").Parameter[]} params @param {string} location */
function parameterSetSchema(doc, params, location) {
  const key = (/** @type {import("../../spec/oas.mjs").Parameter} */ p) => (location === "header" ? p.name.toLowerCase() : p.name);
  const raw = (/** @type {import("../../spec/oas.mjs").Parameter} */ p) => {
    const node = getPointer(doc, `${p.pointer}/schema`);
    return node === undefined ? {} : portable(node, `${p.pointer}/schema`);
  };
  return {
    type: "object",
    properties: Object.fromEntries(params.map((p) => [key(p), raw(p)])),
    required: params.filter((p) => p.required || location === "path").map(key),
  };
}

/** The media type a validator checks: JSON when offered, else the first. @param {Record<string, any> | undefined} content */
const pickMedia = (content) => (content?.["application/json"] ? "application/json" : Object.keys(content ?? {}).sort()[0]);

/**
 * What to compile (export name → Ajv id or schema, coerced or not) and the table rows naming them.
 * @param {Doc} doc
 */
function collect(doc) {
  /** @type {Map<string, Compiled>} */
  const compiled = new Map();
  const safe = (/** @type {string} */ part) => part.replace(/[^A-Za-z0-9_$]/g, "_");
  /**
   * A validator of a schema node of the spec: a component's is shared, an inline one is named after its place.
   * @param {string[]} parts @param {any} node @param {boolean} coerce @param {string} pointer
   */
  const addSchema = (parts, node, coerce, pointer) => {
    const { component, schema } = schemaFor(doc, node, pointer);
    if (component) {
      const name = `${coerce ? "coerced_" : ""}schema_${safe(component)}`;
      compiled.set(name, { id: componentId(component), schema: undefined, coerce });
      return name;
    }
    return addInline(parts, schema, coerce, pointer);
  };
  /** @type {Map<string, string>} */
  const byContent = new Map();
  /** @param {string[]} parts @param {object} schema @param {boolean} coerce @param {string} pointer */
  const addInline = (parts, schema, coerce, pointer) => {
    // Identical schemas (the same path parameters on many operations) share one function.
    const content = `${coerce}:${JSON.stringify(schema)}`;
    const same = byContent.get(content);
    if (same) return same;
    const name = parts.map(safe).join("__");
    byContent.set(content, name);
    if (compiled.has(name)) throw new SpecError(pointer, `two validators would be named ${name}; rename an operationId`);
    compiled.set(name, { id: `https://solaris-kyc.invalid/validators/${name}`, schema, coerce });
    return name;
  };
  /** @type {[string, Row][]} */
  const rows = [];
  /** @type {[string, string][]} */
  const webhooks = [];
  for (const operation of operations(doc, { webhooks: true })) {
    const { operationId, pointer, op } = operation;
    /** @type {Row} */
    const row = {
      method: operation.method.toUpperCase(),
      path: operation.kind === "paths" ? operation.path : null,
      params: { path: null, query: null, header: null },
      deepObject: [],
      headers: [],
      body: null,
      bodyRequired: false,
      responses: {},
    };
    for (const location of LOCATIONS) {
      const params = operation.parameters.filter((p) => p.in === location && !(location === "header" && IGNORED_HEADERS.has(p.name.toLowerCase())));
      if (params.length === 0) continue;
      row.params[location] = addInline([operationId, location], parameterSetSchema(doc, params, location), true, pointer);
      if (location === "query")
        row.deepObject = params
          .filter((p) => p.style === "deepObject")
          .map((p) => p.name)
          .sort();
      if (location === "header") row.headers = params.map((p) => p.name).sort();
    }
    if (operation.requestBody) {
      const content = operation.requestBody.node.content;
      const mediaType = pickMedia(content);
      if (mediaType && content[mediaType].schema) {
        const where = `${operation.requestBody.pointer}/content/${escapePointer(mediaType)}/schema`;
        row.body = addSchema([operationId, "body"], content[mediaType].schema, STRING_VALUED_MEDIA.has(mediaType), where);
        row.bodyRequired = operation.requestBody.node.required === true;
      }
    }
    for (const status of Object.keys(op.responses ?? {}).sort()) {
      const { node, pointer: at } = resolveRef(doc, op.responses[status], `${pointer}/responses/${escapePointer(status)}`);
      const mediaType = pickMedia(node.content);
      const schema = mediaType ? node.content[mediaType].schema : undefined;
      row.responses[status] = schema
        ? addSchema([operationId, "response", status], schema, false, `${at}/content/${escapePointer(/** @type {string} */ (mediaType))}/schema`)
        : null;
    }
    if (operation.kind === "webhooks" && row.body) webhooks.push([operation.key, row.body]);
    rows.push([operationId, row]);
  }
  return { compiled, rows, webhooks };
}

const header = generatedHeader;

// Node gives a CommonJS module's `module.exports` as `default`; bundlers and Vitest give its
// `exports` (or `exports.default`) instead. Ajv's helpers set `__esModule`, which tells them apart.
const CJS_INTEROP = "const cjs = (module) => (module.default && module.default.__esModule ? module.default : module);";

/**
 * Ajv's standalone code for one group as an ES module. Ajv's ESM output still `require()`s its
 * runtime helpers (ucs2length, equal, ajv-formats' formats): each becomes a namespace import of
 * that CommonJS module, read the same way under Node, bundlers and Vitest.
 * @param {Doc} doc @param {Map<string, Compiled>} compiled @param {boolean} coerce
 */
function groupModule(doc, compiled, coerce) {
  const names = [...compiled]
    .filter(([, c]) => c.coerce === coerce)
    .map(([name]) => name)
    .sort();
  // strict: false: OpenAPI's own keywords and x- extensions are not JSON Schema keywords.
  // inlineRefs: false: a component is one function, called wherever it is referenced.
  // `.default`: the class, under Node's CommonJS interop and TypeScript's alike.
  const ajv = new Ajv2020.default({
    strict: false,
    allErrors: true,
    inlineRefs: false,
    coerceTypes: coerce ? "array" : false,
    code: { esm: true, source: true },
  });
  addFormats.default(ajv);
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    ajv.addSchema(portable(schema, `${COMPONENT_PREFIX}${escapePointer(name)}`), componentId(name));
  }
  for (const name of names) {
    const { id, schema } = /** @type {Compiled} */ (compiled.get(name));
    if (schema) ajv.addSchema(schema, id);
  }
  const code = names.length
    ? standaloneCode.default(ajv, Object.fromEntries(names.map((name) => [name, /** @type {Compiled} */ (compiled.get(name)).id])))
    : "";
  /** @type {Map<string, string>} */
  const modules = new Map();
  const body = code.replace(/^"use strict";/, "").replace(/require\("([^"]+)"\)/g, (_, specifier) => {
    const file = specifier.endsWith(".js") ? specifier : `${specifier}.js`;
    if (!modules.has(file)) modules.set(file, `runtime${modules.size}`);
    return /** @type {string} */ (modules.get(file));
  });
  return [
    header(
      coerce
        ? "Ajv standalone validators: parameter sets and form bodies (values coerced from strings)."
        : "Ajv standalone validators: JSON bodies, responses and webhook payloads.",
    ),
    "// @ts-nocheck Ajv's generated JavaScript; generated/validators.ts gives it its types.",
    ...[...modules].map(([file, name]) => `import * as ${name}_module from ${JSON.stringify(file)};`),
    ...(modules.size ? [CJS_INTEROP] : []),
    ...[...modules].map(([, name]) => `const ${name} = cjs(${name}_module);`),
    body.trim(),
    "",
  ].join("\n");
}

const literal = (/** @type {unknown} */ value) => JSON.stringify(value);

/** generated/validators.ts: the table, typed. @param {[string, Row][]} rows @param {[string, string][]} webhooks @param {Map<string, Compiled>} compiled */
function tableModule(rows, webhooks, compiled) {
  const used = (/** @type {boolean} */ coerce) =>
    [...compiled]
      .filter(([, c]) => c.coerce === coerce)
      .map(([name]) => name)
      .sort();
  const ref = (/** @type {string | null} */ name) => (name ? name : "null");
  const entries = rows.map(([operationId, row]) =>
    [
      `  ${operationId}: {`,
      `    method: ${literal(row.method)},`,
      `    path: ${literal(row.path)},`,
      `    params: { path: ${ref(row.params.path)}, query: ${ref(row.params.query)}, header: ${ref(row.params.header)} },`,
      `    deepObject: ${literal(row.deepObject)},`,
      `    headers: ${literal(row.headers)},`,
      `    body: ${ref(row.body)},`,
      `    bodyRequired: ${row.bodyRequired},`,
      `    responses: { ${Object.entries(row.responses)
        .map(([status, name]) => `${literal(status)}: ${ref(name)}`)
        .join(", ")} },`,
      "  },",
    ].join("\n"),
  );
  const importLine = (/** @type {string[]} */ names, /** @type {string} */ file) =>
    names.length ? [`import {`, ...names.map((name) => `  ${name},`), `} from ${literal(file)};`] : [];
  return [
    header("Every validator of the spec, by operationId and webhook (Ajv standalone code in validators-*.ts)."),
    ...importLine(used(false), "./validators-body.js"),
    ...importLine(used(true), "./validators-params.js"),
    "",
    "/** One error of Ajv's compiled code (`ErrorObject` of ajv). */",
    "export interface AjvError {",
    "  instancePath: string;",
    "  schemaPath: string;",
    "  keyword: string;",
    "  params: Record<string, any>;",
    "  message?: string;",
    "}",
    "",
    "/** A compiled validator: true when valid; otherwise `errors` says why. May coerce parameter values in place. */",
    "export interface CompiledValidator {",
    "  (data: unknown): boolean;",
    "  errors?: AjvError[] | null;",
    "}",
    "",
    "export interface OperationValidators {",
    '  /** "GET", "POST", ... */',
    "  method: string;",
    "  /** The path template; null for a webhook. */",
    "  path: string | null;",
    "  /** One object schema per location; header names lower-cased. null: no parameter there. */",
    "  params: { path: CompiledValidator | null; query: CompiledValidator | null; header: CompiledValidator | null };",
    "  /** Query parameters with `style: deepObject` (`page[size]=10` in the URL). */",
    "  deepObject: readonly string[];",
    "  /** The declared header parameters, spelled as in the spec. */",
    "  headers: readonly string[];",
    "  body: CompiledValidator | null;",
    "  bodyRequired: boolean;",
    '  /** By declared status ("default" included); null: the response has no body schema. */',
    "  responses: Readonly<Record<string, CompiledValidator | null>>;",
    "}",
    "",
    `export type ValidatedOperationId = ${rows.map(([id]) => literal(id)).join(" | ") || "never"};`,
    "",
    "export const operationValidators: { readonly [K in ValidatedOperationId]: OperationValidators } = {",
    ...entries,
    "};",
    "",
    "/** Webhook name (its key in the spec's `webhooks`) → the validator of its payload. */",
    "export const webhookPayloadValidators: Readonly<Record<string, CompiledValidator>> = {",
    ...webhooks.map(([key, name]) => `  ${literal(key)}: ${name},`),
    "};",
    "",
  ].join("\n");
}

/**
 * The validators' files of generated/, in memory: file name → text.
 * @param {Doc} doc @returns {Promise<Record<string, string>>}
 */
export async function renderValidators(doc) {
  const { compiled, rows, webhooks } = collect(doc);
  return {
    "validators-body.ts": groupModule(doc, compiled, false),
    "validators-params.ts": groupModule(doc, compiled, true),
    "validators.ts": tableModule(rows, webhooks, compiled),
  };
}
