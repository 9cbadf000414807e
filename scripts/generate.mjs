#!/usr/bin/env node
// npm run generate: the bundled spec → generated/ (types, examples, pii, webhooks; see generated/README.md).
import { run } from "./lib/core/cli.mjs";
import { bundleOrThrow } from "./lib/spec/bundle.mjs";
import { writeOutputs } from "./lib/core/outputs.mjs";
import { GENERATED_DIR, renderGenerated } from "./lib/build/steps/generate.mjs";
import { inSpecTerms } from "./lib/spec/locations.mjs";

const usage = `usage: npm run generate
  Bundles the spec in memory and rewrites ${GENERATED_DIR}/ (deterministic: sorted keys). Commit the result.`;

run(import.meta.url, { name: "generate", usage }, async () => {
  const { doc } = await bundleOrThrow();
  const files = await inSpecTerms("generate", () => renderGenerated(doc));
  const changed = writeOutputs(files, { replace: [GENERATED_DIR] });
  console.log(`generate: ${Object.keys(files).length} files in ${GENERATED_DIR}/, ${changed.length} changed`);
});
