#!/usr/bin/env node
// `npm run mock`: bundles the spec and serves it with the Prism mock (`--errors`) on
// 127.0.0.1:4010. Prism reloads when dist/openapi.yaml changes, so `npm run bundle` in another
// terminal is picked up. Options: --port <n> (or $PORT), --host <h>, --no-bundle.
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { BUNDLE_YAML as SPEC_YAML } from "./lib/bundle.mjs";
import { startPrism } from "./lib/prism.mjs";

function options() {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: process.env.PORT ?? "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "no-bundle": { type: "boolean", default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: "${values.port}" is not a port number (0-65535)`);
  return { port, host: values.host, bundle: !values["no-bundle"] };
}

async function main() {
  const { port, host, bundle } = options();
  if (bundle) {
    try {
      execFileSync(process.execPath, ["scripts/bundle.mjs"], { stdio: ["ignore", "inherit", "pipe"] });
    } catch (error) {
      throw new Error(`the spec does not bundle, so there is nothing to serve:\n${error.stderr?.toString().trim()}`);
    }
  }
  const prism = await startPrism({ mode: "mock", spec: SPEC_YAML, host, port, echo: true, timeoutMs: 120_000 });
  console.log(`mock: serving ${SPEC_YAML} on ${prism.url} (Ctrl-C to stop). Pick an example with the header`);
  console.log(`      Prefer: code=201, example=bank_id   (or mockPrefer("createIdentificationSession", 201, "bank_id"))`);
  const stop = async () => {
    await prism.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error) => {
  console.error(`mock: ${error.message}`);
  process.exit(1);
});
