// Maps a location in the bundle back to the split file under spec/ that it came from, with a line
// and column, so every problem names the file a person edits.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import YAML, { LineCounter } from "yaml";
import { escapePointer, unescapePointer } from "./oas.mjs";
import { SPEC_ROOT } from "./bundle.mjs";

/**
 * A mapper from bundle paths to `{ file, line, column, pointer }` in the split spec. It reads each
 * source file once: make a new one per run (files change between runs of `dev`).
 * @param {string} [root]
 */
export function createSourceMap(root = SPEC_ROOT) {
  /** @type {Map<string, { doc: YAML.Document.Parsed, lineCounter: LineCounter } | null>} */
  const sources = new Map();
  /** @param {string} file */
  const read = (file) => {
    if (!sources.has(file)) {
      const lineCounter = new LineCounter();
      sources.set(file, existsSync(file) ? { doc: YAML.parseDocument(readFileSync(file, "utf8"), { lineCounter }), lineCounter } : null);
    }
    return sources.get(file);
  };
  /**
   * @param {readonly (string | number)[] | string} path a JSON path into the bundle, or a JSON pointer ("/paths/…")
   * @returns {{ file: string, line: number, column: number, pointer: string }}
   */
  return function sourceLocation(path) {
    const parts = typeof path === "string" ? path.split("/").slice(1).map(unescapePointer) : path.map(String);
    const rootDoc = read(root)?.doc.toJS();
    let file = root;
    let rest = parts;
    const [section = "", name = ""] = rest;
    const ref = (section === "paths" || section === "webhooks") && rootDoc?.[section]?.[name]?.$ref;
    if (typeof ref === "string") {
      file = join(dirname(root), ref);
      rest = rest.slice(2);
    } else if (section === "components" && rest.length >= 3) {
      const candidate = join(dirname(root), "components", String(rest[1]), `${rest[2]}.yaml`);
      if (existsSync(candidate)) [file, rest] = [candidate, rest.slice(3)];
    } else {
      // Elsewhere (x-lifecycles): the first $ref to a file on the way down leads to it.
      let node = rootDoc;
      for (const [depth, key] of rest.entries()) {
        node = node?.[key];
        if (typeof node?.$ref === "string" && !node.$ref.startsWith("#")) {
          [file, rest] = [join(dirname(root), node.$ref), rest.slice(depth + 1)];
          break;
        }
      }
    }
    const source = read(file);
    // Walk as deep as the source file goes: the rest may continue through a $ref in another file.
    let depth = rest.length;
    let node = source && (depth ? source.doc.getIn(rest, true) : source.doc.contents);
    while (source && !node && depth > 0) node = source.doc.getIn(rest.slice(0, --depth), true);
    const offset = /** @type {any} */ (node)?.range?.[0] ?? 0;
    const { line, col } = source ? source.lineCounter.linePos(offset) : { line: 1, col: 1 };
    return { file: relative(process.cwd(), file), line, column: col, pointer: `#/${rest.slice(0, depth).map(escapePointer).join("/")}` };
  };
}
