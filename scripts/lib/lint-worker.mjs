// The watch mode's linter, in a worker thread so that a long lint never delays fresh types on the
// main thread. Each message { yaml } gets back { report, problems }: Redocly on the split
// spec and Spectral on the bundle, formatted as `npm run lint` prints them.
import { parentPort } from "node:worker_threads";
import { formatProblems } from "@redocly/openapi-core";
import { formatFinding } from "../lint-style.mjs";
import { createPipeline, lintSpec, styleFindings } from "./pipeline.mjs";

const pipeline = await createPipeline();

/** formatProblems prints through console.log; capture it instead of interleaving with the main thread. */
function captureRedocly(problems, totals) {
  const lines = [];
  const log = console.log;
  const error = console.error;
  console.log = console.error = (...args) => lines.push(args.join(" "));
  try {
    if (problems.length > 0) formatProblems(problems, { format: "codeframe", totals, version: "openapi-core" });
  } finally {
    console.log = log;
    console.error = error;
  }
  return lines;
}

parentPort.on("message", async ({ yaml }) => {
  try {
    const { problems, totals } = await lintSpec(pipeline);
    const { findings, failing } = await styleFindings(pipeline, yaml);
    const report = [...captureRedocly(problems, totals), ...findings.map(formatFinding)].join("\n");
    parentPort.postMessage({ report, problems: totals.errors + totals.warnings + failing.length });
  } catch (error) {
    parentPort.postMessage({ report: `✖ lint: ${error.message}`, problems: 1 });
  }
});
parentPort.postMessage({ ready: true });
