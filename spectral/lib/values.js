// Values checked against the schema beside them (schema defaults, header examples): the checks
// that only Spectral's oas3-valid-*-example rules made, which are off because Redocly checks
// every media-type, parameter and schema example (see .spectral.yaml).
import { schema as matchesSchema } from "@stoplight/spectral-functions";
import { deref, isObject } from "./oas.js";

/** A copy of `node` with its internal `$ref`s inlined; a cycle, or a ref that cannot be followed, becomes `{}`. */
function inline(root, node, seen = new Set()) {
  if (Array.isArray(node)) return node.map((item) => inline(root, item, seen));
  if (!isObject(node)) return node;
  if (typeof node.$ref === "string") {
    const target = deref(root, node);
    if (!isObject(target) || seen.has(target)) return {};
    const { $ref: _ref, ...siblings } = node;
    return { allOf: [inline(root, target, new Set([...seen, target])), inline(root, siblings, seen)] };
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inline(root, value, seen)]));
}

/** Spectral's results for `value` against `schema` (its internal refs followed), pointing at `path`. */
export function schemaProblems(value, schema, context, path) {
  return matchesSchema(value, { schema: inline(context.document.data, schema), allErrors: true }, { ...context, path }) ?? [];
}
