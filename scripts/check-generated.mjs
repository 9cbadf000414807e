#!/usr/bin/env node
// npm run check:generated: fails, naming each file, when generated/ differs from what the spec produces.
import { run } from "./lib/core/cli.mjs";
import { bundleOrThrow } from "./lib/spec/bundle.mjs";
import { compareOutputs } from "./lib/core/outputs.mjs";
import { GENERATED_DIR, renderGenerated } from "./lib/build/steps/generate.mjs";
import { inSpecTerms } from "./lib/spec/locations.mjs";

const usage = `usage: npm run check:generated
  Renders ${GENERATED_DIR}/ in memory from the spec and compares it with the files on disk; writes nothing.`;

run(import.meta.url, { name: "check:generated", usage }, async () => {
  const { doc } = await bundleOrThrow();
  const files = await inSpecTerms("generate", () => renderGenerated(doc));
  const differences = compareOutputs(files, [GENERATED_DIR]);
  if (differences.length) {
    console.error(
      `check:generated: ${GENERATED_DIR}/ is out of date:\n${differences.map((d) => `  ${d.path}: ${d.problem}`).join("\n")}\nFix: npm run generate, then commit ${GENERATED_DIR}/.`,
    );
    return 1;
  }
  console.log(`check:generated: ${GENERATED_DIR}/ matches the spec (${Object.keys(files).length} files)`);
});
