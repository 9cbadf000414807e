// `npm run webhooks:send -- --to <url> --event <type> --example <name> --secret <s> [--set /ptr=v]... | --list`:
// the package's own bin (`solaris-kyc webhooks send`, src/webhooks-cli.ts) run from this checkout.
// The bin is TypeScript compiled into dist/lib; it is compiled first when dist/lib is missing or
// older than src/ or generated/.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { run } from "./lib/cli.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const compiled = join(root, "dist/lib/src/webhooks-cli.js");

/** Newest modification time of the files under `dir`, in ms. @param {string} dir @returns {number} */
const newest = (dir) =>
  Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((entry) => (entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs)));
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
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: ["ignore", 2, 2] });
  } catch {
    console.error("webhooks:send: the library does not compile (see above); fix it or run npm run build:lib");
    process.exit(1);
  }
}

/** @type {{ USAGE: string, runCli: (argv: string[]) => Promise<number> }} */
const cli = await import(pathToFileURL(compiled).href);
run(import.meta.url, { name: "webhooks:send", usage: cli.USAGE }, (argv) => cli.runCli(["webhooks", "send", ...argv]));
