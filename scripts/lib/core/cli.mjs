// The one entry helper of scripts/: every file there is `run(import.meta.url, { name, usage, options }, main)`.
// - It runs `main` only when the file is the process's entry point, comparing real paths (so a
//   checkout under "My Projects/ü kyc", or reached through a symlink, works), and refuses to be
//   imported: scripts are entry points, libraries live in scripts/lib/.
// - Usage errors print the message and the usage and exit 2; `--help` prints the usage before any
//   work; any other error prints one line (no stack) and exits 1.
// - Stopping: SIGINT, SIGTERM and SIGHUP, or the parent going away, run every cleanup registered
//   with onStop (stopping.mjs; children first) within 5 s, then exit. npm passes SIGINT and
//   SIGTERM on to its script's shell only, so package.json runs each script as `exec node …`; on
//   SIGHUP npm exits without passing it on, which the parent watch notices.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runCleanups } from "./stopping.mjs";
import { UsageError } from "./usage.mjs";

/** @param {string} path */
const real = (path) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/** @param {string} url */
export const isEntryPoint = (url) => process.argv[1] !== undefined && real(fileURLToPath(url)) === real(process.argv[1]);

let stopping = false;

/** Stops the process: cleanups, then exit with `code`. @param {number} code */
export async function stop(code) {
  if (stopping) return;
  stopping = true;
  await runCleanups();
  process.exit(code);
}

let installed = false;
function installStopHandlers() {
  if (installed) return;
  installed = true;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, code] of Object.entries(codes)) process.once(signal, () => void stop(code));
  // npm (and the shell it runs scripts in) exits on SIGTERM without passing it on: watch the parent.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop(143);
  }, 250).unref();
}

/**
 * Runs a script's main function when the file is the entry point.
 * `main(argv)` returns the exit code (or nothing for 0); a long-running main returns a promise
 * that never settles and registers its cleanups with onStop.
 * @param {string} url import.meta.url of the script
 * @param {{ name: string, usage: string }} info
 * @param {(argv: string[]) => Promise<number | void> | number | void} main
 */
export function run(url, { name, usage }, main) {
  if (!isEntryPoint(url)) throw new Error(`${fileURLToPath(url)} is an entry point: import its library from scripts/lib/ instead`);
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(usage.trim());
    return;
  }
  installStopHandlers();
  Promise.resolve()
    .then(() => main(argv))
    .then(
      async (code) => {
        await runCleanups();
        process.exitCode = code ?? 0;
      },
      async (error) => {
        if (error instanceof UsageError) console.error(`${name}: ${error.message}\n\n${usage.trim()}`);
        else console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        await runCleanups();
        process.exitCode = error instanceof UsageError ? 2 : 1;
      },
    );
}
