import { createRulesetFunction } from "@stoplight/spectral-core";
import { eachProperty } from "../lib/oas.js";

const toSnakeCase = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toLowerCase();

// Input: a schema; reports every property name (at any depth) not matching `match`.
export default createRulesetFunction(
  {
    input: null,
    options: {
      type: "object",
      properties: { match: { type: "string" } },
      required: ["match"],
      additionalProperties: false,
    },
  },
  function snakeCaseProperties(schema, { match }, { path }) {
    const re = new RegExp(match);
    const results = [];
    for (const property of eachProperty(schema, path)) {
      if (re.test(property.name)) continue;
      results.push({
        message: `Property \`${property.name}\` is not snake_case (try \`${toSnakeCase(property.name)}\`)`,
        path: property.path,
      });
    }
    return results;
  },
);
