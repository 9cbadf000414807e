import { createRulesetFunction } from "@stoplight/spectral-core";
import { isObject } from "../lib/oas.js";

// Input: an operation (unresolved). Each listed status must be a `$ref` under `refPrefix`.
export default createRulesetFunction(
  {
    input: null,
    options: {
      type: "object",
      properties: {
        statuses: { type: "array", items: { type: "string" }, minItems: 1 },
        refPrefix: { type: "string" },
      },
      required: ["statuses", "refPrefix"],
      additionalProperties: false,
    },
  },
  function sharedResponses(operation, { statuses, refPrefix }, { path }) {
    if (!isObject(operation)) return [];
    const responses = isObject(operation.responses) ? operation.responses : {};
    const at = isObject(operation.responses) ? [...path, "responses"] : path;
    const results = [];
    for (const status of statuses) {
      const response = responses[status];
      if (response === undefined) {
        results.push({ message: `response \`${status}\` is missing`, path: at });
      } else if (!isObject(response) || typeof response.$ref !== "string" || !response.$ref.startsWith(refPrefix)) {
        results.push({ message: `response \`${status}\` is not a $ref to ${refPrefix}<Name>`, path: [...at, status] });
      }
    }
    return results;
  },
);
