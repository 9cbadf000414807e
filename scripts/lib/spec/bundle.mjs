// The one bundle of the split spec, in process, on @redocly/openapi-core (the engine `lint:spec`
// lints with), and the one loader of the bundled spec (dist/openapi.json). build, dev, diff,
// compat, verify, mock, the workflows and the tests all get their spec from here. Redocly's
// problems (of the bundle and of the lint) become ours here, with their file and line.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { BaseResolver, bundle, getLineColLocation, loadConfig, stringifyYaml } from "@redocly/openapi-core";
import { ProblemsError, dedupe } from "../core/problems.mjs";
import { escapePointer } from "./oas.mjs";

export const SPEC_ROOT = "spec/openapi.yaml";
export const BUNDLE_JSON = "dist/openapi.json";
export const BUNDLE_YAML = "dist/openapi.yaml";

/** @typedef {import("../core/problems.mjs").Problem} Problem */

const PARSE_FAILED = /^Failed to parse: (.*?) in "([^"]+)" \((\d+):(\d+)\)$/s;
const CANNOT_RESOLVE = /^Can't resolve \$ref: ?(.*)$/s;

/** @param {string} file */
const rel = (file) => relative(process.cwd(), file);

/** @type {Map<string, Promise<any>>} */
const configs = new Map();

/** The Redocly config of a project folder (its redocly.yaml), loaded once per process. @param {string} [dir] */
export function redoclyConfig(dir = process.cwd()) {
  const configPath = resolve(dir, "redocly.yaml");
  let config = configs.get(configPath);
  if (!config) {
    config = loadConfig(existsSync(configPath) ? { configPath } : {});
    configs.set(configPath, config);
  }
  return config;
}

/**
 * Redocly's problems (bundle or lint) in our shape. A file that does not parse is reported once, as
 * such, and alone (not again as every unresolved $ref to it, nor as the rules that then fail).
 * @param {any[]} problems @returns {Problem[]}
 */
export function fromRedocly(problems) {
  /** @type {Problem[]} */
  const result = [];
  for (const problem of problems) {
    const parse = PARSE_FAILED.exec(problem.message);
    if (parse) {
      const [, reason = "", file = "", line, column] = parse;
      result.push({
        severity: "error",
        message: `not valid YAML: ${reason}`,
        file: rel(file),
        line: Number(line),
        column: Number(column),
        fix: "correct the YAML at that line (indentation, a missing colon, an unclosed bracket or quote)",
      });
    }
  }
  // A file that does not parse is read partly, and the rules then fail on what is missing (its
  // examples against its broken schema, …): report the parse errors alone, to fix first.
  if (result.length) return dedupe(result);
  for (const problem of problems) {
    const location = problem.location?.[0];
    /** @type {Problem} */
    const found = { severity: problem.severity === "warn" ? "warning" : problem.severity === "error" ? "error" : "info", message: problem.message };
    const unresolved = CANNOT_RESOLVE.exec(problem.message)?.[1];
    if (unresolved !== undefined) {
      found.message = `$ref does not resolve: ${unresolved.replace(/^ENOENT: no such file or directory, open /, "no such file ")}`;
      found.fix = "point the $ref at an existing file (paths are relative to the file the $ref is in)";
    } else if (problem.ruleId) {
      found.rule = problem.ruleId;
      if (problem.suggest?.length) found.fix = `did you mean ${problem.suggest.map((/** @type {string} */ s) => `\`${s}\``).join(" or ")}?`;
    }
    if (location?.source?.absoluteRef) {
      found.file = rel(location.source.absoluteRef);
      if (location.pointer) found.pointer = location.pointer;
      try {
        const { start } = getLineColLocation(location);
        [found.line, found.column] = [start.line, start.col];
      } catch {
        // no line map for this source; the pointer says where
      }
    }
    result.push(found);
  }
  return dedupe(result);
}

/**
 * Bundles the split spec: `{ problems }` when a file does not parse or a $ref does not resolve
 * (each problem once), else `{ problems: [], doc, yaml, json }` with internal refs only. The YAML is
 * serialised as `redocly bundle` writes it.
 * @param {{ root?: string, dir?: string, resolver?: any }} [options]
 * @returns {Promise<{ problems: Problem[], doc?: any, yaml?: string, json?: string }>}
 */
export async function bundleSpec({ dir = process.cwd(), root = SPEC_ROOT, resolver } = {}) {
  const ref = resolve(dir, root);
  if (!existsSync(ref))
    return {
      problems: [{ severity: "error", message: `${root} does not exist`, file: relative(process.cwd(), ref), fix: "run the command from the project folder" }],
    };
  const config = await redoclyConfig(dir);
  const result = await bundle({ ref, config, externalRefResolver: resolver ?? new BaseResolver(config.resolve) });
  const problems = fromRedocly(result.problems.filter((/** @type {any} */ p) => p.severity === "error"));
  const doc = result.bundle.parsed;
  if (!problems.length) {
    for (const pointer of externalRefs(doc))
      problems.push({
        severity: "error",
        message: `the bundle still has an external $ref at ${pointer}`,
        fix: "point the $ref at an existing file under spec/ (paths are relative to the referring file)",
      });
  }
  if (problems.length) return { problems };
  return { problems, doc, yaml: stringifyYaml(doc, { noRefs: true, lineWidth: -1 }), json: `${JSON.stringify(doc, null, 2)}\n` };
}

/** "pointer → ref" of every $ref that does not point inside the document. @param {unknown} node @returns {string[]} */
function externalRefs(node, pointer = "") {
  if (Array.isArray(node)) return node.flatMap((item, i) => externalRefs(item, `${pointer}/${i}`));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "$ref" && typeof value === "string" && !value.startsWith("#")
      ? [`${pointer}/$ref → ${value}`]
      : externalRefs(value, `${pointer}/${escapePointer(key)}`),
  );
}

/** The bundled outputs of a bundle, keyed by path under `dir`. @param {{ yaml: string, json: string }} bundled */
export const bundleFiles = ({ yaml, json }, dir = "dist") => ({ [join(dir, "openapi.yaml")]: yaml, [join(dir, "openapi.json")]: json });

/**
 * The bundled spec as written by `npm run build` / `npm run bundle`.
 * @param {string} [file] @returns {import("./oas.mjs").Doc}
 */
export function loadBundle(file = BUNDLE_JSON) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run bundle\` (or \`npm run build\`) first`);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${/** @type {Error} */ (error).message}): run \`npm run bundle\` again`);
  }
}

/**
 * Bundles and throws a ProblemsError on a problem: for commands that only need the document.
 * @param {{ root?: string, dir?: string }} [options]
 * @returns {Promise<{ problems: Problem[], doc: any, yaml: string, json: string }>}
 */
export async function bundleOrThrow(options = {}) {
  const bundled = await bundleSpec(options);
  if (bundled.problems.length) throw new ProblemsError("the spec does not bundle", bundled.problems);
  return /** @type {any} */ (bundled);
}

/**
 * Writes a bundle's JSON to a fresh temporary folder, for a child process (Prism, Respect) to
 * read: Prism restarts when the file it serves changes, so a private copy keeps one run on one spec.
 * @param {string} json @returns {{ file: string, dir: string, cleanup: () => void }}
 */
export function snapshotBundle(json) {
  const dir = mkdtempSync(join(tmpdir(), "solaris-kyc-spec-"));
  const file = join(dir, "openapi.json");
  writeFileSync(file, json);
  return { file, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
