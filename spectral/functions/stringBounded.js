import { eachSchema } from "../lib/oas.js";

const BOUNDS = ["maxLength", "format", "enum", "const", "pattern"];

// Input: a schema (unresolved). Every string schema in it must be bounded somehow.
export default function stringBounded(schema, _options, { path }) {
  const results = [];
  for (const node of eachSchema(schema, path)) {
    const { type } = node.schema;
    const isString = type === "string" || (Array.isArray(type) && type.includes("string"));
    if (isString && !BOUNDS.some((key) => key in node.schema)) {
      results.push({ message: "string schema is unbounded", path: node.path });
    }
  }
  return results;
}
