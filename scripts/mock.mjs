#!/usr/bin/env node
// npm run mock: bundles the spec into dist/ and serves it with the Prism mock (--errors).
import { parseOptions, portOption } from "./lib/core/usage.mjs";
import { run } from "./lib/core/cli.mjs";
import { BUNDLE_YAML, bundleFiles, bundleOrThrow } from "./lib/spec/bundle.mjs";
import { writeOutputs } from "./lib/core/outputs.mjs";
import { startPrism } from "./lib/core/prism.mjs";

const usage = `usage: npm run mock [-- --port 4010] [--host 127.0.0.1] [--no-bundle]
  Bundles the spec into ${BUNDLE_YAML} and serves it with the Prism mock on 127.0.0.1:4010
  (--port, or PORT; 0 picks a free port). Prism reloads when ${BUNDLE_YAML} changes, so
  \`npm run bundle\` in another terminal is picked up. --no-bundle serves the bundle as it is.`;

run(import.meta.url, { name: "mock", usage }, async (argv) => {
  const { values } = parseOptions(argv, { port: { type: "string" }, host: { type: "string" }, "no-bundle": { type: "boolean" } });
  const port = portOption(values.port, 4010);
  if (!values["no-bundle"]) writeOutputs(bundleFiles(await bundleOrThrow()));
  const prism = await startPrism({ mode: "mock", spec: BUNDLE_YAML, host: values.host ?? "127.0.0.1", port, echo: true, timeoutMs: 120_000 });
  console.log(`mock: serving ${BUNDLE_YAML} on ${prism.url} (Ctrl-C to stop). Pick an example with the header`);
  console.log(`      Prefer: code=201, example=bank_id   (or mockPrefer("createIdentificationSession", 201, "bank_id"))`);
  await new Promise(() => {}); // runs until stopped
});
