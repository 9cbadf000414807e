// The one bundle of the split spec, in process, on @redocly/openapi-core (the engine `lint:spec`
// lints with), and the one loader of the bundled spec (dist/openapi.json). build, dev, diff,
// compat, verify, mock, the workflows and the tests all get their spec from here.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { BaseResolver, bundle, loadConfig, stringifyYaml } from "@redocly/openapi-core";
import { escapePointer } from "./oas.mjs";
import { ProblemsError, fromRedocly } from "./problems.mjs";

export const SPEC_ROOT = "spec/openapi.yaml";
export const BUNDLE_JSON = "dist/openapi.json";
export const BUNDLE_YAML = "dist/openapi.yaml";

/** @typedef {import("./problems.mjs").Problem} Problem */

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
 * Bundles the split spec: `{ problems }` when a file does not parse or a $ref does not resolve
 * (each problem once), else `{ problems: [], doc, yaml, json }` with internal refs only. The YAML is
 * serialised as `redocly bundle` writes it.
 * @param {{ root?: string, dir?: string, resolver?: any }} [options]
 * @returns {Promise<{ problems: Problem[], doc?: any, yaml?: string, json?: string }>}
 */
export async function bundleSpec({ dir = process.cwd(), root = SPEC_ROOT, resolver } = {}) {
  const ref = resolve(dir, root);
  if (!existsSync(ref)) return { problems: [{ severity: "error", message: `${root} does not exist`, file: relative(process.cwd(), ref), fix: "run the command from the project folder" }] };
  const config = await redoclyConfig(dir);
  const result = await bundle({ ref, config, externalRefResolver: resolver ?? new BaseResolver(config.resolve) });
  const problems = fromRedocly(result.problems.filter((/** @type {any} */ p) => p.severity === "error"));
  const doc = result.bundle.parsed;
  if (!problems.length) {
    for (const pointer of externalRefs(doc)) problems.push({ severity: "error", message: `the bundle still has an external $ref at ${pointer}`, fix: "point the $ref at an existing file under spec/ (paths are relative to the referring file)" });
  }
  if (problems.length) return { problems };
  return { problems, doc, yaml: stringifyYaml(doc, { noRefs: true, lineWidth: -1 }), json: `${JSON.stringify(doc, null, 2)}\n` };
}

/** "pointer → ref" of every $ref that does not point inside the document. @param {unknown} node @returns {string[]} */
function externalRefs(node, pointer = "") {
  if (Array.isArray(node)) return node.flatMap((item, i) => externalRefs(item, `${pointer}/${i}`));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "$ref" && typeof value === "string" && !value.startsWith("#") ? [`${pointer}/$ref → ${value}`] : externalRefs(value, `${pointer}/${escapePointer(key)}`),
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
