// The build's steps as functions over one parsed spec, shared by the one-process build
// (scripts/build.mjs) and the watch mode (scripts/dev.mjs). Redocly's lint and bundle run through
// @redocly/openapi-core with one resolver, so each spec file is read and parsed once per run.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Worker } from "node:worker_threads";
import { BaseResolver, bundle, formatProblems, getTotals, lint, loadConfig, stringifyYaml } from "@redocly/openapi-core";
import { render, writeFiles } from "../generate.mjs";
import { isFailing, lintStyleText, loadStyleRuleset } from "../lint-style.mjs";

export const SPEC_ROOT = "spec/openapi.yaml";
const execFileAsync = promisify(execFile);

/** Loads what every run reuses: the Redocly config and the Spectral ruleset. */
export async function createPipeline() {
  const [config, ruleset] = await Promise.all([loadConfig({ configPath: "redocly.yaml" }), loadStyleRuleset()]);
  return { config, ruleset };
}

/** Bundles the split spec; `problems` holds what stopped it (a file that does not parse or resolve). */
export async function bundleSpec({ config }, resolver = new BaseResolver(config.resolve)) {
  const result = await bundle({ ref: SPEC_ROOT, config, externalRefResolver: resolver });
  // A file that does not parse is reported once per $ref to it: keep one report per place.
  const places = new Set();
  const problems = result.problems.filter((problem) => {
    const place = `${problem.message}|${problem.location?.[0]?.source?.absoluteRef}|${problem.location?.[0]?.pointer}`;
    return problem.severity === "error" && !places.has(place) && places.add(place);
  });
  // The same serialisation as `redocly bundle` (checked byte for byte by test/build).
  const yaml = stringifyYaml(result.bundle.parsed, { noRefs: true, lineWidth: -1 });
  return { problems, totals: getTotals(problems), yaml, doc: result.bundle.parsed };
}

/** Redocly lint of the split spec. A resolver may be shared with a later bundleSpec, not an earlier one (bundling rewrites what it resolved). */
export async function lintSpec({ config }, resolver = new BaseResolver(config.resolve)) {
  const problems = await lint({ ref: SPEC_ROOT, config, externalRefResolver: resolver });
  return { problems, totals: getTotals(problems) };
}

/** Redocly lint and bundle of the split spec, sharing one resolver, so each file is parsed once. */
export async function lintAndBundle(pipeline) {
  const resolver = new BaseResolver(pipeline.config.resolve);
  const { problems, totals } = await lintSpec(pipeline, resolver);
  const bundled = await bundleSpec(pipeline, resolver);
  return { problems, totals, yaml: bundled.yaml, doc: bundled.doc };
}

/** Prints Redocly's problems the way `redocly lint --format=codeframe` does. */
export function printRedoclyProblems(problems, totals) {
  if (problems.length > 0) formatProblems(problems, { format: "codeframe", totals, version: "openapi-core" });
}

export async function styleFindings({ ruleset }, yaml) {
  const findings = await lintStyleText(ruleset, yaml);
  return { findings, failing: findings.filter(isFailing) };
}

/**
 * Compiles the library (tsconfig.build.json) in a worker thread, with `files` ({ path: text })
 * served from memory. Resolves to { outputs: { path: text }, outDir, diagnostics }; writes nothing.
 */
export function compileLibrary(files, { project = "tsconfig.build.json", signal } = {}) {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(new URL("./compile-worker.mjs", import.meta.url), { workerData: { project, files } });
    signal?.addEventListener("abort", () => worker.terminate().then(() => reject(signal.reason)), { once: true });
    worker.once("message", resolvePromise);
    worker.once("error", reject);
  });
}

/** Replaces outDir with the compiler's outputs. */
export function writeLibrary({ outputs, outDir }) {
  rmSync(outDir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(outputs)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

const GENERATED = "generated";

/** Renders generated/ in memory: { "generated/<name>": text }, the paths the compiler sees. */
export async function renderGenerated(doc) {
  const files = await render(doc);
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${GENERATED}/${name}`, text]));
}

export function writeGenerated(files) {
  writeFiles(GENERATED, Object.fromEntries(Object.entries(files).map(([path, text]) => [basename(path), text])));
}

const redoclyCli = fileURLToPath(import.meta.resolve("@redocly/cli/bin/cli.js"));
const quietEnv = { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", REDOCLY_TELEMETRY: "off" };
const withoutNotice = (text) => text.replace(/^.*(╔|║|╚).*\n/gm, "").trim();

/**
 * dist/openapi.yaml → dist/docs/index.html with `redocly build-docs --inlineBundle` (Redoc inlined,
 * so the page renders offline). build-docs has no Node API in the published packages, so this is
 * the build's one child process; it runs while the other steps go on. The page is written to a
 * temporary file; the returned `publish()` moves it into place and `discard()` drops it, so the page
 * is never half-written. `signal` stops the child.
 */
export async function buildDocs({ bundleFile = "dist/openapi.yaml", docsFile = "dist/docs/index.html", signal } = {}) {
  mkdirSync(dirname(docsFile), { recursive: true });
  const tmp = mkdtempSync(join(dirname(docsFile), ".build-"));
  const tmpFile = join(tmp, "index.html");
  const discard = () => rmSync(tmp, { recursive: true, force: true });
  try {
    await execFileAsync(process.execPath, [redoclyCli, "build-docs", bundleFile, "--inlineBundle", "--output", tmpFile], { env: quietEnv, signal });
  } catch (error) {
    discard();
    if (signal?.aborted) throw signal.reason;
    throw new Error(`redocly build-docs failed for ${bundleFile}:\n${withoutNotice(`${error.stdout ?? ""}${error.stderr ?? ""}`)}`);
  }
  return {
    publish() {
      renameSync(tmpFile, docsFile);
      discard();
    },
    discard,
  };
}
