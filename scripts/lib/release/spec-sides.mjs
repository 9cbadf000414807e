// The two sides of a comparison (`diff`, `compat`): the spec at a git ref (read with `git archive`
// into a temporary folder that has its own redocly.yaml and package.json) or a given spec file, and
// the working tree's spec or a given file, each bundled in process.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { SPEC_ROOT, bundleSpec } from "../spec/bundle.mjs";
import { ProblemsError, formatProblem } from "../core/problems.mjs";
import { UsageError } from "../core/usage.mjs";

/**
 * @typedef {{ label: string, doc: any, json: string, version?: string, dir?: string }} Side
 * `dir`: the project folder of that side (the temporary checkout of the ref, or the working tree).
 */

/** @param {string[]} args @param {string} cwd @returns {Buffer} */
function git(args, cwd) {
  try {
    return execFileSync("git", args, { cwd, stdio: "pipe", maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const e = /** @type {{ stderr?: Buffer, message: string }} */ (error);
    throw new UsageError(`git ${args.join(" ")} failed: ${String(e.stderr ?? e.message).trim()}`);
  }
}

/**
 * Writes the files of `ref` under `paths` (folders or files that exist there) into `dir`.
 * Throws a UsageError when `ref` is not a commit or has no spec root.
 * @param {string} ref @param {{ cwd: string, dir: string, paths: string[] }} options
 * @returns {string[]} the files written, relative to dir
 */
export function checkoutRef(ref, { cwd, dir, paths }) {
  try {
    git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
  } catch {
    throw new UsageError(`--base ${ref}: not a commit in the git repository at ${cwd}`);
  }
  const files = git(["ls-tree", "-r", "--name-only", ref, "--", ...paths], cwd)
    .toString()
    .split("\n")
    .filter(Boolean);
  if (!files.includes(SPEC_ROOT)) throw new UsageError(`--base ${ref}: ${SPEC_ROOT} does not exist at that ref`);
  const tar = git(["archive", "--format=tar", ref, "--", ...files], cwd);
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
  return files;
}

/** The major version of a semver string, or undefined. @param {unknown} version */
export const majorOf = (version) => {
  const match = /^(\d+)\.\d+\.\d+/.exec(String(version ?? ""));
  return match ? Number(match[1]) : undefined;
};

/** True when `head`'s major version is higher than `base`'s. @param {string | undefined} base @param {string | undefined} head */
export const majorRaised = (base, head) => {
  const [from, to] = [majorOf(base), majorOf(head)];
  return from !== undefined && to !== undefined && to > from;
};

/** @param {string} file @param {string} label @returns {string | undefined} */
function readVersion(file, label) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")).version;
  } catch (error) {
    throw new UsageError(`${label}: package.json is not valid JSON (${/** @type {Error} */ (error).message})`);
  }
}

/** Bundles `root` under `dir`; a missing file or a spec that does not bundle is bad input. @param {string} dir @param {string} root @param {string} label @returns {Promise<Side>} */
async function bundleSide(dir, root, label) {
  if (!existsSync(resolve(dir, root))) throw new UsageError(`${label} does not exist`);
  const bundled = await bundleSpec({ dir, root });
  if (bundled.problems.length) throw new UsageError(`${label} does not bundle:\n${bundled.problems.map(formatProblem).join("\n")}`);
  return { label, doc: bundled.doc, json: /** @type {string} */ (bundled.json) };
}

/**
 * Both sides, bundled. Git mode (`base`): the spec at the ref vs the working tree's (or `headSpec`),
 * with both package.json versions. File mode (`baseSpec`, optional `headSpec`): the files as given.
 * `head.dir` is set when the head is the working tree's spec.
 * The caller removes `tmp` with `cleanup()`.
 * @param {{ cwd?: string, base?: string, baseSpec?: string, headSpec?: string, paths?: string[] }} options
 *   `paths`: more files or folders to read from the ref besides spec/, redocly.yaml and package.json.
 * @returns {Promise<{ base: Side, head: Side, tmp: string, cleanup: () => void }>}
 */
export async function specSides({ cwd = process.cwd(), base, baseSpec, headSpec, paths = [] }) {
  if (!base === !baseSpec) throw new UsageError("give exactly one of --base <git-ref> or --base-spec <file>");
  const tmp = mkdtempSync(join(tmpdir(), "spec-sides-"));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  try {
    /** @type {Side} */
    let baseSide;
    if (base) {
      const dir = join(tmp, "base");
      mkdirSync(dir);
      // redocly.yaml loads the plugin that types x-lifecycles (a ref from before it lacks both).
      checkoutRef(base, { cwd, dir, paths: ["spec", "redocly.yaml", "scripts/lib/spec/redocly-types.mjs", "package.json", ...paths] });
      baseSide = {
        ...(await bundleSide(dir, SPEC_ROOT, `${SPEC_ROOT} at ${base}`)),
        version: readVersion(join(dir, "package.json"), `package.json at ${base}`),
        dir,
      };
    } else {
      baseSide = await bundleSide(cwd, /** @type {string} */ (baseSpec), shown(cwd, /** @type {string} */ (baseSpec)));
    }
    const headSide = {
      ...(headSpec
        ? await bundleSide(cwd, headSpec, shown(cwd, headSpec))
        : { ...(await bundleSide(cwd, SPEC_ROOT, base ? `${SPEC_ROOT} (working tree)` : SPEC_ROOT)), dir: cwd }),
      ...(base ? { version: readVersion(join(cwd, "package.json"), "package.json") } : {}),
    };
    return { base: baseSide, head: headSide, tmp, cleanup };
  } catch (error) {
    cleanup();
    if (error instanceof ProblemsError) throw new UsageError(error.message);
    throw error;
  }
}

/** A file as the user gave it (relative paths stay relative). @param {string} cwd @param {string} file */
const shown = (cwd, file) => (isAbsolute(file) ? relative(cwd, file) || file : file);
