#!/usr/bin/env node
// npm run build: lint, bundle, generate, library, docs and spec hash in one process; writes the
// outputs only when every step passed (scripts/lib/build/pipeline.mjs).
import { run } from "./lib/core/cli.mjs";
import { build } from "./lib/build/pipeline.mjs";
import { ProblemsError, formatReport } from "./lib/core/problems.mjs";

const usage = `usage: npm run build
  Lints the spec (Redocly, Spectral), bundles it, generates generated/, compiles dist/lib, builds
  dist/docs and records package.json's specHash, in one process. Writes nothing unless every step
  passed.`;

run(import.meta.url, { name: "build", usage }, async () => {
  try {
    await build();
    return 0;
  } catch (error) {
    if (!(error instanceof ProblemsError)) throw error;
    console.log(formatReport(error.problems));
    console.error(`build: stopped at ${error.what}; nothing was written (dist/, generated/ and package.json are as they were)`);
    return 1;
  }
});
