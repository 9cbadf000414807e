#!/usr/bin/env node
// npm run spec-hash: records the bundle's sha256 in package.json ("specHash"); --check only compares.
import { readFileSync } from "node:fs";
import { parseOptions } from "./lib/core/usage.mjs";
import { run } from "./lib/core/cli.mjs";
import { bundleOrThrow } from "./lib/spec/bundle.mjs";
import { writeOutputs } from "./lib/core/outputs.mjs";
import { PACKAGE_JSON, recordedHash, specHash, withSpecHash } from "./lib/build/steps/hash.mjs";

const usage = `usage: npm run spec-hash [-- --check]
  Bundles the spec in memory and writes "specHash": "sha256:…" of its JSON into ${PACKAGE_JSON}.
  --check   only compare; exit 1 when ${PACKAGE_JSON}'s hash is not the spec's`;

run(import.meta.url, { name: "spec-hash", usage }, async (argv) => {
  const { values } = parseOptions(argv, { check: { type: "boolean" } });
  const hash = specHash((await bundleOrThrow()).json);
  const text = readFileSync(PACKAGE_JSON, "utf8");
  if (values.check) {
    const recorded = recordedHash(text);
    if (recorded === hash) return console.log(`spec-hash: ${PACKAGE_JSON} matches the spec (${hash})`);
    console.error(
      `spec-hash: ${PACKAGE_JSON} "specHash" is ${recorded ?? "missing"}, the spec's is ${hash}. Fix: npm run spec-hash (or npm run build), then commit ${PACKAGE_JSON}`,
    );
    return 1;
  }
  const changed = writeOutputs({ [PACKAGE_JSON]: withSpecHash(text, hash) }).length > 0;
  console.log(`spec-hash: ${changed ? "recorded" : "unchanged"} ${hash} in ${PACKAGE_JSON}`);
});
