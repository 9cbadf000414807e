// The watch mode's linter, in a worker thread so that a long lint never delays fresh types on the
// main thread. Each message { yaml } gets back { problems }: Redocly's rules on the split spec and
// Spectral on the bundle, the same steps as `npm run lint`.
import { parentPort } from "node:worker_threads";
import { dedupe } from "../core/problems.mjs";
import { lintSpec } from "./steps/lint.mjs";
import { loadStyleRuleset, styleProblems } from "./steps/style.mjs";

const port = /** @type {import("node:worker_threads").MessagePort} */ (parentPort);
const ruleset = await loadStyleRuleset();

port.on("message", async (/** @type {{ yaml: string }} */ { yaml }) => {
  try {
    port.postMessage({ problems: dedupe([...(await lintSpec()), ...(await styleProblems(ruleset, yaml))]) });
  } catch (error) {
    port.postMessage({ problems: [{ severity: "error", message: `the lint failed: ${error instanceof Error ? error.message : error}` }] });
  }
});
port.postMessage({ ready: true });
