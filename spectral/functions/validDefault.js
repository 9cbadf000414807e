import { schema as matchesSchema } from '@stoplight/spectral-functions';
import { deref, eachSchema, isObject } from '../lib/oas.js';

/** A copy of `node` with its internal `$ref`s inlined; a cycle, or a ref that cannot be followed, becomes `{}`. */
function inline(root, node, seen = new Set()) {
  if (Array.isArray(node)) return node.map((item) => inline(root, item, seen));
  if (!isObject(node)) return node;
  if (typeof node.$ref === 'string') {
    const target = deref(root, node);
    if (!isObject(target) || seen.has(target)) return {};
    const { $ref: _ref, ...siblings } = node;
    return { allOf: [inline(root, target, new Set([...seen, target])), inline(root, siblings, seen)] };
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inline(root, value, seen)]));
}

// Input: a schema (unresolved). Every `default` in it must be valid against the schema it sits in.
// Examples are Redocly's job (no-invalid-*-examples); Spectral's example rules, which also check
// defaults, are off in .spectral.yaml, so that each example is checked, and reported, once.
export default function validDefault(schema, _options, context) {
  const root = context.document.data;
  const results = [];
  for (const node of eachSchema(schema, context.path)) {
    if (!('default' in node.schema)) continue;
    const { default: value, example: _example, examples: _examples, ...rest } = node.schema;
    const found = matchesSchema(value, { schema: inline(root, rest), allErrors: true }, { ...context, path: [...node.path, 'default'] });
    results.push(...(found ?? []));
  }
  return results;
}
