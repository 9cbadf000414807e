#!/usr/bin/env node
// npm run dev: the watch mode (scripts/lib/build/dev.mjs).
import { onStop } from "./lib/core/stopping.mjs";
import { parseOptions, portOption } from "./lib/core/usage.mjs";
import { run } from "./lib/core/cli.mjs";
import { startDev } from "./lib/build/dev.mjs";

const usage = `usage: npm run dev [-- --port 4010] [--docs-port 8080] [--no-mock] [--no-docs]
  Watches spec/: on each save fresh generated/ types first, then Redocly and Spectral in a worker,
  the Prism mock (--port, or PORT) reloaded and the docs preview (--docs-port) rebuilt and reloaded.
  Only a save that lints updates dist/. Ctrl-C (or SIGTERM) stops everything.`;

run(import.meta.url, { name: "dev", usage }, async (argv) => {
  const { values } = parseOptions(argv, {
    port: { type: "string" },
    "docs-port": { type: "string" },
    "no-mock": { type: "boolean" },
    "no-docs": { type: "boolean" },
  });
  const dev = await startDev({
    port: portOption(values.port, 4010),
    docsPort: portOption(values["docs-port"], 8080, "docs-port"),
    mock: !values["no-mock"],
    docs: !values["no-docs"],
  });
  onStop(dev.stop);
  await new Promise(() => {}); // runs until stopped
});
