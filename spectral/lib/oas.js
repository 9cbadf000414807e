// Helpers shared by the house functions.
//
// House rules run on the UNRESOLVED bundled document (`resolved: false`): every
// schema, parameter and response is checked once, where it is defined, and a
// diagnostic points at that definition. Where a rule needs the target of a
// `$ref` (e.g. the pattern of an ID schema), it follows the internal ref itself.

export const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/** Follows internal `#/...` refs (chains too). Returns the target, or undefined if it cannot be found. */
export function deref(root, node) {
  for (let hops = 0; isObject(node) && typeof node.$ref === "string"; hops++) {
    // A bundled spec has only internal refs; anything else (or a cycle) is not ours to follow.
    if (hops > 20 || !node.$ref.startsWith("#/")) return undefined;
    node = node.$ref
      .slice(2)
      .split("/")
      .map((segment) => decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((parent, key) => (isObject(parent) || Array.isArray(parent) ? parent[key] : undefined), root);
  }
  return node;
}

const SINGLE = [
  "items",
  "additionalItems",
  "additionalProperties",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
];
const LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const MAPS = ["properties", "patternProperties", "dependentSchemas", "$defs"];

/**
 * Yields `{ schema, path }` for a schema and every subschema written inline in it.
 * `$ref`s are not followed: their targets are visited where they are defined.
 */
export function* eachSchema(schema, path, seen = new Set()) {
  if (!isObject(schema) || seen.has(schema)) return;
  seen.add(schema);
  yield { schema, path };
  for (const key of SINGLE) {
    // `items` may still be a list in old-style tuples.
    const sub = schema[key];
    if (Array.isArray(sub)) for (let i = 0; i < sub.length; i++) yield* eachSchema(sub[i], [...path, key, i], seen);
    else yield* eachSchema(sub, [...path, key], seen);
  }
  for (const key of LISTS) {
    if (!Array.isArray(schema[key])) continue;
    for (let i = 0; i < schema[key].length; i++) yield* eachSchema(schema[key][i], [...path, key, i], seen);
  }
  for (const key of MAPS) {
    if (!isObject(schema[key])) continue;
    for (const [name, sub] of Object.entries(schema[key])) yield* eachSchema(sub, [...path, key, name], seen);
  }
}

/** Yields `{ name, schema, path }` for every entry of every `properties` map in the schema tree. */
export function* eachProperty(schema, path) {
  for (const { schema: node, path: nodePath } of eachSchema(schema, path)) {
    if (!isObject(node.properties)) continue;
    for (const [name, sub] of Object.entries(node.properties)) {
      yield { name, schema: sub, path: [...nodePath, "properties", name] };
    }
  }
}

/** A parameter object (as opposed to a schema, or a `$ref` to a parameter). */
export const isParameter = (node) => isObject(node) && typeof node.name === "string" && typeof node.in === "string";
