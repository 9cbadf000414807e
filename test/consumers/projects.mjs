// The consumer projects under test/consumers/: each depends on "solaris-kyc": "file:../solaris-kyc.tgz"
// and pins everything else in its own package-lock.json. The lock's solaris-kyc entry has no
// integrity (the tarball is rebuilt from the working tree on every run); everything else is checked.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { nodeBinDir } from "../../scripts/lib/core/node-version.mjs";

const run = promisify(execFile);

export const consumersDir = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname);
export const repoDir = resolve(consumersDir, "../..");
/** Where each project expects the packed package, relative to itself. */
export const TARBALL = "solaris-kyc.tgz";

/** The project folders (each with its package.json), sorted. */
export const projectNames = () =>
  readdirSync(consumersDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(consumersDir, entry.name, "package.json")))
    .map((entry) => entry.name)
    .sort();

/**
 * Packs the working tree (npm pack runs prepack: bundle + build:lib) into `destination` as
 * solaris-kyc.tgz, the name the projects depend on. Returns its path.
 * @param {string} destination
 */
export async function packPackage(destination) {
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", destination], { cwd: repoDir, maxBuffer: 64 * 1024 * 1024 });
  const [{ filename }] = JSON.parse(stdout.slice(stdout.indexOf("[")));
  const tarball = join(destination, TARBALL);
  renameSync(join(destination, filename), tarball);
  return tarball;
}

/** @param {string} projectDir @returns {Record<string, any>} */
export const lockOf = (projectDir) => JSON.parse(readFileSync(join(projectDir, "package-lock.json"), "utf8"));

/**
 * What the lock says about solaris-kyc against what the tarball's package.json says: a lock
 * written for another version of the package lists other dependencies or peer ranges.
 * @param {string} projectDir @param {Record<string, any>} manifest the tarball's package.json
 * @returns {string | undefined} the difference, or undefined when they agree
 */
export function lockDrift(projectDir, manifest) {
  const locked = lockOf(projectDir).packages?.["node_modules/solaris-kyc"] ?? {};
  for (const field of ["dependencies", "peerDependencies"]) {
    const inLock = JSON.stringify(locked[field] ?? {});
    const inPackage = JSON.stringify(manifest[field] ?? {});
    if (inLock !== inPackage) return `${field}: the lock has ${inLock}, the package has ${inPackage}`;
  }
  return undefined;
}

/** The Node.js major a project installs and runs on: the one its `engines.node` starts at, else this process's. @param {string} projectDir */
export function nodeMajorOf(projectDir) {
  const { engines } = JSON.parse(readFileSync(join(projectDir, "package.json"), "utf8"));
  const major = /^>=\s*(\d+)/.exec(engines?.node ?? "")?.[1];
  return major ? Number(major) : Number(process.versions.node.split(".")[0]);
}

/** @type {Map<number, Promise<NodeJS.ProcessEnv>>} */
const nodeEnvs = new Map();
/**
 * The environment that runs commands on Node.js `major`: this process's own Node, or the npm
 * registry's `node` package installed once into node_modules/.cache (scripts/lib/core/node-version.mjs).
 * @param {number} major
 */
export function nodeEnv(major) {
  if (!nodeEnvs.has(major)) {
    const binDir = major === Number(process.versions.node.split(".")[0]) ? dirname(process.execPath) : nodeBinDir(major);
    nodeEnvs.set(
      major,
      Promise.resolve(binDir).then((dir) => ({ ...process.env, PATH: `${dir}${delimiter}${process.env.PATH}` })),
    );
  }
  return /** @type {Promise<NodeJS.ProcessEnv>} */ (nodeEnvs.get(major));
}
