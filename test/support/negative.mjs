// Invalid requests derived from the request schemas: each case breaks exactly one thing of an
// otherwise valid request (the operation's first examples) and names the field it breaks.
import { escapePointer, operations, resolveRef } from "../../scripts/lib/spec/oas.mjs";
import { authFor, buildRequest } from "../../scripts/lib/spec/requests.mjs";

/** @typedef {import("../../scripts/lib/spec/oas.mjs").Doc} Doc */
/** @typedef {import("../../scripts/lib/spec/requests.mjs").RequestParts} RequestParts */
/** @typedef {{ kind: string, field: string, remove?: string, value?: unknown, setField?: string }} ObjectCase */
/**
 * One invalid request: the operation's first examples with one thing broken (`field` of `location`).
 * `prismGap` says why Prism is known not to reject it.
 * @typedef {{ id: string, operationId: string, method: string, path: string, parameters: import("../../scripts/lib/spec/oas.mjs").Parameter[],
 *   auth: import("../../scripts/lib/spec/requests.mjs").Auth, kind: string, location: string, field: string, request: RequestParts, prismGap?: string }} NegativeCase
 */

const BAD_ENUM = "NOT_AN_ALLOWED_VALUE";
const BAD_PATTERN = "not a valid value!";
const UNKNOWN_FIELD = "contract_test_unknown_field";
// Prism 5 builds a deepObject parameter from the declared properties only
// (prism-http validator/deserializers/style/deepObject.js), so an unknown key never reaches validation.
const DEEP_OBJECT_GAP = "Prism reads only the declared properties of a deepObject query parameter, so an unknown key is not seen";
/** @type {[string, unknown][]} */
const TYPE_SAMPLES = [
  ["integer", 12345],
  ["string", "not-the-right-type"],
  ["boolean", true],
  ["array", ["not-the-right-type"]],
  ["object", { not: "the-right-type" }],
];

/** @param {any} schema @returns {string[]} */
const typesOf = (schema) => (schema.type === undefined ? [] : [schema.type].flat());
/** @param {string[]} types @param {string} sampleType */
const allows = (types, sampleType) => types.includes(sampleType) || (sampleType === "integer" && types.includes("number"));

/** @param {any} schema @param {boolean} form @returns {unknown} */
function wrongTypeValue(schema, form) {
  const types = typesOf(schema);
  if (types.length === 0) return undefined;
  // Text (a form body, a parameter) can only have the wrong type where a number or boolean is expected.
  if (form) {
    if (types.includes("string")) return undefined;
    if (types.some((t) => t === "integer" || t === "number")) return "not-a-number";
    return types.includes("boolean") ? "not-a-boolean" : undefined;
  }
  return TYPE_SAMPLES.find(([t]) => !allows(types, t))?.[1];
}

/** @param {any} schema */
function breaksPattern(schema) {
  if (typeof schema.pattern !== "string") return false;
  try {
    return !new RegExp(schema.pattern, "u").test(BAD_PATTERN);
  } catch {
    return false;
  }
}

/**
 * Mutations of one object schema's own properties; `set`/`remove` apply them to a copy of the value.
 * @param {Doc} doc @param {any} schema @param {string} pointer @param {boolean} form @returns {ObjectCase[]}
 */
function objectCases(doc, schema, pointer, form) {
  /** @type {ObjectCase[]} */
  const cases = [];
  for (const name of schema.required ?? []) cases.push({ kind: "missing required field", field: name, remove: name });
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const { node: prop } = resolveRef(doc, raw, `${pointer}/properties/${escapePointer(name)}`);
    if (prop.readOnly) continue;
    const items = prop.items ? resolveRef(doc, prop.items, `${pointer}/properties/${escapePointer(name)}/items`).node : undefined;
    if (Array.isArray(prop.enum)) cases.push({ kind: "wrong enum value", field: name, value: BAD_ENUM });
    else if (items && Array.isArray(items.enum) && !form) cases.push({ kind: "wrong enum value", field: `${name}[0]`, value: [BAD_ENUM], setField: name });
    if (breaksPattern(prop)) cases.push({ kind: "value breaking its pattern", field: name, value: BAD_PATTERN });
    const wrong = wrongTypeValue(prop, form);
    if (wrong !== undefined) cases.push({ kind: "wrong type", field: name, value: wrong });
  }
  if (schema.additionalProperties === false) cases.push({ kind: "unknown field in a closed object", field: UNKNOWN_FIELD, value: "x" });
  return cases;
}

/** Every negative case of every operation that has a body or parameters. @param {Doc} doc @returns {NegativeCase[]} */
export function negativeCases(doc) {
  /** @type {NegativeCase[]} */
  const list = [];
  for (const operation of operations(doc)) {
    if (!operation.requestBody && operation.parameters.length === 0) continue;
    const base = buildRequest(doc, operation, null);
    const auth = authFor(doc, operation.security);
    /**
     * @param {string} kind @param {string} location @param {string} field
     * @param {(request: RequestParts) => unknown} mutate @param {string} [prismGap]
     */
    const add = (kind, location, field, mutate, prismGap) => {
      const request = structuredClone(base);
      mutate(request);
      list.push({
        id: `${operation.operationId}: ${kind} (${location} ${field})`,
        operationId: operation.operationId,
        method: operation.method,
        path: operation.path,
        parameters: operation.parameters,
        auth,
        kind,
        location,
        field,
        request,
        ...(prismGap ? { prismGap } : {}),
      });
    };

    for (const param of operation.parameters) {
      if (param.in === "cookie" || !param.schema) continue;
      const where = /** @type {"path" | "query" | "header"} */ (param.in);
      if (param.required && where !== "path") add("missing required parameter", where, param.name, (r) => delete r[where][param.name]);
      const schema = param.schema;
      if (typesOf(schema).includes("object") && param.in === "query") {
        for (const c of objectCases(doc, schema, `${param.pointer}/schema`, true)) {
          if (c.remove) continue;
          add(
            c.kind,
            where,
            `${param.name}[${c.field}]`,
            (r) => {
              r.query[param.name] = { ...(r.query[param.name] ?? {}), [c.setField ?? c.field]: c.value };
            },
            c.field === UNKNOWN_FIELD ? DEEP_OBJECT_GAP : undefined,
          );
        }
        continue;
      }
      if (Array.isArray(schema.enum)) add("wrong enum value", where, param.name, (r) => (r[where][param.name] = BAD_ENUM));
      if (breaksPattern(schema)) add("ID breaking its pattern", where, param.name, (r) => (r[where][param.name] = BAD_PATTERN));
      const wrong = wrongTypeValue(schema, true);
      if (wrong !== undefined) add("wrong type", where, param.name, (r) => (r[where][param.name] = wrong));
    }

    if (operation.requestBody) {
      const content = operation.requestBody.node.content?.[/** @type {string} */ (base.mediaType)];
      if (!content?.schema) continue;
      const bodyPointer = `${operation.requestBody.pointer}/content/${escapePointer(base.mediaType)}/schema`;
      const { node: schema, pointer } = resolveRef(doc, content.schema, bodyPointer);
      const form = base.mediaType !== "application/json";
      if (typesOf(schema).includes("object")) {
        for (const c of objectCases(doc, schema, pointer, form)) {
          add(c.kind, "body", c.field, (r) => {
            const body = /** @type {Record<string, unknown>} */ (r.body);
            if (c.remove) delete body[c.remove];
            else body[c.setField ?? c.field] = c.value;
          });
        }
        if (!form) add("wrong type", "body", "(root)", (r) => (r.body = ["not-an-object"]));
      }
    }
  }
  return list;
}
