#!/usr/bin/env node
// npm run build:lib: src/ and generated/ → dist/lib (JS and .d.ts), with tsc -p tsconfig.build.json.
import { run } from "./lib/core/cli.mjs";
import { writeOutputs } from "./lib/core/outputs.mjs";
import { LIBRARY_DIR, compileLibrary } from "./lib/build/steps/library.mjs";

const usage = `usage: npm run build:lib
  Compiles the library (tsconfig.build.json: src/ and generated/ as they are on disk) into
  ${LIBRARY_DIR}/. Only changed files are rewritten, each whole (a process reading ${LIBRARY_DIR}
  meanwhile never sees a half-written or missing file); files no longer emitted are removed.`;

run(import.meta.url, { name: "build:lib", usage }, async () => {
  const files = await compileLibrary({});
  const changed = writeOutputs(files, { replace: [LIBRARY_DIR] });
  console.log(`build:lib: ${Object.keys(files).length} files in ${LIBRARY_DIR}/, ${changed.length} changed`);
});
