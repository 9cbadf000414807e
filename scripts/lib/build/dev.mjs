// The watch mode (npm run dev): on each save under spec/, the fast path first (bundle → generated/,
// the mock's copy of the spec), then the lint (Redocly and Spectral) in a worker thread, so a slow
// lint never delays the next save's types. Only a save that lints updates dist/ (bundle, docs).
// Each save is reported in one block, when its lint is done (or at once when it does not bundle).
import { Worker } from "node:worker_threads";
import { bundleFiles, bundleSpec, snapshotBundle } from "../spec/bundle.mjs";
import { startDocsServer } from "./docs-server.mjs";
import { writeOutputs } from "../core/outputs.mjs";
import { startPrism } from "../core/prism.mjs";
import { formatProblem, isFailing, ProblemsError, summary } from "../core/problems.mjs";
import { inSpecTerms } from "../spec/locations.mjs";
import { renderDocs } from "./steps/docs.mjs";
import { GENERATED_DIR, renderGenerated } from "./steps/generate.mjs";
import { watchFolder } from "./watch.mjs";

/** @typedef {import("../core/problems.mjs").Problem} Problem */

const ms = (/** @type {number} */ started) => Math.round(performance.now() - started);

/**
 * Lints in a worker thread, one request at a time: `lint(yaml)` resolves with the problems, or with
 * undefined when a newer request replaced it before its turn (that one is never run).
 */
function startLinter() {
  const worker = new Worker(new URL("./lint-worker.mjs", import.meta.url));
  const ready = new Promise((resolve) => worker.once("message", resolve));
  /** @type {((problems: Problem[] | undefined) => void) | undefined} */
  let running;
  /** @type {{ yaml: string, resolve: (problems: Problem[] | undefined) => void } | undefined} */
  let next;
  const send = (/** @type {{ yaml: string, resolve: (problems: Problem[] | undefined) => void }} */ { yaml, resolve }) => {
    running = resolve;
    worker.postMessage({ yaml });
  };
  // A worker that dies answers the request it had with that, and every later one too.
  /** @type {Problem[] | undefined} */
  let dead;
  worker.on("error", (error) => {
    const problems = (dead = [{ severity: /** @type {const} */ ("error"), message: `the lint worker stopped: ${error.message}. Fix: restart npm run dev` }]);
    running?.(problems);
    running = undefined;
    next?.resolve(problems);
    next = undefined;
  });
  worker.on("message", (/** @type {{ problems?: Problem[] }} */ message) => {
    if (!running || !message.problems) return; // the ready message
    running(message.problems);
    running = undefined;
    if (next) {
      const queued = next;
      next = undefined;
      send(queued);
    }
  });
  return {
    ready,
    /** @param {string} yaml @returns {Promise<Problem[] | undefined>} */
    lint: (yaml) =>
      new Promise((resolve) => {
        if (dead) return resolve(dead);
        if (!running) return send({ yaml, resolve });
        next?.resolve(undefined);
        next = { yaml, resolve };
      }),
    stop: () => worker.terminate(),
  };
}

/** One block of output for one save. @param {Problem[]} problems @param {string} last */
const block = (problems, last) => console.log([...problems.map(formatProblem), last].join("\n"));

/**
 * Starts the watch mode; resolves once it watches, with `stop()`, which ends every child (the
 * lint worker, Prism, the docs server).
 * @param {{ port: number, docsPort: number, mock: boolean, docs: boolean, watchDir?: string }} options
 */
export async function startDev({ port, docsPort, mock, docs, watchDir = "spec" }) {
  /** @type {(() => unknown)[]} */
  const stops = [];
  const stop = async () => {
    await Promise.allSettled(
      stops
        .splice(0)
        .reverse()
        .map((s) => s()),
    );
  };
  try {
    const linter = startLinter();
    stops.push(() => linter.stop());
    await linter.ready;
    const docsServer = docs ? await startDocsServer({ port: docsPort }) : undefined;
    if (docsServer) stops.push(() => docsServer.stop());
    // The mock serves its own copy of the bundle, updated on the fast path; it starts with the
    // first save that bundles.
    const mockSpec = mock ? snapshotBundle("") : undefined;
    if (mockSpec) stops.push(mockSpec.cleanup);
    /** @type {Promise<unknown> | undefined} */
    let prism;
    const updateMock = async (/** @type {string} */ json) => {
      if (!mockSpec) return;
      writeOutputs({ [mockSpec.file]: json });
      prism ??= startPrism({ mode: "mock", spec: mockSpec.file, port, timeoutMs: 120_000 }).then((started) =>
        console.log(`mock: ${started.url} (reloads on each save)`),
      );
      await prism;
    };

    /** The fast path, then the lint; resolves when the fast path is done. */
    const pass = async () => {
      const started = performance.now();
      const bundled = await bundleSpec();
      if (bundled.problems.length) return block(bundled.problems, `✖ the spec does not bundle: kept the last good outputs (${ms(started)} ms)`);
      const { doc, yaml, json } = /** @type {{ doc: any, yaml: string, json: string }} */ (bundled);
      let generated;
      try {
        generated = await inSpecTerms("generate", () => renderGenerated(doc));
      } catch (error) {
        if (error instanceof ProblemsError)
          return block(error.problems, `✖ generated/ cannot be made from this spec: kept the last good outputs (${ms(started)} ms)`);
        throw error;
      }
      writeOutputs(generated, { replace: [GENERATED_DIR] });
      const typesMs = ms(started);
      await updateMock(json);
      void linter
        .lint(yaml)
        .then(async (problems) => {
          if (!problems) return; // a newer save is being linted: its block reports
          const failing = problems.filter(isFailing);
          if (failing.length) {
            return block(
              problems,
              `✖ ${failing.length} problem(s) (${summary(problems)}): generated/ was regenerated before the lint (types in ${typesMs} ms); dist/ and the docs keep the last good build (linted in ${ms(started)} ms)`,
            );
          }
          writeOutputs(bundleFiles({ yaml, json }));
          block(problems, `✓ all good: types in ${typesMs} ms, linted in ${ms(started)} ms`);
          if (docsServer) {
            try {
              writeOutputs(await renderDocs(yaml));
              docsServer.reload();
            } catch (error) {
              console.log(`✖ docs: ${error instanceof Error ? error.message : error}`);
              docsServer.buildFailed(String(error));
            }
          }
        })
        .catch((error) => console.log(`✖ ${error instanceof Error ? error.message : error}`));
    };

    await pass();
    if (mockSpec && !prism) console.log("mock: starts with the first save that bundles");
    if (docsServer) console.log(`docs: ${docsServer.url}`);
    const watcher = await watchFolder(watchDir, pass);
    stops.push(() => watcher.close());
    console.log(`dev: watching ${watchDir}/ (Ctrl-C to stop)`);
    return { stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
