#!/usr/bin/env node
// npm run docs:build: the bundled spec → dist/docs/index.html (Redocly build-docs, Redoc inlined).
import { statSync } from "node:fs";
import { run } from "./lib/core/cli.mjs";
import { bundleOrThrow } from "./lib/spec/bundle.mjs";
import { writeOutputs } from "./lib/core/outputs.mjs";
import { DOCS_FILE, renderDocs } from "./lib/build/steps/docs.mjs";

const usage = `usage: npm run docs:build
  Bundles the spec in memory and writes ${DOCS_FILE}: one self-contained page (Redoc inlined, no
  network needed). The page is written whole or not at all.`;

run(import.meta.url, { name: "docs:build", usage }, async () => {
  writeOutputs(await renderDocs((await bundleOrThrow()).yaml));
  console.log(`built ${DOCS_FILE} (${Math.round(statSync(DOCS_FILE).size / 1024)} KiB, Redoc inlined)`);
});
