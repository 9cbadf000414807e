// Another Node.js major version for the tests, from the npm registry's `node` package (it ships
// the binary), installed once into node_modules/.cache/node<major>.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { onStop } from "./stopping.mjs";

/**
 * Runs a command with inherited output; resolves with its exit code. The child is stopped when
 * this process is stopped.
 * @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env] @returns {Promise<number>}
 */
function runChild(command, args, env = process.env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], env });
    const forget = onStop(() => child.exitCode === null && child.kill("SIGTERM"));
    child.once("error", (error) => (forget(), reject(error)));
    child.once("close", (code) => (forget(), resolvePromise(code ?? 1)));
  });
}

/**
 * The folder holding the `node` binary of the newest `major` release, installed when missing.
 * @param {number} major @returns {Promise<string>}
 */
export async function nodeBinDir(major) {
  const prefix = resolve("node_modules", ".cache", `node${major}`);
  const bin = join(prefix, "node_modules", "node", "bin");
  if (!existsSync(join(bin, "node"))) await runChild("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix, `node@${major}`]);
  if (!existsSync(join(bin, "node"))) throw new Error(`npm install node@${major} did not install ${join(bin, "node")}`);
  return bin;
}

/**
 * Runs `command` with that Node.js first on PATH; resolves with its exit code.
 * @param {string} binDir @param {string} command @param {string[]} args
 */
export const runWithNode = (binDir, command, args) => runChild(command, args, { ...process.env, PATH: `${binDir}:${process.env.PATH}` });
