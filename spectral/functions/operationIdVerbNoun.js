import { createRulesetFunction } from "@stoplight/spectral-core";

// Input: an operation's `operationId` (undefined when missing).
export default createRulesetFunction(
  {
    input: null,
    options: {
      type: "object",
      properties: { verbs: { type: "array", items: { type: "string", pattern: "^[a-z]+$" }, minItems: 1 } },
      required: ["verbs"],
      additionalProperties: false,
    },
  },
  function operationIdVerbNoun(operationId, { verbs }) {
    if (typeof operationId !== "string" || operationId === "") {
      return [{ message: operationId === undefined ? "operationId is missing" : "operationId is not a string" }];
    }
    const re = new RegExp(`^(${verbs.join("|")})[A-Z][A-Za-z0-9]*$`);
    if (re.test(operationId)) return [];
    return [{ message: `operationId \`${operationId}\` is not camelCase verbNoun with a verb from: ${verbs.join(", ")}` }];
  },
);
