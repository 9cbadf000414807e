// The one writer of outputs (dist/, generated/, package.json): steps return files in memory, and
// they are written all together or not at all. Every file is first written beside its target
// under a temporary name; only when all are staged are they renamed into place. A file that starts
// with a shebang (the package's bin) is written executable: `npm exec` from a checkout runs it as
// it is on disk, and npm makes it executable only when it first links the package.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/** Every file under `dir`, as paths relative to the working directory. @param {string} dir @returns {string[]} */
export function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(process.cwd(), join(entry.parentPath ?? /** @type {any} */ (entry).path, entry.name)));
}

const EXECUTABLE = 0o755;
/** @param {string} text */
const isScript = (text) => text.startsWith("#!");

/**
 * Writes `files` (path → text) all at once. Files under a folder of `replace` that are not in
 * `files` are removed afterwards (a stale compiled file, a generated file no longer produced).
 * @param {Record<string, string>} files @param {{ replace?: string[] }} [options]
 * @returns {string[]} the paths whose content changed
 */
export function writeOutputs(files, { replace = [] } = {}) {
  const changed = Object.keys(files).filter((path) => !existsSync(path) || readFileSync(path, "utf8") !== files[path]);
  const stale = replace.flatMap(filesUnder).filter((path) => !(path in files));
  /** @type {[string, string][]} */
  const staged = [];
  try {
    for (const path of changed) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = join(dirname(path), `.${process.pid}.${staged.length}.tmp`);
      const text = /** @type {string} */ (files[path]);
      writeFileSync(tmp, text, isScript(text) ? { mode: EXECUTABLE } : {});
      staged.push([tmp, path]);
    }
  } catch (error) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw error;
  }
  for (const [tmp, path] of staged) renameSync(tmp, path);
  for (const path of stale) rmSync(path, { force: true });
  // An unchanged script that lost its mode (a checkout, a copy) gets it back.
  for (const [path, text] of Object.entries(files)) if (isScript(text) && (statSync(path).mode & 0o111) === 0) chmodSync(path, EXECUTABLE);
  return [...changed, ...stale];
}

/**
 * How the files on disk differ from `files`: missing or different, and, under the `dirs`, files
 * that `files` does not have.
 * @param {Record<string, string>} files @param {string[]} [dirs]
 * @returns {{ path: string, problem: string }[]}
 */
export function compareOutputs(files, dirs = []) {
  const differences = [];
  for (const [path, text] of Object.entries(files)) {
    if (!existsSync(path)) differences.push({ path, problem: "missing" });
    else if (readFileSync(path, "utf8") !== text) differences.push({ path, problem: "differs from what the spec produces" });
  }
  for (const path of dirs.flatMap(filesUnder)) if (!(path in files)) differences.push({ path, problem: "not produced by the generator (a stale file?)" });
  return differences;
}
