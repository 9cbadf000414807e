// The pipeline: spec/ → bundle → lint (Redocly on the split files, the walker, Spectral on the
// bundle) → generate → library, docs → spec hash, each step a module under steps/ that returns
// problems or files in memory. `build` writes every output at once, only when every step passed;
// `lint` writes nothing. The watch mode (dev.mjs) runs the same steps on each save.
import { BaseResolver } from "@redocly/openapi-core";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SPEC_ROOT, bundleFiles, bundleSpec, redoclyConfig } from "../spec/bundle.mjs";
import { writeOutputs } from "../core/outputs.mjs";
import { ProblemsError, dedupe, isFailing } from "../core/problems.mjs";
import { inSpecTerms } from "../spec/locations.mjs";
import { createSourceMap } from "../spec/source-map.mjs";
import { renderDocs } from "./steps/docs.mjs";
import { GENERATED_DIR, renderGenerated } from "./steps/generate.mjs";
import { PACKAGE_JSON, specHash, withSpecHash } from "./steps/hash.mjs";
import { LIBRARY_DIR, compileLibrary } from "./steps/library.mjs";
import { lintSpec, walkProblems } from "./steps/lint.mjs";
import { loadStyleRuleset, styleProblems } from "./steps/style.mjs";

/** @typedef {import("../core/problems.mjs").Problem} Problem */

/**
 * Redocly's rules (unless `rules: false`) and the bundle of the project in `dir`, sharing one
 * resolver (each spec file is read and parsed once), then the walker's checks on the bundle.
 * @param {{ rules?: boolean, dir?: string }} [options]
 * @returns {Promise<{ problems: Problem[], bundled?: { doc: any, yaml: string, json: string } }>}
 */
export async function lintAndBundle({ rules = true, dir = process.cwd() } = {}) {
  const config = await redoclyConfig(dir);
  const resolver = new BaseResolver(config.resolve);
  const linted = rules ? await lintSpec({ dir, resolver }) : [];
  const bundled = await bundleSpec({ dir, resolver });
  if (bundled.problems.length) return { problems: dedupe([...linted, ...bundled.problems]) };
  const { doc, yaml, json } = /** @type {{ doc: any, yaml: string, json: string }} */ (bundled);
  return { problems: dedupe([...linted, ...walkProblems(doc, createSourceMap(resolve(dir, SPEC_ROOT)))]), bundled: { doc, yaml, json } };
}

/**
 * `npm run lint`: Redocly's rules on the split spec (`spec`), the walker's checks, Spectral on the
 * bundle (`style`), for the project in `dir`. Writes nothing.
 * @param {{ spec?: boolean, style?: boolean, dir?: string }} [options]
 * @returns {Promise<Problem[]>}
 */
export async function lint({ spec = true, style = true, dir = process.cwd() } = {}) {
  const { problems, bundled } = await lintAndBundle({ rules: spec, dir });
  if (!bundled || !style) return problems;
  return dedupe([...problems, ...(await styleProblems(await loadStyleRuleset(resolve(dir, ".spectral.yaml")), bundled.yaml, { dir }))]);
}

/**
 * `npm run build`: every step, in order, with the library, the docs and Spectral side by side;
 * writes dist/ (bundles, docs, library), generated/ and package.json's specHash together, only
 * when every step passed. Throws ProblemsError (with the problems) or the step's error.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<{ written: string[] }>}
 */
export async function build({ log = console.log } = {}) {
  const started = performance.now();
  /** @template T @param {string} name @param {() => Promise<T> | T} work @returns {Promise<T>} */
  const timed = async (name, work) => {
    const at = performance.now();
    const result = await work();
    log(`✓ ${name.padEnd(34)} ${String(Math.round(performance.now() - at)).padStart(5)} ms`);
    return result;
  };
  // Started now, awaited later: mark them handled, so a failure that comes before its await is
  // reported by the build (at that await) rather than as an unhandled rejection.
  const ruleset = timed("load Spectral rules", () => loadStyleRuleset());
  ruleset.catch(() => {});
  const { problems, bundled } = await timed("lint:spec (Redocly) + bundle", lintAndBundle);
  const failing = problems.filter(isFailing);
  if (failing.length || !bundled) throw new ProblemsError("lint:spec", problems);
  const generated = await timed("generate (in memory)", () => inSpecTerms("generate", () => renderGenerated(bundled.doc)));

  const stop = new AbortController();
  const library = timed("build:lib (tsc, worker)", () => compileLibrary(generated, { signal: stop.signal }));
  const docs = timed("docs:build (redocly child)", () => renderDocs(bundled.yaml, { signal: stop.signal }));
  library.catch(() => {});
  docs.catch(() => {});
  try {
    const style = await timed("lint:style (Spectral)", async () => styleProblems(await ruleset, bundled.yaml));
    if (style.some(isFailing)) throw new ProblemsError("lint:style", style);
    const files = {
      ...bundleFiles(bundled),
      ...generated,
      ...(await library),
      ...(await docs),
      [PACKAGE_JSON]: withSpecHash(readFileSync(PACKAGE_JSON, "utf8"), specHash(bundled.json)),
    };
    const written = await timed("write dist/, generated/, package.json", () => writeOutputs(files, { replace: [GENERATED_DIR, LIBRARY_DIR] }));
    log(`build: done in ${Math.round(performance.now() - started)} ms (${written.length} file(s) changed)`);
    return { written };
  } catch (error) {
    stop.abort(new Error("build stopped"));
    await Promise.allSettled([library, docs]);
    throw error;
  }
}
