import { createRulesetFunction } from "@stoplight/spectral-core";

const ALL_CAPS = /^[A-Z0-9_]*[A-Z][A-Z0-9_]*$/;
// "Creates ..." / "Creating ..." instead of "Create ...": third person or gerund, not imperative.
const NOT_IMPERATIVE = /^[a-z]*[^su]s$|^[a-z]{3,}ing$/;
// Punctuation around a word that is not part of it.
const TRIM = /^[("'`[]+|[)"'`\],.:;!?]+$/g;

// Input: an operation's `summary` (undefined when missing).
export default createRulesetFunction(
  {
    input: null,
    options: {
      type: "object",
      properties: { allowlist: { type: "array", items: { type: "string" } } },
      required: ["allowlist"],
      additionalProperties: false,
    },
  },
  function sentenceCase(summary, { allowlist }) {
    if (typeof summary !== "string" || summary.trim() === "")
      return [{ message: summary === undefined ? "summary is missing" : "summary is empty or not a string" }];
    const allowed = new Set(allowlist);
    // Acronyms and event names are ALL CAPS; plurals ("IDs") count as their singular.
    const isAllowed = (word) => ALL_CAPS.test(word) || allowed.has(word);
    const problems = [];
    const words = summary.trim().split(/\s+/);
    if (!/^[A-Z]/.test(summary)) problems.push("it must start with an uppercase letter");
    if (/\.$/.test(summary.trim())) problems.push("it must not end with a period");
    if (NOT_IMPERATIVE.test(words[0].toLowerCase())) problems.push(`"${words[0]}" is not imperative (write e.g. "Create", not "Creates")`);
    const capitalized = words
      .slice(1)
      .flatMap((word) => word.replace(TRIM, "").replace(/'s$/, "").split(/[-/]/))
      .filter((word) => /^[A-Z]/.test(word) && !isAllowed(word) && !isAllowed(word.replace(/s$/, "")));
    if (capitalized.length > 0) problems.push(`it is not sentence case (${capitalized.map((w) => `"${w}"`).join(", ")})`);
    return problems.length === 0 ? [] : [{ message: `summary "${summary}": ${problems.join("; ")}` }];
  },
);
