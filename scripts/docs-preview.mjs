#!/usr/bin/env node
// npm run docs:preview: serves the API reference on 127.0.0.1 and rebuilds it on every change under spec/.
import { existsSync } from "node:fs";
import { UsageError, parseOptions, portOption } from "./lib/core/usage.mjs";
import { onStop } from "./lib/core/stopping.mjs";
import { run } from "./lib/core/cli.mjs";
import { bundleOrThrow } from "./lib/spec/bundle.mjs";
import { startDocsServer } from "./lib/build/docs-server.mjs";
import { writeOutputs } from "./lib/core/outputs.mjs";
import { DOCS_FILE, renderDocs } from "./lib/build/steps/docs.mjs";
import { watchFolder } from "./lib/build/watch.mjs";

const usage = `usage: npm run docs:preview [-- --port 8080] [--watch-dir spec]
  Builds ${DOCS_FILE}, serves it on http://127.0.0.1:8080/ (--port, or PORT; 0 picks a free port)
  and, on every change under the watched folder, rebuilds it and reloads open pages. A failed
  rebuild keeps the last good page and shows a red banner.`;

const rebuild = async () => writeOutputs(await renderDocs((await bundleOrThrow()).yaml));

run(import.meta.url, { name: "docs:preview", usage }, async (argv) => {
  const { values } = parseOptions(argv, { port: { type: "string" }, "watch-dir": { type: "string" } });
  const port = portOption(values.port, 8080);
  const watchDir = values["watch-dir"] ?? "spec";
  if (!existsSync(watchDir)) throw new UsageError(`--watch-dir: ${watchDir} does not exist`);
  console.log("building the docs…");
  await rebuild();
  const server = await startDocsServer({ port, docsFile: DOCS_FILE });
  onStop(server.stop);
  const watcher = await watchFolder(
    watchDir,
    async () => {
      const started = Date.now();
      try {
        await rebuild();
        console.log(`rebuilt the docs in ${Date.now() - started} ms, reloading ${server.pages()} page(s)`);
        server.reload();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`docs:preview: rebuild failed, still serving the last good docs:\n${message}`);
        server.buildFailed(message);
      }
    },
    { quietMs: 150 },
  );
  onStop(watcher.close);
  console.log(`docs preview on ${server.url} (watching ${watchDir}/, Ctrl+C to stop)`);
  await new Promise(() => {}); // runs until stopped
});
