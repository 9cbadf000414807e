// The package's type surface as consumers get it: the `.d.ts` files `npm run build:lib` writes
// (tsconfig.build.json), emitted in process into a temporary package folder with the project's
// package.json (its "exports"), so the API report and compat never read a stale dist/lib.
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join, relative, resolve } from "node:path";
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

/**
 * Emits the declarations of the project in `dir` (its tsconfig.build.json) into `into/<outDir>`,
 * copies package.json there and links node_modules (for openapi-fetch's types): `into` is then
 * the package as a consumer installs it, types only.
 * @param {{ dir: string, into: string }} options
 * @returns {{ dir: string, errors: string[] }} the package folder and tsc's errors
 *   ("file:line:col message", relative to `dir`)
 */
export function buildPackageTypes({ dir, into }) {
  const configFile = join(dir, "tsconfig.build.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(formatDiagnostics([d]));
      },
    },
  );
  if (!parsed) throw new Error(`${configFile} could not be read`);
  const libDir = relative(dir, resolve(dir, parsed.options.outDir ?? "dist/lib"));
  const options = {
    ...parsed.options,
    outDir: join(into, libDir),
    declaration: true,
    emitDeclarationOnly: true,
    noEmit: false,
    declarationMap: false,
    incremental: false,
    tsBuildInfoFile: undefined,
  };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options });
  const emitted = program.emit();
  mkdirSync(into, { recursive: true });
  cpSync(join(dir, "package.json"), join(into, "package.json"));
  if (!existsSync(join(into, "node_modules"))) symlinkSync(join(dir, "node_modules"), join(into, "node_modules"), "dir");
  const errors = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics]
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => formatDiagnostics([d], dir));
  return { dir: into, errors };
}
