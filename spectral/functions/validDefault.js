import { eachSchema } from "../lib/oas.js";
import { schemaProblems } from "../lib/values.js";

// Input: a schema (unresolved). Every `default` in it must be valid against the schema it sits in.
export default function validDefault(schema, _options, context) {
  const results = [];
  for (const node of eachSchema(schema, context.path)) {
    if (!("default" in node.schema)) continue;
    const { default: value, example: _example, examples: _examples, ...rest } = node.schema;
    results.push(...schemaProblems(value, rest, context, [...node.path, "default"]));
  }
  return results;
}
