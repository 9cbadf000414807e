// `npm run webhooks:send -- --to <url> --event <type> --example <name> --secret <s> [--set /ptr=v]... | --list`:
// the package's own bin (`solaris-kyc webhooks send`, src/webhooks-cli.ts) run from this checkout.
// The bin is TypeScript compiled into dist/lib; it is compiled first when dist/lib is missing or
// older than src/ or generated/.
import { readdirSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { run } from "./lib/core/cli.mjs";
import { writeOutputs } from "./lib/core/outputs.mjs";
import { LIBRARY_DIR, compileLibrary } from "./lib/build/steps/library.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const compiled = join(root, "dist/lib/src/webhooks-cli.js");

/** Newest modification time of the files under `dir`, in ms. @param {string} dir @returns {number} */
const newest = (dir) =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
    ),
  );
/** @param {string} file */
const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

if (mtime(compiled) < Math.max(newest(join(root, "src")), newest(join(root, "generated")))) {
  console.error("webhooks:send: compiling dist/lib (src/ or generated/ changed)");
  try {
    writeOutputs(await compileLibrary({}), { replace: [LIBRARY_DIR] });
    // Unchanged files keep their times (the writer rewrites only what changed): mark the bin as fresh.
    utimesSync(compiled, new Date(), new Date());
  } catch (error) {
    console.error(`webhooks:send: the library does not compile; fix it or run npm run build:lib\n${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

/** @type {{ USAGE: string, runCli: (argv: string[]) => Promise<number> }} */
const cli = await import(pathToFileURL(compiled).href);
run(import.meta.url, { name: "webhooks:send", usage: cli.USAGE }, (argv) => cli.runCli(["webhooks", "send", ...argv]));
