import { createRulesetFunction } from "@stoplight/spectral-core";

// Input: a description (undefined when missing).
export default createRulesetFunction(
  {
    input: null,
    options: {
      type: "object",
      properties: { minLength: { type: "integer", minimum: 1 } },
      required: ["minLength"],
      additionalProperties: false,
    },
  },
  function fullSentence(description, { minLength }) {
    if (typeof description !== "string" || description.trim() === "")
      return [{ message: description === undefined ? "description is missing" : "description is empty or not a string" }];
    const text = description.trim();
    if (text.length >= minLength && text.endsWith(".")) return [];
    return [{ message: `description "${text}" is not a full sentence (at least ${minLength} characters, ending with a period)` }];
  },
);
