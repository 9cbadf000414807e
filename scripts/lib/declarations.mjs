// The package's type surface as consumers get it: the `.d.ts` files `npm run build:lib` writes
// (tsconfig.build.json), emitted in process into a temporary package folder with the project's
// package.json (its "exports"), so the API report and compat never read a stale dist/lib.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

/** @typedef {{ entry: string, subpath: string, name: string, types: string }} PackageEntry */

/**
 * Every entry of package.json "exports" that has "types": `entry` as a consumer imports it
 * ("solaris-kyc", "solaris-kyc/testing"), `name` for file names ("solaris-kyc", "testing").
 * @param {string} dir the package folder @returns {PackageEntry[]}
 */
export function packageEntries(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return Object.entries(pkg.exports ?? {})
    .filter(([, target]) => target && typeof target === "object" && typeof target.types === "string")
    .map(([subpath, target]) => ({
      entry: subpath === "." ? pkg.name : `${pkg.name}/${subpath.replace(/^\.\//, "")}`,
      subpath,
      name: subpath === "." ? pkg.name : subpath.replace(/^\.\//, "").replaceAll("/", "-"),
      types: target.types,
    }));
}

/** "file:line:col message" of TypeScript diagnostics. @param {readonly ts.Diagnostic[]} diagnostics @param {string} [cwd] */
export function formatDiagnostics(diagnostics, cwd = process.cwd()) {
  return diagnostics
    .map((d) => {
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      if (!d.file || d.start === undefined) return message;
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      return `${relative(cwd, d.file.fileName)}:${line + 1}:${character + 1} ${message}`;
    })
    .join("\n");
}

/** sha256 of a file's text, or of "" for a file that is not there. @param {string} file */
const fileHash = (file) => createHash("sha256").update(existsSync(file) ? readFileSync(file) : "").digest("hex");

/**
 * The cache folder of one emit, keyed by what decides it: TypeScript's version, the lock file (the
 * dependencies' types), package.json, the tsconfig chain and the root files. Its manifest.json
 * lists every other file of the project the compiler read, by hash, checked on each hit.
 * @param {string} dir @param {string[]} configFiles @param {string[]} rootNames
 */
function cacheFolder(dir, configFiles, rootNames) {
  const key = createHash("sha256").update(`entry format ${CACHE_FORMAT}, typescript ${ts.version}\n`);
  for (const file of ["package-lock.json", "package.json", ...configFiles, ...[...rootNames].sort()]) key.update(`${relative(dir, file)} ${fileHash(resolve(dir, file))}\n`);
  return join(realpathSync(join(dir, "node_modules")), ".cache", "solaris-kyc", "package-types", key.digest("hex").slice(0, 32));
}

/** Keeps the newest CACHE_ENTRIES entries (about 300 kB each). @param {string} root */
function pruneCache(root) {
  // Another run may be pruning too: an entry gone meanwhile is skipped.
  const entries = readdirSync(root).map((name) => ({ path: join(root, name), at: statSync(join(root, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 })).sort((a, b) => b.at - a.at);
  for (const { path } of entries.slice(CACHE_ENTRIES)) rmSync(path, { recursive: true, force: true });
}
const CACHE_ENTRIES = 16;
/** Raised when what an entry holds changes: older entries are then never read (and pruned). */
const CACHE_FORMAT = 2;

/** @param {string} dir @param {string} folder @returns {boolean} */
function isFresh(dir, folder) {
  const manifest = join(folder, "manifest.json");
  if (!existsSync(manifest)) return false;
  return Object.entries(JSON.parse(readFileSync(manifest, "utf8"))).every(([file, hash]) => fileHash(resolve(dir, file)) === hash);
}

/**
 * Writes one cache entry: the emitted types, the errors and the manifest of the files read. Staged,
 * then renamed: a reader sees the whole entry or none; an entry another run wrote meanwhile is
 * kept, a stale one replaced.
 * @param {string} dir @param {string} cache @param {string} types @param {string[]} errors @param {ts.Program} program
 */
function keep(dir, cache, types, errors, program) {
  // The root files are in the key already; the manifest holds the others the compiler read.
  const roots = new Set(program.getRootFileNames());
  const read = program.getSourceFiles().filter((f) => !roots.has(f.fileName) && !f.fileName.includes("/node_modules/") && !program.isSourceFileDefaultLibrary(f)).map((f) => f.fileName);
  const staged = `${cache}.${process.pid}.tmp`;
  try {
    rmSync(staged, { recursive: true, force: true });
    mkdirSync(types, { recursive: true });
    cpSync(types, join(staged, "types"), { recursive: true });
    writeFileSync(join(staged, "errors.json"), JSON.stringify(errors, null, 2));
    writeFileSync(join(staged, "manifest.json"), JSON.stringify(Object.fromEntries(read.map((file) => [relative(dir, file), fileHash(file)])), null, 2));
    if (!isFresh(dir, cache)) {
      rmSync(cache, { recursive: true, force: true });
      renameSync(staged, cache);
    }
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
  pruneCache(dirname(cache));
}

/**
 * Emits the declarations of the project in `dir` (its tsconfig.build.json) into `into/<outDir>`,
 * copies package.json there and links node_modules (for openapi-fetch's types): `into` is then
 * the package as a consumer installs it, types only. Each emit (declarations and errors) is kept
 * in node_modules/.cache/solaris-kyc/package-types and copied from there while its inputs are
 * unchanged (compat and the API report run it on the same tree, and so do their tests).
 * @param {{ dir: string, into: string }} options
 * @returns {{ dir: string, errors: string[], cached: boolean }} the package folder, tsc's errors
 *   ("file:line:col message", relative to `dir`), and whether it came from the cache
 */
export function buildPackageTypes({ dir, into }) {
  const configFile = join(dir, "tsconfig.build.json");
  /** @type {string[]} */
  const configFiles = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, {
    ...ts.sys,
    readFile: (file) => (configFiles.push(file), ts.sys.readFile(file)),
    onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(formatDiagnostics([d])); },
  });
  if (!parsed) throw new Error(`${configFile} could not be read`);
  const libDir = relative(dir, resolve(dir, parsed.options.outDir ?? "dist/lib"));
  const link = () => {
    cpSync(join(dir, "package.json"), join(into, "package.json"));
    if (!existsSync(join(into, "node_modules"))) symlinkSync(join(dir, "node_modules"), join(into, "node_modules"), "dir");
  };
  const cache = cacheFolder(dir, configFiles, parsed.fileNames);
  if (isFresh(dir, cache)) {
    cpSync(join(cache, "types"), join(into, libDir), { recursive: true });
    link();
    return { dir: into, errors: JSON.parse(readFileSync(join(cache, "errors.json"), "utf8")), cached: true };
  }

  const options = { ...parsed.options, outDir: join(into, libDir), declaration: true, emitDeclarationOnly: true, noEmit: false, declarationMap: false, incremental: false, tsBuildInfoFile: undefined };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options });
  const emitted = program.emit();
  mkdirSync(into, { recursive: true });
  link();
  const errors = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error).map((d) => formatDiagnostics([d], dir));
  try {
    keep(dir, cache, join(into, libDir), errors, program);
  } catch {
    // The cache only saves time: a folder that cannot be written (read-only node_modules) costs the next run an emit.
  }
  return { dir: into, errors, cached: false };
}
