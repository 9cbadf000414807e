// The worker of steps/library.mjs: `tsc -p <project>` with files served from memory.
// The generated/ files come from the main thread in memory (they are not on disk yet), and the
// emitted files go back in memory: the build writes everything only when every step passed.
import { isAbsolute, resolve } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import ts from "typescript";

if (!parentPort) throw new Error("library-worker.mjs runs only as the worker thread of steps/library.mjs");
/** @type {{ project: string, files: Record<string, string> }} */
const { project, files } = workerData;
/** @type {Map<string, string>} */
const memory = new Map(Object.entries(files).map(([path, text]) => [resolve(path), text]));

const configFile = ts.readConfigFile(project, ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ts.sys.getCurrentDirectory(), undefined, project);
const host = ts.createCompilerHost(parsed.options);
const readFile = host.readFile.bind(host);
const getSourceFile = host.getSourceFile.bind(host);
/** @param {string} path */
const abs = (path) => (isAbsolute(path) ? path : resolve(path));
host.fileExists = (/** @type {string} */ path) => memory.has(abs(path)) || ts.sys.fileExists(path);
host.readFile = (/** @type {string} */ path) => memory.get(abs(path)) ?? readFile(path);
/** @type {import("typescript").CompilerHost["getSourceFile"]} */
host.getSourceFile = (path, language, onError, create) =>
  memory.has(abs(path)) ? ts.createSourceFile(path, /** @type {string} */ (memory.get(abs(path))), language) : getSourceFile(path, language, onError, create);

const fileNames = [...new Set([...parsed.fileNames.map(abs), ...[...memory.keys()].filter((f) => f.endsWith(".ts"))])];
const program = ts.createProgram(fileNames, parsed.options, host);
/** @type {Record<string, string>} */
const outputs = {};
const emitted = program.emit(undefined, (path, text) => {
  outputs[path] = text;
});
const diagnostics = [...(configFile.error ? [configFile.error] : []), ...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
/** @type {import("typescript").FormatDiagnosticsHost} */
const formatHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: ts.sys.getCurrentDirectory, getNewLine: () => "\n" };
parentPort.postMessage({ outputs, outDir: parsed.options.outDir, diagnostics: diagnostics.length ? ts.formatDiagnostics(diagnostics, formatHost) : "" });
