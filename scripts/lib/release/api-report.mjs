// The committed API report (`api/<entry>.api.md`): the public surface of every package entry
// that has "types" in package.json "exports", as @microsoft/api-extractor writes it from the
// `.d.ts` files `build:lib` produces (emitted fresh into a temporary package folder, so a stale
// dist/lib never decides). One api-extractor config per entry, generated in that folder.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createTwoFilesPatch } from "diff";
import { buildPackageTypes, packageEntries } from "./declarations.mjs";

const require = createRequire(import.meta.url);
const { CompilerState, Extractor, ExtractorConfig } = require("@microsoft/api-extractor");
export const REPORT_FOLDER = "api";

/**
 * @typedef {{ entry: string, file: string, status: "unchanged" | "changed" | "missing" | "written" | "stale", diff?: string }} ReportResult
 * `stale`: a report in api/ for an entry that "exports" no longer has.
 */

/** @param {import("./declarations.mjs").PackageEntry} entry @param {string} pkg @param {string} reports @param {string} temp */
function extractorConfig(entry, pkg, reports, temp) {
  return {
    $schema: "https://developer.microsoft.com/json-schemas/api-extractor/v7/api-extractor.schema.json",
    projectFolder: pkg,
    mainEntryPointFilePath: join(pkg, entry.types),
    bundledPackages: [],
    compiler: {
      // The consumer's view of the emitted .d.ts: NodeNext resolution maps their `.js` specifiers.
      overrideTsconfig: {
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          lib: ["ES2022", "DOM"],
          strict: true,
          skipLibCheck: true,
          types: ["node"],
        },
        files: [join(pkg, entry.types)],
      },
    },
    apiReport: { enabled: true, reportFileName: entry.name, reportFolder: reports, reportTempFolder: temp, includeForgottenExports: true },
    docModel: { enabled: false },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    messages: {
      compilerMessageReporting: { default: { logLevel: "error" } },
      // No @public/@beta tags in this package; TSDoc lint of generated comments is not the report's job.
      extractorMessageReporting: { default: { logLevel: "none" }, "ae-missing-release-tag": { logLevel: "none", addToApiReportFile: false } },
      tsdocMessageReporting: { default: { logLevel: "none", addToApiReportFile: false } },
    },
  };
}

/**
 * Writes (`local`) or checks the report of every package entry of the project in `dir`.
 * Throws when the package's types do not compile or api-extractor reports an error.
 * @param {{ dir?: string, local?: boolean }} [options]
 * @returns {ReportResult[]}
 */
export function apiReports({ dir = process.cwd(), local = false } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), "solaris-kyc-api-"));
  try {
    const { dir: pkg, errors } = buildPackageTypes({ dir, into: join(tmp, "package") });
    if (errors.length) throw new Error(`the package's types do not compile (tsc -p tsconfig.build.json):\n${errors.join("\n")}`);
    const reports = join(dir, REPORT_FOLDER);
    const temp = join(tmp, "reports");
    mkdirSync(temp);
    if (local) mkdirSync(reports, { recursive: true });
    const entries = packageEntries(dir);
    const configs = entries.map((entry) => {
      const configFile = join(tmp, `api-extractor.${entry.name}.json`);
      writeFileSync(configFile, JSON.stringify(extractorConfig(entry, pkg, reports, temp), null, 2));
      return ExtractorConfig.prepare({
        configObject: ExtractorConfig.loadFile(configFile),
        configObjectFullPath: configFile,
        packageJsonFullPath: join(pkg, "package.json"),
      });
    });
    // One TypeScript program for every entry (their compiler options are the same): each entry
    // would otherwise parse the libs and the package's .d.ts again.
    const compilerState = configs[0] && CompilerState.create(configs[0], { additionalEntryPoints: configs.map((c) => c.mainEntryPointFilePath) });
    /** @type {ReportResult[]} */
    const results = entries.map((entry, i) => {
      const file = join(REPORT_FOLDER, `${entry.name}.api.md`);
      const committedPath = join(dir, file);
      const committed = existsSync(committedPath) ? readFileSync(committedPath, "utf8") : undefined;
      /** @type {string[]} */
      const errors = [];
      const result = Extractor.invoke(/** @type {ExtractorConfig} */ (configs[i]), {
        compilerState,
        localBuild: local,
        typescriptCompilerFolder: dirname(require.resolve("typescript/package.json")),
        messageCallback: (/** @type {any} */ message) => {
          message.handled = true;
          if (message.logLevel === "error") errors.push(message.formatMessageWithLocation(pkg));
        },
      });
      if (result.errorCount > 0 || errors.length) throw new Error(`api-extractor failed on ${entry.entry}:\n${errors.join("\n")}`);
      const fresh = readFileSync(join(temp, `${entry.name}.api.md`), "utf8");
      if (local) return { entry: entry.entry, file, status: committed === fresh ? "unchanged" : "written" };
      if (committed === undefined) return { entry: entry.entry, file, status: "missing" };
      if (committed === fresh) return { entry: entry.entry, file, status: "unchanged" };
      return {
        entry: entry.entry,
        file,
        status: "changed",
        diff: createTwoFilesPatch(file, `${file} (from the code)`, committed, fresh, "", "", { context: 3 }),
      };
    });
    const known = new Set(entries.map((entry) => `${entry.name}.api.md`));
    for (const name of existsSync(reports) ? readdirSync(reports).filter((f) => f.endsWith(".api.md") && !known.has(f)) : []) {
      const file = join(REPORT_FOLDER, name);
      if (local) rmSync(join(dir, file));
      results.push({ entry: name.replace(/\.api\.md$/, ""), file, status: "stale" });
    }
    return results;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
