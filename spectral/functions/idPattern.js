import { createRulesetFunction } from "@stoplight/spectral-core";
import { deref, eachProperty, isObject, isParameter } from "../lib/oas.js";

// Shape every `id` pattern must have: 32 lowercase hex chars plus a lowercase type suffix.
const ID_SHAPE = /^\^\[0-9a-f\]\{32\}[a-z]+\$$/;

const isIdName = (name) => name === "id" || name.endsWith("_id");

/**
 * Finds the pattern that constrains a (possibly nullable, possibly `$ref`'d) ID schema.
 * `path` is set only while the pattern is written inline, so a diagnostic can point at it.
 */
function findPattern(root, node, path) {
  if (isObject(node) && typeof node.$ref === "string") return findPattern(root, deref(root, node), null);
  if (!isObject(node)) return undefined;
  if (typeof node.pattern === "string") return { pattern: node.pattern, path: path && [...path, "pattern"] };
  // Nullable IDs may be written as `anyOf: [{ $ref: PersonId }, { type: 'null' }]`.
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    if (!Array.isArray(node[key])) continue;
    for (let i = 0; i < node[key].length; i++) {
      const found = findPattern(root, node[key][i], path && [...path, key, i]);
      if (found) return found;
    }
  }
  return undefined;
}

const isOpaque = (root, node) => isObject(node) && (node["x-opaque-id"] === true || deref(root, node)?.["x-opaque-id"] === true);

function checkId(root, name, schema, path, known) {
  if (!isIdName(name) || isOpaque(root, schema)) return undefined;
  const found = findPattern(root, schema, path);
  if (found === undefined) return { message: `\`${name}\` has no pattern`, path };
  const at = found.path ?? path;
  const expected = known[name];
  if (expected !== undefined && found.pattern !== expected) {
    return { message: `\`${name}\` has pattern \`${found.pattern}\` but must have exactly \`${expected}\``, path: at };
  }
  if (name === "id" && !ID_SHAPE.test(found.pattern)) {
    return { message: `\`id\` has pattern \`${found.pattern}\`, not of the form \`^[0-9a-f]{32}<suffix>$\``, path: at };
  }
  return undefined;
}

// Input: a parameter object or a schema (whose properties are checked at any depth).
export default createRulesetFunction(
  {
    input: null,
    options: {
      type: "object",
      properties: {
        known: { type: "object", additionalProperties: { type: "string" } },
      },
      required: ["known"],
      additionalProperties: false,
    },
  },
  function idPattern(input, { known }, { path, document }) {
    const root = document.data;
    if (isParameter(input)) {
      if (isOpaque(root, input)) return [];
      const schemaPath = input.schema === undefined ? path : [...path, "schema"];
      const result = checkId(root, input.name, input.schema, schemaPath, known);
      return result ? [result] : [];
    }
    const results = [];
    for (const property of eachProperty(input, path)) {
      const result = checkId(root, property.name, property.schema, property.path, known);
      if (result) results.push(result);
    }
    return results;
  },
);
