// npm run build, in one Node process: Redocly lint and bundle, Spectral, generated/, the library
// (tsc, in a worker thread) and the docs (the one child process), reading the spec once; prints
// each step and its time. After the bundle, Spectral, tsc and the docs run side by side; generated/,
// dist/lib/ and dist/docs/ are written only when every step passed, so a failing build leaves them
// as they were; then the bundle's hash goes into package.json ("specHash"). Its outputs are
// byte-identical to the CLI chain's (test/build).
import { buildDocs, compileLibrary, createPipeline, lintAndBundle, printRedoclyProblems, renderGenerated, styleFindings, writeGenerated, writeLibrary } from "./lib/pipeline.mjs";
import { writeBundle } from "./bundle.mjs";
import { formatFinding } from "./lint-style.mjs";
import { bundleHash, record } from "./spec-hash.mjs";

const since = (started) => `${Math.round(performance.now() - started)}`.padStart(5);
const report = (name, started) => console.log(`✓ ${name.padEnd(32)} ${since(started)} ms`);

async function timed(name, run) {
  const started = performance.now();
  const result = await run();
  report(name, started);
  return result;
}

export async function build() {
  const started = performance.now();
  const pipeline = await timed("load Redocly config, Spectral rules", createPipeline);
  const { problems, totals, yaml, doc } = await timed("lint:spec (Redocly) + bundle", () => lintAndBundle(pipeline));
  printRedoclyProblems(problems, totals);
  if (totals.errors > 0) throw new Error(`lint:spec: ${totals.errors} error(s) in the spec`);
  await timed("bundle → dist/openapi.{yaml,json}", () => writeBundle(yaml, doc));

  const generated = await timed("generate (in memory)", () => renderGenerated(doc));
  const stop = new AbortController();
  const sideBySide = performance.now();
  const library = compileLibrary(generated, { signal: stop.signal }).then((result) => (report("build:lib (tsc, worker)", sideBySide), result));
  const docs = buildDocs({ signal: stop.signal }).then((result) => (report("docs:build (redocly child)", sideBySide), result));
  try {
    const { findings, failing } = await timed("lint:style (Spectral)", () => styleFindings(pipeline, yaml));
    for (const finding of findings) console.log(formatFinding(finding));
    if (failing.length > 0) throw new Error(`lint:style: ${failing.length} problem(s) (errors and warnings fail the lint)`);
    const compiled = await library;
    if (compiled.diagnostics) throw new Error(`build:lib:\n${compiled.diagnostics}`);
    const page = await docs;
    await timed("write generated/, dist/lib/, dist/docs/", () => {
      writeGenerated(generated);
      writeLibrary(compiled);
      page.publish();
      record(bundleHash());
    });
  } catch (error) {
    stop.abort(new Error("build stopped"));
    await Promise.allSettled([library, docs.then((page) => page.discard())]);
    throw error;
  }
  console.log(`build: done in ${Math.round(performance.now() - started)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  build().catch((error) => {
    console.error(`\n✖ build: ${error.message}`);
    process.exit(1);
  });
}
