import { deref, isObject } from "../lib/oas.js";

// Input: a media type object. It needs a non-empty `examples` map whose entries have a summary.
export default function namedExamples(mediaType, _options, { path, document }) {
  if (!isObject(mediaType)) return [];
  const { examples } = mediaType;
  if (!isObject(examples) || Object.keys(examples).length === 0) {
    const what = mediaType.example !== undefined ? "has a lone `example`" : "has no `examples`";
    return [{ message: `media type ${what}`, path }];
  }
  const results = [];
  for (const [name, example] of Object.entries(examples)) {
    // In OAS 3.1 a `summary` may sit beside the `$ref`; otherwise the referenced example needs one.
    const hasSummary = (node) => isObject(node) && typeof node.summary === "string" && node.summary.trim() !== "";
    if (hasSummary(example) || hasSummary(deref(document.data, example))) continue;
    results.push({ message: `example \`${name}\` has no summary`, path: [...path, "examples", name] });
  }
  return results;
}
