#!/usr/bin/env node
// npm run dev: watches spec/ and, on each save, rebundles and regenerates generated/ first (the
// fast path: fresh types), then relints (Redocly and Spectral), reloads the Prism mock (it
// follows dist/openapi.yaml) and rebuilds the docs preview. Prints the problems with file and line,
// or one line saying all is well and how long it took. A save that does not parse or resolve is
// reported and the last good outputs stay in place.
// Options: --port <n> mock port (4010), --docs-port <n> docs preview port (8080), --no-mock, --no-docs.
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { watch } from "chokidar";
import { startPrism } from "./lib/prism.mjs";
import { startDocsServer } from "./lib/docs-server.mjs";
import { render, renderSchema, writeFiles } from "./generate.mjs";
import { writeBundle } from "./bundle.mjs";
import { buildDocs, bundleSpec, createPipeline, printRedoclyProblems } from "./lib/pipeline.mjs";

const ms = (started) => Math.round(performance.now() - started);

function options() {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "4010" },
      "docs-port": { type: "string", default: "8080" },
      "no-mock": { type: "boolean", default: false },
      "no-docs": { type: "boolean", default: false },
    },
  });
  for (const name of ["port", "docs-port"]) {
    const port = Number(values[name]);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--${name}: "${values[name]}" is not a port number (0-65535)`);
  }
  return { port: Number(values.port), docsPort: Number(values["docs-port"]), mock: !values["no-mock"], docs: !values["no-docs"] };
}

/**
 * Lints in a worker thread, one request at a time: `lint(yaml)` resolves with { report, problems },
 * or with undefined when a newer request replaced it before its turn (that one is never run).
 */
function startLinter() {
  const worker = new Worker(new URL("./lib/lint-worker.mjs", import.meta.url));
  const ready = new Promise((resolve) => worker.once("message", resolve));
  let running; // the resolve of the request being linted
  let next; // { yaml, resolve } waiting for the worker
  const send = ({ yaml, resolve }) => {
    running = resolve;
    worker.postMessage({ yaml });
  };
  worker.on("message", (result) => {
    if (!running) return; // the ready message
    running(result);
    running = undefined;
    if (next) {
      const queued = next;
      next = undefined;
      send(queued);
    }
  });
  return {
    ready,
    lint(yaml) {
      return new Promise((resolve) => {
        if (!running) return send({ yaml, resolve });
        next?.resolve(undefined);
        next = { yaml, resolve };
      });
    },
    stop: () => worker.terminate(),
  };
}

/** The fast path (bundle → generated/ → dist/), then the lint and docs in the background. */
async function rebuild(pipeline, linter, { docs }) {
  const started = performance.now();
  const bundled = await bundleSpec(pipeline);
  if (bundled.problems.length > 0) {
    printRedoclyProblems(bundled.problems, bundled.totals);
    console.log(`✖ the spec does not bundle: kept the last good outputs (${ms(started)} ms)`);
    return;
  }
  // The types first, the rest of generated/ right after.
  const schema = await renderSchema(bundled.doc);
  writeFiles("generated", { "schema.ts": schema });
  const typesMs = ms(started);
  writeFiles("generated", await render(bundled.doc, schema));
  writeBundle(bundled.yaml, bundled.doc);
  linter.lint(bundled.yaml).then(async (result) => {
    if (!result) return; // a newer save is being linted
    if (result.report) console.log(result.report);
    console.log(
      result.problems
        ? `✖ ${result.problems} problem(s); types regenerated in ${typesMs} ms, linted in ${ms(started)} ms`
        : `✓ all good: types in ${typesMs} ms, linted in ${ms(started)} ms`,
    );
    if (docs) {
      const page = await buildDocs();
      page.publish();
      docs.reload();
    }
  }).catch((error) => console.log(`✖ ${error.message}`));
}

async function main() {
  const opts = options();
  const pipeline = await createPipeline();
  const linter = startLinter();
  await linter.ready;
  const stops = [() => linter.stop()];
  let docs;
  if (opts.docs) {
    docs = await startDocsServer({ port: opts.docsPort });
    stops.push(() => docs.stop());
  }
  await rebuild(pipeline, linter, { docs });
  if (opts.mock) {
    const prism = await startPrism({ mode: "mock", spec: "dist/openapi.yaml", port: opts.port, timeoutMs: 120_000 });
    console.log(`mock: ${prism.url} (reloads when the spec changes)`);
    stops.push(() => prism.stop());
  }
  if (docs) console.log(`docs: ${docs.url}`);

  // Editors save in several events: wait for a quiet moment, and never run two passes at once.
  let timer;
  let running = Promise.resolve();
  let pending = false;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (pending) return;
      pending = true;
      running = running.then(() => {
        pending = false;
        return rebuild(pipeline, linter, { docs }).catch((error) => console.log(`✖ ${error.message}`));
      });
    }, 15);
  };
  // chokidar, not fs.watch: editors save by renaming a new file over the old one, which Node's
  // recursive fs.watch on Linux stops following.
  const watcher = watch("spec", { ignoreInitial: true, atomic: false }).on("all", schedule);
  await new Promise((resolve) => watcher.once("ready", resolve));
  console.log("dev: watching spec/ (Ctrl-C to stop)");
  const stop = async () => {
    await watcher.close();
    await Promise.allSettled(stops.map((s) => s()));
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error) => {
  console.error(`dev: ${error.message}`);
  process.exit(1);
});
