// Another Node.js major version for the tests, from the npm registry's `node` package (it ships
// the binary), installed once into node_modules/.cache/node<major>.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * The folder holding the `node` binary of the newest `major` release, installed when missing.
 * @param {number} major @returns {string}
 */
export function nodeBinDir(major) {
  const prefix = resolve("node_modules", ".cache", `node${major}`);
  const bin = join(prefix, "node_modules", "node", "bin");
  if (!existsSync(join(bin, "node"))) {
    execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix, `node@${major}`], { stdio: ["ignore", "ignore", "inherit"] });
  }
  if (!existsSync(join(bin, "node"))) throw new Error(`npm install node@${major} did not install ${join(bin, "node")}`);
  return bin;
}

/**
 * Runs `command` with that Node.js first on PATH; resolves with its exit code.
 * @param {string} binDir @param {string} command @param {string[]} args
 */
export function runWithNode(binDir, command, args) {
  try {
    execFileSync(command, args, { stdio: "inherit", env: { ...process.env, PATH: `${binDir}:${process.env.PATH}` } });
    return 0;
  } catch (error) {
    return /** @type {{ status?: number }} */ (error).status ?? 1;
  }
}
