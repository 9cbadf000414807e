#!/usr/bin/env node
// npm run bundle: spec/openapi.yaml → dist/openapi.yaml and dist/openapi.json (both or neither).
import { run } from "./lib/core/cli.mjs";
import { BUNDLE_JSON, BUNDLE_YAML, bundleFiles, bundleOrThrow } from "./lib/spec/bundle.mjs";
import { writeOutputs } from "./lib/core/outputs.mjs";

const usage = `usage: npm run bundle
  Bundles the split spec (spec/openapi.yaml) into ${BUNDLE_YAML} and ${BUNDLE_JSON}, with internal $refs
  only; on a problem both files stay as they were.`;

run(import.meta.url, { name: "bundle", usage }, async () => {
  writeOutputs(bundleFiles(await bundleOrThrow()));
  console.log(`bundled spec/openapi.yaml → ${BUNDLE_YAML}, ${BUNDLE_JSON}`);
});
