// Serves the API reference on 127.0.0.1 and keeps it live: on every change under spec/ it bundles
// the spec, rebuilds dist/docs/index.html and tells open pages to reload.
//   node scripts/docs-preview.mjs [--port 8080] [--watch-dir spec]     (PORT=… works too; 0 = any free port)
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { watch } from "chokidar";
import { startDocsServer } from "./lib/docs-server.mjs";

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "8080" },
    "watch-dir": { type: "string", default: "spec" },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`docs:preview: --port ${values.port} is not a port number (0-65535)`);
  process.exit(2);
}
const watchDir = resolve(root, values["watch-dir"]);
if (!existsSync(watchDir)) {
  console.error(`docs:preview: --watch-dir ${values["watch-dir"]} does not exist`);
  process.exit(2);
}

/** Bundle, then build the docs; scripts run as child processes so the server keeps answering. */
async function rebuild() {
  for (const script of ["bundle.mjs", "docs-build.mjs"]) {
    await run(process.execPath, [join(root, "scripts", script)], { cwd: root });
  }
}

try {
  console.log("building the docs…");
  await rebuild();
} catch (error) {
  console.error(`docs:preview: the first build failed:\n${`${error.stderr ?? ""}`.trim() || error.message}`);
  process.exit(1);
}

let server;
try {
  server = await startDocsServer({ port, docsFile: join(root, "dist", "docs", "index.html") });
} catch (error) {
  console.error(`docs:preview: ${error.message}`);
  process.exit(1);
}

let building = false;
let again = false;
async function onChange() {
  if (building) {
    again = true;
    return;
  }
  building = true;
  do {
    again = false;
    const started = Date.now();
    try {
      await rebuild();
      console.log(`rebuilt the docs in ${Date.now() - started} ms, reloading ${server.pages()} page(s)`);
      server.reload();
    } catch (error) {
      const message = `${error.stderr ?? ""}`.trim() || error.message;
      console.error(`docs:preview: rebuild failed, still serving the last good docs:\n${message}`);
      server.buildFailed(message);
    }
  } while (again);
  building = false;
}

let timer;
// chokidar, not fs.watch: editors save by renaming a new file over the old one.
const watcher = watch(watchDir, { ignoreInitial: true }).on("all", () => {
  clearTimeout(timer);
  timer = setTimeout(onChange, 150); // editors save in bursts
});
await new Promise((done) => watcher.once("ready", done));
console.log(`docs preview on ${server.url} (watching ${values["watch-dir"]}/, Ctrl+C to stop)`);

const stop = async () => {
  await watcher.close();
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
