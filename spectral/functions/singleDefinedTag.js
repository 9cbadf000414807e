import { isObject } from "../lib/oas.js";

// Input: an operation. It must have exactly one tag, declared in the root `tags`.
export default function singleDefinedTag(operation, _options, { path, document }) {
  if (!isObject(operation)) return [];
  const { tags } = operation;
  if (!Array.isArray(tags) || tags.length !== 1) {
    const count = Array.isArray(tags) ? tags.length : 0;
    return [{ message: `operation has ${count} tags`, path: tags === undefined ? path : [...path, "tags"] }];
  }
  const declared = (Array.isArray(document.data?.tags) ? document.data.tags : []).map((tag) => tag?.name);
  if (declared.includes(tags[0])) return [];
  return [{ message: `tag "${tags[0]}" is not declared in the root \`tags\``, path: [...path, "tags", 0] }];
}
