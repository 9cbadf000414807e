// A spec with changes written in the test beside what they must cause: the house-rule, diff and
// compat tests each start from one valid spec and set, delete or rename single nodes of it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";

export type JsonPath = (string | number)[];
export type Change = { set: unknown } | { delete: true } | { rename: string };
export type Edit = [JsonPath, Change];
type Node = Record<string | number, unknown>;

/** Deep-clones `doc` and sets, deletes or renames the one node at `path`. */
export function mutate<T>(doc: T, path: JsonPath, change: Change): T {
  const clone = structuredClone(doc);
  const key = path[path.length - 1];
  if (key === undefined) throw new Error("empty path");
  const parent = path.slice(0, -1).reduce<Node>((node, segment) => {
    const next = node[segment];
    if (typeof next !== "object" || next === null) throw new Error(`no node at ${path.join(".")}`);
    return next as Node;
  }, clone as Node);
  if ("set" in change) {
    parent[key] = change.set; // may add a new key
    return clone;
  }
  if (!(key in parent)) throw new Error(`no node at ${path.join(".")}`);
  if ("delete" in change) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    // Rebuild the object so the renamed key keeps its position.
    const entries = Object.entries(parent).map(([k, v]) => [k === String(key) ? change.rename : k, v] as const);
    for (const k of Object.keys(parent)) delete parent[k];
    Object.assign(parent, Object.fromEntries(entries));
  }
  return clone;
}

/** `doc` with every edit applied in order. */
export const withEdits = <T>(doc: T, edits: readonly Edit[]): T => edits.reduce((d, [path, change]) => mutate(d, path, change), doc);

/** A temporary folder to write specs into as YAML files (for the libraries and commands that read files). */
export function specFolder(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let written = 0;
  return {
    dir,
    /** Writes `doc` to a new file in the folder and returns its path. */
    write(doc: unknown, name = `spec-${++written}`): string {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, stringify(doc));
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
