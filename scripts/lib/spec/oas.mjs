// The one reader of a bundled OpenAPI document: JSON pointers, the internal `$ref` resolver and the
// walker of operations (paths and webhooks). The generator, the contract code, verify, compat, the
// testing kit's generator and the tests all walk the spec through these functions.

/** @typedef {Record<string, any>} Doc */
/**
 * @typedef {{ in: string, name: string, required?: boolean, schema?: any, example?: unknown,
 *   examples?: Record<string, any>, style?: string, explode?: boolean, pointer: string, [key: string]: any }} Parameter
 */
/**
 * @typedef {{ kind: "paths" | "webhooks", key: string, path: string, method: string, operationId: string,
 *   pointer: string, op: Record<string, any>, parameters: Parameter[],
 *   requestBody: { node: Record<string, any>, pointer: string } | undefined,
 *   security: Record<string, string[]>[], servers: { url: string }[] }} Operation
 */

export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** @param {unknown} key */
export const escapePointer = (key) => String(key).replaceAll("~", "~0").replaceAll("/", "~1");
/** @param {string} key */
export const unescapePointer = (key) => key.replaceAll("~1", "/").replaceAll("~0", "~");
/** "/a/b" from ["a", "b"]. @param {readonly unknown[]} parts */
export const toPointer = (parts) => parts.map((part) => `/${escapePointer(part)}`).join("");

/** A problem in the spec found while walking it; `pointer` is a JSON pointer into the bundle. */
export class SpecError extends Error {
  /**
   * @param {string} pointer where the problem is
   * @param {string} message what it is
   * @param {string[]} [related] other places of the same problem (the first of a duplicate)
   * @param {string} [fix] how to correct it
   */
  constructor(pointer, message, related = [], fix = undefined) {
    super(`dist/openapi.json#${pointer}: ${message}`);
    this.name = "SpecError";
    this.pointer = pointer;
    this.problem = message;
    this.related = related;
    this.fix = fix;
  }
}

/**
 * The node at `pointer` ("/a/b", or "" for the whole document), or undefined.
 * @param {unknown} doc @param {string} pointer @returns {any}
 */
export function getPointer(doc, pointer) {
  /** @type {any} */
  let node = doc;
  for (const part of pointer.split("/").slice(1).map(unescapePointer)) {
    if (node === null || typeof node !== "object" || !(part in node)) return undefined;
    node = node[part];
  }
  return node;
}

/**
 * Follows internal `$ref`s ("#/a/b") until a node that is not one; returns it and the pointer where
 * it really lives. Throws a SpecError naming `pointer` for a ref that cannot be followed.
 * @param {Doc} doc @param {any} node @param {string} pointer
 * @returns {{ node: any, pointer: string }}
 */
export function resolveRef(doc, node, pointer) {
  const seen = new Set();
  while (node && typeof node === "object" && typeof node.$ref === "string") {
    if (!node.$ref.startsWith("#/")) throw new SpecError(pointer, `external $ref ${node.$ref} (bundle the spec first)`);
    if (seen.has(node.$ref)) throw new SpecError(pointer, `circular $ref ${node.$ref}`);
    seen.add(node.$ref);
    const target = getPointer(doc, node.$ref.slice(1));
    if (target === undefined) throw new SpecError(pointer, `$ref ${node.$ref} points nowhere`);
    pointer = node.$ref.slice(1);
    node = target;
  }
  return { node, pointer };
}

/** @param {Doc} doc @param {any} node @param {string} pointer */
export const resolveNode = (doc, node, pointer) => resolveRef(doc, node, pointer).node;

/**
 * Path-level and operation-level parameters, resolved, the operation's winning on the same in+name.
 * @param {Doc} doc @param {any[] | undefined} pathLevel @param {any[] | undefined} opLevel @param {string} pointer
 * @returns {Parameter[]}
 */
function mergeParameters(doc, pathLevel = [], opLevel = [], pointer) {
  const byKey = new Map();
  /** @param {any[]} list @param {string} base */
  const add = (list, base) =>
    list.forEach((raw, i) => {
      const { node, pointer: where } = resolveRef(doc, raw, `${base}/parameters/${i}`);
      byKey.set(`${node.in}:${node.name}`, { ...node, pointer: where, schema: node.schema && resolveNode(doc, node.schema, `${where}/schema`) });
    });
  add(pathLevel, pointer.slice(0, pointer.lastIndexOf("/")));
  add(opLevel, pointer);
  return [...byKey.values()];
}

/**
 * Every operation of `paths` (and of `webhooks` with `{ webhooks: true }`), sorted by operationId,
 * with parameters merged and resolved. A webhook without an operationId is named after its key.
 * Throws a SpecError on a missing or duplicate operationId.
 * @param {Doc} doc @param {{ webhooks?: boolean }} [options]
 * @returns {Operation[]}
 */
export function operations(doc, { webhooks = false } = {}) {
  /** @type {Operation[]} */
  const found = [];
  /** @type {Map<string, string>} */
  const ids = new Map();
  /** @type {("paths" | "webhooks")[]} */
  const sections = webhooks ? ["paths", "webhooks"] : ["paths"];
  for (const kind of sections) {
    for (const key of Object.keys(doc[kind] ?? {}).sort()) {
      const itemPointer = `/${kind}/${escapePointer(key)}`;
      const item = resolveNode(doc, doc[kind][key], itemPointer);
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const pointer = `${itemPointer}/${method}`;
        const operationId = op.operationId ?? (kind === "webhooks" ? key : undefined);
        if (!operationId) throw new SpecError(pointer, "operation has no operationId");
        const other = ids.get(operationId);
        if (other) throw new SpecError(`${pointer}/operationId`, `duplicate operationId "${operationId}": two operations have it`, [other]);
        ids.set(operationId, `${pointer}/operationId`);
        found.push({
          kind,
          key,
          path: key,
          method,
          operationId,
          pointer,
          op,
          parameters: mergeParameters(doc, item.parameters, op.parameters, pointer),
          requestBody: op.requestBody ? resolveRef(doc, op.requestBody, `${pointer}/requestBody`) : undefined,
          security: op.security ?? doc.security ?? [],
          servers: op.servers ?? item.servers ?? doc.servers ?? [],
        });
      }
    }
  }
  return found.sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0));
}

/** Every named example of a media type object, resolved: [name, value, pointer]. @param {Doc} doc @param {any} media @param {string} pointer */
export function namedExamples(doc, media, pointer) {
  return Object.entries(media?.examples ?? {}).map(([name, raw]) => {
    const where = `${pointer}/examples/${escapePointer(name)}`;
    const { node, pointer: at } = resolveRef(doc, raw, where);
    if (node.externalValue) throw new SpecError(at, "externalValue examples are not supported; inline the value");
    if (!("value" in node)) throw new SpecError(at, "example has no value");
    return /** @type {[string, unknown, string, string]} */ ([name, node.value, at, node.summary ?? ""]);
  });
}
