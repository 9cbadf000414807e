import { createRulesetFunction } from "@stoplight/spectral-core";
import { deref, eachProperty } from "../lib/oas.js";

// Input: a schema (unresolved). Listed property names must carry `x-pii: true`,
// on the property itself (also beside a `$ref`) or on the schema it references.
export default createRulesetFunction(
  {
    input: null,
    options: {
      type: "object",
      properties: { properties: { type: "array", items: { type: "string" }, minItems: 1 } },
      required: ["properties"],
      additionalProperties: false,
    },
  },
  function piiMarked(schema, options, { path, document }) {
    const names = new Set(options.properties);
    const results = [];
    for (const property of eachProperty(schema, path)) {
      if (!names.has(property.name)) continue;
      if (property.schema?.["x-pii"] === true || deref(document.data, property.schema)?.["x-pii"] === true) continue;
      results.push({ message: `property \`${property.name}\` holds personal data but is not marked`, path: property.path });
    }
    return results;
  },
);
