// JSON pointers and internal $refs of a bundled spec: the one implementation the scripts share.

export const escapePointer = (key) => String(key).replaceAll("~", "~0").replaceAll("/", "~1");
export const unescapePointer = (key) => key.replaceAll("~1", "/").replaceAll("~0", "~");

/** The node at `pointer` ("/a/b", or "" for the whole document), or undefined. */
export function getPointer(doc, pointer) {
  let node = doc;
  for (const part of pointer.split("/").slice(1).map(unescapePointer)) {
    if (node === null || typeof node !== "object" || !(part in node)) return undefined;
    node = node[part];
  }
  return node;
}

/**
 * Follows internal `$ref`s ("#/a/b") until a node that is not one; returns it and the pointer where
 * it really lives. `fail(pointer, message)` makes the error for a ref that cannot be followed.
 */
export function resolveRef(doc, node, pointer, fail = (where, message) => new Error(`${where}: ${message}`)) {
  const seen = new Set();
  while (node && typeof node === "object" && typeof node.$ref === "string") {
    if (!node.$ref.startsWith("#/")) throw fail(pointer, `external $ref ${node.$ref} (bundle the spec first)`);
    if (seen.has(node.$ref)) throw fail(pointer, `circular $ref ${node.$ref}`);
    seen.add(node.$ref);
    const target = getPointer(doc, node.$ref.slice(1));
    if (target === undefined) throw fail(pointer, `$ref ${node.$ref} points nowhere`);
    pointer = node.$ref.slice(1);
    node = target;
  }
  return { node, pointer };
}
