// Step: the library (tsconfig.build.json → dist/lib) compiled by tsc in a worker thread, so it
// runs beside the main thread's lint. generated/ comes in memory (it is not on disk yet) and the
// emitted files come back in memory.
import { relative } from "node:path";
import { Worker } from "node:worker_threads";

export const LIBRARY_DIR = "dist/lib";

/**
 * @param {Record<string, string>} files path → text served to the compiler from memory
 * @param {{ project?: string, signal?: AbortSignal }} [options]
 * @returns {Promise<Record<string, string>>} the emitted files, by path relative to the working directory
 */
export function compileLibrary(files, { project = "tsconfig.build.json", signal } = {}) {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(new URL("./library-worker.mjs", import.meta.url), { workerData: { project, files } });
    signal?.addEventListener("abort", () => worker.terminate().then(() => reject(signal.reason)), { once: true });
    worker.once("message", (/** @type {{ outputs: Record<string, string>, diagnostics: string }} */ { outputs, diagnostics }) => {
      if (diagnostics) reject(new Error(`tsc (${project}):\n${diagnostics}`));
      else resolvePromise(withCommonJsTypes(Object.fromEntries(Object.entries(outputs).map(([path, text]) => [relative(process.cwd(), path), text]))));
    });
    worker.once("error", reject);
  });
}

/** The testing kit's declarations, which name msw's types. */
const TESTING_TYPES = /^dist\/lib\/src\/testing\/[^/]+\.d\.ts$/;

/**
 * The testing kit's declarations once more, as CommonJS (`.d.cts`, package.json "exports" →
 * "require"): from there TypeScript resolves `msw` as the consumer's own CommonJS code does, so a
 * CommonJS project sees msw's types once (through an ESM `.d.ts` it would also load msw's `.d.mts`,
 * and the kit's handlers would not fit its `setupServer`). Sibling imports point at the twins;
 * everything else (the spec's types) stays shared. The JavaScript is one ESM build (require(esm)).
 * @param {Record<string, string>} files @returns {Record<string, string>}
 */
export function withCommonJsTypes(files) {
  const twins = Object.entries(files)
    .filter(([path]) => TESTING_TYPES.test(path))
    .map(([path, text]) => [path.replace(/\.d\.ts$/, ".d.cts"), text.replace(/(from "\.\/[^"/]+)\.js"/g, '$1.cjs"')]);
  return { ...files, ...Object.fromEntries(twins) };
}
