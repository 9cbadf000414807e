import { deref, isObject } from "../lib/oas.js";
import { schemaProblems } from "../lib/values.js";

// Input: a header object (unresolved; a `$ref` to one is checked where it is defined). Its
// `example` and each of its `examples` must be valid against its `schema`.
export default function validHeaderExample(header, _options, context) {
  if (!isObject(header) || typeof header.$ref === "string" || !isObject(header.schema)) return [];
  const root = context.document.data;
  const results = [];
  if ("example" in header) results.push(...schemaProblems(header.example, header.schema, context, [...context.path, "example"]));
  for (const [name, entry] of Object.entries(isObject(header.examples) ? header.examples : {})) {
    const example = deref(root, entry);
    if (isObject(example) && "value" in example) results.push(...schemaProblems(example.value, header.schema, context, [...context.path, "examples", name]));
  }
  return results;
}
